// The quality cycle end to end over real HTTP, on SQLite or PostgreSQL: two koers processes on
// one database, two people saving the same visie (the second gets a conflict and keeps their
// text), a mentor confined to their team, malformed input, the LOB-taken downloads, a new
// schooljaar that leaves the old one read-only, and a replayed roll-over.
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

async function signedIn(base, who) {
  const c = new Client(base);
  await c.signIn(`${who}@demo.koers.nl`);
  return c;
}

const versionOf = (html) => html.match(/name="version" value="(\d+)"/)[1];

test("the quality cycle over HTTP, across two processes", async () => {
  const decaan = await signedIn(koers.base, "decaan");
  const leider = await signedIn(second.base, "schoolleider");
  const start = await decaan.get((await decaan.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/kwaliteit)"/)[1]);
  assert.equal(start.status, 303);
  const year = start.headers.get("location");
  const overview = await decaan.get(year);
  assert.equal(overview.status, 200);
  assert.match(overview.text, /PDCA-overzicht/);

  // Both open the visie; the schoolleider saves first through the other process.
  const seenA = versionOf((await decaan.get(`${year}/visie`)).text);
  const seenB = versionOf((await leider.get(`${year}/visie`)).text);
  assert.equal(seenA, seenB);
  const first = await leider.post(`${year}/visie`, [["version", seenB], ["betekenis", "Tekst van de schoolleider."]]);
  assert.equal(first.status, 303);
  const late = await decaan.post(`${year}/visie`, [["version", seenA], ["betekenis", "Tekst van de decaan, met veel werk erin."]]);
  assert.equal(late.status, 409);
  assert.match(late.text, /Tekst van de decaan, met veel werk erin\./, "the decaan's text is still in the form");
  assert.match(late.text, /Tekst van de schoolleider\./);
  assert.match((await decaan.get(`${year}/visie`)).text, />Tekst van de schoolleider\.</);

  // Malformed and tampered input: Dutch 4xx, nothing lost.
  const bad = await decaan.post(`${year}/doelen`, [["version", "0"], ["titel", "Doel"], ["deadline", "morgen"]]);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /geen geldige datum/);
  assert.equal((await decaan.post(`${year}/doelen`, [["version", "0"], ["titel", "x".repeat(400)]])).status, 400);
  assert.equal((await decaan.post(`${year}/visie`, [["betekenis", "zonder versie"]])).status, 400);
  assert.equal((await decaan.get(`${year}/doelen/999999`)).status, 404);
  assert.equal((await decaan.post(`${year}/visie`, [["version", "1"]], { csrf: false })).status, 403);

  // A mentor edits their own team's werkplan and no other.
  const mentor = await signedIn(second.base, "mentor");
  const plans = (await mentor.get(`${year}/werkplannen`)).text;
  const own = plans.match(/href="([^"]+\/werkplannen\/\d+)">Bovenbouw havo</)[1];
  const other = plans.match(/href="([^"]+\/werkplannen\/\d+)">Onderbouw</)[1];
  const added = await mentor.post(`${own}/activiteiten`, [["version", "0"], ["wat", "Gastles oud-leerling"], ["maand", "2027-03"]]);
  assert.equal(added.status, 303);
  assert.equal((await mentor.post(`${other}/activiteiten`, [["version", "0"], ["wat", "Niet van mij"]])).status, 403);
  assert.match((await decaan.get(own)).text, /Gastles oud-leerling/);

  // LOB-taken as CSV and XLSX.
  const csv = await decaan.get(`${year}/taken.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get("content-type"), /text\/csv/);
  assert.match(csv.text, /Niemand draagt deze taak/);
  const xlsx = await decaan.get(`${year}/taken.xlsx`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get("content-disposition"), /lob-taken-\d{4}\.xlsx/);

  // A new schooljaar; the old one is read-only, and replaying the roll-over changes nothing.
  const next = await decaan.post(`${year}/nieuw-schooljaar`, [["bevestig", "ja"]]);
  assert.equal(next.status, 303);
  const nextYear = next.headers.get("location");
  assert.notEqual(nextYear, year);
  const replay = await leider.post(`${year}/nieuw-schooljaar`, [["bevestig", "ja"]]);
  assert.equal(replay.status, 409);
  const closed = await mentor.post(`${own}/activiteiten`, [["version", "0"], ["wat", "Te laat"]]);
  assert.equal(closed.status, 409);
  assert.match(closed.text, /afgesloten/);
  const carried = await decaan.get(nextYear + own.slice(year.length));
  assert.match(carried.text, /Gastles oud-leerling/, "activities go along to the new year");
  const compare = await decaan.get(`${nextYear}/vergelijk`);
  assert.equal(compare.status, 200);
});
