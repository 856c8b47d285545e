// The koers command line: help, bad options, migrate, user add, backup and graceful shutdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import net from "node:net";
import { KOERS, startKoers, freshDatabaseArgs, scratchDir } from "./koers_process.mjs";

const run = (args, input) => spawnSync(KOERS, args, { input, encoding: "utf8" });

test("help everywhere, and one clear line for a bad option", () => {
  assert.equal(run(["--help"]).status, 0);
  for (const cmd of [["serve"], ["migrate"], ["backup"], ["user", "add"]]) {
    const r = run([...cmd, "--help"]);
    assert.equal(r.status, 0, cmd.join(" "));
    assert.match(r.stdout, /Gebruik: koers/);
  }
  const bad = run(["serve", "--poort", "80"]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split("\n").length, 1);
  assert.match(bad.stderr, /onbekende optie --poort/);
  assert.match(run(["serve", "--port", "99999"]).stderr, /--port moet een getal/);
  assert.equal(run(["vlieg"]).status, 2);
});

test("a database that cannot be opened stops start-up with one line", () => {
  const r = run(["serve", "--database", "postgresql://koers@/x?host=/nonexistent&port=1"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^koers: kan PostgreSQL niet bereiken/);
});

test("migrate, user add and backup", () => {
  const dir = scratchDir("koers-cli-");
  const db = freshDatabaseArgs(dir);
  const m = run(["migrate", ...db]);
  assert.equal(m.status, 0, m.stderr);
  const [, count, schema] = m.stdout.match(/(\d+) migratie\(s\) toegepast; schema: (.+)/);
  const applied = Number(count);
  assert.ok(applied >= 5);
  assert.match(schema, /^platform \d+, content \d+, scan \d+, quality \d+, roster \d+, dossier \d+, participation \d+, networks \d+, agenda \d+, newsletter \d+, curriculum \d+, doorstroom \d+$/, "every module, in order");
  const weak = run(["user", "add", ...db, "--email", "root@school.nl", "--name", "Root", "--role", "beheerder"], "kort\n");
  assert.equal(weak.status, 2);
  assert.match(weak.stderr, /minstens 12 tekens/);
  const add = run(["user", "add", ...db, "--email", "Root@School.nl", "--name", "Root", "--role", "beheerder"], "een-sterk-wachtwoord\n");
  assert.equal(add.status, 0, add.stderr);
  const again = run(["user", "add", ...db, "--email", "root@school.nl", "--name", "Root", "--role", "beheerder"], "een-sterk-wachtwoord\n");
  assert.equal(again.status, 1);
  assert.match(again.stderr, /bestaat al/);
  const backup = run(["backup", join(dir, "kopie.db"), ...db]);
  if (process.env.KOERS_E2E_DB === "postgresql") {
    assert.equal(backup.status, 1);
    assert.match(backup.stderr, /pg_dump/);
  } else {
    assert.equal(backup.status, 0, backup.stderr);
    assert.ok(existsSync(join(dir, "kopie.db")));
    const check = run(["migrate", "--database", join(dir, "kopie.db")]);
    assert.ok(check.stdout.includes(`0 migratie(s) toegepast; schema: ${schema}`), check.stdout);
  }
});

test("a client that sends too slowly is cut off after the read timeout", async () => {
  const k = await startKoers(["--read-timeout", "1"]);
  const { hostname, port } = new URL(k.base);
  const sock = net.connect(Number(port), hostname);
  await new Promise((r) => sock.on("connect", r));
  sock.write("GET / HTTP/1.1\r\nHost: x\r\n");  // headers never finished
  const started = Date.now();
  await new Promise((r) => sock.on("close", r));
  const waited = Date.now() - started;
  assert.ok(waited >= 900 && waited < 5000, `closed after ${waited} ms`);
  assert.equal((await fetch(k.base + "/healthz")).status, 200, "still serving others");
  const { code } = await k.stop();
  assert.equal(code, 0);
});

test("SIGTERM with an idle keep-alive connection open still shuts down at once", async () => {
  const k = await startKoers();
  const { hostname, port } = new URL(k.base);
  const sock = net.connect(Number(port), hostname);
  await new Promise((r) => sock.on("connect", r));
  sock.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  await new Promise((r) => sock.once("data", r));
  const started = Date.now();
  const { code } = await k.stop();
  assert.equal(code, 0);
  assert.ok(Date.now() - started < 5000, "shutdown waited for the idle connection");
  sock.destroy();
});
