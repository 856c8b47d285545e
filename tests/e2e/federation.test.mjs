// Signing in through a federation (issue 19, decision 0042) against a real OpenID provider,
// Debian's glewlwyd on loopback: an identity is linked through an invitation and signs in
// again; replayed, foreign-browser, cancelled and wrong-client answers are refused with a Dutch
// sentence; a rotated signing key is picked up; the provider's logout is reached; a provider
// that is down leaves local sign-in working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startKoers, Client, scratchDir } from "./koers_process.mjs";
import { startProvider, newSigningKey } from "../support/oidc_provider.mjs";

const SECRET = "koers-geheim-voor-de-test";
let provider, koers, federations;

before(async () => {
  const dir = scratchDir("koers-oidc-");
  provider = await startProvider(dir);
  federations = join(dir, "federaties.json");
  writeFileSync(join(dir, "geheim"), SECRET + "\n");
  writeFileSync(federations, JSON.stringify([{
    id: "testfederatie", label: "Testfederatie", issuer: provider.issuer, client_id: "koers",
    client_secret_file: join(dir, "geheim"),
  }]));
  koers = await startKoers(["--federations", federations]);
  await provider.addClient("koers", SECRET, koers.base);
  await provider.addClient("ander-systeem", "ander-geheim", koers.base);
  await provider.addUser("noor", "Noor-bij-de-federatie-1");
  await provider.addUser("onbekend", "Onbekend-bij-koers-1");
});

after(async () => {
  if (process.env.KOERS_SHOW_LOG) console.log(koers?.log().split("\n").filter((l) => /inloggen via|extern/.test(l)).join("\n"));
  await koers?.stop();
  await provider?.stop();
});

// Presses the sign-in page's federation button (or an invitation's) and returns the provider's
// authorisation URL.
async function begin(browser, path = "/inloggen", extra = {}) {
  const page = await browser.get(path);
  assert.match(page.text, /Testfederatie/, `${path} offers the federation`);
  const res = await browser.post("/inloggen/extern/testfederatie", { terug: "", uitnodiging: "", ...extra });
  assert.equal(res.status, 303, res.text);
  const location = res.headers.get("location");
  assert.ok(location.startsWith(provider.issuer + "/auth?"), location);
  const url = new URL(location);
  assert.equal(url.searchParams.get("code_challenge_method"), "S256");
  // The attributes are asked for in the signed id_token, not left to the userinfo endpoint.
  assert.deepEqual(Object.keys(JSON.parse(url.searchParams.get("claims")).id_token).sort(),
                   ["eduperson_affiliation", "email", "name", "schac_home_organization"]);
  assert.ok(url.searchParams.get("nonce").length >= 32 && url.searchParams.get("state").length >= 32);
  return location;
}

// The provider's answer as Koers's path (redirect URI with its query).
function back(location) {
  const url = new URL(location);
  assert.equal(url.origin, koers.base);
  return url.pathname + url.search;
}

// Invites a person (with a role at Veldzicht, school 1, when `role` is given) and returns the
// path of the invitation's link from the outbox.
async function asBeheerder(fn) {
  const admin = new Client(koers.base);
  await admin.signIn("beheerder@demo.koers.nl");
  return fn(admin);
}

async function invitationLink(name, email, role) {
  const admin = new Client(koers.base);
  await admin.signIn("beheerder@demo.koers.nl");
  const invited = await admin.post("/beheer/gebruikers", { name, email });
  assert.equal(invited.status, 303, invited.text);
  if (role) {
    const added = await admin.post(invited.headers.get("location") + "/rollen", { role, place: "school:1" });
    assert.equal(added.status, 303, added.text);
  }
  const outbox = (await admin.get("/beheer/e-mail")).text.replaceAll("&amp;", "&");
  const mail = outbox.split('<article class="koers-mail">').find((m) => m.includes(`Aan ${email} `));
  const link = new URL(mail.match(/http:\/\/\S+wachtwoord-instellen\?soort=invite&code=[A-Za-z0-9_-]+/)[0]);
  return link.pathname + link.search;
}


