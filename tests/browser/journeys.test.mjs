// Browser tests in Debian's Chromium through playwright-core: every demo role signs in and
// visits the pages it can reach; axe-core checks every page (zero violations); the phone
// viewport does not scroll sideways; no page breaks its Content-Security-Policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { startKoers } from "../e2e/koers_process.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const shots = process.env.KOERS_SCREENSHOTS || "";
if (shots) mkdirSync(shots, { recursive: true });

let koers, browser;
before(async () => {
  koers = await startKoers();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => {
  await browser?.close();
  await koers?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "nl-NL" });
  const page = await context.newPage();
  page.cspErrors = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/.test(m.text())) page.cspErrors.push(m.text()); });
  page.on("pageerror", (e) => page.cspErrors.push(String(e)));
  return page;
}

const checked = new Set();
async function checkPage(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  const violations = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
  assert.deepEqual(violations, [], `axe on ${label} (${page.url()})`);
  assert.deepEqual(page.cspErrors, [], `CSP or script errors on ${label}`);
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  checked.add(new URL(page.url()).pathname);
  if (shots) await page.screenshot({ path: `${shots}/${label.replace(/[^a-z0-9]+/gi, "_")}.png`, fullPage: true });
}

async function signIn(page, email) {
  await page.goto(koers.base + "/inloggen");
  await page.fill("#email", email);
  await page.fill("#password", "koers-demo-2026");
  await Promise.all([page.waitForURL(/\/dashboard$/), page.click("button[type=submit] >> text=Inloggen")]);
}

test("public pages are accessible", async () => {
  const page = await newPage();
  for (const [path, label] of [["/", "home"], ["/inloggen", "inloggen"], ["/wachtwoord-vergeten", "wachtwoord-vergeten"],
                               ["/wachtwoord-instellen?soort=reset&code=ongeldig", "link-verlopen"], ["/bestaat-niet", "niet-gevonden"]]) {
    await page.goto(koers.base + path);
    await checkPage(page, label);
  }
  await page.goto(koers.base + "/wachtwoord-vergeten");
  await page.fill("#email", "geen-adres");
  await page.click("button[type=submit] >> text=Stuur mij een link");
  assert.match(await page.textContent(".utrecht-alert--error"), /geldig e-mailadres/);
  await checkPage(page, "wachtwoord-vergeten-fout");
  await page.context().close();
});

test("every role signs in and every page it reaches is accessible", async () => {
  const accounts = ["beheerder", "redacteur", "regio", "schoolleider", "decaan", "teamleider", "mentor", "docent", "leerling", "ouder"];
  for (const who of accounts) {
    const page = await newPage();
    await signIn(page, `${who}@demo.koers.nl`);
    assert.match(await page.textContent("h1"), /Welkom/);
    await checkPage(page, `${who}-dashboard`);
    const links = await page.$$eval("main a[href^='/'], nav a[href^='/']", (as) => as.map((a) => a.getAttribute("href")));
    for (const href of [...new Set(links)]) {
      if (href === "/" || href === "/dashboard") continue;
      const res = await page.goto(koers.base + href);
      assert.equal(res.status(), 200, `${who} ${href}`);
      await checkPage(page, `${who}${href}`);
    }
    await page.context().close();
  }
});

