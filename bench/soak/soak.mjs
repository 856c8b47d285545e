// Soak: mixed load against one koers process for a while (visitors reading and searching,
// staff signing in and out, respondents answering a LOB-scan through its open link, a
// redacteur editing), then per-route p50/p99, the count of 5xx and the memory (RSS) over time.
// Fails on any 5xx or lost request; with --check-memory also when memory keeps growing.
//   node bench/soak/soak.mjs [--seconds 600] [--check-memory] [--postgresql URL]
// KOERS_BIN picks the binary (bench/soak/run.sh uses the release build).
import { readFileSync } from "node:fs";
import { startKoers, Client } from "../../tests/e2e/koers_process.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg("--seconds", "600"));
const checkMemory = process.argv.includes("--check-memory");
const pg = arg("--postgresql", null);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const koers = await startKoers(["--trusted-proxy", "127.0.0.1", "--threads", "2"],
                               pg ? ["--database", pg] : null);
const timings = new Map();  // label -> [ms]
const failures = [];
let running = true;

// One request, timed and checked: a 5xx, or a status other than `expect`, is a failure.
async function timed(label, promise, expect) {
  const start = performance.now();
  let res;
  try {
    res = await promise;
  } catch (e) {
    failures.push(`${label}: ${e.cause?.code ?? e.message}`);
    return null;
  }
  const ms = performance.now() - start;
  if (!timings.has(label)) timings.set(label, []);
  timings.get(label).push(ms);
  if (res.status >= 500 || (expect && res.status !== expect))
    failures.push(`${label}: ${res.status} ${res.text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").slice(0, 300)}`);
  return res;
}

const visitor = async () => {
  const c = new Client(koers.base);
  const queries = ["loopbaan", "loopbaangesprek", "ouders", "stage", "keuze"];
  const css = (await c.get("/")).text.match(/href="(\/static\/[^"]+\.css)"/g).at(-1).slice(6, -1);
  for (let i = 0; running; ++i) {
    await timed("GET /", c.get("/"), 200);
    await timed("GET /nieuws", c.get("/nieuws"), 200);
    await timed("GET /zoeken", c.get("/zoeken?q=" + queries[i % queries.length]), 200);
    await timed("GET /static", fetch(koers.base + css).then(async (r) => ({ status: r.status, text: await r.text() })), 200);
  }
};

const staff = async () => {
  const who = ["decaan", "mentor", "schoolleider", "teamleider"];
  for (let i = 0; running; ++i) {
    const c = new Client(koers.base);
    await c.get("/inloggen");
    await timed("POST /inloggen", c.post("/inloggen", { email: `${who[i % who.length]}@demo.koers.nl`, password: "koers-demo-2026" }), 303);
    await timed("GET /dashboard", c.get("/dashboard"), 200);
    await timed("POST /uitloggen", c.post("/uitloggen", {}), 303);
  }
};

