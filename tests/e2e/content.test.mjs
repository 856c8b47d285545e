// Content end to end over real HTTP, on SQLite or PostgreSQL: reading, facets and search on the
// demo content; the redactie journey (create, publish, find, rename, revisions, conflicts,
// attachments); bad input; and a second koers process on the same database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKoers, Client } from "./koers_process.mjs";

let koers;
before(async () => { koers = await startKoers(); });
after(async () => {
  const { code } = await koers.stop();
  assert.equal(code, 0, "koers should exit cleanly on SIGTERM:\n" + koers.log());
});

const titles = (html) => [...html.matchAll(/koers-hit__title"><a class="utrecht-link" href="([^"]+)">([^<]+)</g)]
  .map((m) => ({ href: m[1], title: m[2] }));
const count = (html) => Number((html.match(/koers-listing__count" role="status">(\d+)/) || [])[1]);
const anon = () => new Client(koers.base);

async function editor() {
  const c = new Client(koers.base);
  await c.signIn("redacteur@demo.koers.nl");
  return c;
}

// The ids of taxonomy terms in the editor form, by their label.
function termIds(html) {
  const ids = {};
  for (const m of html.matchAll(/name="(?:term|soort)" value="(\d+)"[^>]*> ([^<]+)</g)) ids[m[2].trim()] = m[1];
  return ids;
}

function versionOf(html) { return html.match(/name="version" value="(\d+)"/)[1]; }

test("lists per kind are newest first, with facet counts and stable paged URLs", async () => {
  const res = await anon().get("/nieuws");
  assert.equal(res.status, 200);
  const total = count(res.text);
  assert.ok(total >= 10, "demo news");
  const first = titles(res.text);
  assert.equal(first.length, 10);
  assert.match(res.text, /href="\/nieuws\?pagina=2" rel="next"/);
  const page2 = await anon().get("/nieuws?pagina=2");
  assert.equal(titles(page2.text).length, total - 10);
  assert.equal((await anon().get("/nieuws?pagina=99")).status, 404);

  const kennis = await anon().get("/kennisbank?soort=handreiking");
  assert.equal(count(kennis.text), titles(kennis.text).length);
  assert.ok(count(kennis.text) >= 3 && count(kennis.text) < count((await anon().get("/kennisbank")).text));
  // The soort facet keeps offering the other soorten, with their counts.
  assert.match(kennis.text, /Wegwijzer <span class="koers-facet__count">\(\d+\)/);

  assert.equal((await anon().get("/kennisbank?jaar=abc")).status, 400);
  assert.equal((await anon().get("/praktijkvoorbeelden?sector=vmbo")).status, 200);
});

test("a detail page has metadata, related items and redirects from the wrong path", async () => {
  const res = await anon().get("/kennisbank/pdca-cyclus-voor-lob");
  assert.equal(res.status, 200);
  assert.match(res.text, /<link rel="canonical" href="http:\/\/[^"]+\/kennisbank\/pdca-cyclus-voor-lob">/);
  assert.match(res.text, /<meta property="og:type" content="article">/);
  assert.match(res.text, /<meta name="description" content="Uitleg over de kwaliteitscyclus/);
  assert.match(res.text, /<h2>Op schoolniveau<\/h2>/, "Markdown headings start at h2");
  assert.match(res.text, /Ook interessant/);
  const wrong = await anon().get("/nieuws/pdca-cyclus-voor-lob");
  assert.equal(wrong.status, 301);
  assert.equal(wrong.headers.get("location"), "/kennisbank/pdca-cyclus-voor-lob");
  assert.equal((await anon().get("/kennisbank/bestaat-niet")).status, 404);
  assert.equal((await anon().get("/over-ons")).status, 200);
  assert.equal((await anon().get("/privacyverklaring")).status, 200);
});

test("search: Dutch stemming, diacritics, phrases, exclusion, facets and suggestions", async () => {
  const stem = await anon().get("/zoeken?q=loopbaangesprekken");
  assert.ok(titles(stem.text).some((t) => t.title === "Vragen voor het loopbaangesprek"));
  // Only kennisbank items have a soort; no hit borrows another hit's fields.
  assert.match(stem.text, /koers-hit__kind">Nieuwsbericht</);
  assert.doesNotMatch(stem.text, /(Nieuwsbericht|Praktijkvoorbeeld) · (Video|Instrument|Handreiking|Wegwijzer|Onderzoek|Infographic)/);
  const folded = await anon().get("/zoeken?q=financiele");
  assert.ok(titles(folded.text).some((t) => /financiële/.test(t.title)));
  assert.match(folded.text, /<mark>financiële<\/mark>/);

  const all = count((await anon().get("/zoeken?q=ouders")).text);
  const without = count((await anon().get("/zoeken?q=ouders+-vmbo")).text);
  assert.ok(without < all, "minus excludes");
  const phrase = await anon().get("/zoeken?q=%22vijf+loopbaancompetenties%22");
  assert.ok(count(phrase.text) >= 1 && count(phrase.text) < count((await anon().get("/zoeken?q=vijf+loopbaancompetenties")).text) + 1);

  const faceted = await anon().get("/zoeken?q=loopbaangesprek&type=kennisbank");
  for (const t of titles(faceted.text)) assert.match(t.href, /^\/kennisbank\//);
  assert.match(faceted.text, /Praktijkvoorbeelden <span class="koers-facet__count">/);

  const typo = await anon().get("/zoeken?q=kwalitiet");
  assert.match(typo.text, /Bedoelde u <a class="utrecht-link" href="\/zoeken\?q=kwaliteit">kwaliteit<\/a>/);
});

test("malformed queries get a normal page with a helpful message", async () => {
  for (const q of ["\"loopbaan gesprek", "- -- \"\"", "-ouders", "a".repeat(10000), "loop\u0001baan\u0000", "%%%"]) {
    const res = await anon().get("/zoeken?q=" + encodeURIComponent(q));
    assert.equal(res.status, 200, q.slice(0, 20));
  }
  assert.match((await anon().get("/zoeken?q=%22loopbaan")).text, /aanhalingsteken/);
  assert.match((await anon().get("/zoeken?q=-ouders")).text, /minteken/);
  assert.match((await anon().get("/zoeken?q=" + "a".repeat(10000))).text, /erg lang/);
});

test("scheduled and draft items stay hidden until due, except for the redactie", async () => {
  assert.equal((await anon().get("/nieuws/lob-monitor-2027-aangekondigd")).status, 404);
  assert.equal((await anon().get("/nieuws/concept-nieuwsbrief-december")).status, 404);
  assert.equal(count((await anon().get("/zoeken?q=monitor")).text), 0);
  const ed = await editor();
  const preview = await ed.get("/nieuws/lob-monitor-2027-aangekondigd");
  assert.equal(preview.status, 200);
  assert.match(preview.text, /niet openbaar/);
  const list = await ed.get("/redactie?status=gepubliceerd");
  assert.match(list.text, /\(gepland\)/);
});

test("only the redactie writes; only the beheerder extends the taxonomy", async () => {
  const res = await anon().get("/redactie");
  assert.equal(res.status, 303);
  assert.match(res.headers.get("location"), /^\/inloggen/);
  const mentor = new Client(koers.base);
  await mentor.signIn("mentor@demo.koers.nl");
  assert.equal((await mentor.get("/redactie")).status, 403);
  assert.equal((await mentor.post("/redactie", { kind: "nieuws", title: "x" })).status, 403);
  const ed = await editor();
  assert.equal((await ed.get("/beheer/taxonomie")).status, 403);
  const admin = new Client(koers.base);
  await admin.signIn("beheerder@demo.koers.nl");
  assert.equal((await admin.get("/beheer/taxonomie")).status, 200);
  const added = await admin.post("/beheer/taxonomie", { vocabulary: "thema", label: "Stages en werkplekleren" });
  assert.equal(added.status, 303);
  const dup = await admin.post("/beheer/taxonomie", { vocabulary: "thema", label: "Stages en werkplekleren" });
  assert.equal(dup.status, 400);
  assert.match(dup.text, /bestaat al/);
  assert.ok(termIds((await ed.get("/redactie/nieuw?type=nieuws")).text)["Stages en werkplekleren"]);
});

test("the redactie journey: write, publish, find, rename, compare and restore", async () => {
  const ed = await editor();
  const form = await ed.get("/redactie/nieuw?type=kennisbank");
  assert.equal(form.status, 200);
  const ids = termIds(form.text);
  const fields = [
    ["kind", "kennisbank"], ["title", "Zeldzame zeppelinwerkvorm voor mentoren"],
    ["summary", "Een werkvorm waarmee mentoren het loopbaangesprek speels openen."],
    ["body", "## Zo werkt het\r\n\r\nDe zeppelinwerkvorm duurt tien minuten.\r\n"],
    ["status", "concept"], ["publish_at", ""], ["soort", ids["Instrument"]],
    ["term", ids["Loopbaangesprek"]], ["term", ids["vmbo"]],
  ];
  const bad = await ed.post("/redactie", fields.map(([k, v]) => [k, k === "title" ? "x" : v]));
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Geef een titel/);
  assert.match(bad.text, /De zeppelinwerkvorm duurt tien minuten/, "the input is kept");

  const created = await ed.post("/redactie", fields);
  assert.equal(created.status, 303);
  const editPath = created.headers.get("location");
  assert.match(editPath, /^\/redactie\/\d+$/);
  assert.equal((await anon().get("/kennisbank/zeldzame-zeppelinwerkvorm-voor-mentoren")).status, 404);
  assert.equal(count((await anon().get("/zoeken?q=zeppelinwerkvorm")).text), 0);

  let edit = await ed.get(editPath);
  const publish = fields.map(([k, v]) => [k, k === "status" ? "gepubliceerd" : v]).concat([["version", versionOf(edit.text)]]);
  assert.equal((await ed.post(editPath, publish)).status, 303);
  const found = await anon().get("/zoeken?q=zeppelinwerkvormen");
  assert.deepEqual(titles(found.text).map((t) => t.href), ["/kennisbank/zeldzame-zeppelinwerkvorm-voor-mentoren"]);
  const facet = await anon().get("/kennisbank?thema=loopbaangesprek&soort=instrument");
  assert.ok(titles(facet.text).some((t) => t.title === "Zeldzame zeppelinwerkvorm voor mentoren"));
  const detail = await anon().get("/kennisbank/zeldzame-zeppelinwerkvorm-voor-mentoren");
  assert.match(detail.text, /<h2>Zo werkt het<\/h2>/);

  // A new slug: the old URL keeps working.
  edit = await ed.get(editPath);
  const renamed = publish.map(([k, v]) => [k, k === "version" ? versionOf(edit.text) : v]).concat([["slug", "zeppelin-werkvorm"]]);
  assert.equal((await ed.post(editPath, renamed)).status, 303);
  const old = await anon().get("/kennisbank/zeldzame-zeppelinwerkvorm-voor-mentoren");
  assert.equal(old.status, 301);
  assert.equal(old.headers.get("location"), "/kennisbank/zeppelin-werkvorm");

  const revisions = await ed.get(editPath + "/revisies");
  assert.equal([...revisions.text.matchAll(/Terugzetten<span/g)].length, 2);
  const compare = await ed.get(editPath + "/revisies/vergelijk?van=1&naar=3");
  assert.match(compare.text, /scope="row">Webadres<\/th><td class="utrecht-table__cell">zeldzame-zeppelinwerkvorm-voor-mentoren<\/td><td class="utrecht-table__cell">zeppelin-werkvorm</);
  assert.match(compare.text, /scope="row">Status<\/th><td class="utrecht-table__cell">Concept<\/td><td class="utrecht-table__cell">Gepubliceerd</);
  assert.doesNotMatch(compare.text, /scope="row">Titel</, "an unchanged field is not listed");
  assert.equal((await ed.get(editPath + "/revisies/vergelijk?van=1&naar=99")).status, 404);

  const restore = await ed.post(editPath + "/revisies/1/herstellen", {});
  assert.equal(restore.status, 303);
  edit = await ed.get(editPath);
  assert.equal(versionOf(edit.text), "4");
  assert.match(edit.text, /<option value="concept" selected>/, "version 1 was a concept");
  assert.equal((await anon().get("/kennisbank/zeldzame-zeppelinwerkvorm-voor-mentoren")).status, 404);
  assert.equal(count((await anon().get("/zoeken?q=zeppelinwerkvorm")).text), 0, "unpublished again");
});

test("two editors saving the same version: the second gets a conflict and keeps their text", async () => {
  const a = await editor();
  const b = await editor();
  const list = await a.get("/redactie?type=nieuws");
  const path = list.text.match(/href="(\/redactie\/\d+)">Save the date/)[1];
  const formA = await a.get(path);
  const formB = await b.get(path);
  const base = (text, title, body) => [
    ["kind", "nieuws"], ["title", title], ["slug", "landelijke-lob-dag-2027"], ["summary", "De landelijke LOB-dag vindt plaats op 8 april 2027 in Utrecht."],
    ["body", body], ["status", "gepubliceerd"], ["publish_at", text.match(/name="publish_at" type="datetime-local" value="([^"]*)"/)[1]],
    ["version", versionOf(text)],
  ];
  assert.equal((await a.post(path, base(formA.text, "Save the date: LOB-dag 2027", "Tekst van A."))).status, 303);
  const second = await b.post(path, base(formB.text, "Save the date: LOB-dag (B)", "Tekst van B, met veel werk erin."));
  assert.equal(second.status, 409);
  assert.match(second.text, /Niet opgeslagen/);
  assert.match(second.text, /Tekst van B, met veel werk erin\./, "B's text is still in the form");
  assert.match(second.text, /koers-diff__removed">- Tekst van A\./);
  assert.match(second.text, /scope="row">Titel<\/th><td class="utrecht-table__cell"><del>Save the date: LOB-dag 2027<\/del><\/td><td class="utrecht-table__cell"><ins>Save the date: LOB-dag \(B\)<\/ins>/,
               "the fields that differ, the record kernel's way");
  // Saving again (with the version shown) deliberately replaces A's version.
  assert.equal((await b.post(path, base(second.text, "Save the date: LOB-dag (B)", "Tekst van B."))).status, 303);
  assert.match((await a.get(path)).text, /Tekst van B\./);
});

test("attachments: type by content, title, size limit, cover image, downloads", async () => {
  const ed = await editor();
  const list = await ed.get("/redactie?type=kennisbank");
  const path = list.text.match(/href="(\/redactie\/\d+)">Instrument: wie doet wat/)[1];
  await ed.get(path);
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2048, 7)]);
  const long = await ed.upload(path + "/bijlagen", { titel: "x".repeat(201) }, { name: "bestand", filename: "t.pdf", bytes: pdf });
  assert.equal(long.status, 400);
  assert.match(long.text, /Maak de titel korter: hoogstens 200 tekens/);
  const up = await ed.upload(path + "/bijlagen", { titel: " Takenmatrix om in te vullen " },
                             { name: "bestand", filename: "Takenmatrix 2026.pdf", bytes: pdf });
  assert.equal(up.status, 303);
  let form = await ed.get(path);
  assert.match(form.text, />Takenmatrix om in te vullen<\/a> \(takenmatrix-2026\.pdf, PDF, 3 kB\)/);
  const href = form.text.match(/href="(\/bijlagen\/\d+\/takenmatrix-2026\.pdf)"/)[1];
  const dl = await fetch(koers.base + href);
  assert.equal(dl.status, 200);
  assert.equal(dl.headers.get("content-type"), "application/pdf");
  assert.match(dl.headers.get("content-disposition"), /^inline; filename="takenmatrix-2026\.pdf"/);
  assert.deepEqual(Buffer.from(await dl.arrayBuffer()), pdf);

  const exe = await ed.upload(path + "/bijlagen", {}, { name: "bestand", filename: "handig.pdf", bytes: Buffer.from("MZ\x90\x00 not a pdf") });
  assert.equal(exe.status, 415);
  assert.match(exe.text, /Dit soort bestand kan niet/);
  const svg = await ed.upload(path + "/bijlagen", {}, { name: "bestand", filename: "x.svg", bytes: Buffer.from("<svg onload=alert(1)>") });
  assert.equal(svg.status, 415);
  // An OpenDocument text: the ZIP's first member, "mimetype", stored, says so.
  const type = "application/vnd.oasis.opendocument.text";
  const header = Buffer.alloc(30);
  header.write("PK\x03\x04", 0, "latin1");
  header.writeUInt32LE(type.length, 18);
  header.writeUInt16LE(8, 26);
  const odt = Buffer.concat([header, Buffer.from("mimetype" + type), Buffer.alloc(100, 1)]);
  assert.equal((await ed.upload(path + "/bijlagen", {}, { name: "bestand", filename: "Werkblad_gesprek.odt", bytes: odt })).status, 303);
  assert.match((await ed.get(path)).text, />Werkblad gesprek<\/a> \(werkblad-gesprek\.odt, OpenDocument-tekst, /);
  const big = await ed.upload(path + "/bijlagen", {}, { name: "bestand", filename: "groot.pdf", bytes: Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)]) });
  assert.equal(big.status, 413);
  assert.match(big.text, /groter dan/);

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
  assert.equal((await ed.upload(path + "/bijlagen", {}, { name: "bestand", filename: "omslag.png", bytes: png })).status, 303);
  form = await ed.get(path);
  const cover = form.text.match(/<option value="(\d+)">omslag<\/option>/)[1];
  const fields = [
    ["kind", "kennisbank"], ["title", "Instrument: wie doet wat in LOB? De takenmatrix"], ["slug", "instrument-lob-taken-matrix"],
    ["summary", "Een matrix om per rol vast te leggen welke LOB-taken iemand heeft."],
    ["body", "Tekst."], ["status", "gepubliceerd"], ["soort", termIds(form.text)["Instrument"]],
    ["publish_at", "2025-06-10T09:00"], ["version", versionOf(form.text)], ["cover", cover],
  ];
  const noAlt = await ed.post(path, fields);
  assert.equal(noAlt.status, 400);
  assert.match(noAlt.text, /alternatieve tekst/);
  assert.equal((await ed.post(path, fields.concat([["cover_alt", "Een matrix met rollen en taken"]]))).status, 303);
  const page = await anon().get("/kennisbank/instrument-lob-taken-matrix");
  assert.match(page.text, /<img class="koers-article__cover" src="\/bijlagen\/\d+\/omslag\.png" alt="Een matrix met rollen en taken">/);
  assert.match(page.text, /<meta property="og:image"/);
  assert.match(page.text, /takenmatrix-2026\.pdf">Takenmatrix om in te vullen<\/a> <span class="koers-downloads__meta">\(PDF, 3 kB\)/);
});

test("preview renders Markdown safely; tampered forms are refused", async () => {
  const ed = await editor();
  await ed.get("/redactie/nieuw?type=nieuws");
  const res = await ed.post("/redactie/voorbeeld", { body: "# Kop\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))" });
  assert.equal(res.status, 200);
  assert.match(res.text, /<h2>Kop<\/h2>/);
  assert.doesNotMatch(res.text, /<script>/);
  assert.doesNotMatch(res.text, /javascript:/);
  assert.equal((await ed.post("/redactie/voorbeeld", { body: "x" }, { csrf: false })).status, 403);
  const bogus = await ed.post("/redactie", [["kind", "nieuws"], ["title", "Genoeg titel"], ["summary", "Een samenvatting van genoeg tekens."], ["body", ""], ["status", "gepubliceerd"], ["term", "999999"]]);
  assert.equal(bogus.status, 400);
  assert.equal((await ed.post("/redactie", [["kind", "reclame"], ["title", "x"]])).status, 400);
  assert.equal((await ed.post("/redactie/999999", [["title", "x"], ["version", "1"]])).status, 404);
  const malformed = await fetch(koers.base + "/redactie/1/bijlagen", {
    method: "POST", body: "--x\r\nrommel", headers: { cookie: ed.cookieHeader(), "content-type": "multipart/form-data; boundary=x" },
  });
  assert.equal(malformed.status, 400);
});

test("feeds and sitemap list what is public", async () => {
  const feed = await fetch(koers.base + "/nieuws/feed.xml");
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get("content-type"), /application\/atom\+xml/);
  const xml = await feed.text();
  assert.match(xml, /<entry>\n<title>Regiobijeenkomst Amstelland/);
  assert.doesNotMatch(xml, /nieuwsbrief december/);
  const ouders = await (await fetch(koers.base + "/nieuws/feed.xml?thema=ouders")).text();
  assert.ok([...ouders.matchAll(/<entry>/g)].length < [...xml.matchAll(/<entry>/g)].length);
  assert.equal((await fetch(koers.base + "/nieuws/feed.xml?thema=bestaat-niet")).status, 404);
  const sitemap = await (await fetch(koers.base + "/sitemap.xml")).text();
  assert.match(sitemap, /\/kennisbank\/pdca-cyclus-voor-lob<\/loc>/);
  assert.doesNotMatch(sitemap, /lob-monitor-2027/);
  assert.match(await (await fetch(koers.base + "/robots.txt")).text(), /Sitemap: http/);
});

test("a second koers process on the same database serves new content within a second", async () => {
  const other = await startKoers([], koers.dbArgs);
  try {
    const reader = new Client(other.base);
    assert.equal(count((await reader.get("/zoeken?q=luchtballonwerkvorm")).text), 0);
    const ed = await editor();
    const form = await ed.get("/redactie/nieuw?type=nieuws");
    const created = await ed.post("/redactie", [
      ["kind", "nieuws"], ["title", "Luchtballonwerkvorm gelanceerd"],
      ["summary", "Een nieuwe werkvorm voor de mentorles is beschikbaar."], ["body", "Tekst."],
      ["status", "gepubliceerd"], ["publish_at", ""], ["term", termIds(form.text)["havo"]],
    ]);
    assert.equal(created.status, 303);
    const started = Date.now();
    let found = 0;
    while (Date.now() - started < 3000 && !found) {
      found = count((await reader.get("/zoeken?q=luchtballonwerkvorm")).text);
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(found, 1);
    assert.ok(Date.now() - started < 2000, "seen within about a second");
  } finally {
    await other.stop();
  }
});
