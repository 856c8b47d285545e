// What the fault tests build on: a PostgreSQL cluster of their own (they stop and start it),
// nginx in front of several koers processes with the configuration of docs/deployment.md, and
// load that records every write koers acknowledged, so a test can check none was lost.
import { spawn, execFileSync } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { Client, scratchDir } from "../e2e/koers_process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const pgCluster = join(here, "..", "support", "pg_cluster.sh");

// A PostgreSQL cluster on a unix socket in a folder of its own; down() and up() stop and start
// it as an administrator would.
export function startPostgres() {
  const dir = scratchDir("koers-pg-faults-");
  execFileSync(pgCluster, ["start", dir], { stdio: "ignore" });
  const admin = readFileSync(join(dir, "url"), "utf8").trim();
  execFileSync("psql", [admin, "-qc", "CREATE DATABASE koers"]);
  return {
    url: admin.replace("/postgres?", "/koers?"),
    down: () => execFileSync(pgCluster, ["down", dir], { stdio: "ignore" }),
    up: () => execFileSync(pgCluster, ["up", dir], { stdio: "ignore" }),
    stop: () => execFileSync(pgCluster, ["stop", dir], { stdio: "ignore" }),
  };
}

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// nginx on loopback in front of `bases` ("http://127.0.0.1:port"), as docs/deployment.md sets
// it up: a node that refuses connections is skipped, also for a POST (nothing was sent yet).
export async function startNginx(bases) {
  const dir = scratchDir("koers-nginx-");
  const port = await freePort();
  const servers = bases.map((b) => `server ${b.replace("http://", "")} max_fails=1 fail_timeout=2s;`);
  writeFileSync(join(dir, "nginx.conf"), `
${process.getuid() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    upstream koers { ${servers.join(" ")} }
    server {
        listen 127.0.0.1:${port};
        client_max_body_size 13m;
        location / {
            proxy_pass http://koers;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }
    }
}
`);
  const child = spawn("nginx", ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"],
                      { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (c) => { err += c; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; ++i) {
    try { await fetch(base + "/healthz"); break; } catch { await sleep(50); }
    if (child.exitCode !== null) throw new Error("nginx did not start: " + err);
  }
  return { base, stop: () => { child.kill("SIGTERM"); } };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Waits until `check()` holds (polled every 25 ms); false after `ms`. Tests wait for counts of
// requests, not for time: a loaded machine is slow, not wrong.
export async function until(check, ms = 60000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await sleep(25);
  }
  return true;
}

// Editors who keep creating draft news items through `base` until stop(). Every item koers
// acknowledged (303 to its edit page) is in `acked`; every other outcome in `failed`, with
// the time the request started. `ready` settles once every editor is signed in.
export function writeLoad(base, { writers = 4, prefix = "Belasting" } = {}) {
  let running = true;
  const acked = [], failed = [];
  const write = async (ed, w) => {
    for (let i = 0; running; ++i) {
      const title = `${prefix} ${w}-${i} ${Math.random().toString(36).slice(2, 8)}`;
      const started = Date.now();
      try {
        const res = await ed.post("/redactie", [["kind", "nieuws"], ["title", title],
          ["summary", "Een bericht onder belasting."], ["body", "Tekst van het bericht."],
          ["status", "concept"], ["publish_at", ""]]);
        if (res.status === 303) acked.push({ title, path: res.headers.get("location"), started, at: Date.now() });
        else failed.push({ status: res.status, text: res.text, started });
      } catch (e) {
        failed.push({ status: String(e.cause?.code ?? e.message), started });
        await sleep(20);
      }
    }
  };
  const { ready, loops } = signedInLoops(writers, base, "redacteur@demo.koers.nl", write);
  return { acked, failed, ready, async stop() { running = false; await Promise.all(loops); } };
}

// Signed-in readers of `path` through `base` until stop(), recording each status and the time.
// `ready` settles once every reader is signed in.
export function readLoad(base, { readers = 2, path = "/dashboard", email = "decaan@demo.koers.nl" } = {}) {
  let running = true;
  const results = [];
  const read = async (c) => {
    while (running) {
      const started = Date.now();
      try {
        const res = await c.get(path);
        results.push({ status: res.status, text: res.status >= 500 ? res.text : "", type: res.headers.get("content-type"), started });
      } catch (e) {
        results.push({ status: String(e.cause?.code ?? e.message), started });
        await sleep(20);
      }
      await sleep(5);
    }
  };
  const { ready, loops } = signedInLoops(readers, base, email, read);
  return { results, ready, async stop() { running = false; await Promise.all(loops); } };
}

// `count` clients signed in as `email`, each running `loop(client, index)` once it is. `ready`
// rejects with the reason when a sign-in fails (its loop then never starts), so a test waits for
// it before the fault it injects, and does not mistake a load that never signed in for one the
// fault broke.
function signedInLoops(count, base, email, loop) {
  const signIns = [], loops = [];
  for (let i = 0; i < count; ++i) {
    const client = new Client(base);
    signIns.push(client.signIn(email));
    loops.push(signIns[i].then(() => loop(client, i), () => {}));
  }
  return { ready: Promise.all(signIns), loops };
}

// Every acknowledged item, read back as the redacteur through `base`: the titles not found.
export async function missing(base, acked) {
  const ed = new Client(base);
  await ed.signIn("redacteur@demo.koers.nl");
  const lost = [];
  for (const w of acked) {
    const res = await ed.get(w.path);
    if (res.status !== 200 || !res.text.includes(w.title)) lost.push(`${w.title} (${res.status})`);
  }
  return lost;
}