test("a federated identity nobody invited is not let in, and the page says what to do", async () => {
  const browser = new Client(koers.base);
  const { location } = await provider.authorise(await begin(browser), "onbekend", "Onbekend-bij-koers-1", "koers");
  const res = await browser.get(back(location));
  assert.equal(res.status, 403);
  assert.match(res.text, /nog niet aan Koers gekoppeld\. De beheerder van Koers op school ziet de aanvraag/);
  assert.match(res.text, /id="password"/, "signing in with a password stays on the page");
  assert.ok(!browser.cookies.has("koers_sessie"));

  // The beheerder links the request to an account made for this person (no e-mail address
  // decides it: the beheerder does).
  await asBeheerder(async (admin) => {
    const made = await admin.post("/beheer/gebruikers", { name: "Olaf Onbekend", email: "olaf@school.nl" });
    const page = made.headers.get("location");
    const shown = await admin.get(page);
    const request = shown.text.match(/<option value="(\d+)"[^>]*>Testfederatie: onbekend, onbekend@example\.nl, veldzicht\.example\.nl/);
    assert.ok(request, "the request is listed with what the provider said:\n" + shown.text.slice(shown.text.indexOf("koppelingen")));
    const gone = await admin.post(page + "/koppelingen", { aanvraag: "999999" });
    assert.equal(gone.status, 400);
    assert.match(gone.text, /deze is er niet meer/);
    const linked = await admin.post(page + "/koppelingen", { aanvraag: request[1] });
    assert.equal(linked.status, 303, linked.text);
    assert.match((await admin.get(page)).text, /Testfederatie · veldzicht\.example\.nl · gekoppeld op/);
  });
  const again = new Client(koers.base);
  const back2 = await provider.authorise(await begin(again), "onbekend", "Onbekend-bij-koers-1", "koers");
  assert.equal((await again.get(back(back2.location))).status, 303);
  assert.match((await again.get("/dashboard")).text, /Olaf Onbekend/);
  // The account page shows the link; the only way in cannot be removed.
  const account = await again.get("/account/wachtwoord");
  assert.match(account.text, /Inloggen via school/);
  const last = await again.post("/account/koppelingen/testfederatie/verwijderen", {});
  assert.equal(last.status, 409);
  assert.match(last.text, /enige manier om in te loggen/);
});

test("an invitation links the identity, and it signs in again without a password", async () => {
  const invitation = await invitationLink("Noor Federatie", "noor.federatie@school.nl");
  const browser = new Client(koers.base);
  const code = new URL(koers.base + invitation).searchParams.get("code");
  const start = await begin(browser, invitation, { uitnodiging: code });
  const { location } = await provider.authorise(start, "noor", "Noor-bij-de-federatie-1", "koers");
  const answer = back(location);
  const res = await browser.get(answer);
  assert.equal(res.status, 303, res.text);
  assert.equal(res.headers.get("location"), "/dashboard");
  assert.match((await browser.get("/dashboard")).text, /Noor Federatie/);

  // The same answer replayed, in the same browser: the sign-in it belonged to is used up.
  const replayed = await browser.get(answer);
  assert.equal(replayed.status, 400);
  assert.match(replayed.text, /verlopen of al gebruikt/);
  // The invitation is used up too: its page no longer offers to link or to set a password.
  assert.match((await new Client(koers.base).get(invitation)).text, /verlopen of al gebruikt/);

  // Later, in another browser: the linked identity signs in.
  const later = new Client(koers.base);
  const again = await provider.authorise(await begin(later), "noor", "Noor-bij-de-federatie-1", "koers");
  const signedIn = await later.get(back(again.location));
  assert.equal(signedIn.status, 303, signedIn.text);
  assert.match((await later.get("/dashboard")).text, /Noor Federatie/);

  // Signing out ends the session at the provider too (RP-initiated logout).
  await later.get("/dashboard");
  const out = await later.post("/uitloggen", {});
  assert.equal(out.status, 303);
  const logout = new URL(out.headers.get("location"));
  assert.equal(logout.origin + logout.pathname, provider.issuer + "/end_session");
  assert.ok(logout.searchParams.get("id_token_hint"));
  assert.equal(logout.searchParams.get("post_logout_redirect_uri"), koers.base + "/");
  assert.equal((await later.get("/dashboard")).status, 303, "signed out of Koers");
  // The provider takes the logout Koers sent the browser to (it asks the person to confirm).
  const atProvider = await fetch(logout, { redirect: "manual" });
  assert.ok(atProvider.status === 302 || atProvider.status === 200, `end_session: ${atProvider.status}`);
});

