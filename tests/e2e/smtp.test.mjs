// E-mail delivery over SMTP: koers sends its outbox to an SMTP server on loopback (a minimal
// SMTP sink written here, speaking the protocol over a real socket).
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { startKoers, Client } from "./koers_process.mjs";

function smtpSink() {
  const messages = [];
  const server = net.createServer((sock) => {
    let buffer = "", inData = false, envelope = {};
    sock.write("220 sink.test ESMTP\r\n");
    sock.on("data", (chunk) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          messages.push({ ...envelope, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          sock.write("250 OK queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") sock.write("250-sink.test\r\n250 OK\r\n");
        else if (verb === "MAIL") { envelope = { from: line }; sock.write("250 OK\r\n"); }
        else if (verb === "RCPT") { envelope.to = line; sock.write("250 OK\r\n"); }
        else if (verb === "DATA") { inData = true; sock.write("354 go ahead\r\n"); }
        else if (verb === "QUIT") { sock.end("221 bye\r\n"); }
        else sock.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, messages, port: server.address().port })));
}

test("a password reset is delivered over SMTP and marked as sent", async () => {
  const sink = await smtpSink();
  const koers = await startKoers(["--smtp-url", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "koers@school.test"]);
  try {
    const c = new Client(koers.base);
    await c.get("/wachtwoord-vergeten");
    const res = await c.post("/wachtwoord-vergeten", { email: "ouder@demo.koers.nl" });
    assert.equal(res.status, 303);
    const deadline = Date.now() + 20000;
    while (sink.messages.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(sink.messages.length, 1, "no mail arrived");
    const m = sink.messages[0];
    assert.match(m.from, /<koers@school\.test>/);
    assert.match(m.to, /<ouder@demo\.koers\.nl>/);
    assert.match(m.data, /Subject: =\?UTF-8\?B\?/);
    assert.match(m.data, /Content-Type: text\/plain; charset=utf-8/);
    assert.match(m.data, /\/wachtwoord-instellen\?soort=reset&code=[A-Za-z0-9_-]+/);
    const admin = new Client(koers.base);
    await admin.signIn("beheerder@demo.koers.nl");
    const deadline2 = Date.now() + 5000;
    let outbox;
    do { outbox = await admin.get("/beheer/e-mail"); } while (!/verstuurd op/.test(outbox.text) && Date.now() < deadline2);
    assert.match(outbox.text, /verstuurd op/);
  } finally {
    await koers.stop();
    sink.server.close();
  }
});

test("configuration comes from KOERS_* variables too, and flags win", async () => {
  const { spawnSync } = await import("node:child_process");
  const { KOERS } = await import("./koers_process.mjs");
  const r = spawnSync(KOERS, ["serve"], { env: { ...process.env, KOERS_PORT: "nee" }, encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port moet een getal/);
  process.env.KOERS_PORT = "nee";  // the --port 0 flag of startKoers must win over this
  try {
    const k = await startKoers();
    await k.stop();
  } finally {
    delete process.env.KOERS_PORT;
  }
  const s = spawnSync(KOERS, ["serve", "--smtp-url", "smtp://127.0.0.1:1"], { encoding: "utf8" });
  assert.equal(s.status, 2);
  assert.match(s.stderr, /--smtp-from is nodig/);
});

test("a registration for a bijeenkomst arrives with the event as an .ics attachment", async () => {
  const sink = await smtpSink();
  const koers = await startKoers(["--smtp-url", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "koers@school.test"]);
  try {
    const c = new Client(koers.base);
    const agenda = await c.get("/agenda");
    const event = agenda.text.match(/href="(\/agenda\/\d+)">Landelijke LOB-dag/)[1];
    await c.get(event);
    const res = await c.post(event + "/aanmelden", { name: "Sanne de Wit", email: "sanne@school.test", organisation: "", role: "Docent", note: "" });
    assert.equal(res.status, 303, res.text);
    const deadline = Date.now() + 20000;
    while (sink.messages.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(sink.messages.length, 1, "no mail arrived");
    const m = sink.messages[0].data;
    const boundary = m.match(/Content-Type: multipart\/mixed; boundary="([^"]+)"/)[1];
    const parts = m.split(`--${boundary}`).slice(1, -1);
    assert.equal(parts.length, 2);
    const decode = (part) => Buffer.from(part.split("\r\n\r\n")[1].replace(/\r\n/g, ""), "base64").toString("utf8");
    assert.match(decode(parts[0]), /U bent aangemeld voor deze bijeenkomst/);
    assert.match(parts[1], /Content-Disposition: attachment; filename="bijeenkomst\.ics"/);
    assert.match(decode(parts[1]), /BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Landelijke LOB-dag: loopbaangesprekken die werken\r\n/);
  } finally {
    sink.server.close();
    await koers.stop();
  }
});
