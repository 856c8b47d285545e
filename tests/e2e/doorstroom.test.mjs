// Doorstroomcijfers end to end over real HTTP, on SQLite or PostgreSQL: two koers processes on one
// database. The beheerder imports uitval en overstap at one (a bad file is refused with its line
// and column and changes nothing); the decaan reads them at the other within a second or two
// (the figures are held in memory by each process and read again when a year's stamp changes),
// with the small count hidden and in no share, on the page and in both downloads.
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

const head = "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n";
// With a count written as Excel may write it ("30,0"), and a group of 4.
const good = head + "21VZ;havo;2025;412;12;3\n21VZ;vwo;2025;4;0;0\n99ZY;havo;2025;600;30,0;20\n";

// The part of the dashboard about uitval en overstap in 2025 (before its years side by side).
function places(html) {
  const from = html.indexOf('id="uitval"');
  assert.ok(from > 0, "the page has a section on uitval en overstap");
  return html.slice(from, html.indexOf("door de jaren</caption>", from));
}

test("uitval en overstap imported at one process are read at the other, a small count hidden", async () => {
  const beheerder = new Client(koers.base);
  await beheerder.signIn("beheerder@demo.koers.nl");
  await beheerder.get("/beheer/doorstroom");
  const refused = await beheerder.upload("/beheer/doorstroom", {}, {
    name: "bestand", filename: "uitval-fout.csv", type: "text/csv",
    bytes: head + "21VZ;havo;2025;412;12;3\n21VZ;havo;2024;398;veel;14\n",
  });
  assert.equal(refused.status, 422);
  assert.match(refused.text, /Regel 3, kolom 5: &quot;veel&quot; is geen aantal/);
  assert.match(refused.text, /er is niets veranderd/);
  assert.doesNotMatch(refused.text, /uitval-fout\.csv/);

  const decaan = new Client(second.base);
  await decaan.signIn("decaan@demo.koers.nl");
  const page = "/scholen/1/doorstroom?type=havo&jaar=2025";
  const before = places((await decaan.get(page)).text);
  assert.doesNotMatch(before, /412/);

  const imported = await beheerder.upload("/beheer/doorstroom", {}, {
    name: "bestand", filename: "uitval-2025.csv", type: "text/csv", bytes: good,
  });
  assert.equal(imported.status, 303, imported.text);
  assert.match((await beheerder.get("/beheer/doorstroom")).text, /uitval-2025\.csv/);

  // The other process sees the new year once it looks again (at most a second after its last look).
  let seen = "";
  for (let i = 0; i < 40 && !/412/.test(seen); ++i) {
    if (i) await sleep(100);
    seen = places((await decaan.get(page)).text);
  }
  assert.match(seen, />412<\/td><td[^>]*>12 \(2,9%\)<\/td><td[^>]*>&lt;5<\/td>/);
  assert.match(seen, />Nederland<\/th><td[^>]*>1012<\/td><td[^>]*>42 \(4,2%\)<\/td><td[^>]*>20 en 1× &lt;5 \(3,3%\)<\/td>/);
  for (const leak of ["0,7%", ">3<", "23", "1015", "(2,3%)"]) assert.ok(!seen.includes(leak), leak);
  const vwo = places((await decaan.get("/scholen/1/doorstroom?type=vwo&jaar=2025")).text);
  assert.doesNotMatch(vwo, />0</, "'0 of 4' would tell about each of the four");

  const csv = await decaan.get("/scholen/1/doorstroom/doorstroom.csv?type=havo&jaar=2025");
  assert.equal(csv.status, 200);
  const sheet = csv.text.slice(csv.text.indexOf("Uitval en overstap 2025"), csv.text.indexOf("Uitval door de jaren"));
  assert.match(sheet, /"Veldzicht College";"412";"12";2,9;"<5";\r\n/);
  assert.ok(!sheet.includes("0,7") && !sheet.includes('"3"'), sheet);
  const xlsx = await fetch(second.base + "/scholen/1/doorstroom/doorstroom.xlsx?type=havo&jaar=2025",
                           { headers: { cookie: decaan.cookieHeader() } });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get("content-type"), /spreadsheetml/);

  // Someone of another school, or a leerling, gets no figures at all.
  const leerling = new Client(second.base);
  await leerling.signIn("leerling@demo.koers.nl");
  assert.equal((await leerling.get(page)).status, 403);
});

test("instroom imported at one process is read at the other by the receiving institution only", async () => {
  const beheerder = new Client(koers.base);
  await beheerder.signIn("beheerder@demo.koers.nl");
  await beheerder.get("/beheer/doorstroom");
  const imported = await beheerder.upload("/beheer/doorstroom", {}, {
    name: "bestand", filename: "instroom-2025.csv", type: "text/csv",
    bytes: "instelling;herkomst;onderwijstype;jaar;aantal\n30HZ;21VZ;vmbo-kb;2025;38\n30HZ;16TE;vmbo-tl;2025;3\n",
  });
  assert.equal(imported.status, 303, imported.text);

  const mbo = new Client(second.base);
  await mbo.signIn("decaan.mbo@demo.koers.nl");
  const page = (await mbo.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/doorstroom)"/)[1];
  let seen = "";
  for (let i = 0; i < 40 && !/>38</.test(seen); ++i) {
    if (i) await sleep(100);
    const html = (await mbo.get(page + "?jaar=2025")).text;
    seen = html.slice(html.indexOf('id="instroom"'));
  }
  assert.match(seen, /Veldzicht College \(21VZ\)<\/th><td[^>]*>vmbo-kb<\/td><td[^>]*>38<\/td>/);
  assert.match(seen, />38 en 1× &lt;5<\/td>/, "the 3 is in no total");

  const vo = new Client(second.base);
  await vo.signIn("decaan@demo.koers.nl");
  assert.equal((await vo.get(page)).status, 403, "the school they came from sees no institution's page");
  assert.doesNotMatch((await vo.get("/scholen/1/doorstroom?jaar=2025")).text, /id="instroom"/);
});
