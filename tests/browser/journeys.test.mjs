// Browser tests in Debian's Chromium through playwright-core: every demo role signs in and
// visits the pages it can reach; axe-core checks every page (zero violations); the phone
// viewport does not scroll sideways; no page breaks its Content-Security-Policy. The journeys of
// students, parents and their school are in students.test.mjs; what both share is in
// browser_support.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { env, newPage, checked, checkPage, assertFits, signIn, shots } from "./browser_support.mjs";
import { Client } from "../e2e/koers_process.mjs";

// Nothing in the page's main part is wider than its box (a long word wraps), at 1280 px as well
// as on a phone; tables scroll in their containers and are left out.
async function assertWrapped(page, label) {
  const over = await page.evaluate(() => [...document.querySelectorAll("main *")]
    .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 &&
                   getComputedStyle(e).overflowX === "visible" && !e.closest(".utrecht-table-container"))
    .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${e.textContent.trim().slice(0, 50)}`));
  assert.deepEqual(over, [], `${label}: text wider than its box`);
}

test("public pages are accessible", async () => {
  const page = await newPage();
  for (const [path, label] of [["/", "home"], ["/inloggen", "inloggen"], ["/wachtwoord-vergeten", "wachtwoord-vergeten"],
                               ["/wachtwoord-instellen?soort=reset&code=ongeldig", "link-verlopen"], ["/bestaat-niet", "niet-gevonden"]]) {
    await page.goto(env.koers.base + path);
    await checkPage(page, label);
  }
  await page.goto(env.koers.base + "/wachtwoord-vergeten");
  await page.fill("#email", "geen-adres");
  await page.click("button[type=submit] >> text=Stuur mij een link");
  assert.match(await page.textContent(".utrecht-alert--error"), /geldig e-mailadres/);
  await checkPage(page, "wachtwoord-vergeten-fout");
  await page.context().close();
});

// A page of a school or region shows each role what it may do there, so each role's view is
// checked; a page that is the same for everyone (the footer's, the account's) once. Whether a
// role may open a page at all is the access walk's (src/app/access_walk_test.cpp).
const perRole = /^\/(scholen|regios?|beheer|redactie)\//;
test("every role signs in and every page it reaches is accessible", async (t) => {
  const checkedMains = new Set();
  let repeats = 0;
  const accounts = ["beheerder", "redacteur", "regio", "schoolleider", "decaan", "teamleider", "mentor", "docent", "leerling", "ouder"];
  for (const who of accounts) {
    const page = await newPage();
    await signIn(page, `${who}@demo.koers.nl`);
    assert.match(await page.textContent("h1"), /Welkom/);
    await checkPage(page, `${who}-dashboard`);
    const links = await page.$$eval("main a[href^='/'], nav a[href^='/']", (as) => as.map((a) => a.getAttribute("href")));
    for (const href of [...new Set(links)]) {
      if (href === "/" || href === "/dashboard") continue;
      if (checked.has(new URL(href, env.koers.base).pathname) && !perRole.test(href)) continue;
      const res = await page.goto(env.koers.base + href);
      assert.equal(res.status(), 200, `${who} ${href}`);
      // The role's frame (header, menu) was checked on its dashboard; a page whose main part
      // another role already had checked word for word (its session's form token aside) is the
      // same to axe.
      const main = await page.$eval("main", (m) => m.outerHTML.replace(/name="_csrf" value="[^"]*"/g, ""));
      if (checkedMains.has(main)) { repeats++; continue; }
      checkedMains.add(main);
      await checkPage(page, `${who}${href}`);
    }
    await page.context().close();
  }
  t.diagnostic(`${checkedMains.size} pages checked, ${repeats} repeats skipped`);
});

test("the beheerder's forms, with and without errors, are accessible", async () => {
  const page = await newPage();
  await signIn(page, "beheerder@demo.koers.nl");
  await page.goto(env.koers.base + "/beheer/scholen/nieuw");
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
  await page.goto(env.koers.base + "/beheer/gebruikers");
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
  await page.goto(env.koers.base + "/beheer/e-mail");
  assert.match(await page.textContent("main"), /Uitnodiging voor Koers/);
  await checkPage(page, "e-mail-na-uitnodiging");
  await page.context().close();
});

test("an invited person sets a password through the e-mailed link and signs in", async () => {
  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.goto(env.koers.base + "/beheer/gebruikers");
  await admin.fill("#name", "Ivo Invite");
  await admin.fill("#email", "ivo@school.nl");
  await admin.click("button >> text=Uitnodiging versturen");
  await admin.goto(env.koers.base + "/beheer/e-mail");
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
  await page.goto(env.koers.base + "/");
  assert.match(await page.textContent("main"), /Laatste nieuws/);
  await page.fill("#zoekvak", "loopbaangesprekken");
  await Promise.all([page.waitForURL(/\/zoeken\?q=/), page.press("#zoekvak", "Enter")]);
  assert.match(await page.textContent(".koers-listing__count"), /resultaten voor/);
  assert.ok(await page.$("mark"), "matched words are marked");
  await checkPage(page, "zoeken");
  await page.click(".koers-facet__link >> text=Kennisbank");
  assert.match(page.url(), /type=kennisbank/);
  await page.goto(env.koers.base + "/zoeken?q=kwalitiet");
  await page.click("a >> text=kwaliteit");
  assert.match(await page.textContent(".koers-listing__count"), /voor kwaliteit/);
  await checkPage(page, "zoeken-suggestie");
  await page.goto(env.koers.base + "/zoeken?q=%22loopbaan");
  await checkPage(page, "zoeken-melding");
  await page.goto(env.koers.base + "/kennisbank");
  await page.click(".koers-facet__link >> text=Handreiking");
  assert.match(page.url(), /soort=handreiking/);
  await checkPage(page, "kennisbank-handreiking");
  await page.click(".koers-hit__title a");
  await checkPage(page, "kennisbank-item");
  for (const [path, label] of [["/nieuws", "nieuws"], ["/nieuws?pagina=2", "nieuws-2"], ["/praktijkvoorbeelden", "praktijkvoorbeelden"],
                               ["/praktijkvoorbeelden/doorlopende-leerlijn-vmbo-mbo-economie", "praktijkvoorbeeld"],
                               ["/vacatures", "vacatures"], ["/over-ons", "over-ons"], ["/zoeken", "zoeken-leeg"]]) {
    await page.goto(env.koers.base + path);
    await checkPage(page, label);
  }
  await page.context().close();
});

test("the redactie writes with a live preview, saves, uploads and compares versions", async () => {
  const page = await newPage();
  await signIn(page, "redacteur@demo.koers.nl");
  await page.goto(env.koers.base + "/redactie");
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
  // The first attachment comes with the first save.
  await page.fill("#titel", "Draaiboek ballonwerkvorm");
  await page.setInputFiles("#bestand", { name: "draaiboek.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\ndraaiboek") });
  await page.click("button >> text=Opslaan");
  await page.waitForURL(/\/redactie\/\d+$/);
  assert.match(await page.textContent("[role=status]"), /opgeslagen/);
  assert.match(await page.textContent("#bijlagen"), /Draaiboek ballonwerkvorm \(draaiboek\.pdf, PDF/);
  await page.fill("#titel", "Werkblad ballonwerkvorm");
  await page.setInputFiles("#bestand", { name: "werkblad.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\nwerkblad") });
  await page.click("button >> text=Toevoegen");
  await page.waitForURL(/#bijlagen$/);
  assert.match(await page.textContent("#bijlagen"), /Werkblad ballonwerkvorm \(werkblad\.pdf, PDF/);
  await checkPage(page, "redactie-bewerken");
  // A long unbroken word, as Dutch compounds can be: it wraps inside its box on every list.
  await page.fill("#title", "Ballonwerkvorm voor mentoren: " +
    "loopbaanoriëntatiegesprekkenvoorbereidingswerkbladenverzamelingsoverzichtspaginabeheerdersinstructies");
  await page.click("button >> text=Opslaan");
  await page.click("a >> text=Versies");
  await checkPage(page, "redactie-versies");
  await page.click("button >> text=Vergelijken");
  assert.match(await page.textContent("main"), /Gewijzigde velden\s+VeldVersie 1Versie 2\s+TitelBallonwerkvorm voor de mentorlesBallonwerkvorm voor mentoren/);
  await checkPage(page, "redactie-vergelijken");
  await page.goto(env.koers.base + "/zoeken?q=ballonwerkvorm");
  assert.match(await page.textContent(".koers-hits"), /Ballonwerkvorm voor mentoren/);
  const detail = new URL(await page.getAttribute(".koers-hit__title a", "href"), env.koers.base).pathname;
  for (const path of ["/zoeken?q=ballonwerkvorm", "/kennisbank", "/redactie", detail]) {
    await page.goto(env.koers.base + path);
    await assertWrapped(page, path);
  }
  await page.context().close();

  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.goto(env.koers.base + "/beheer/taxonomie");
  await checkPage(admin, "taxonomie");
  await admin.fill("#label", "x");
  await admin.click("button >> text=Toevoegen");
  assert.match(await admin.textContent(".utrecht-alert--error"), /Geef een naam/);
  await checkPage(admin, "taxonomie-fout");
  await admin.context().close();
});

// A respondent the browser does not need to show: the same forms, posted over HTTP.
async function respondOverHttp(openUrl, value) {
  const c = new Client(env.koers.base);
  const open = new URL(openUrl).pathname;
  await c.get(open);
  const path = (await c.post(open, {})).headers.get("location");
  for (let theme = 1; ; theme++) {
    const page = await c.get(`${path}?thema=${theme}`);
    const names = [...new Set([...page.text.matchAll(/name="(a_[a-z0-9-]+)"/g)].map((m) => m[1]))];
    const saved = await c.post(path, [["thema", String(theme)], ["ga", "volgende"], ...names.map((n) => [n, String(value)])]);
    assert.equal(saved.status, 303);
    if (saved.headers.get("location").endsWith("/overzicht")) break;
  }
  assert.equal((await c.post(`${path}/inleveren`, {})).status, 303);
}

test("a LOB-scan round: start from the previous one, 13 respondents (a docent and a leerling on their phones), close, results", async () => {
  const coord = await newPage();
  await signIn(coord, "decaan@demo.koers.nl");
  await coord.click("main a:text-is('LOB-scan')");
  await checkPage(coord, "scan-rounds");
  await coord.click("text=Kopiëren van vorige ronde");
  assert.equal(await coord.inputValue("#title"), "LOB-scan najaar 2026");
  await checkPage(coord, "scan-round-form");
  await coord.fill("#title", "");
  await coord.click("button:has-text('Ronde starten')");
  await coord.waitForSelector(".utrecht-alert--error");
  await checkPage(coord, "scan-round-form-errors");
  await coord.fill("#title", "LOB-scan browsertest");
  await coord.fill("#deadline", new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10));
  await coord.check("input[name=groups][value=leerlingen]");
  await Promise.all([coord.waitForURL(/\/scan\/\d+$/), coord.click("button:has-text('Ronde starten')")]);
  await checkPage(coord, "scan-round");
  const roundUrl = coord.url();
  const openLinks = Object.fromEntries(await coord.$$eval(".koers-links li", (lis) => lis.map((li) => [
    li.querySelector("strong").textContent.replace(":", ""), li.querySelector(".koers-url").textContent])));
  await coord.click("text=Toon QR-code >> nth=0");
  assert.ok(await coord.isVisible(".koers-qr"));
  await checkPage(coord, "scan-qr");

  // Thirteen respondents: 4 docenten, 3 mentoren, 2 schoolleiding, 1 coördinator, 3 leerlingen
  // (their own questions, in the je-form). The small groups are merged into "overig". The first
  // docent and the first leerling answer on a phone; the others post the same forms over HTTP.
  const plan = [["Docenten", 4, 3], ["Mentoren/SLB'ers", 3, 2], ["Schoolleiding", 2, 4],
                ["LOB-coördinator/decaan", 1, 3], ["Leerlingen", 3, 4]];
  let n = 0;
  for (const [group, count, answer] of plan) {
    for (let i = 0; i < count; i++) {
      if (i > 0 || !["Docenten", "Leerlingen"].includes(group)) {
        await respondOverHttp(openLinks[group], answer);
        n++;
        continue;
      }
      const phone = await newPage({ width: 320, height: 700 });
      await phone.goto(openLinks[group]);
      if (n === 0) await checkPage(phone, "scan-respond-start");
      await Promise.all([phone.waitForURL(/\/scan\/antwoord\//), phone.click("button:has-text('Beginnen')")]);
      for (;;) {
        if (n === 0) await checkPage(phone, "scan-respond-theme");
        if (group === "Leerlingen" && !(await phone.isVisible("button[value=vorige]"))) {
          await checkPage(phone, "scan-respond-leerling");
          assert.match(await phone.textContent("main"), /Klopt grotendeels/);
          assert.doesNotMatch(await phone.textContent("main"), /\b[Uu]w?\b|Niet gestart/, "je-form, the leerling scale");
        }
        await assertFits(phone, "answer page");
        for (const name of await phone.$$eval("input[type=radio][value='1']", (rs) => rs.map((r) => r.name)))
          await phone.check(`input[name='${name}'][value='${answer}']`);
        if (n === 0 && !(await phone.isVisible("button[value=vorige]"))) {
          await phone.click(".koers-comment summary >> nth=0");
          await phone.fill("textarea >> nth=0", "Bij ons gaat dit goed.");
        }
        const last = await phone.isVisible("button[value=overzicht]");
        await phone.click(last ? "button[value=overzicht]" : "button[value=volgende]");  // waits until the navigation starts
        await phone.waitForLoadState("load");
        if (last) break;
      }
      assert.match(await phone.textContent("main"), /beantwoord/);
      if (n === 0) await checkPage(phone, "scan-respond-overview");
      await phone.click("button:has-text('Inleveren')");  // waits until the navigation starts
      await phone.waitForLoadState("load");
      assert.match(await phone.textContent("h1"), group === "Leerlingen" ? /Bedankt!/ : /Dank u wel/);
      if (n === 0) {
        await checkPage(phone, "scan-respond-done");
        await phone.goBack();
        await phone.reload();
        assert.match(await phone.textContent("h1"), /Dank u wel/, "a used link says it was submitted");
      }
      await phone.context().close();
      n++;
    }
  }

  await coord.goto(roundUrl);
  const submitted = await coord.$$eval("tbody tr", (rows) => rows.map((r) => r.lastElementChild.textContent.trim()));
  assert.deepEqual(submitted, ["2", "1", "3", "4", "3"]);
  await coord.check("#zeker");
  await Promise.all([coord.waitForURL(/\/resultaten$/), coord.click("button:has-text('Ronde sluiten')")]);
  await checkPage(coord, "scan-results");
  const text = await coord.textContent("main");
  assert.match(text, /13 respondenten/);
  // The leerlingen' own score beside the staff score: they answered "klopt helemaal" throughout.
  assert.match(await coord.textContent("#naast-elkaar + p + div"), /Leerlingen[\s\S]*100%/);
  assert.match(text, /Overig \(kleine groepen samen\)/);
  assert.match(text, /Bij ons gaat dit goed\./);
  assert.match(text, /Vorige ronde/, "compared with the demo's previous round");
  assert.match(text, /In de sector doen 6 scholen mee/);
  assert.match(text, /In de regio zijn nog te weinig scholen/);
  assert.ok(await coord.isVisible(".koers-radar"));
  assert.ok(!/Schoolleiding<\/th>/.test(await coord.content()), "a group of two is not shown apart");
  // What to do next: advice per theme, reading from the kennisbank, an action point from a theme.
  assert.match(text, /Wat kunt u nu doen\?/);
  assert.match(text, /Het meest te winnen valt bij/);
  await Promise.all([coord.waitForURL(/actiepunt=visie/), coord.click("#advies-visie ~ p a:has-text('Maak er een actiepunt van')")]);
  assert.equal(await coord.inputValue("#theme"), "visie", "the form has the theme chosen");
  await coord.fill("#what", "Resultaten bespreken in de teamvergadering");
  await coord.fill("#who", "Dirk Decaan");
  await coord.fill("#due", "2027-01-15");
  await coord.click("button:has-text('Actiepunt opslaan')");  // waits until the navigation starts
  await coord.waitForLoadState("load");
  assert.match(await coord.textContent("#acties ~ div"), /Resultaten bespreken/);
  const download = await Promise.all([coord.waitForEvent("download"), coord.click("text=Download als Excel (XLSX)")]);
  assert.match(download[0].suggestedFilename(), /\.xlsx$/);
  await coord.click("text=Rapport om af te drukken");
  await checkPage(coord, "scan-report");
  assert.equal(await coord.$("main form"), null, "the report has no forms");
  await coord.goto(roundUrl.replace(/\/\d+$/, "/teams"));
  await checkPage(coord, "scan-teams");
  const teams = await coord.textContent("main");
  assert.match(teams, /Team Bovenbouw havo/);
  assert.match(teams, /Team Onderbouw/);
  await coord.context().close();

  const regio = await newPage();
  await signIn(regio, "regio@demo.koers.nl");
  await regio.click("main a:text-is('LOB-scan in de regio')");
  await checkPage(regio, "scan-region");
  assert.match(await regio.textContent("main"), /Sector vo[\s\S]*5 scholen/);
  await regio.context().close();

  const beheer = await newPage();
  await signIn(beheer, "beheerder@demo.koers.nl");
  await beheer.goto(env.koers.base + "/beheer/scan");
  await checkPage(beheer, "scan-instruments");
  await beheer.click("a:text-is('LOB-scan voortgezet onderwijs')");
  await checkPage(beheer, "scan-instrument");
  await beheer.click("text=Nieuwe versie maken");
  await checkPage(beheer, "scan-instrument-form");
  await beheer.fill("#source", "# Kapot\nsector: vo\n");
  await beheer.click("button:has-text('Opslaan als nieuwe versie')");
  await beheer.waitForSelector(".utrecht-alert--error");
  await checkPage(beheer, "scan-instrument-form-errors");
  await beheer.context().close();
});

test("the quality cycle: visie, beleid, two werkplannen, execution, evaluation, a new schooljaar", async () => {
  const decaan = await newPage();
  await signIn(decaan, "decaan@demo.koers.nl");
  await decaan.click("main a:text-is('Kwaliteitscyclus')");
  await decaan.waitForSelector("table.koers-pdca");
  await checkPage(decaan, "quality-overview");
  const yearUrl = decaan.url();
  const year = Number(yearUrl.match(/\/kwaliteit\/(\d{4})$/)[1]);

  // Visie: the coordinator edits (it becomes a concept again), the schoolleider adopts.
  await decaan.click("nav a:text-is('LOB-visie')");
  await decaan.fill("#f-ambitie", "Elke leerling kiest bewust en kan die keuze uitleggen aan een ander.");
  await decaan.click("button:has-text('Opslaan')");
  await decaan.waitForSelector(".utrecht-alert >> text=opgeslagen");
  assert.match(await decaan.textContent("main"), /Status: concept/);
  await checkPage(decaan, "quality-visie");
  const leider = await newPage();
  await signIn(leider, "schoolleider@demo.koers.nl");
  await leider.goto(yearUrl + "/visie");
  await leider.click("button:has-text('Vaststellen')");
  await leider.waitForSelector("text=vastgesteld op");
  await checkPage(leider, "quality-visie-adopted");

  // Two editors on the same beleid: the second sees both versions, nothing is lost.
  await decaan.goto(yearUrl + "/beleid");
  await leider.goto(yearUrl + "/beleid");
  await leider.fill("#f-budget", "€ 21.000 per jaar");
  await leider.click("form.koers-form button:has-text('Opslaan')");
  await leider.waitForSelector(".utrecht-alert >> text=opgeslagen");
  await decaan.fill("#f-budget", "€ 19.500 per jaar");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector(".utrecht-alert--warning >> text=terwijl u bezig was");
  assert.equal(await decaan.inputValue("#f-budget"), "€ 19.500 per jaar");
  await checkPage(decaan, "quality-beleid-conflict");

  // A SMART goal: a malformed date is refused with the input kept; a goal without indicator is saved and flagged.
  await decaan.goto(yearUrl + "/doelen/nieuw");
  await decaan.fill("#f-titel", "Meer leerlingen lopen een dag mee in het vervolgonderwijs");
  await decaan.fill("#f-deadline", "");
  await decaan.evaluate(() => { document.querySelector("#f-deadline").type = "text"; });
  await decaan.fill("#f-deadline", "31-06-2027");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector(".utrecht-alert--error");
  assert.equal(await decaan.inputValue("#f-titel"), "Meer leerlingen lopen een dag mee in het vervolgonderwijs");
  await checkPage(decaan, "quality-goal-errors");
  await decaan.fill("#f-deadline", `${year + 1}-06-30`);
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector("text=ontbreekt: indicator, nulmeting, streefwaarde");
  await checkPage(decaan, "quality-beleid");

  // Two team werkplannen: the mentor plans in his own team, the decaan in another.
  const mentor = await newPage();
  await signIn(mentor, "mentor@demo.koers.nl");
  await mentor.goto(yearUrl + "/werkplannen");
  await checkPage(mentor, "quality-werkplannen");
  await mentor.click("a:text-is('Bovenbouw havo')");
  const havo = mentor.url();
  await mentor.click("text=Activiteit toevoegen");
  await mentor.fill("#f-wat", "Alumnimiddag voor havo 5");
  await mentor.fill("#f-doelgroep", "havo 5");
  await mentor.fill("#f-maand", `${year + 1}-02`);
  await mentor.check("input[name=competenties][value=netwerken]");
  await checkPage(mentor, "quality-activity-form");
  await mentor.click("form.koers-form button:has-text('Opslaan')");
  await mentor.waitForSelector("a:text-is('Alumnimiddag voor havo 5')");
  await checkPage(mentor, "quality-werkplan");
  await decaan.goto(yearUrl + "/werkplannen");
  await decaan.click("a:text-is('Vmbo-kader')");
  await decaan.click("text=Activiteit toevoegen");
  await decaan.fill("#f-wat", "Kennismaken met beroepen in de wijk");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector("a:text-is('Kennismaken met beroepen in de wijk')");
  await decaan.click("button:has-text('Vaststellen')");
  await decaan.waitForSelector("text=vastgesteld op");

  // Execution and evaluation of the team's werkplan.
  await mentor.goto(havo);
  await mentor.click("a:text-is('Alumnimiddag voor havo 5')");
  await mentor.selectOption("#f-status", "uitgevoerd");
  await mentor.fill("#f-toelichting", "Vijf oud-leerlingen vertelden over hun eerste studiejaar.");
  await mentor.click("form.koers-form button:has-text('Opslaan')");
  await mentor.waitForSelector("text=Vijf oud-leerlingen vertelden");
  await mentor.click("text=Evaluatie van dit werkplan");
  await mentor.fill("#f-conclusies", "De alumnimiddag werkt beter dan de workshop.");
  await mentor.fill("#f-bijstellingen", "Alumnimiddag ook voor havo 4.");
  await mentor.click("form.koers-form button:has-text('Opslaan')");
  await mentor.waitForSelector(".utrecht-alert >> text=opgeslagen");
  await checkPage(mentor, "quality-werkplan-evaluation");

  // The school's evaluation with the MR, a leiderschapsgesprek, LOB-taken, history.
  await decaan.goto(yearUrl + "/evaluatie");
  await decaan.fill("#f-conclusies", "De doelen voor gesprekken zijn bijna gehaald.");
  await decaan.fill("#f-bijstellingen", "Mentoren in de examenklassen krijgen meer uren.");
  await decaan.fill("#f-raad_datum", `${year + 1}-06-10`);
  await decaan.fill("#f-raad_uitkomst", "De MR stemt in.");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector(".utrecht-alert >> text=opgeslagen");
  await checkPage(decaan, "quality-evaluation");
  await decaan.goto(yearUrl + "/leiderschap/nieuw");
  await decaan.fill("#f-datum", `${year}-11-20`);
  await decaan.fill("#f-deelnemers", "Saskia de Leeuw, Dirk Decaan");
  await decaan.fill("#f-coordinatie", "Ja, de decaan coördineert met 0,5 fte.");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector(`a:text-is('Gesprek van ${year}-11-20')`);
  await checkPage(decaan, "quality-talks");
  await decaan.click(`a:text-is('Gesprek van ${year}-11-20')`);
  await checkPage(decaan, "quality-talk");
  await decaan.goto(yearUrl + "/taken");
  assert.match(await decaan.textContent("main"), /niemand draagt deze taak/);
  await checkPage(decaan, "quality-tasks");
  await decaan.click("table.koers-matrix a >> nth=7");
  await decaan.selectOption("#f-rol_decaan", "uitvoerend");
  await checkPage(decaan, "quality-task");
  await decaan.click("form.koers-form button:has-text('Opslaan')");
  await decaan.waitForSelector("table.koers-matrix");
  await decaan.goto(yearUrl + "/geschiedenis");
  assert.match(await decaan.textContent("main"), /Saskia de Leeuw/);
  await checkPage(decaan, "quality-history");
  await decaan.goto(yearUrl + "/vergelijk");
  await checkPage(decaan, "quality-compare");

  // The region sees the status, not the content.
  const regio = await newPage();
  await signIn(regio, "regio@demo.koers.nl");
  await regio.click("main a:text-is('Kwaliteitscyclus in de regio')");
  assert.match(await regio.textContent("main"), /Veldzicht College/);
  assert.doesNotMatch(await regio.textContent("main"), /alumnimiddag/i);
  await checkPage(regio, "quality-region");

  // A new schooljaar: last year's records are read-only and comparable.
  await decaan.goto(yearUrl);
  await decaan.check("#bevestig");
  await Promise.all([decaan.waitForURL(new RegExp(`/kwaliteit/${year + 1}$`)),
                     decaan.click(`button:has-text('Schooljaar ${year + 1}-${year + 2} starten')`)]);
  await checkPage(decaan, "quality-new-year");
  await decaan.goto(yearUrl.replace(/\d{4}$/, String(year + 1)) + "/werkplannen/" + havo.match(/(\d+)$/)[1]);
  assert.match(await decaan.inputValue("#f-vorig_jaar"), /Alumnimiddag ook voor havo 4/);
  await decaan.goto(yearUrl + "/visie");
  assert.equal(await decaan.$("#f-betekenis"), null, "last year is read-only");
  assert.match(await decaan.textContent("main"), /afgesloten/);

  // On a phone the overview and a werkplan do not scroll sideways.
  const phone = await newPage({ width: 320, height: 700 });
  await signIn(phone, "mentor@demo.koers.nl");
  for (const url of [yearUrl, havo]) {
    await phone.goto(url);
    await assertFits(phone, url);
  }
  for (const p of [decaan, leider, mentor, regio, phone]) await p.context().close();
});

// The layout must not depend on the font: every page fits a 320 px phone in the widest font
// there is (DejaVu Sans Mono); the public pages and each role's dashboard also in the typeface
// Koers serves (Noto Sans) and in the system's fallback when the web font is blocked (DejaVu
// Sans, the only family scripts/bootstrap installs).
const fontModes = {
  intended: async () => {},
  fallback: async (context) => context.route(/\.woff2$/, (route) => route.abort()),
  widest: async (context) => context.route(/\/koers\.css$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()) + '\n* { font-family: "DejaVu Sans Mono", monospace !important; }';
    await route.fulfill({ response, body });
  }),
};

async function usedFonts(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const used = new Set();
  for (const selector of ["h1", "main p", "nav a"]) {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    if (!nodeId) continue;
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const f of fonts) used.add(f.familyName);
  }
  await cdp.detach();
  return [...used];
}

for (const [mode, prepare] of Object.entries(fontModes)) {
  test(`on a 320 px phone nothing scrolls sideways (${mode} font)`, async (t) => {
    const anonymous = ["/", "/inloggen", "/wachtwoord-vergeten", "/nieuws", "/kennisbank", "/praktijkvoorbeelden",
                       "/vacatures", "/over-ons", "/zoeken?q=loopbaanori%C3%ABntatie", "/kennisbank/pdca-cyclus-voor-lob",
                       "/kennisbank/wegwijzer-lob-beleid-smart", "/agenda", "/agenda/2", "/nieuwsbrief",
                       "/bestaat-niet"];
    const page = await newPage({ width: 320, height: 700 });
    await prepare(page.context());
    const fitted = new Set(anonymous);
    for (const path of anonymous) {
      await page.goto(env.koers.base + path);
      await assertFits(page, `${path} (${mode})`);
    }
    await page.goto(env.koers.base + "/");
    await page.evaluate(() => document.fonts.ready);
    const fonts = await usedFonts(page);
    t.diagnostic(`fonts used (${mode}): ${fonts.join(", ")}`);
    if (mode === "intended") assert.ok(fonts.length && fonts.every((f) => /^Noto Sans/.test(f)), `served web font: ${fonts}`);
    else assert.ok(!fonts.includes("Noto Sans") && fonts.every((f) => /^DejaVu Sans/.test(f)), `fallback fonts: ${fonts}`);
    await page.context().close();

    // Signed-in pages only in the widest font: it bounds the other two, and each sign-in costs a
    // password hash (the test run has to stay under 30 minutes).
    for (const who of mode === "widest" ? ["decaan", "beheerder", "redacteur", "regio", "leerling"] : []) {
      const signedIn = await newPage({ width: 320, height: 700 });
      await prepare(signedIn.context());
      await signIn(signedIn, `${who}@demo.koers.nl`);
      await assertFits(signedIn, `/dashboard as ${who} (${mode})`);
      const links = mode !== "widest" ? [] :
        await signedIn.$$eval("main a[href^='/'], nav a[href^='/']", (as) => as.map((a) => a.getAttribute("href")));
      const extra = mode !== "widest" ? [] :
        { beheerder: ["/beheer/audit", "/beheer/scan"], redacteur: ["/redactie/nieuw?type=nieuws", "/redactie/nieuwsbrief/nieuw"] }[who] || [];
      for (const href of [...new Set([...links, ...extra])]) {
        if (href === "/" || href === "/dashboard" || (fitted.has(href) && !perRole.test(href))) continue;
        await signedIn.goto(env.koers.base + href);
        await assertFits(signedIn, `${href} as ${who} (${mode})`);
        fitted.add(href);
        if (shots) await signedIn.screenshot({ path: `${shots}/telefoon-${who}${href.replace(/[^a-z0-9]+/gi, "_")}.png`, fullPage: true });
      }
      await signedIn.context().close();
    }
  });
}

test("axe checked every page template", () => {
  for (const path of ["/", "/inloggen", "/dashboard", "/beheer", "/beheer/scholen", "/beheer/regios",
                      "/beheer/gebruikers", "/beheer/e-mail", "/beheer/audit", "/account/wachtwoord", "/wachtwoord-vergeten",
                      "/wachtwoord-instellen", "/beheer/scholen/nieuw", "/nieuws", "/kennisbank", "/praktijkvoorbeelden",
                      "/vacatures", "/zoeken", "/over-ons", "/redactie", "/redactie/nieuw", "/beheer/taxonomie",
                      "/beheer/scan"])
    assert.ok(checked.has(path), `no axe run on ${path}`);
  assert.ok([...checked].some((p) => /^\/scholen\/\d+$/.test(p)), "school overview");
  assert.ok([...checked].some((p) => /^\/regios\/\d+$/.test(p)), "region overview");
  assert.ok([...checked].some((p) => /^\/beheer\/gebruikers\/\d+$/.test(p)), "user page");
  assert.ok([...checked].some((p) => /^\/beheer\/scholen\/\d+$/.test(p)), "school form");
  assert.ok([...checked].some((p) => /^\/kennisbank\/[a-z0-9-]+$/.test(p)), "detail page");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+$/.test(p)), "editor form");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+\/revisies$/.test(p)), "revisions");
  assert.ok([...checked].some((p) => /^\/redactie\/\d+\/revisies\/vergelijk$/.test(p)), "compare");
  for (const [re, label] of [[/^\/scholen\/\d+\/scan$/, "scan rounds"], [/^\/scholen\/\d+\/scan\/nieuw$/, "round form"],
                             [/^\/scholen\/\d+\/scan\/\d+$/, "round"], [/\/deelnemen\/[a-z]+$/, "QR page"],
                             [/^\/scan\/open\//, "open link"], [/^\/scan\/antwoord\/[^/]+$/, "answering"],
                             [/^\/scan\/antwoord\/[^/]+\/overzicht$/, "overview"], [/\/resultaten$/, "results"], [/\/scan\/teams$/, "teams compared"],
                             [/^\/regios\/\d+\/scan$/, "region scan"], [/^\/beheer\/scan\/\d+$/, "instrument"],
                             [/^\/beheer\/scan\/\d+\/nieuw$/, "instrument form"],
                             [/^\/scholen\/\d+\/kwaliteit\/\d{4}$/, "PDCA overview"], [/\/kwaliteit\/\d{4}\/visie$/, "visie"],
                             [/\/kwaliteit\/\d{4}\/beleid$/, "beleid"], [/\/kwaliteit\/\d{4}\/doelen$/, "goal form"],
                             [/\/kwaliteit\/\d{4}\/werkplannen$/, "werkplannen"], [/\/werkplannen\/\d+$/, "werkplan"],
                             [/\/activiteiten\/nieuw$/, "activity form"], [/\/werkplannen\/\d+\/evaluatie$/, "team evaluation"],
                             [/\/kwaliteit\/\d{4}\/evaluatie$/, "evaluation"], [/\/leiderschap$/, "talks"],
                             [/\/leiderschap\/\d+$/, "talk"], [/\/kwaliteit\/\d{4}\/taken$/, "LOB-taken"],
                             [/\/kwaliteit\/\d{4}\/taken\/\d+$/, "task"], [/\/geschiedenis$/, "history"],
                             [/\/vergelijk$/, "compare"], [/^\/regios\/\d+\/kwaliteit$/, "region quality"],
                             [/\/gedeelde-dossiers$/, "received"], [/\/loopbaandossiers\/bewaartermijn$/, "retention"],
                             [/\/loopbaandossiers\/vragen$/, "questions"],
                             [/^\/redactie\/bijeenkomsten$/, "national events"], [/^\/regios\/\d+\/netwerken$/, "networks"]])
    assert.ok([...checked].some((p) => re.test(p)), label);
});

// The one lean stylesheet (decision 0021) against the whole NL Design System library it is cut
// from: every element of each page, every computed property, the same. The whole library is
// served in the lean file's place through the browser's request routing.
// Nothing moves once it is shown: on a slow phone (Lighthouse's mobile profile: 150 ms, 1.6 Mbit/s,
// a CPU four times slower) the public pages add up to no layout shift that Lighthouse would count
// (0.1 is its "good"). The web font swapping in for the wider fallback moved every page (0.29).
test("on a slow phone the public pages do not move while they load", async () => {
  const page = await newPage({ width: 412, height: 823 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions",
                 { offline: false, latency: 150, downloadThroughput: 200 * 1024, uploadThroughput: 96 * 1024 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__moved = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        for (const s of e.sources || []) window.__moved.push(s.node ? s.node.nodeName + "." + (s.node.className || "") : "?");
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of ["/", "/kennisbank", "/kennisbank/pdca-cyclus-voor-lob", "/zoeken?q=loopbaan", "/inloggen"]) {
    await page.context().clearCookies();
    await cdp.send("Network.clearBrowserCache");
    await page.goto(env.koers.base + path, { waitUntil: "networkidle" });
    const { shift, moved } = await page.evaluate(() => ({ shift: window.__shift, moved: window.__moved }));
    assert.ok(shift < 0.1, `${path}: layout shift ${shift.toFixed(3)} (${[...new Set(moved)].join(", ")})`);
  }
  await page.context().close();
});

test("the lean stylesheet styles each page exactly as the whole library did", async () => {
  const root = new URL("../../", import.meta.url);
  const whole = ["node_modules/@utrecht/design-tokens/dist/index.css",
                 "node_modules/@utrecht/component-library-css/dist/index.css", "static/css/koers.css"]
    .map((f) => readFileSync(new URL(f, root), "utf8")).join("\n");
  const computed = (page) => page.evaluate(() => {
    const names = [...getComputedStyle(document.documentElement)].filter((n) => !n.startsWith("--"));
    const rows = [document.documentElement, ...document.querySelectorAll("body *")].map((e) => {
      const cs = getComputedStyle(e);
      return `<${e.tagName.toLowerCase()} class="${e.getAttribute("class") || ""}">\u0001` +
        names.map((n) => cs.getPropertyValue(n)).join("\u0001");
    });
    return { names, rows };
  });
  const compare = async (page, path) => {
    await page.goto(env.koers.base + path);
    const lean = await computed(page);
    // The whole library's sheet names the web font by the URL the lean one uses (fingerprinted,
    // preloaded), so both pages are measured in the same font.
    const font = new URL(await page.getAttribute("link[rel=preload][as=font]", "href"), env.koers.base).pathname;
    const body = whole.replaceAll("url(/static/noto-sans-latin.woff2)", `url(${font})`);
    assert.notEqual(body, whole, "the whole library's sheet names the font");
    await page.route("**/koers.css", (r) => r.fulfill({ body, contentType: "text/css; charset=utf-8" }));
    await page.goto(env.koers.base + path);
    const full = await computed(page);
    await page.unroute("**/koers.css");
    assert.equal(lean.rows.length, full.rows.length, path);
    const differences = [];
    full.rows.forEach((row, i) => {
      if (row === lean.rows[i]) return;
      const [element, ...values] = row.split("\u0001");
      const leanValues = lean.rows[i].split("\u0001").slice(1);
      values.forEach((v, k) => {
        if (leanValues[k] !== v) differences.push(`${i} ${element} ${full.names[k]}: ${leanValues[k]} (whole library: ${v})`);
      });
    });
    assert.deepEqual(differences.slice(0, 5), [], `${path}: ${differences.length} differences`);
    return full.rows.length;
  };
  const page = await newPage();
  let elements = 0;
  for (const path of ["/", "/kennisbank", "/kennisbank/pdca-cyclus-voor-lob", "/zoeken?q=loopbaan", "/inloggen"])
    elements += await compare(page, path);
  await signIn(page, "decaan@demo.koers.nl");
  const links = await page.$$eval("main a[href^='/'], nav a[href^='/']", (as) => as.map((a) => a.getAttribute("href")));
  // The dashboard and the first of its pages: the rest share their components (the test run has
  // to stay under 30 minutes).
  for (const href of [...new Set(["/dashboard", ...links])].slice(0, 8)) elements += await compare(page, href);
  assert.ok(elements > 1500, `${elements} elements compared`);
  await page.context().close();
});
