// The opdrachtenbank end to end over real HTTP, on SQLite or PostgreSQL, with two koers processes
// on one database: a docent writes an assignment through one process, the decaan shares it
// through the other, and the first process's public bank finds it within a second (its
// copy in memory checks the database at most a second after the last check); a private one is a
// 404 on both for anyone else; a form with bad choices answers in Dutch and stores nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
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

const assignment = (title) => [
  ["version", "0"], ["titel", title], ["wat", "De leerling bezoekt een luchtschiphaven."],
  ["stappen", "Bel de haven\nGa kijken"], ["competenties", "werkexploratie"],
  ["competenties", "netwerken"], ["elementen", "ervaren"], ["leerjaren", "3"],
];

async function publicTitles(base, words) {
  const res = await new Client(base).get("/opdrachtenbank?q=" + encodeURIComponent(words));
  assert.equal(res.status, 200);
  return [...res.text.matchAll(/koers-hit__title"><a class="utrecht-link" href="\/opdrachtenbank\/\d+">([^<]*)/g)].map((m) => m[1]);
}

test("written through one process, shared through the other, found by the first's public bank", async () => {
  const docent = new Client(koers.base);
  await docent.signIn("docent@demo.koers.nl");
  const bank = (await docent.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/opdrachten)"/)[1];
  await docent.get(bank + "/nieuw");
  const bad = await docent.post(bank + "/nieuw", [["version", "0"], ["titel", "Halve opdracht"], ["elementen", "dromen"]]);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Kies minstens één loopbaancompetentie\./);
  const made = await docent.post(bank + "/nieuw", assignment("Naar de luchtschiphaven"));
  assert.equal(made.status, 303, made.text);
  const page = made.headers.get("location").replace(/^https?:\/\/[^/]+/, "");
  assert.match(page, /^\/scholen\/\d+\/opdrachten\/\d+$/);
  const id = page.split("/").pop();
  assert.deepEqual(await publicTitles(koers.base, "luchtschiphaven"), [], "private");
  for (const base of [koers.base, second.base]) {
    assert.equal((await new Client(base).get(`/opdrachtenbank/${id}`)).status, 404);
    const mbo = new Client(base);
    await mbo.signIn("decaan.mbo@demo.koers.nl");
    const theirs = (await mbo.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/opdrachten)"/)[1];
    assert.equal((await mbo.get(`${theirs}/${id}`)).status, 404);
    assert.doesNotMatch((await mbo.get(`${theirs}?q=luchtschiphaven`)).text, /Naar de luchtschiphaven/);
  }

  const decaan = new Client(second.base);
  await decaan.signIn("decaan@demo.koers.nl");
  await decaan.get(page);
  const shared = await decaan.post(page + "/delen", { version: "1", licentie: "cc-by" });
  assert.equal(shared.status, 303, shared.text);
  assert.deepEqual(await publicTitles(second.base, "luchtschiphaven"), ["Naar de luchtschiphaven"]);
  let found = [];
  for (let tries = 0; tries < 30 && found.length === 0; ++tries) {
    found = await publicTitles(koers.base, "luchtschiphaven");
    if (found.length === 0) await sleep(100);
  }
  assert.deepEqual(found, ["Naar de luchtschiphaven"], "the other process within 3 s");
  const detail = await new Client(koers.base).get(`/opdrachtenbank/${id}`);
  assert.equal(detail.status, 200);
  assert.match(detail.text, /CC BY 4\.0/);
  assert.match(detail.text, /Bel de haven/);
});
