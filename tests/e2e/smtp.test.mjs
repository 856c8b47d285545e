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

// The nieuwsbrief end to end: subscribe, confirm through the mailed link, the redactie sends an
// issue, the background work queues it and the mailer delivers it with the List-Unsubscribe
// headers; the mail program's one-click POST (no cookies, no form token) unsubscribes.
test("a nieuwsbrief arrives with one-click unsubscribing, which works without cookies", async () => {
  const sink = await smtpSink();
  const koers = await startKoers(["--smtp-url", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "koers@school.test"]);
  const mailTo = async (address, pattern) => {
    const deadline = Date.now() + 30000;
    for (;;) {
      const m = sink.messages.find((x) => x.to.includes(`<${address}>`) && pattern.test(x.data));
      if (m) return m;
      assert.ok(Date.now() < deadline, `no mail to ${address} matching ${pattern}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    const reader = new Client(koers.base);
    await reader.get("/nieuwsbrief");
    let res = await reader.post("/nieuwsbrief", { email: "lezer@school.test", name: "Lotte" });
    assert.equal(res.status, 303);
    const confirm = await mailTo("lezer@school.test", /bevestigen/);
    const link = confirm.data.match(/(\/nieuwsbrief\/bevestigen\/[A-Za-z0-9_-]+)/)[1];
    res = await reader.get(link);
    assert.equal(res.status, 200);
    assert.equal((await reader.post(link, {})).status, 303);

    const editor = new Client(koers.base);
    await editor.signIn("redacteur@demo.koers.nl");
    res = await editor.get("/redactie/nieuwsbrief/nieuw");
    const items = [...res.text.matchAll(/name="items" value="([a-z]+:[0-9]+)"/g)].map((m) => ["items", m[1]]);
    assert.ok(items.length >= 3, "the form offers what is new");
    res = await editor.request("POST", "/redactie/nieuwsbrief/nieuw", {
      form: [["subject", "Nieuwsbrief LOB, proef"], ["intro", "Hallo allemaal."], ...items, ["_csrf", editor.csrf]],
      csrf: false,
    });
    assert.equal(res.status, 303, res.text);
    const issue = res.headers.get("location");
    await editor.get(issue);
    assert.equal((await editor.post(issue + "/verzenden", {})).status, 303);

    const letter = await mailTo("lezer@school.test", /Hallo allemaal/);
    const header = letter.data.match(/\r\nList-Unsubscribe: <(http:\/\/[^>]+)>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
    assert.ok(header, "the one-click headers");
    const url = header[1];
    assert.match(letter.data, /Beste Lotte,/);
    assert.ok(letter.data.includes(`Afmelden: ${url}`), "the same link in the text");
    // As a mail program does it (RFC 8058): a POST with this body, nothing else.
    const click = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" }, redirect: "manual" });
    assert.equal(click.status, 200);
    assert.match(await click.text(), /U bent afgemeld/);
    const again = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.equal(again.status, 404);

    // Delivered, counted from the outbox.
    const deadline = Date.now() + 20000;
    let progress;
    do {
      progress = JSON.parse((await editor.get(issue + "/voortgang", { headers: { accept: "application/json" } })).text);
      if (progress.state === "done") break;
      await new Promise((r) => setTimeout(r, 200));
    } while (Date.now() < deadline);
    assert.equal(progress.state, "done");
    assert.ok(progress.total >= 2 && progress.done === progress.total, JSON.stringify(progress));
    res = await editor.get(issue);
    assert.match(res.text, /Afgeleverd<\/dt><dd class="utrecht-data-list__item-value">[1-9]/);
  } finally {
    await koers.stop();
    sink.server.close();
  }
});