test("an answer is refused in another browser, when cancelled, and when it was for another client", async () => {
  // Login CSRF: a stranger's answer taken to someone else's browser.
  const stranger = new Client(koers.base);
  const { location } = await provider.authorise(await begin(stranger), "noor", "Noor-bij-de-federatie-1", "koers");
  const victim = new Client(koers.base);
  const foreign = await victim.get(back(location));
  assert.equal(foreign.status, 400);
  assert.match(foreign.text, /verlopen of al gebruikt/);
  assert.ok(!victim.cookies.has("koers_sessie"));

  // Cancelled at the provider.
  const cancelling = new Client(koers.base);
  const state = new URL(await begin(cancelling)).searchParams.get("state");
  const cancelled = await cancelling.get(`/inloggen/extern/terug?error=access_denied&state=${state}`);
  assert.equal(cancelled.status, 400);
  assert.match(cancelled.text, /Het inloggen bij Testfederatie is afgebroken/);

  // A code the provider gave another client: Koers cannot exchange it as its own.
  const other = new Client(koers.base);
  const ours = new URL(await begin(other));
  ours.searchParams.set("client_id", "ander-systeem");
  const theirs = await provider.authorise(ours.toString(), "noor", "Noor-bij-de-federatie-1", "ander-systeem");
  const refused = await other.get(back(theirs.location));
  assert.equal(refused.status, 400);
  assert.match(refused.text, /Het antwoord van Testfederatie klopte niet/);
  assert.ok(!other.cookies.has("koers_sessie"));
});

test("a school's organisation keeps other institutions' identities out, and its passwords can go off", async () => {
  await provider.addUser("elders", "Elders-bij-de-federatie-1", "andere-school.example.nl");
  await provider.addUser("leerling", "Leerling-bij-de-federatie-1", "veldzicht.example.nl", ["student", "member"]);
  await provider.addUser("sem", "Sem-bij-de-federatie-1", "veldzicht.example.nl");
  await asBeheerder(async (admin) => {
    await admin.get("/beheer/scholen/1");
    const wrong = await admin.post("/beheer/scholen/1/inloggen", { organisatie: "Veldzicht", wachtwoorden: "1" });
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /Vul het domein van de school bij SURFconext in/);
    const saved = await admin.post("/beheer/scholen/1/inloggen", { organisatie: "Veldzicht.Example.NL,21vz", wachtwoorden: "1" });
    assert.equal(saved.status, 303, saved.text);
    assert.match((await admin.get("/beheer/scholen/1")).text, /value="veldzicht\.example\.nl, 21VZ"/);
  });

  // A mentor of Veldzicht is invited; someone of another institution tries to take the link.
  const invitation = await invitationLink("Sem Mentor", "sem.mentor@school.nl", "mentor");
  const code = new URL(koers.base + invitation).searchParams.get("code");
  const thief = new Client(koers.base);
  const stolen = await provider.authorise(await begin(thief, invitation, { uitnodiging: code }),
                                          "elders", "Elders-bij-de-federatie-1", "koers");
  const refused = await thief.get(back(stolen.location));
  assert.equal(refused.status, 403);
  assert.match(refused.text, /hoort bij een andere school of instelling/);
  // A student of Veldzicht who got hold of the mentor's link cannot make it theirs either.
  const student = new Client(koers.base);
  const taken = await provider.authorise(await begin(student, invitation, { uitnodiging: code }),
                                         "leerling", "Leerling-bij-de-federatie-1", "koers");
  const notTheirs = await student.get(back(taken.location));
  assert.equal(notTheirs.status, 403);
  assert.match(notTheirs.text, /is van een leerling of student, en het account in Koers van een medewerker/);
  // Nothing was used up: the mentor links the account with an identity of Veldzicht.
  const sem = new Client(koers.base);
  const own = await provider.authorise(await begin(sem, invitation, { uitnodiging: code }),
                                       "sem", "Sem-bij-de-federatie-1", "koers");
  assert.equal((await sem.get(back(own.location))).status, 303);
  assert.match((await sem.get("/dashboard")).text, /Sem Mentor/);

  // Veldzicht switches passwords off: its decaan is sent to the federation, the beheerder (no
  // school role) keeps their password. Told only after a right password.
  await asBeheerder((admin) => admin.post("/beheer/scholen/1/inloggen", { organisatie: "veldzicht.example.nl" }));
  const decaan = new Client(koers.base);
  await decaan.get("/inloggen");
  const wrongPassword = await decaan.post("/inloggen", { email: "decaan@demo.koers.nl", password: "niet-het-wachtwoord" });
  assert.equal(wrongPassword.status, 401);
  const off = await decaan.post("/inloggen", { email: "decaan@demo.koers.nl", password: "koers-demo-2026" });
  assert.equal(off.status, 403);
  assert.match(off.text, /wordt ingelogd met het account van school/);
  assert.ok(!decaan.cookies.has("koers_sessie"));
  await asBeheerder((admin) => admin.post("/beheer/scholen/1/inloggen", { organisatie: "", wachtwoorden: "1" }));
  await decaan.signIn("decaan@demo.koers.nl");
});

