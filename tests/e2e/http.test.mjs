// End-to-end over real HTTP: the koers binary on port 0, on SQLite or PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import zlib from "node:zlib";
import { startKoers, Client } from "./koers_process.mjs";

let koers;
before(async () => { koers = await startKoers(["--metrics-token", "e2e-metrics"]); });
after(async () => {
  const { code } = await koers.stop();
  assert.equal(code, 0, "koers should exit cleanly on SIGTERM:\n" + koers.log());
});

function raw(base, payload) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const s = net.connect(Number(port), hostname, () => s.end(payload));
    let data = "";
    s.on("data", (d) => (data += d));
    s.on("close", () => resolve(data));
    s.on("error", () => resolve(data));
  });
}

test("healthz reports the database kind and schema version", async () => {
  const res = await fetch(koers.base + "/healthz");
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.status, "ok");
  assert.equal(body.database, process.env.KOERS_E2E_DB === "postgresql" ? "postgresql" : "sqlite");
  assert.ok(body.schema.platform >= 2 && body.schema.quality >= 1, JSON.stringify(body.schema));
  assert.deepEqual(body.schema, body.schema_latest);
});

test("every response carries the security headers and a request id", async () => {
  const res = await fetch(koers.base + "/");
  const csp = res.headers.get("content-security-policy");
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.equal(res.headers.get("referrer-policy"), "same-origin");
  assert.ok(res.headers.get("x-request-id"));
  const html = await res.text();
  assert.match(html, /<html lang="nl"/);
  assert.match(html, /Direct naar de inhoud/);
  assert.doesNotMatch(html, /<script>(?!<\/script>)/, "no inline script");
});

test("sign in, role-appropriate dashboard, sign out", async () => {
  const c = new Client(koers.base);
  const res = await c.signIn("schoolleider@demo.koers.nl");
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/dashboard");
  const cookie = res.headers.getSetCookie().find((s) => s.startsWith("koers_sessie="));
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  const dash = await c.get("/dashboard");
  assert.equal(dash.status, 200);
  assert.match(dash.text, /Saskia de Leeuw/);
  assert.match(dash.text, /Schoolleider · Veldzicht College/);
  const out = await c.post("/uitloggen", {});
  assert.equal(out.status, 303);
  assert.equal((await c.get("/dashboard")).status, 303);
});

test("a post without a CSRF token is refused and changes nothing", async () => {
  const c = new Client(koers.base);
  await c.signIn("beheerder@demo.koers.nl");
  const res = await c.post("/beheer/regios", { name: "Regio Zonder Token" }, { csrf: false });
  assert.equal(res.status, 403);
  assert.match(res.text, /Dit formulier is verlopen/);
  const list = await c.get("/beheer/regios");
  assert.doesNotMatch(list.text, /Regio Zonder Token/);
});

test("roles are denied and other schools are out of reach", async () => {
  const mentor = new Client(koers.base);
  await mentor.signIn("mentor@demo.koers.nl");
  assert.equal((await mentor.get("/beheer")).status, 403);
  const dash = await mentor.get("/dashboard");
  const own = dash.text.match(/href="\/scholen\/(\d+)"/)[1];
  assert.equal((await mentor.get(`/scholen/${own}`)).status, 200);
  for (let other = 1; other <= 4; other++) {
    if (String(other) === own) continue;
    const res = await mentor.get(`/scholen/${other}`);
    assert.equal(res.status, 403, `school ${other}`);
    assert.match(res.text, /geen toegang/i);
  }
  const leerling = new Client(koers.base);
  await leerling.signIn("leerling@demo.koers.nl");
  assert.equal((await leerling.get(`/scholen/${own}`)).status, 403);
});

test("the beheerder adds a school; bad input is explained in Dutch and kept", async () => {
  const c = new Client(koers.base);
  await c.signIn("beheerder@demo.koers.nl");
  await c.get("/beheer/scholen/nieuw");
  const bad = await c.post("/beheer/scholen", { name: "Het Baken", brin: "XYZ", sector: "vo" });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /twee cijfers en twee letters/);
  assert.match(bad.text, /value="Het Baken"/);
  const ok = await c.post("/beheer/scholen", { name: "Het Baken", brin: "55hb", sector: "vo", type_vo: "havo" });
  assert.equal(ok.status, 303);
  const list = await c.get("/beheer/scholen");
  assert.match(list.text, /Het Baken/);
  assert.match(list.text, /55HB/);
  const dup = await c.post("/beheer/scholen", { name: "Kopie", brin: "55HB", sector: "vo" });
  assert.equal(dup.status, 400);
  assert.match(dup.text, /al een school met deze BRIN-code/);
});

