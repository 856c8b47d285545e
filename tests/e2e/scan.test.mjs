// The LOB-scan end to end over real HTTP, on SQLite or PostgreSQL: a coordinator starts a round,
// invites by e-mail (read from the outbox), shows open links; twelve respondents answer page by
// page and submit once; tampered, reused and closed links; closing; results and downloads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKoers, Client } from "./koers_process.mjs";

let koers;
before(async () => { koers = await startKoers(); });
after(async () => {
  const { code } = await koers.stop();
  assert.equal(code, 0, "koers should exit cleanly on SIGTERM:\n" + koers.log());
});

async function signedIn(who) {
  const c = new Client(koers.base);
  await c.signIn(`${who}@demo.koers.nl`);
  return c;
}

// Answers every page of a response with `value` and returns the number of pages.
async function answerAll(c, path, value) {
  let page = 1;
  for (;;) {
    const res = await c.get(`${path}?thema=${page}`);
    assert.equal(res.status, 200);
    const names = [...new Set([...res.text.matchAll(/name="(a_[a-z0-9-]+)"/g)].map((m) => m[1]))];
    assert.ok(names.length > 0, "a theme page asks something");
    const form = [["thema", String(page)], ["ga", "volgende"], ...names.map((n) => [n, String(value)])];
    const saved = await c.post(path, form);
    assert.equal(saved.status, 303);
    if (saved.headers.get("location").endsWith("/overzicht")) return page;
    page++;
  }
}