// A round of the decaan's school for docenten, and its open link.
async function openLink() {
  const decaan = new Client(koers.base);
  await decaan.signIn("decaan@demo.koers.nl");
  const school = (await decaan.get("/dashboard")).text.match(/href="(\/scholen\/\d+)\/scan"/)[1];
  await decaan.get(`${school}/scan/nieuw`);
  const deadline = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
  const created = await decaan.post(`${school}/scan`, [["title", "Soak"], ["deadline", deadline], ["groups", "docenten"]]);
  const page = await decaan.get(created.headers.get("location"));
  return page.text.match(/koers-url">[^<]*(\/scan\/open\/[^<]+)</)[1];
}

const respondent = async (open, n) => {
  for (let i = 0; running; ++i) {
    // Each respondent behind the school's proxy, from an address of their own.
    const c = new Client(koers.base);
    const headers = { "x-forwarded-for": `10.${n}.${(i >> 8) & 255}.${i & 255}` };
    await c.request("GET", open, { headers });
    const started = await timed("POST /scan/open", c.request("POST", open, { form: {}, headers }), 303);
    if (!started || started.status !== 303) { await sleep(100); continue; }
    const path = started.headers.get("location");
    let complete = false;
    for (let page = 1; running && !complete; ++page) {
      const res = await timed("GET /scan/antwoord", c.request("GET", `${path}?thema=${page}`, { headers }), 200);
      if (!res) break;
      const names = [...new Set([...res.text.matchAll(/name="(a_[a-z0-9-]+)"/g)].map((m) => m[1]))];
      const form = [["thema", String(page)], ["ga", "volgende"], ...names.map((x) => [x, String((i + page) % 5)])];
      const saved = await timed("POST /scan/antwoord", c.request("POST", path, { form, headers }), 303);
      if (!saved || saved.status !== 303) break;
      complete = saved.headers.get("location").endsWith("/overzicht");
    }
    // Handed in once every page is answered (a run that ends half-way leaves it unsubmitted).
    if (complete) await timed("POST /scan/inleveren", c.request("POST", `${path}/inleveren`, { form: {}, headers }), 303);
  }
};

const editor = async () => {
  const ed = new Client(koers.base);
  await ed.signIn("redacteur@demo.koers.nl");
  const items = [];
  for (let i = 0; i < 5; ++i) {
    const res = await ed.post("/redactie", [["kind", "nieuws"], ["title", `Soakbericht ${i}`], ["summary", "Samenvatting."],
      ["body", "Eerste versie."], ["status", "gepubliceerd"], ["publish_at", ""]]);
    items.push(res.headers.get("location"));
  }
  for (let i = 0; running; ++i) {
    const path = items[i % items.length];
    const form = await timed("GET /redactie/{id}", ed.get(path), 200);
    if (!form) continue;
    const version = form.text.match(/name="version" value="(\d+)"/)[1];
    await timed("POST /redactie/{id}", ed.post(path, [["kind", "nieuws"], ["title", `Soakbericht ${i % items.length}`],
      ["summary", "Samenvatting."], ["body", `Versie ${i}: ${"tekst ".repeat(20 + (i % 50))}`],
      ["status", "gepubliceerd"], ["publish_at", ""], ["version", version]]), 303);
  }
};

const rss = () => Number(readFileSync(`/proc/${koers.child.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const memory = [];
const open = await openLink();
const workers = [visitor(), visitor(), staff(), respondent(open, 1), respondent(open, 2), editor()];
const startedAt = Date.now();
while (Date.now() - startedAt < seconds * 1000) {
  await sleep(Math.min(1000, seconds * 50));
  memory.push({ t: (Date.now() - startedAt) / 1000, mb: rss() });
}
running = false;
await Promise.all(workers);
const { code } = await koers.stop();

function leastSquaresSlope(points) {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n, my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`\nsoak: ${seconds} s on ${pg ? "PostgreSQL" : "SQLite"}, ${koers.base}`);
console.log(`${"route".padEnd(24)} ${"requests".padStart(9)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
let total = 0;
for (const [label, xs] of [...timings].sort()) {
  xs.sort((a, b) => a - b);
  total += xs.length;
  console.log(`${label.padEnd(24)} ${String(xs.length).padStart(9)} ${pct(xs, 0.5).toFixed(2).padStart(8)} ${pct(xs, 0.99).toFixed(2).padStart(8)}`);
}
// Memory after warming up (a quarter in) against the end; the slope over the second half.
const warm = memory[Math.floor(memory.length / 4)]?.mb ?? 0;
const end = memory.at(-1)?.mb ?? 0;
const half = memory.slice(Math.floor(memory.length / 2));
const slope = leastSquaresSlope(half.map((m) => [m.t / 60, m.mb]));
console.log(`requests ${total}, failures ${failures.length}, exit code ${code}`);
console.log(`memory: ${warm.toFixed(1)} MB after warming up, ${end.toFixed(1)} MB at the end, ` +
            `${slope.toFixed(2)} MB/min over the second half`);
for (const f of failures.slice(0, 10)) console.log("failure: " + f);
const growing = end > warm * 1.1 + 8;
if (failures.length || code !== 0 || (checkMemory && growing)) {
  if (checkMemory && growing) console.log("memory keeps growing");
  process.exit(1);
}