test("unknown pages, wrong methods and malformed targets answer in Dutch", async () => {
  const notFound = await fetch(koers.base + "/bestaat-niet");
  assert.equal(notFound.status, 404);
  assert.match(await notFound.text(), /bestaat niet/);
  const wrong = await fetch(koers.base + "/healthz", { method: "DELETE" });
  assert.equal(wrong.status, 405);
  assert.match(wrong.headers.get("allow"), /GET/);
  const bad = await raw(koers.base, "GET /a%00b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  assert.match(bad, /^HTTP\/1.1 400/);
});

test("limits: oversized bodies, oversized headers and garbage get 4xx, not a crash", async () => {
  const big = await fetch(koers.base + "/inloggen", {
    method: "POST", body: "x=" + "a".repeat(2 * 1024 * 1024),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  }).catch((e) => ({ status: "reset", e }));
  assert.ok(big.status === 413 || big.status === "reset", `got ${big.status}`);
  // Only a route that takes files may receive an upload-sized body: decided before reading it.
  const upload = await fetch(koers.base + "/inloggen", {
    method: "POST", body: "x".repeat(3 * 1024 * 1024),
    headers: { "content-type": "multipart/form-data; boundary=grens" },
  }).catch((e) => ({ status: "reset", e }));
  assert.ok(upload.status === 413 || upload.status === "reset", `got ${upload.status}`);
  const headers = await raw(koers.base, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20000) + "\r\n\r\n");
  assert.match(headers, /^HTTP\/1.1 431/);
  const garbage = await raw(koers.base, "NOT HTTP AT ALL\r\n\r\n");
  assert.match(garbage, /^HTTP\/1.1 400/);
  assert.equal((await fetch(koers.base + "/healthz")).status, 200, "still serving");
});

test("idle connections beyond the open-file limit cannot shut the server out", async () => {
  // At `ulimit -n 128` about 100 idle connections used to exhaust the descriptors; the accept
  // loop then spun a core and nothing was answered any more.
  const small = await startKoers([], null, { openFiles: 128 });
  const sockets = [];
  try {
    const { hostname, port } = new URL(small.base);
    for (let i = 0; i < 150; i++) {
      const s = net.connect(Number(port), hostname);
      s.on("error", () => {});
      sockets.push(s);
    }
    await new Promise((r) => setTimeout(r, 500));
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = await fetch(small.base + "/healthz", { signal: AbortSignal.timeout(3000) })
        .then((r) => r.status, () => 0);
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(status, 200, "still answering:\n" + small.log().slice(-2000));
  } finally {
    for (const s of sockets) s.destroy();
    await small.stop();
  }
});

test("behind a trusted proxy each client keeps its own address", async () => {
  // nginx on this host forwards for everyone: without --trusted-proxy every client would be
  // 127.0.0.1 and one person's wrong passwords would stop all the others.
  const proxied = await startKoers(["--trusted-proxy", "127.0.0.1"]);
  try {
    const from = (address) => {
      const c = new Client(proxied.base);
      c.request = ((request) => (method, path, options = {}) =>
        request.call(c, method, path, { ...options, headers: { ...(options.headers || {}), "x-forwarded-for": address } }))(c.request);
      return c;
    };
    const guesser = from("198.51.100.7");
    await guesser.get("/inloggen");
    for (let i = 0; i < 6; i++)
      await guesser.post("/inloggen", { email: "mentor@demo.koers.nl", password: "geraden" });
    const stopped = await guesser.post("/inloggen", { email: "mentor@demo.koers.nl", password: "koers-demo-2026" });
    assert.equal(stopped.status, 429);
    const mentor = from("198.51.100.8");
    await mentor.get("/inloggen");
    const ok = await mentor.post("/inloggen", { email: "mentor@demo.koers.nl", password: "koers-demo-2026" });
    assert.equal(ok.status, 303, "the real mentor, behind the same proxy, signs in");
  } finally {
    await proxied.stop();
  }
});