test("a round from start to results, with every kind of bad link", async () => {
  const decaan = await signedIn("decaan");
  const school = (await decaan.get("/dashboard")).text.match(/href="(\/scholen\/\d+)\/scan"/)[1];
  await decaan.get(`${school}/scan/nieuw`);
  const deadline = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
  const bad = await decaan.post(`${school}/scan`, [["title", ""], ["deadline", "31-02-2027"]]);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Geef de ronde een titel/);
  assert.match(bad.text, /Kies ten minste één groep/);
  const created = await decaan.post(`${school}/scan`, [["title", "E2e-ronde"], ["deadline", deadline],
    ["groups", "schoolleiding"], ["groups", "mentoren"], ["groups", "docenten"], ["groups", "leerlingen"]]);
  assert.equal(created.status, 303);
  const round = created.headers.get("location");
  const page = await decaan.get(round);
  const open = Object.fromEntries([...page.text.matchAll(/<strong>([^<]+):<\/strong> <span class="koers-url">[^<]*(\/scan\/open\/[^<]+)</g)]
    .map((m) => [m[1], m[2]]));
  assert.deepEqual(Object.keys(open), ["Schoolleiding", "Mentoren/SLB&#39;ers", "Docenten", "Leerlingen"]);
  const qr = await decaan.get(`${round}/deelnemen/docenten`);
  assert.match(qr.text, /<svg class="koers-qr"/);

  // Personal invitations go through the outbox.
  const invited = await decaan.post(`${round}/uitnodigen`, { group: "docenten", emails: "d1@school.nl\nd2@school.nl, d3@school.nl" });
  assert.equal(invited.status, 303);
  const beheer = await signedIn("beheerder");
  const outbox = (await beheer.get("/beheer/e-mail")).text;
  const links = [...new Set([...outbox.matchAll(/(\/scan\/antwoord\/[A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
  assert.equal(links.length, 3);

  const paths = [...links];
  const starts = [["Mentoren/SLB&#39;ers", 3], ["Schoolleiding", 2], ["Leerlingen", 2], ["Docenten", 2]];
  for (const [group, n] of starts) {
    for (let i = 0; i < n; i++) {
      const c = new Client(koers.base);
      await c.get(open[group]);
      const begun = await c.post(open[group], {});
      assert.equal(begun.status, 303);
      paths.push(begun.headers.get("location"));
    }
  }
  assert.equal(paths.length, 12);
  let leerlingPages = 0, staffPages = 0;
  for (const [i, path] of paths.entries()) {
    const c = new Client(koers.base);
    const pages = await answerAll(c, path, 1 + (i % 4));
    const leerling = i >= 8 && i < 10;
    if (leerling) leerlingPages = pages; else staffPages = pages;
    const overview = await c.get(`${path}/overzicht`);
    assert.match(overview.text, leerling ? /Je hebt \d+ van de \d+ vragen beantwoord/ : /stellingen beantwoord/);
    assert.equal((await c.post(`${path}/inleveren`, {})).status, 303);
    const thanks = leerling ? /Bedankt!/ : /Dank u wel/;
    const again = await c.get(path);
    assert.match(again.text, thanks, "a used link says it was submitted");
    const reused = await c.post(path, [["thema", "1"], ["a_visie-1", "4"]]);
    assert.match(reused.text, thanks);
  }
  assert.equal(staffPages, 6);
  assert.equal(leerlingPages, 6, "leerlingen have questions of their own in every theme of vo");

  // Autosave, tampering and unknown links on a response that stays open.
  const late = new Client(koers.base);
  await late.get(open["Docenten"]);
  const latePath = (await late.post(open["Docenten"], {})).headers.get("location");
  await late.get(latePath);
  const auto = await late.request("POST", latePath, { form: [["thema", "1"], ["a_visie-1", "2"]], headers: { "x-koers-autosave": "1" } });
  assert.equal(auto.status, 204);
  assert.equal((await late.post(latePath, [["thema", "1"], ["a_visie-1", "9"]])).status, 400);
  assert.equal((await late.post(latePath, [["thema", "1"], ["a_onbekend", "1"]])).status, 400);
  assert.equal((await late.get("/scan/antwoord/bestaat-niet-12345")).status, 404);
  assert.equal((await late.get("/scan/open/bestaat-niet-12345")).status, 404);

  const counts = (await decaan.get(round)).text;
  assert.match(counts, /<th class="utrecht-table__header-cell" scope="row">Docenten<\/th>\s*<td[^>]*>3<\/td>\s*<td[^>]*>1<\/td>\s*<td[^>]*>5<\/td>/);

  // Closing is final: without the box ticked nothing happens, and the page says why.
  const unconfirmed = await decaan.post(`${round}/sluiten`, {});
  assert.equal(unconfirmed.status, 400);
  assert.match(unconfirmed.text, /Vink aan dat u de ronde definitief wilt sluiten/);
  assert.equal((await decaan.get(open["Docenten"])).status, 200, "still open");
  const closed = await decaan.post(`${round}/sluiten`, [["zeker", "ja"]]);
  assert.equal(closed.status, 303);
  assert.equal((await late.post(latePath, [["thema", "1"], ["a_visie-1", "3"]])).status, 410);
  const gone = await late.get(open["Docenten"]);
  assert.equal(gone.status, 410);
  assert.match(gone.text, /Deze LOB-scan is gesloten/);
  assert.doesNotMatch(gone.text, /Foutcode/, "words, not a status code");
  assert.equal((await decaan.post(`${round}/sluiten`, {})).status, 409);

  const results = await decaan.get(`${round}/resultaten`);
  assert.match(results.text, /12 respondenten/);
  assert.match(results.text, /Overig \(kleine groepen samen\)/);
  assert.match(results.text, /In de sector doen 6 scholen mee/);
  const csv = await decaan.get(`${round}/resultaten.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get("content-type"), /text\/csv/);
  assert.match(csv.text, /"Visie en beleid";\d/);
  const xlsx = await fetch(koers.base + `${round}/resultaten.xlsx`, { headers: { cookie: decaan.cookieHeader() } });
  assert.equal(xlsx.status, 200);
  const bytes = Buffer.from(await xlsx.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), "PK");

  // Nobody else reads it.
  const mentor = await signedIn("mentor");
  assert.equal((await mentor.get(`${round}/resultaten`)).status, 403);
  assert.equal((await beheer.get(`${round}/resultaten`)).status, 403);
  const regio = await signedIn("regio");
  assert.equal((await regio.get(`${round}/resultaten`)).status, 403);
});