test("the beheerder's forms, with and without errors, are accessible", async () => {
  const page = await newPage();
  await signIn(page, "beheerder@demo.koers.nl");
  await page.goto(koers.base + "/beheer/scholen/nieuw");
  await checkPage(page, "school-nieuw");
  await page.fill("#name", "X");
  await page.fill("#brin", "fout");
  await page.click("button >> text=School toevoegen");
  assert.match(await page.textContent(".utrecht-alert--error"), /BRIN-code/);
  assert.equal(await page.inputValue("#brin"), "FOUT");  // kept, normalised to capitals
  await checkPage(page, "school-nieuw-fout");
  await page.fill("#name", "Het Kompas");
  await page.fill("#brin", "77KP");
  await page.check("#sector-mbo");
  await page.click("button >> text=School toevoegen");
  await page.waitForURL(/\/beheer\/scholen$/);
  assert.match(await page.textContent("main"), /Het Kompas/);
  await page.click("a >> text=Het Kompas");
  assert.equal(await page.inputValue("#brin"), "77KP");
  await checkPage(page, "school-bewerken");
  await page.goto(koers.base + "/beheer/gebruikers");
  await page.fill("#name", "Nora Nieuw");
  await page.fill("#email", "nora@school.nl");
  await page.click("button >> text=Uitnodiging versturen");
  await page.waitForURL(/\/beheer\/gebruikers\/\d+$/);
  assert.match(await page.textContent("[role=status]"), /uitnodiging is verstuurd/);
  await checkPage(page, "gebruiker-uitgenodigd");
  await page.selectOption("#role", "mentor");
  await page.selectOption("#place", { label: "Het Kompas (77KP)" });
  await page.click("button >> text=Rol toevoegen");
  assert.match(await page.textContent(".koers-role-list"), /Mentor\/SLB'er · Het Kompas/);
  await page.goto(koers.base + "/beheer/e-mail");
  assert.match(await page.textContent("main"), /Uitnodiging voor Koers/);
  await checkPage(page, "e-mail-na-uitnodiging");
  await page.context().close();
});

test("an invited person sets a password through the e-mailed link and signs in", async () => {
  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.goto(koers.base + "/beheer/gebruikers");
  await admin.fill("#name", "Ivo Invite");
  await admin.fill("#email", "ivo@school.nl");
  await admin.click("button >> text=Uitnodiging versturen");
  await admin.goto(koers.base + "/beheer/e-mail");
  const body = await admin.textContent(".koers-mail__body");
  const link = body.match(/http:\/\/\S+wachtwoord-instellen\S+/)[0];
  await admin.context().close();
  const page = await newPage();
  await page.goto(link);
  await checkPage(page, "welkom-wachtwoord-kiezen");
  await page.fill("#password", "ivo-kiest-een-zin");
  await page.fill("#repeat", "ivo-kiest-een-zin");
  await page.click("button >> text=Wachtwoord opslaan");
  await page.waitForURL(/\/inloggen$/);
  await page.fill("#email", "ivo@school.nl");
  await page.fill("#password", "ivo-kiest-een-zin");
  await Promise.all([page.waitForURL(/\/dashboard$/), page.click("button[type=submit] >> text=Inloggen")]);
  assert.match(await page.textContent("main"), /nog geen rol/);
  await page.context().close();
});

test("readers browse, filter and search the content", async () => {
  const page = await newPage();
  await page.goto(koers.base + "/");
  assert.match(await page.textContent("main"), /Laatste nieuws/);
  await page.fill("#zoekvak", "loopbaangesprekken");
  await Promise.all([page.waitForURL(/\/zoeken\?q=/), page.press("#zoekvak", "Enter")]);
  assert.match(await page.textContent(".koers-listing__count"), /resultaten voor/);
  assert.ok(await page.$("mark"), "matched words are marked");
  await checkPage(page, "zoeken");
  await page.click(".koers-facet__link >> text=Kennisbank");
  assert.match(page.url(), /type=kennisbank/);
  await page.goto(koers.base + "/zoeken?q=kwalitiet");
  await page.click("a >> text=kwaliteit");
  assert.match(await page.textContent(".koers-listing__count"), /voor kwaliteit/);
  await checkPage(page, "zoeken-suggestie");
  await page.goto(koers.base + "/zoeken?q=%22loopbaan");
  await checkPage(page, "zoeken-melding");
  await page.goto(koers.base + "/kennisbank");
  await page.click(".koers-facet__link >> text=Handreiking");
  assert.match(page.url(), /soort=handreiking/);
  await checkPage(page, "kennisbank-handreiking");
  await page.click(".koers-hit__title a");
  await checkPage(page, "kennisbank-item");
  for (const [path, label] of [["/nieuws", "nieuws"], ["/nieuws?pagina=2", "nieuws-2"], ["/praktijkvoorbeelden", "praktijkvoorbeelden"],
                               ["/praktijkvoorbeelden/doorlopende-leerlijn-vmbo-mbo-economie", "praktijkvoorbeeld"],
                               ["/vacatures", "vacatures"], ["/over-ons", "over-ons"], ["/zoeken", "zoeken-leeg"]]) {
    await page.goto(koers.base + path);
    await checkPage(page, label);
  }
  await page.context().close();
});

test("the redactie writes with a live preview, saves, uploads and compares versions", async () => {
  const page = await newPage();
  await signIn(page, "redacteur@demo.koers.nl");
  await page.goto(koers.base + "/redactie");
  await checkPage(page, "redactie");
  await page.click("a >> text=Kennisbank-item");
  await page.waitForURL(/\/redactie\/nieuw\?type=kennisbank$/);
  await page.fill("#body", "# Werkvorm\n\nDe **ballon** gaat omhoog.");
  await page.waitForFunction(() => document.querySelector("#voorbeeld h2")?.textContent === "Werkvorm");
  assert.match(await page.innerHTML("#voorbeeld"), /<strong>ballon<\/strong>/);
  await checkPage(page, "redactie-nieuw");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent(".utrecht-alert--error"), /Geef een titel/);
  assert.match(await page.inputValue("#body"), /De \*\*ballon\*\* gaat omhoog/);
  await checkPage(page, "redactie-nieuw-fout");
  await page.fill("#title", "Ballonwerkvorm voor de mentorles");
  await page.fill("#summary", "Een speelse opening van het loopbaangesprek in tien minuten.");
  await page.check("label:has-text('Instrument') input");
  await page.check("label:has-text('Loopbaangesprek') input");
  await page.selectOption("#status", "gepubliceerd");
  await page.click("button >> text=Opslaan");
  await page.waitForURL(/\/redactie\/\d+$/);
  assert.match(await page.textContent("[role=status]"), /opgeslagen/);
  await page.setInputFiles("#bestand", { name: "werkblad.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\nwerkblad") });
  await page.click("button >> text=Toevoegen");
  await page.waitForURL(/#bijlagen$/);
  assert.match(await page.textContent("#bijlagen"), /werkblad\.pdf/);
  await checkPage(page, "redactie-bewerken");
  await page.fill("#title", "Ballonwerkvorm voor mentoren");
  await page.click("button >> text=Opslaan");
  await page.click("a >> text=Versies");
  await checkPage(page, "redactie-versies");
  await page.click("button >> text=Vergelijken");
  assert.match(await page.textContent("main"), /Titel \(gewijzigd\)/);
  await checkPage(page, "redactie-vergelijken");
  await page.goto(koers.base + "/zoeken?q=ballonwerkvorm");
  assert.match(await page.textContent(".koers-hits"), /Ballonwerkvorm voor mentoren/);
  await page.context().close();

  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.goto(koers.base + "/beheer/taxonomie");
  await checkPage(admin, "taxonomie");
  await admin.fill("#label", "x");
  await admin.click("button >> text=Toevoegen");
  assert.match(await admin.textContent(".utrecht-alert--error"), /Geef een naam/);
  await checkPage(admin, "taxonomie-fout");
  await admin.context().close();
});