test("one-time links never reach the log", async () => {
  const own = await startKoers();
  const secret = "Zk3vQ9geheimGEHEIMgeheim";
  try {
    for (const path of [`/scan/antwoord/${secret}`, `/scan/open/${secret}`,
                        `/wachtwoord-instellen?soort=reset&code=${secret}`,
                        `/scan/antwoord/${secret}/bestaat-niet`]) {
      await (await fetch(own.base + path)).text();
    }
  } finally {
    await own.stop();
  }
  assert.match(own.log(), /GET \/scan\/antwoord\/…/, "the requests are logged");
  assert.ok(!own.log().includes(secret), "but never their secret:\n" + own.log().slice(-1500));
});

test("static files: fingerprinted immutable, plain revalidates with ETag", async () => {
  const home = await (await fetch(koers.base + "/")).text();
  const href = home.match(/href="(\/static\/[0-9a-f]{12}\/koers\.css)"/)[1];
  const css = await fetch(koers.base + href);
  assert.equal(css.status, 200);
  assert.match(css.headers.get("cache-control"), /immutable/);
  assert.match(css.headers.get("content-type"), /text\/css/);
  const plain = await fetch(koers.base + "/static/koers.css");
  const etag = plain.headers.get("etag");
  assert.ok(etag);
  const again = await fetch(koers.base + "/static/koers.css", { headers: { "if-none-match": etag } });
  assert.equal(again.status, 304);
  assert.equal((await fetch(koers.base + "/static/000000000000/koers.css")).status, 404);
});

// One GET with exactly these headers (fetch would choose its own Accept-Encoding), the body as
// it came over the socket.
function getRaw(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("pages and text files go compressed to browsers that accept it, and plain to others", async () => {
  const plain = await getRaw(koers.base + "/", {});
  assert.equal(plain.headers["content-encoding"], undefined);
  const br = await getRaw(koers.base + "/", { "accept-encoding": "gzip, deflate, br" });
  assert.equal(br.headers["content-encoding"], "br");
  assert.match(br.headers.vary, /Accept-Encoding/);
  const page = zlib.brotliDecompressSync(br.body).toString("utf8");
  assert.match(page, /<html lang="nl"/);
  assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} of ${plain.body.length} bytes`);
  const gz = await getRaw(koers.base + "/", { "accept-encoding": "gzip" });
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.match(zlib.gunzipSync(gz.body).toString("utf8"), /<html lang="nl"/);
  // The one stylesheet: compressed once, at the best level, under 30 KB on the wire.
  const href = page.match(/href="(\/static\/[0-9a-f]{12}\/koers\.css)"/)[1];
  const css = await getRaw(koers.base + href, { "accept-encoding": "br" });
  assert.equal(css.headers["content-encoding"], "br");
  const cssPlain = await getRaw(koers.base + href, {});
  assert.deepEqual(zlib.brotliDecompressSync(css.body), cssPlain.body);
  assert.ok(css.body.length < cssPlain.body.length / 5);
  assert.ok(css.body.length < 30 * 1024, `${css.body.length} bytes of CSS`);
  // The CSRF token in a compressed page is masked afresh every time, and each one works.
  const a = await getRaw(koers.base + "/inloggen", { "accept-encoding": "br" });
  const cookie = a.headers["set-cookie"].map((c) => c.split(";")[0]).join("; ");
  const b = await getRaw(koers.base + "/inloggen", { "accept-encoding": "br", cookie });
  assert.equal(b.headers["set-cookie"], undefined, "the same visitor, the same token");
  const token = (r) => zlib.brotliDecompressSync(r.body).toString("utf8").match(/name="_csrf" value="([^"]+)"/)[1];
  assert.notEqual(token(a), token(b));
});

test("metrics are served with the metrics token in Prometheus format", async () => {
  await fetch(koers.base + "/");
  assert.notEqual((await fetch(koers.base + "/metrics", { redirect: "manual" })).status, 200,
                  "not to anyone on this host: behind a proxy that is everyone");
  const res = await fetch(koers.base + "/metrics", { headers: { authorization: "Bearer e2e-metrics" } });
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.match(text, /koers_http_requests_total\{route="\/",status="200"\} \d+/);
  assert.match(text, /koers_http_request_duration_seconds_bucket\{route="\/",le="0.005"\}/);
  assert.match(text, /koers_db_pool_connections \d+/);
});

test("keep-alive serves several requests on one connection", async () => {
  const reply = await raw(koers.base,
    "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  assert.equal(reply.match(/HTTP\/1.1 200/g).length, 2);
});
