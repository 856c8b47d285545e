// The loopbaandossier over real HTTP, on SQLite or PostgreSQL: the student asks for a gesprek
// and the mentor sees it, they react on an entry, the student keeps a bewijs with a photo, and the
// student's export is a zip (with the photo) and a JSON document that the published schema
// (checked with Ajv) accepts; reading the same document back in adds nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import Ajv2020 from "ajv/dist/2020.js";
import { startKoers, Client } from "./koers_process.mjs";

let koers;
before(async () => { koers = await startKoers(); });
after(async () => {
  const { code } = await koers.stop();
  assert.equal(code, 0, "koers should exit cleanly on SIGTERM:\n" + koers.log());
});

test("the loopbaandossier travels as a document the published schema accepts", async () => {
  const lotte = new Client(koers.base);
  await lotte.signIn("leerling@demo.koers.nl");
  const mine = (await lotte.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/mijn-dossier)"/)[1];
  const dossier = (await lotte.get(mine)).headers.get("location");
  assert.match(dossier, /\/leerlingen\/\d+\/dossier$/);

  // A gesprek asked for; the mentor sees it.
  assert.equal((await lotte.post(`${dossier}/gesprek-vragen`, { onderwerp: "Mijn profielkeuze" })).status, 303);
  assert.equal((await lotte.post(`${dossier}/gesprek-vragen`, { onderwerp: "Nog eens" })).status, 409);
  const mentor = new Client(koers.base);
  await mentor.signIn("mentor@demo.koers.nl");
  assert.match((await mentor.get(dossier)).text, /vroeg op .* om een loopbaangesprek/);

  // A reaction on the first entry, by the mentor.
  const entry = (await lotte.get(dossier)).text.match(new RegExp(`href="(${dossier}/\\d+)"`))[1];
  assert.equal((await mentor.post(`${entry}/reageren`, { reactie: "Mooi gedaan!" })).status, 303);
  assert.equal((await mentor.post(`${entry}/reageren`, { reactie: "" })).status, 400);

  // A bewijs with a photo, so the export carries a file.
  await lotte.get(`${dossier}/nieuw/bewijs`);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
  const bewijs = await lotte.upload(`${dossier}/nieuw-bewijs`, { titel: "Certificaat EHBO" },
                                    { name: "bestand", filename: "ehbo.png", bytes: png, type: "image/png" });
  assert.equal(bewijs.status, 303);

  // The downloads.
  const zip = await fetch(koers.base + `${dossier}/loopbaandossier.zip`, { headers: { cookie: lotte.cookieHeader() } });
  assert.equal(zip.status, 200);
  assert.equal(zip.headers.get("content-type"), "application/zip");
  const bytes = Buffer.from(await zip.arrayBuffer());
  assert.equal(bytes.subarray(0, 4).toString("latin1"), "PK\x03\x04");
  assert.ok(bytes.includes(Buffer.from("bestanden/")), "the zip carries the bewijs's file");
  const json = await lotte.get(`${dossier}/loopbaandossier.json`);
  assert.equal(json.status, 200);
  const doc = JSON.parse(json.text);
  assert.ok(doc.entries.some((e) => e.comments.some((c) => c.text === "Mooi gedaan!")));
  assert.ok(doc.entries.some((e) => e.kind === "bewijs" && e.files[0]?.media_type === "image/png"));
  assert.equal((await mentor.get(`${dossier}/loopbaandossier.json`)).status, 403);

  // The published schema accepts it, and refuses a tampered copy.
  const schemaRes = await new Client(koers.base).get("/schemas/loopbaandossier-v1.json");
  assert.equal(schemaRes.status, 200);
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schemaRes.text));
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(validate({ ...doc, entries: [{ ...doc.entries[0], kind: "taak" }] }), false);

  // Reading the same document back in adds nothing.
  await lotte.get(`${dossier}/meenemen`);
  const again = await lotte.upload(`${dossier}/meenemen`, {}, { name: "bestand", filename: "loopbaandossier.json", bytes: json.text, type: "application/json" });
  assert.equal(again.status, 303);
  assert.match((await lotte.get(dossier)).text, /Er is niets dubbel toegevoegd/);
  // The zip carries the bewijs's file: with the bewijs deleted, reading the zip in brings both back.
  const bewijsId = (await lotte.get(dossier)).text.match(new RegExp(`href="(${dossier}/\\d+)">Certificaat EHBO`))[1];
  await lotte.get(bewijsId);
  assert.equal((await lotte.post(`${bewijsId}/verwijderen`, { version: "1" })).status, 303);
  assert.doesNotMatch((await lotte.get(dossier)).text, /Certificaat EHBO/);
  const carried = await lotte.upload(`${dossier}/meenemen`, {}, { name: "bestand", filename: "loopbaandossier.zip", bytes, type: "application/zip" });
  assert.equal(carried.status, 303, carried.text);
  const back = (await lotte.get(dossier)).text.match(new RegExp(`href="(${dossier}/\\d+)">Certificaat EHBO`));
  assert.ok(back, "the bewijs is back");
  const page = await lotte.get(back[1]);
  const file = page.text.match(/href="([^"]+\/bestanden\/\d+)"/);
  assert.ok(file, "with its file");
  const photo = await fetch(koers.base + file[1], { headers: { cookie: lotte.cookieHeader() } });
  assert.equal(photo.headers.get("content-type"), "image/png");
  assert.deepEqual(Buffer.from(await photo.arrayBuffer()), png);
  const broken = await lotte.upload(`${dossier}/meenemen`, {}, { name: "bestand", filename: "x.json", bytes: "{", type: "application/json" });
  assert.equal(broken.status, 422);
  assert.match(broken.text, /kan Koers niet lezen/);
});