test("on a phone nothing scrolls sideways", async () => {
  const page = await newPage({ width: 360, height: 740 });
  for (const path of ["/", "/inloggen", "/nieuws", "/zoeken?q=loopbaangesprek", "/kennisbank/pdca-cyclus-voor-lob"]) {
    await page.goto(koers.base + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} is ${width}px wide`);
  }
  await signIn(page, "beheerder@demo.koers.nl");
  for (const path of ["/dashboard", "/beheer/scholen", "/beheer/audit", "/redactie", "/redactie/nieuw?type=nieuws"]) {
    await page.goto(koers.base + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} is ${width}px wide`);
    if (shots) await page.screenshot({ path: `${shots}/telefoon${path.replace(/\//g, "_")}.png`, fullPage: true });
  }
  await page.context().close();
});

test("axe checked every page template", () => {
  for (const path of ["/", "/inloggen", "/dashboard", "/beheer", "/beheer/scholen", "/beheer/regios",
                      "/beheer/gebruikers", "/beheer/e-mail", "/beheer/audit", "/account/wachtwoord", "/wachtwoord-vergeten",
                      "/wachtwoord-instellen", "/beheer/scholen/nieuw", "/nieuws", "/kennisbank", "/praktijkvoorbeelden",
                      "/vacatures", "/zoeken", "/over-ons", "/redactie", "/redactie/nieuw", "/beheer/taxonomie"])
    assert.ok(checked.has(path), `no axe run on ${path}`);
  assert.ok([...checked].some((p) => /^\/scholen\/\d+$/.test(p)), "school overview");
  assert.ok([...checked].some((p) => /^\/regios\/\d+$/.test(p)), "region overview");
  assert.ok([...checked].some((p) => /^\/beheer\/gebruikers\/\d+$/.test(p)), "user page");
  assert.ok([...checked].some((p) => /^\/beheer\/scholen\/\d+$/.test(p)), "school form");
  assert.ok([...checked].some((p) => /^\/kennisbank\/[a-z0-9-]+$/.test(p)), "detail page");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+$/.test(p)), "editor form");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+\/revisies$/.test(p)), "revisions");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+\/revisies\/vergelijk$/.test(p)), "compare");
});
