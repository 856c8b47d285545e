// Makes the upgrade fixtures: a database created by a released koers, with its demo data and
// real edits made over HTTP, as an SQLite file and as a PostgreSQL dump. The upgrade test
// (src/app/upgrade_db_test.cpp) migrates copies of them with the current binary and checks
// that nothing is lost. Run it with a release's binary when its schema changes:
//   KOERS_BIN=build/debug/koers KOERS_TEST_PG_URL_FILE=/tmp/koers-pg-.../url \
//     node tests/support/make_upgrade_fixture.mjs tests/fixtures/upgrade
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client, startKoers } from "../e2e/koers_process.mjs";

const out = process.argv[2];

async function edit(base) {
  const editor = new Client(base);
  await editor.signIn("redacteur@demo.koers.nl");
  const form = (await editor.get("/redactie/nieuw?type=kennisbank")).text;
  const soort = form.match(/name="soort" value="(\d+)"/)[1];
  const saved = await editor.post("/redactie", {
    kind: "kennisbank", title: "Upgradetoets: geschreven vóór de module-migraties",
    summary: "Een item dat een upgrade moet overleven.", body: "Tekst met **opmaak** die blijft.",
    status: "gepubliceerd", publish_at: "", soort,
  });
  if (saved.status !== 303) throw new Error(`content not saved: ${saved.status}`);
  const decaan = new Client(base);
  await decaan.signIn("decaan@demo.koers.nl");
  const school = (await decaan.get("/dashboard")).text.match(/href="(\/scholen\/\d+\/kwaliteit)"/)[1];
  const year = (await decaan.get(school)).headers.get("location");
  const version = (await decaan.get(`${year}/visie`)).text.match(/name="version" value="(\d+)"/)[1];
  const visie = await decaan.post(`${year}/visie`, { version, betekenis: "Visietekst van vóór de upgrade." });
  if (visie.status !== 303) throw new Error(`visie not saved: ${visie.status}`);
}

// Starts koers on a fresh database of `kind`, makes the edits, and stops it (also on failure).
async function made(kind) {
  process.env.KOERS_E2E_DB = kind;
  const koers = await startKoers();
  try {
    await edit(koers.base);
  } finally {
    await koers.stop();
  }
  return koers;
}

const lite = await made("sqlite");
copyFileSync(join(lite.dir, "data", "koers.db"), join(out, "release.sqlite"));

const pg = await made("postgresql");
const url = pg.dbArgs[1];
const dump = execFileSync("pg_dump", ["--no-owner", "--no-privileges", "--inserts", "--no-comments", url],
                         { maxBuffer: 1 << 28 }).toString()
  .split("\n").filter((l) => !/^SET |^SELECT pg_catalog.set_config|^\\/.test(l)).join("\n");
writeFileSync(join(out, "release.postgresql.sql"), dump);
console.log("fixtures written to " + out);
