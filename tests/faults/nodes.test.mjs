// Two koers processes behind nginx on one PostgreSQL (docs/deployment.md), started on loopback:
// sessions, content and the list of schools are shared, kill -9 of a node under write load loses no acknowledged
// write while nginx keeps serving, and a PostgreSQL restart under load gives Dutch 503 pages
// and heals by itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { startKoers, Client } from "../e2e/koers_process.mjs";
import { startPostgres, startNginx, writeLoad, readLoad, missing, sleep, until } from "./cluster.mjs";

let pg, a, b, proxy;
before(async () => {
  pg = startPostgres();
  const db = ["--database", pg.url];
  a = await startKoers(["--trusted-proxy", "127.0.0.1"], db);
  b = await startKoers(["--trusted-proxy", "127.0.0.1"], db);
  proxy = await startNginx([a.base, b.base]);
});
after(async () => {
  proxy?.stop();
  await a?.stop();
  await b?.stop();
  pg?.stop();
});

const within = async (ms, check) => {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) return null;
    await sleep(25);
  }
};

test("a session made on one node works on the other, and signing out ends it on both", async () => {
  const onA = new Client(a.base);
  await onA.signIn("decaan@demo.koers.nl");
  const onB = new Client(b.base);
  onB.cookies = new Map(onA.cookies);  // the same browser, sent to the other node by nginx
  const page = await onB.get("/dashboard");
  assert.equal(page.status, 200);
  assert.match(page.text, /Uitloggen/);
  assert.equal((await onA.post("/uitloggen", {})).status, 303);
  const ended = await within(1500, async () => (await onB.get("/dashboard")).status === 303);
  assert.notEqual(ended, null, "the other node still accepted the ended session after 1.5 s");
});

test("content published on one node is found on the other within a second", async () => {
  const ed = new Client(a.base);
  await ed.signIn("redacteur@demo.koers.nl");
  const word = "kwartelkoning" + Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6);
  const res = await ed.post("/redactie", [["kind", "nieuws"], ["title", `Nieuws over de ${word}`],
    ["summary", "Een bericht voor de test met twee processen."], ["body", `De ${word} is terug.`],
    ["status", "gepubliceerd"], ["publish_at", ""]]);
  assert.equal(res.status, 303, res.text);
  const anon = new Client(b.base);
  const took = await within(1000, async () => (await anon.get("/zoeken?q=" + word)).text.includes(`Nieuws over de ${word}`));
  assert.notEqual(took, null, "not searchable on the other node within a second");
});

test("a school added on one node is in the other node's list within a second", async () => {
  const onA = new Client(a.base);
  await onA.signIn("beheerder@demo.koers.nl");
  const onB = new Client(b.base);
  await onB.signIn("beheerder@demo.koers.nl");
  assert.equal((await onB.get("/beheer/scholen")).status, 200);  // B now keeps the list
  const name = "Knooppuntcollege " + Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6);
  const brin = "9" + Math.floor(Math.random() * 10) + "KN";
  const res = await onA.post("/beheer/scholen", [["name", name], ["brin", brin], ["sector", "vo"],
    ["type_vo", "havo"]]);
  assert.equal(res.status, 303, res.text);
  assert.match((await onA.get("/beheer/scholen")).text, new RegExp(name), "not at once on the node that added it");
  const took = await within(1500, async () => (await onB.get("/beheer/scholen")).text.includes(name));
  assert.notEqual(took, null, "the other node's list still lacked the school after 1.5 s");
});

test("kill -9 of a node under write load loses no acknowledged write, and nginx keeps serving", async () => {
  const writes = writeLoad(proxy.base, { writers: 4, prefix: "Knooppunt" });
  const reads = readLoad(proxy.base, { readers: 1 });
  await Promise.all([writes.ready, reads.ready]);
  assert.ok(await until(() => writes.acked.length >= 20 && reads.results.length >= 5), "the load did not get going");
  // Killed from outside, at a moment the test's own event loop does not choose.
  spawn("bash", ["-c", `sleep 0.$RANDOM; kill -9 ${a.child.pid}`]);
  await a.exited;
  const killedAt = Date.now();
  await until(() => writes.acked.filter((w) => w.started > killedAt + 200).length >= 20);
  await writes.stop();
  await reads.stop();
  const after = writes.acked.filter((w) => w.started > killedAt + 200).length;
  console.log(`# kill -9: ${writes.acked.length} writes acknowledged (${after} after the kill), ` +
              `${writes.failed.length} failed, ${reads.results.length} reads`);
  assert.ok(after >= 20, "nginx stopped serving writes after the kill");
  // Only what was under way on the killed node may fail (nginx answers 502 for it).
  const late = [...writes.failed, ...reads.results.filter((r) => r.status !== 200)]
    .filter((f) => f.started > killedAt + 200);
  assert.deepEqual(late.map((f) => f.status), [], "requests after the kill failed");
  assert.ok(writes.failed.length + reads.results.filter((r) => r.status !== 200).length <= 5);
  assert.deepEqual(await missing(b.base, writes.acked), [], "acknowledged writes were lost");
});

test("restarting PostgreSQL under load gives Dutch 503 pages and service heals within 5 s", async () => {
  const writes = writeLoad(proxy.base, { writers: 2, prefix: "Herstart" });
  const reads = readLoad(proxy.base, { readers: 2 });
  await Promise.all([writes.ready, reads.ready]);
  assert.ok(await until(() => reads.results.length >= 10 && writes.acked.length >= 10), "the load did not get going");
  const downAt = Date.now();
  pg.down();
  // Past the second for which a process may answer a session from its cache.
  await until(() => reads.results.filter((r) => r.started > downAt + 1100).length >= 10);
  pg.up();
  const upAt = Date.now();
  await sleep(5000);
  await until(() => reads.results.filter((r) => r.started > upAt + 5000).length >= 10);
  await writes.stop();
  await reads.stop();
  const all = [...reads.results, ...writes.failed.map((f) => ({ ...f })),
               ...writes.acked.map((w) => ({ status: 303, started: w.started }))]
    .sort((x, y) => x.started - y.started);
  const bad = (r) => r.status !== 200 && r.status !== 303;
  const unavailable = reads.results.filter((r) => r.status === 503);
  assert.ok(unavailable.length > 0, "no request met the database outage");
  for (const r of [...unavailable, ...writes.failed]) {
    // The page's own words say which check refused, should anything but 503 come back.
    const said = String(r.text ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 400);
    assert.equal(r.status, 503, `only 503 during the outage, not ${r.status}: ${said}`);
    assert.match(r.text, /Koers kan de gegevens nu niet bereiken/);
  }
  assert.ok(unavailable.every((r) => r.type.startsWith("text/html")), "a page, not bare text");
  const lastBad = all.filter(bad).at(-1);
  const healedAfter = lastBad ? Math.max(0, lastBad.started - upAt) : 0;
  console.log(`# PostgreSQL down ${upAt - downAt} ms: ${unavailable.length} reads got 503; ` +
              `last failure ${healedAfter} ms after it was back`);
  assert.ok(healedAfter <= 5000, `still failing ${healedAfter} ms after PostgreSQL was back`);
  assert.ok(all.filter((r) => r.started > upAt + 5000 && !bad(r)).length > 10, "too little load after the restart");
  assert.deepEqual(await missing(proxy.base, writes.acked), [], "acknowledged writes were lost");
});
