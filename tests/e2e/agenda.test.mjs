// The agenda end to end over real HTTP, on SQLite or PostgreSQL, with two koers processes on one
// database: the regiocoördinator adds an event with three places through one process; eight
// visitors register at once through both; exactly three are confirmed and five wait in one queue;
// a cancelled place goes to the first one waiting, through the other process; the calendar file
// is iCalendar; a forged or malformed registration answers in Dutch and changes nothing. A
// network's shared document goes in through one process and comes out whole through the other.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKoers, Client } from "./koers_process.mjs";

let koers, second;
before(async () => {
  koers = await startKoers();
  second = await startKoers([], koers.dbArgs);
});
after(async () => {
  for (const k of [second, koers]) {
    const { code } = await k.stop();
    assert.equal(code, 0, "koers should exit cleanly on SIGTERM:\n" + k.log());
  }
});

const local = (t) => new Date(t - new Date(t).getTimezoneOffset() * 60000).toISOString().slice(0, 16);

test("registrations through two processes fill exactly the places, and a freed place moves the queue", async () => {
  const regio = new Client(koers.base);
  await regio.signIn("regio@demo.koers.nl");
  const list = (await regio.get("/dashboard")).text.match(/href="(\/regios\/\d+\/bijeenkomsten)"/)[1];
  await regio.get(list + "/nieuw");
  const day = Date.now() + 20 * 86400000;
  const made = await regio.post(list + "/nieuw", {
    title: "Werkgroep over de overstap", description: "Samen de overstap voorbereiden.", programme: "",
    audience: "", place: "Horizon mbo", online_url: "", starts: local(day), ends: local(day + 7200000),
    deadline: local(day - 86400000), capacity: "3",
  });
  assert.equal(made.status, 303, made.text);
  const id = (await regio.get(list)).text.match(/bijeenkomsten\/(\d+)">Werkgroep over de overstap/)[1];

  const visitors = [];
  for (let n = 0; n < 8; ++n) {
    const c = new Client(n % 2 ? second.base : koers.base);
    await c.get(`/agenda/${id}`);
    visitors.push(c);
  }
  const results = await Promise.all(visitors.map((c, n) => c.post(`/agenda/${id}/aanmelden`, {
    name: `Bezoeker ${n}`, email: `bezoeker${n}@school.example`, organisation: "", role: "Docent", note: "",
  })));
  const codes = results.map((r) => {
    assert.equal(r.status, 303, r.text);
    return r.headers.get("location");
  });
  const pages = await Promise.all(visitors.map((c, n) => c.get(codes[n])));
  const confirmed = pages.filter((p) => /<dd class="utrecht-data-list__item-value">Aangemeld</.test(p.text));
  const places = pages.map((p) => p.text.match(/Op de wachtlijst, plaats (\d+)/)?.[1]).filter(Boolean).map(Number);
  assert.equal(confirmed.length, 3);
  assert.deepEqual(places.sort((a, b) => a - b), [1, 2, 3, 4, 5]);

  // One confirmed visitor cancels through the other process: the first one waiting moves up.
  const leaver = pages.findIndex((p) => /<dd class="utrecht-data-list__item-value">Aangemeld</.test(p.text));
  const first = pages.findIndex((p) => /Op de wachtlijst, plaats 1</.test(p.text));
  const other = new Client(second.base);
  await other.get(codes[leaver]);
  assert.equal((await other.post(codes[leaver] + "/afmelden", {})).status, 303);
  assert.match((await visitors[first].get(codes[first])).text, /item-value">Aangemeld</);
  const csv = await regio.get(`${list}/${id}/aanmeldingen/aanmeldingen.csv`);
  assert.equal(csv.status, 200);
  assert.equal((csv.text.match(/"Aangemeld"/g) || []).length, 3);
  assert.equal((csv.text.match(/"Wachtlijst"/g) || []).length, 4);

  const ics = await fetch(`${second.base}/agenda/${id}/bijeenkomst.ics`);
  assert.match(ics.headers.get("content-type"), /^text\/calendar/);
  assert.match(await ics.text(), /BEGIN:VEVENT\r\n[\s\S]*SUMMARY:Werkgroep over de overstap\r\n/);

  // Forged, malformed, repeated: a Dutch 4xx, nothing changes.
  const anyone = new Client(koers.base);
  await anyone.get(`/agenda/${id}`);
  assert.equal((await anyone.post(`/agenda/${id}/aanmelden`, { name: "X", email: "x@school.example", role: "Docent" }, { csrf: false })).status, 403);
  const bad = await anyone.post(`/agenda/${id}/aanmelden`, { name: "a".repeat(500), email: "geen", role: "?" });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Vul een e-mailadres in zoals naam@school\.nl\./);
  // (Someone still registered: the one who cancelled may register again.)
  assert.equal((await anyone.post(`/agenda/${id}/aanmelden`, { name: "B", email: `BEZOEKER${first}@school.example`, role: "Docent" })).status, 409);
  assert.equal((await regio.get(`${list}/${id}/aanmeldingen/aanmeldingen.csv`)).text, csv.text);
});

test("a network's document shared through one process is read whole through the other by a member school", async () => {
  const regio = new Client(koers.base);
  await regio.signIn("regio@demo.koers.nl");
  const networks = (await regio.get("/dashboard")).text.match(/href="(\/regios\/\d+\/netwerken)"/)[1];
  const network = (await regio.get(networks)).text.match(/href="(\/regios\/\d+\/netwerken\/\d+)"/)[1];
  await regio.get(network);
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300000, 0xb5)]);
  const shared = await regio.upload(network + "/documenten", { titel: "Monitor overstap 2026" },
                                    { name: "bestand", filename: "monitor.pdf", bytes, type: "application/pdf" });
  assert.equal(shared.status, 303, shared.text);
  const tooLarge = await regio.upload(network + "/documenten", {},
    { name: "bestand", filename: "groot.pdf", bytes: Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)]) });
  assert.equal(tooLarge.status, 413);
  assert.match(tooLarge.text, /groter dan 10 MB/);

  const decaan = new Client(second.base);
  await decaan.signIn("decaan@demo.koers.nl");
  const school = (await decaan.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/netwerken)"/)[1];
  const page = (await decaan.get(school + network.slice(network.lastIndexOf("/")))).text;
  const href = page.match(/href="([^"]+\/documenten\/\d+)">Monitor overstap 2026</)[1];
  const file = await fetch(second.base + href, { headers: { cookie: decaan.cookieHeader() } });
  assert.equal(file.status, 200);
  assert.match(file.headers.get("content-type"), /^application\/pdf/);
  assert.ok(Buffer.from(await file.arrayBuffer()).equals(bytes), "the same bytes came back");
  const anonymous = await fetch(second.base + href, { redirect: "manual" });
  assert.notEqual(anonymous.status, 200);
});
