// Starts the real koers binary on port 0 with a fresh database (SQLite, or a new database in
// the test PostgreSQL cluster when KOERS_E2E_DB=postgresql) and gives a tiny cookie-keeping
// HTTP client. Used by the end-to-end and browser tests.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const KOERS = process.env.KOERS_BIN;

let dbCounter = 0;
export function freshDatabaseArgs(dir) {
  if (process.env.KOERS_E2E_DB !== "postgresql") return ["--data-dir", join(dir, "data")];
  const admin = readFileSync(process.env.KOERS_TEST_PG_URL_FILE, "utf8").trim();
  const name = `e2e_${process.pid}_${++dbCounter}_${Math.floor(Math.random() * 1e6)}`;
  execFileSync("psql", [admin, "-qc", `CREATE DATABASE ${name}`]);
  return ["--database", admin.replace("/postgres?", `/${name}?`)];
}

// A fresh folder for a test's files, removed when the test process ends (a run left thousands
// behind in /tmp before).
const scratch = [];
process.on("exit", () => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

// `databaseArgs` lets a second process share the first one's database; `openFiles` starts it
// with that limit on open file descriptors (ulimit -n).
export async function startKoers(extraArgs = [], databaseArgs = null, { openFiles } = {}) {
  const dir = scratchDir("koers-e2e-");
  const dbArgs = databaseArgs ?? freshDatabaseArgs(dir);
  const args = ["serve", "--demo", "--port", "0", "--threads", "2", ...dbArgs, ...extraArgs];
  const child = openFiles
    ? spawn("bash", ["-c", `ulimit -n ${openFiles} && exec "$0" "$@"`, KOERS, ...args],
            { stdio: ["ignore", "pipe", "pipe"] })
    : spawn(KOERS, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {  // stop it, or the test process waits for it for ever
      child.kill("SIGKILL");
      reject(new Error("koers did not start:\n" + output));
    }, 30000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/Koers luistert op (http:\/\/[0-9.]+:\d+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`koers exited (${code}):\n${output}`)));
  });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return {
    base, child, dir, exited, dbArgs,
    log: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

// A client that keeps cookies and the latest CSRF token, and never follows redirects.
export class Client {
  constructor(base) { this.base = base; this.cookies = new Map(); this.csrf = ""; }
  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "); }
  async request(method, path, { form, headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    let body;
    if (form) {
      const params = new URLSearchParams(form);
      if (csrf) params.set("_csrf", this.csrf);
      body = params.toString();
      h["content-type"] = "application/x-www-form-urlencoded";
    }
    return this.keep(await fetch(this.base + path, { method, headers: h, body, redirect: "manual" }));
  }
  // Keeps the cookies and the CSRF token a response brings.
  async keep(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
      if (/Max-Age=0/.test(c)) this.cookies.delete(k); else this.cookies.set(k, v);
    }
    const text = await res.text();
    const m = text.match(/name="_csrf" value="([^"]*)"/);
    if (m) this.csrf = m[1];
    return { status: res.status, headers: res.headers, text };
  }
  // A multipart/form-data post with one file, as a browser sends an upload form.
  async upload(path, fields, { name, filename, bytes, type = "application/octet-stream" }) {
    const data = new FormData();
    data.set("_csrf", this.csrf);
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    data.set(name, new Blob([bytes], { type }), filename);
    return this.keep(await fetch(this.base + path, {
      method: "POST", body: data, redirect: "manual", headers: { cookie: this.cookieHeader() },
    }));
  }
  get(path, opts) { return this.request("GET", path, opts); }
  post(path, form, opts = {}) { return this.request("POST", path, { ...opts, form }); }
  // Signs in and fails loudly when that did not work: a test that went on signed out would only
  // fail later, on a redirect to the sign-in page that says nothing about why.
  async signIn(email, password = "koers-demo-2026") {
    await this.get("/inloggen");
    const res = await this.post("/inloggen", { email, password });
    if (res.status !== 303 || res.headers.get("location") !== "/dashboard")
      throw new Error(`signing in as ${email} answered ${res.status} ${res.headers.get("location") ?? ""}`);
    await this.get("/dashboard");
    return res;
  }
}
