// SQLite under faults: kill -9 during a write burst loses no acknowledged write, and a backup
// taken under load (koers backup) restores (koers restore) to an identical database.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { join } from "node:path";
import { KOERS, startKoers, scratchDir } from "../e2e/koers_process.mjs";
import { writeLoad, missing, until } from "./cluster.mjs";

const run = (args) => new Promise((resolve) => {
  const child = spawn(KOERS, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (c) => { out += c; });
  child.stderr.on("data", (c) => { out += c; });
  child.on("exit", (code) => resolve({ code, out }));
});
const dump = (file) => execFileSync("sqlite3", [file, ".dump"], { encoding: "utf8", maxBuffer: 1 << 28 });

test("kill -9 during a write burst loses no acknowledged write", async () => {
  const dir = scratchDir("koers-crash-");
  const data = ["--data-dir", join(dir, "data")];
  const first = await startKoers([], data);
  const writes = writeLoad(first.base, { writers: 4, prefix: "Crash" });
  await writes.ready;
  assert.ok(await until(() => writes.acked.length >= 20), "the load did not get going");
  // Killed from outside, at a moment the test's own event loop does not choose, so that
  // requests are cut off half-way.
  spawn("bash", ["-c", `sleep 0.$RANDOM; kill -9 ${first.child.pid}`]);
  await first.exited;
  await writes.stop();
  console.log(`# kill -9: ${writes.acked.length} writes acknowledged, ${writes.failed.length} cut off`);
  const second = await startKoers([], data);
  try {
    assert.deepEqual(await missing(second.base, writes.acked), [], "acknowledged writes were lost");
  } finally {
    await second.stop();
  }
});

test("a backup taken under load restores to an identical database", async () => {
  const dir = scratchDir("koers-backup-");
  const data = ["--data-dir", join(dir, "data")];
  const koers = await startKoers([], data);
  const writes = writeLoad(koers.base, { writers: 3, prefix: "Back-up" });
  await writes.ready;
  assert.ok(await until(() => writes.acked.length >= 20), "the load did not get going");
  const backupFile = join(dir, "koers-backup.db");
  const startedAt = Date.now();
  const backup = await run(["backup", backupFile, ...data]);
  const doneAt = Date.now();
  await until(() => writes.acked.filter((w) => w.started > doneAt).length >= 5);
  await writes.stop();
  await koers.stop();
  assert.equal(backup.code, 0, backup.out);
  assert.equal(execFileSync("sqlite3", [backupFile, "PRAGMA integrity_check"], { encoding: "utf8" }).trim(), "ok");

  // Restore into a fresh place; the result is the backup, row for row.
  const restoredData = ["--data-dir", join(dir, "restored")];
  const restore = await run(["restore", backupFile, ...restoredData]);
  assert.equal(restore.code, 0, restore.out);
  assert.equal(dump(join(dir, "restored", "koers.db")), dump(backupFile));

  // Everything acknowledged before the backup started is in it; what came after is not.
  const restored = await startKoers([], restoredData);
  try {
    const before = writes.acked.filter((w) => w.at < startedAt);
    const later = writes.acked.filter((w) => w.started > doneAt);
    console.log(`# backup under load: ${before.length} writes before it, ${later.length} after`);
    assert.ok(before.length >= 20 && later.length >= 5, "the backup was not taken under load");
    assert.deepEqual(await missing(restored.base, before), []);
    assert.equal((await missing(restored.base, later)).length, later.length);
  } finally {
    await restored.stop();
  }

  // A damaged or foreign file is refused with one line, and the database stays as it was.
  const kept = dump(join(dir, "restored", "koers.db"));
  const refused = await run(["restore", join(dir, "bestaat-niet.db"), ...restoredData]);
  assert.equal(refused.code, 1);
  assert.match(refused.out, /^koers: kan back-upbestand .* niet openen/);
  assert.equal(dump(join(dir, "restored", "koers.db")), kept);
});
