// Signing in through a federation in Chromium (issue 19): an invited colleague links their
// account at the provider from the invitation's page and lands on the dashboard; the sign-in
// page, the invitation's page, the account page and the beheerder's pages with links, requests
// and a school's sign-in settings pass axe and fit a phone. The provider is Debian's glewlwyd on
// loopback; "signing in at the provider" is its login API, then the continue its login page
// would give.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, newPage, checkPage, assertFits, signIn } from "./browser_support.mjs";
import { Client, scratchDir } from "../e2e/koers_process.mjs";
import { startProvider } from "../support/oidc_provider.mjs";

let provider;
env.beforeKoers = async () => {
  const dir = scratchDir("koers-oidc-browser-");
  provider = await startProvider(dir);
  writeFileSync(join(dir, "federaties.json"), JSON.stringify([{
    id: "testfederatie", label: "Testfederatie", issuer: provider.issuer, client_id: "koers",
    client_secret: "browser-geheim",
  }]));
  return ["--federations", join(dir, "federaties.json")];
};
// The client's redirect URI names Koers's address, known once Koers runs: registered by the first
// journey that needs it.
let registered;
function registerKoers() {
  registered ??= (async () => {
    await provider.addClient("koers", "browser-geheim", env.koers.base);
    await provider.addUser("fenna", "Fenna-bij-de-federatie-1");
    await provider.addUser("vreemd", "Vreemd-bij-de-federatie-1");
  })();
  return registered;
}
after(async () => { await provider?.stop(); });

// At the provider's login page: sign in there (its API, in this browser's cookies), then continue.
async function signInAtProvider(page, username, password) {
  await page.waitForURL((url) => url.href.startsWith(provider.base));
  const request = page.context().request;
  assert.equal((await request.post(`${provider.base}/api/auth/`, { data: { username, password } })).status(), 200);
  await request.put(`${provider.base}/api/auth/grant/koers`, { data: { scope: "openid" } });
  const callback = new URL(page.url()).searchParams.get("callback_url");
  await page.goto(callback + "&g_continue");
  await page.waitForURL((url) => url.href.startsWith(env.koers.base));
  page.cspErrors = [];  // glewlwyd's own login page has script errors of its own, not Koers's
}

test("an invited colleague links their account at the federation and lands on the dashboard", async () => {
  await registerKoers();
  const admin = new Client(env.koers.base);
  await admin.signIn("beheerder@demo.koers.nl");
  await admin.post("/beheer/gebruikers", { name: "Fenna Federatie", email: "fenna@school.nl" });
  const outbox = (await admin.get("/beheer/e-mail")).text.replaceAll("&amp;", "&");
  const link = outbox.match(/http:\/\/\S+wachtwoord-instellen\?soort=invite&code=[A-Za-z0-9_-]+/)[0];

  const page = await newPage({ width: 390, height: 844 });
  await page.goto(link);
  await checkPage(page, "uitnodiging-met-federatie");
  await assertFits(page, "de uitnodiging op een telefoon");
  await page.click("button >> text=Koppelen met Testfederatie");
  await signInAtProvider(page, "fenna", "Fenna-bij-de-federatie-1");
  await page.waitForURL(/\/dashboard$/);
  assert.match(await page.textContent("header"), /Fenna Federatie/);
  await page.goto(env.koers.base + "/account/wachtwoord");
  assert.match(await page.textContent("#koppelingen + *, main"), /Testfederatie · veldzicht\.example\.nl · gekoppeld op/);
  await checkPage(page, "account-met-koppeling");
  await assertFits(page, "het account op een telefoon");
  await page.context().close();

  // The next time: from the sign-in page's button, at 320 px.
  const small = await newPage({ width: 320, height: 700 });
  await small.goto(env.koers.base + "/inloggen");
  await checkPage(small, "inloggen-met-federatie");
  await assertFits(small, "het inlogscherm op 320 px");
  await small.click("button >> text=Inloggen met Testfederatie");
  await signInAtProvider(small, "fenna", "Fenna-bij-de-federatie-1");
  await small.waitForURL(/\/dashboard$/);
  await small.context().close();
});

test("the beheerder links a request and sets how a school signs in", async () => {
  await registerKoers();
  // Someone without an account tries: the page says what to do, and a request is left.
  const stranger = await newPage();
  await stranger.goto(env.koers.base + "/inloggen");
  await stranger.click("button >> text=Inloggen met Testfederatie");
  await signInAtProvider(stranger, "vreemd", "Vreemd-bij-de-federatie-1");
  await stranger.waitForURL(/\/inloggen\/extern\/terug/);
  assert.match(await stranger.textContent("[role=alert]"), /nog niet aan Koers gekoppeld/);
  await checkPage(stranger, "federatie-niet-gekoppeld");
  await stranger.context().close();

  const page = await newPage();
  await signIn(page, "beheerder@demo.koers.nl");
  await page.goto(env.koers.base + "/beheer/gebruikers");
  await page.fill("#name", "Victor Vreemd");
  await page.fill("#email", "victor@school.nl");
  await page.click("button >> text=Uitnodiging versturen");
  await page.waitForURL(/\/beheer\/gebruikers\/\d+$/);
  await page.selectOption("#aanvraag", { index: 0 });
  await page.click("button >> text=Koppelen aan dit account");
  await page.waitForURL(/\/beheer\/gebruikers\/\d+$/);
  assert.match(await page.textContent("main"), /Testfederatie · veldzicht\.example\.nl · gekoppeld op/);
  await checkPage(page, "gebruiker-met-koppeling");

  await page.goto(env.koers.base + "/beheer/scholen");
  await page.click("a >> text=Veldzicht College");
  await page.fill("#organisatie", "veldzicht");
  await page.click("button >> text=Inloggen opslaan");
  assert.match(await page.textContent("#organisatie-fout"), /Vul het domein van de school bij SURFconext in/);
  await checkPage(page, "school-inloggen-fout");
  await page.fill("#organisatie", "veldzicht.example.nl, 21VZ");
  await page.click("button >> text=Inloggen opslaan");
  assert.equal(await page.inputValue("#organisatie"), "veldzicht.example.nl, 21VZ");
  await page.setViewportSize({ width: 390, height: 844 });
  await assertFits(page, "de school met inloggen op een telefoon");
  await checkPage(page, "school-inloggen");
  await page.context().close();
});