test("an answer that comes after its code expired is refused", async () => {
  await provider.configure({ "code-duration": 1 });
  try {
    const browser = new Client(koers.base);
    const { location } = await provider.authorise(await begin(browser), "noor", "Noor-bij-de-federatie-1", "koers");
    await new Promise((resolve) => setTimeout(resolve, 2200));
    const late = await browser.get(back(location));
    assert.equal(late.status, 400);
    assert.match(late.text, /Het antwoord van Testfederatie klopte niet/);
    assert.ok(!browser.cookies.has("koers_sessie"));
  } finally {
    await provider.configure();
  }
});

test("a rotated signing key is fetched when a token names it", async () => {
  provider.keys = [newSigningKey("sleutel-2")];  // the old key is gone from the provider's JWKS
  await provider.configure();
  const browser = new Client(koers.base);
  const { location } = await provider.authorise(await begin(browser), "noor", "Noor-bij-de-federatie-1", "koers");
  const res = await browser.get(back(location));
  assert.equal(res.status, 303, res.text);
  assert.match((await browser.get("/dashboard")).text, /Noor Federatie/);
});

test("a provider that is down gets a clear sentence, and signing in with a password still works", async () => {
  const browser = new Client(koers.base);
  const start = await begin(browser);
  const { location } = await provider.authorise(start, "noor", "Noor-bij-de-federatie-1", "koers");
  await provider.stop();
  try {
    const res = await browser.get(back(location));
    assert.equal(res.status, 503);
    assert.match(res.text, /Testfederatie is nu niet bereikbaar/);
    // A Koers that never reached the provider cannot begin a sign-in with it either.
    const fresh = await startKoers(["--federations", federations]);
    try {
      const other = new Client(fresh.base);
      await other.get("/inloggen");
      const refused = await other.post("/inloggen/extern/testfederatie", { terug: "", uitnodiging: "" });
      assert.equal(refused.status, 503);
      assert.match(refused.text, /Testfederatie is nu niet bereikbaar/);
      await other.signIn("decaan@demo.koers.nl");
    } finally {
      await fresh.stop();
    }
    await browser.signIn("decaan@demo.koers.nl");
  } finally {
    await provider.start();
  }
});
