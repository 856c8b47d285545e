// Browser journeys of what Koers organises: the agenda (a visitor on a phone joins a waiting list,
// the regiocoördinator organises), a region's networks, the nieuwsbrief (a reader subscribes
// and confirms on a phone, the redactie composes and sends an issue, the reader unsubscribes) and
// the opdrachtenbank (a docent writes on a phone, the decaan shares, another school copies) and
// the curriculumplanner (the decaan finds a gap in the coverage and fills it from the bank).
// Every page is checked by axe-core; the last test says which templates were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { env, newPage, checked, checkPage, assertFits, signIn } from "./browser_support.mjs";

// The outbox's mails (addressee and body), newest first, as the beheerder reads them.
async function mails() {
  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.goto(env.koers.base + "/beheer/e-mail");
  const bodies = await admin.$$eval(".koers-mail", (all) => all.map((e) => e.textContent));
  await admin.context().close();
  return bodies;
}

// The first link to `path` in the newest mail that mentions `marker`.
async function linkInMail(marker, path) {
  const body = (await mails()).find((b) => b.includes(marker));
  assert.ok(body, `no mail with ${marker}`);
  return body.match(new RegExp(`http://\\S+${path}\\S+`))[0];
}

test("a visitor joins a full event's waiting list on a phone and cancels; the regiocoördinator adds an event", async () => {
  const phone = await newPage({ width: 390, height: 844 });
  await phone.goto(env.koers.base + "/agenda");
  await checkPage(phone, "agenda");
  await assertFits(phone, "agenda");
  await phone.click("a >> text=Terugblik");
  assert.match(await phone.textContent("main"), /Elf scholen keken terug/);
  await checkPage(phone, "terugblik");
  await phone.goto(env.koers.base + "/agenda?sector=mbo");
  await phone.click("a >> text=de overstap van vmbo naar mbo");
  assert.match(await phone.textContent("main"), /Vol: u komt op de wachtlijst/);
  await checkPage(phone, "bijeenkomst");
  await phone.click("button >> text=Aanmelden voor de wachtlijst");
  assert.match(await phone.textContent(".utrecht-alert--error"), /Vul uw naam in/);
  await checkPage(phone, "bijeenkomst-fout");
  await assertFits(phone, "bijeenkomst-fout");
  await phone.fill("#name", "Noor Bakker");
  await phone.fill("#email", "noor@school.example");
  await phone.selectOption("#role", "Docent");
  await phone.click("button >> text=Aanmelden voor de wachtlijst");
  await phone.waitForURL(/\/agenda\/aanmelding\/[^/]+$/);
  assert.match(await phone.textContent("main"), /Op de wachtlijst, plaats 2/);
  await checkPage(phone, "aanmelding");
  await assertFits(phone, "aanmelding");
  await phone.click("button >> text=Afmelden");
  assert.match(await phone.textContent("main"), /U bent afgemeld/);
  await phone.context().close();

  const page = await newPage();
  await signIn(page, "regio@demo.koers.nl");
  await page.click("main a[href$='/bijeenkomsten']");
  await checkPage(page, "bijeenkomsten-regio");
  await page.click("a >> text=Nieuwe bijeenkomst");
  await page.fill("#title", "Werkgroep meeloopdagen");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent(".utrecht-alert--error"), /Vul de beschrijving in/);
  await checkPage(page, "bijeenkomst-nieuw-fout");
  await page.fill("#description", "We plannen samen de meeloopdagen van het voorjaar.");
  await page.fill("#place", "Rietland Lyceum");
  await page.fill("#starts", "2031-03-11T15:30");
  await page.fill("#ends", "2031-03-11T17:00");
  await page.fill("#deadline", "2031-03-04T23:00");
  await page.fill("#capacity", "12");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent("main"), /De bijeenkomst is opgeslagen/);
  assert.match(await page.textContent("main"), /Werkgroep meeloopdagen/);
  await page.click("tr:has-text('de overstap van vmbo naar mbo') a >> text=Bekijk");
  assert.match(await page.textContent("main"), /Noor Bakker/);
  await checkPage(page, "aanmeldingen");
  await page.click("button >> text=Versturen");
  assert.match(await page.textContent(".utrecht-alert--error"), /Vul het onderwerp in/);
  await checkPage(page, "aanmeldingen-bericht-fout");
  await page.fill("#subject", "Route naar de zaal");
  await page.fill("#body", "Neem de ingang aan de achterkant.");
  await page.click("button >> text=Versturen");
  await page.waitForLoadState("load");
  assert.match(await page.textContent("#verstuurd + div"), /Route naar de zaal/);
  await checkPage(page, "aanmeldingen-bericht-verstuurd");
  await page.click("a >> text=Presentielijst om te printen");
  assert.match(await page.textContent("main"), /Joost Bakker/);
  await checkPage(page, "presentielijst");
  // A presentation with the event: on the organiser's form, then on the public page.
  await page.goto(env.koers.base + "/dashboard");
  await page.click("main a[href$='/bijeenkomsten']");
  await page.click("a >> text=Werkgroep meeloopdagen");
  await page.fill("#titel", "Presentatie meeloopdagen");
  await page.setInputFiles("#bestand", { name: "presentatie.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%presentatie\n") });
  await page.click("button >> text=Bestand toevoegen");
  assert.match(await page.textContent("#bestanden + ul"), /Presentatie meeloopdagen/);
  await checkPage(page, "bijeenkomst-bestanden");
  const event = (await page.getAttribute("#bestanden + ul a", "href")).replace(/\/bestanden\/\d+$/, "");
  await page.goto(env.koers.base + event);
  assert.match(await page.textContent("main"), /Presentaties en opbrengsten[\s\S]*Presentatie meeloopdagen/);
  await page.context().close();
});

test("the regiocoördinator keeps a network's actions, records and documents; a member school's decaan reads them and joins its werkgroep", async () => {
  const page = await newPage();
  await signIn(page, "regio@demo.koers.nl");
  await page.click("main a[href$='/netwerken']");
  await checkPage(page, "netwerken-regio");
  await page.click("a >> text=LOB-netwerk Amstelveen");
  await checkPage(page, "netwerk");
  await page.click("summary >> text=Actie toevoegen");
  await page.click("button >> text=Actie toevoegen");
  assert.match(await page.textContent(".utrecht-alert--error"), /Vul de actie in/);
  await checkPage(page, "netwerk-actie-fout");
  await page.fill("#what", "Gastlessen van UWV plannen");
  await page.fill("#owner", "UWV Amstelland");
  await page.click("button >> text=Actie toevoegen");
  assert.match(await page.textContent("main"), /Gastlessen van UWV plannen/);
  await page.click("a >> text=Verslag van een bijeenkomst toevoegen");
  await checkPage(page, "verslag-nieuw");
  await page.fill("#held_on", "2027-01-12");
  await page.fill("#notes", "De werkgroep koos de data van de meeloopdagen.");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent("main"), /12 januari 2027/);
  // A document: a program is refused (the form stays open with the error), a PDF is shared.
  await page.click("summary >> text=Document delen");
  await page.setInputFiles("#bestand", { name: "planning.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90 geen pdf") });
  await page.click("button >> text=Document delen");
  assert.match(await page.textContent("#bestand-fout"), /Dit soort bestand kan niet/);
  await checkPage(page, "netwerk-document-fout");
  await page.fill("#titel", "Planning werkgroep meeloopdagen");
  await page.setInputFiles("#bestand", { name: "planning.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%planning\n") });
  await page.click("button >> text=Document delen");
  assert.match(await page.textContent("#documenten + ul"), /Planning werkgroep meeloopdagen/);
  await page.context().close();

  const decaan = await newPage({ width: 390, height: 844 });
  await signIn(decaan, "decaan@demo.koers.nl");
  await decaan.click("main a[href$='/netwerken']");
  await decaan.click("a >> text=LOB-netwerk Amstelveen");
  assert.match(await decaan.textContent("main"), /Gastlessen van UWV plannen/);
  assert.equal(await decaan.$("summary"), null, "a member reads; the region keeps it");
  await checkPage(decaan, "netwerk-school");
  await assertFits(decaan, "netwerk-school");
  const href = await decaan.getAttribute("a >> text=Planning werkgroep meeloopdagen", "href");
  const file = await decaan.request.get(env.koers.base + href);
  assert.equal(file.status(), 200);
  assert.match(String(await file.body()), /^%PDF-1\.4/);
  // The network's own werkgroep: on the school's page only, and the decaan registers.
  await decaan.goto(env.koers.base + "/dashboard");
  await decaan.click("main a[href$='/bijeenkomsten'] >> text=Netwerkbijeenkomsten");
  await checkPage(decaan, "netwerkbijeenkomsten");
  await decaan.click("a >> text=Werkgroep meeloopdagen: de planning voor het voorjaar");
  assert.match(await decaan.textContent("main"), /LOB-netwerk Amstelveen \(alleen voor leden\)/);
  await checkPage(decaan, "netwerkbijeenkomst");
  assert.equal(await decaan.inputValue("#email"), "decaan@demo.koers.nl", "who is signed in is filled in");
  await decaan.selectOption("#role", "LOB-coördinator of decaan");
  await decaan.click("main button >> text=Aanmelden");
  await decaan.waitForURL(/\/agenda\/aanmelding\/[^/]+$/);
  assert.match(await decaan.textContent("main"), /Aangemeld/);
  await decaan.context().close();
});

test("a reader subscribes and confirms on a phone; the redactie sends an issue; the reader unsubscribes", async () => {
  const phone = await newPage({ width: 390, height: 844 });
  await phone.goto(env.koers.base + "/");
  await phone.click("footer a >> text=Nieuwsbrief");
  await checkPage(phone, "nieuwsbrief");
  await assertFits(phone, "nieuwsbrief");
  await phone.click("button >> text=Aanmelden");
  assert.match(await phone.textContent(".utrecht-alert--error"), /Vul uw e-mailadres in/);
  await checkPage(phone, "nieuwsbrief-fout");
  await phone.fill("#email", "noor.lezer@school.example");
  await phone.fill("#name", "Noor");
  await phone.check("#sectors-vo");
  await phone.check("#themes-loopbaangesprek");
  await phone.click("button >> text=Aanmelden");
  assert.match(await phone.textContent("main"), /Bijna klaar: kijk in uw e-mail/);

  await phone.goto(await linkInMail("noor.lezer@school.example", "/nieuwsbrief/bevestigen/"));
  await checkPage(phone, "nieuwsbrief-bevestigen");
  await assertFits(phone, "nieuwsbrief-bevestigen");
  await phone.click("button >> text=Ja, ik wil de nieuwsbrief ontvangen");
  assert.match(await phone.textContent("main"), /U bent aangemeld voor de nieuwsbrief/);
  await phone.goto(await linkInMail("Beste Noor", "/nieuwsbrief/voorkeuren/"));
  assert.ok(await phone.isChecked("#sectors-vo"));
  await checkPage(phone, "nieuwsbrief-voorkeuren");
  await assertFits(phone, "nieuwsbrief-voorkeuren");
  await phone.check("#sectors-mbo");
  await phone.click("button >> text=Voorkeuren opslaan");
  assert.match(await phone.textContent("main"), /Uw voorkeuren zijn opgeslagen/);
  assert.ok(await phone.isChecked("#sectors-mbo"));

  const page = await newPage();
  await signIn(page, "redacteur@demo.koers.nl");
  await page.click("nav a >> text=Nieuwsbrief");
  assert.match(await page.textContent("main"), /abonnees hebben hun aanmelding bevestigd/);
  await page.click("a >> text=Nieuwe nieuwsbrief");
  await page.fill("#subject", "");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent(".utrecht-alert--error"), /Vul het onderwerp in/);
  await checkPage(page, "nieuwsbrief-editie-fout");
  await page.fill("#subject", "Nieuwsbrief LOB, proef");
  await page.fill("#intro", "Welkom bij deze nieuwsbrief.");
  await page.click("button >> text=Opslaan");
  assert.match(await page.textContent("main"), /De nieuwsbrief is opgeslagen/);
  assert.match(await page.textContent(".koers-mail__body"), /Beste lezer,\s+Welkom bij deze nieuwsbrief\./);
  await checkPage(page, "nieuwsbrief-editie");
  await page.click("button >> text=/Verzenden aan \\d+ abonnees/");
  assert.match(await page.textContent("main"), /De nieuwsbrief wordt verzonden/);
  assert.match(await page.textContent("main"), /Stand van het verzenden/);
  await checkPage(page, "nieuwsbrief-verzonden");
  await page.context().close();

  await phone.goto(await linkInMail("Welkom bij deze nieuwsbrief", "/nieuwsbrief/afmelden/"));
  await checkPage(phone, "nieuwsbrief-afmelden");
  await phone.click("button >> text=Afmelden");
  assert.match(await phone.textContent("main"), /U bent afgemeld/);
  await checkPage(phone, "nieuwsbrief-afgemeld");
  await assertFits(phone, "nieuwsbrief-afgemeld");
  await phone.context().close();
});

test("a docent writes an assignment on a phone; the decaan shares it and fills a gap in the planner with a bank assignment; another school finds and copies it", async () => {
  const phone = await newPage({ width: 390, height: 844 });
  await signIn(phone, "docent@demo.koers.nl");
  await phone.click("main a >> text=Opdrachtenbank");
  assert.match(await phone.textContent("h1"), /Opdrachtenbank/);
  await checkPage(phone, "opdrachtenbank-school");
  await assertFits(phone, "opdrachtenbank-school");
  await phone.click("a >> text=Nieuwe opdracht schrijven");
  await phone.fill("#f-titel", "Een ochtend in de bakkerij");
  await phone.click("button >> text=Opslaan");
  assert.match(await phone.textContent(".utrecht-alert--error"), /minstens één loopbaancompetentie/);
  assert.equal(await phone.inputValue("#f-titel"), "Een ochtend in de bakkerij");
  await checkPage(phone, "opdracht-fout");
  await assertFits(phone, "opdracht-fout");
  await phone.fill("#f-wat", "De leerling helpt een ochtend mee in een bakkerij in de buurt.");
  await phone.fill("#f-stappen", "1. Vraag de bakker\n2. Help mee\n3. Schrijf op wat je zag");
  await phone.check("#f-competenties-werkexploratie");
  await phone.check("#f-elementen-ervaren");
  await phone.check("#f-leerjaren-2");
  await phone.click("button >> text=Opslaan");
  assert.match(await phone.textContent("main"), /De opdracht is opgeslagen/);
  assert.deepEqual(await phone.$$eval("main ol li", (li) => li.map((e) => e.textContent)),
                   ["Vraag de bakker", "Help mee", "Schrijf op wat je zag"]);
  assert.equal(await phone.$("text=Delen met alle scholen"), null, "a docent does not share");
  await checkPage(phone, "opdracht");
  await assertFits(phone, "opdracht");
  const path = new URL(phone.url()).pathname;
  await phone.context().close();

  const decaan = await newPage();
  await signIn(decaan, "decaan@demo.koers.nl");
  await decaan.goto(env.koers.base + path);
  await decaan.check("#licentie-cc-by-sa");
  await decaan.click("button >> text=Delen met alle scholen");
  assert.match(await decaan.textContent("main"), /opdrachtenbank van alle scholen/);
  assert.match(await decaan.textContent("main"), /CC BY-SA 4\.0/);
  await checkPage(decaan, "opdracht-gedeeld");
  await decaan.click("a >> text=Geschiedenis: elke opgeslagen versie");
  assert.match(await decaan.textContent("main"), /gedeeld onder CC BY-SA 4\.0/);
  await checkPage(decaan, "opdracht-geschiedenis");

  // The same decaan plans: finds a gap in the coverage and fills it from the bank.
  await decaan.goto(env.koers.base + path);
  await decaan.click(".koers-breadcrumb a");  // the school's bank
  await decaan.click(".koers-breadcrumb a");  // the school
  await decaan.click("main a >> text=Curriculumplanner");
  assert.match(await decaan.textContent("main"), /1\. Inventariseren[\s\S]*4\. Evalueren/);
  await checkPage(decaan, "curriculumplanner");
  await decaan.click("a >> text=Bekijk de dekking per leerjaar");
  assert.match(await decaan.textContent("#dekking-6 + p"), /Leerjaar 6: 0 van de 15 vakjes gedekt/);
  await checkPage(decaan, "dekking");
  await decaan.setViewportSize({ width: 320, height: 640 });
  await assertFits(decaan, "dekking");
  await decaan.click("a >> text=Opdrachten voor leerjaar 6 in de opdrachtenbank");
  assert.match(decaan.url(), /leerjaren=6/);
  await decaan.click("main .koers-hit a >> nth=0");
  const chosen = (await decaan.textContent("h1")).trim();
  await decaan.click("a >> text=In de curriculumplanner zetten");
  assert.equal(await decaan.inputValue("#f-titel"), chosen, "the form starts from the assignment");
  assert.match(await decaan.inputValue("#f-leerjaar"), /^[1-6]$/, "its first leerjaar");
  await checkPage(decaan, "activiteit-nieuw");
  await assertFits(decaan, "activiteit-nieuw");
  await decaan.selectOption("#f-leerjaar", "6");
  await decaan.selectOption("#f-periode", "2");
  await decaan.click("button >> text=Opslaan");
  assert.match(await decaan.textContent("main"), /De activiteit staat in de planner/);
  assert.match(await decaan.textContent("main"), /Uit de opdrachtenbank/);
  await checkPage(decaan, "activiteit");
  // The plan reaches a team and the students: into a werkplan of the open schooljaar, and
  // given to H4A, whose leerling begins it in her dossier on a phone.
  await decaan.click("button >> text=In het werkplan opnemen");
  assert.match(await decaan.textContent("main"), /staat nu ook in het werkplan van het team/);
  assert.match(await decaan.textContent("#werkplan + ul"), /Werkplan .+: Gepland/);
  await decaan.getByLabel("H4A", { exact: true }).check();
  await decaan.click("button >> text=Groepen opslaan");
  assert.match(await decaan.textContent("main"), /Hun leerlingen zien de activiteit nu bij hun opdrachten/);
  assert.match(await decaan.textContent("#groepen ~ div table"), /H4A\s*\d+\s*0/);
  const activity = decaan.url().replace(/#.*$/, "");
  const lotte = await newPage({ width: 390, height: 800 });
  await signIn(lotte, "leerling@demo.koers.nl");
  await lotte.click("main a >> text=Mijn loopbaandossier");
  await lotte.click("main a >> text=Mijn opdrachten");
  assert.match(await lotte.textContent("main"), /Deze opdrachten heeft school voor groep H4A klaargezet/);
  await checkPage(lotte, "opdrachten-leerling");
  await assertFits(lotte, "opdrachten at 390 px");
  await lotte.locator("section", { has: lotte.locator("h2", { hasText: chosen }) })
    .locator("button >> text=Begin in je dossier").click();
  assert.match(await lotte.textContent("main"), /De opdracht staat nu in je dossier/);
  assert.equal(await lotte.inputValue("#f-titel"), chosen, "the entry starts from the activity");
  await lotte.locator("main textarea").first().fill("Ik weet nu beter wat ik wil.");
  await lotte.click("button >> text=Opslaan");
  await lotte.click("main a >> text=Mijn opdrachten");  // from the dossier, where a save leads
  assert.match(await lotte.textContent("main"), /Verder in je dossier/);
  await lotte.context().close();
  await decaan.goto(activity);
  assert.match(await decaan.textContent("#groepen ~ div table"), /H4A\s*\d+\s*1/);
  // Step 4: evaluated in the planner, the evaluation goes on to the werkplan.
  await decaan.click("a >> text=Bewerken of evalueren");
  await decaan.fill("#f-evaluatie", "De matrix hielp bij de keuze; volgend jaar eerder beginnen.");
  await decaan.selectOption("#f-oordeel", "aanpassen");
  await decaan.click("button >> text=Opslaan");
  await decaan.click("button >> text=Evaluatie naar dit werkplan sturen");
  assert.match(await decaan.textContent("main"), /De evaluatie staat nu bij de uitvoering in het werkplan/);
  assert.match(await decaan.textContent("#werkplan + ul"), /Uitgevoerd\s*Uit de curriculumplanner: De matrix hielp/);
  await decaan.click(".koers-breadcrumb a");
  await assertFits(decaan, "curriculumplanner");
  await decaan.setViewportSize({ width: 1280, height: 800 });
  await decaan.click("a >> text=Bekijk de dekking per leerjaar");
  assert.doesNotMatch(await decaan.textContent("#dekking-6 + p"), /Leerjaar 6: 0 van/);
  // One leerlijn, and the overstap beside Horizon's (which shares its plan in the demo).
  await decaan.click(".koers-breadcrumb a");
  await decaan.click('nav[aria-label="Leerlijnen"] a >> text=vmbo');
  assert.match(await decaan.textContent("h1"), /Curriculumplanner: vmbo/);
  await decaan.click("a >> text=Vergelijk de overstap met een school in de regio");
  await decaan.click("a >> text=Horizon mbo (mbo)");
  await decaan.selectOption("#leerlijn", "vmbo");
  await decaan.click("button >> text=Vergelijken");
  assert.match(await decaan.textContent("#overstap-samenvatting"),
               /Voor de overstap: Veldzicht College \(vmbo\), leerjaar .+ Erna: Horizon mbo \(hele school\), leerjaar 1 en 2\. \d+ van de 15 vakjes/);
  await checkPage(decaan, "overstap");
  await decaan.setViewportSize({ width: 320, height: 640 });
  await assertFits(decaan, "overstap");
  await decaan.click("button >> text=Delen met de regio");
  assert.match(await decaan.textContent("main"), /kunnen uw leerlijnen nu naast de hunne leggen/);
  await decaan.context().close();

  const mbo = await newPage();
  await signIn(mbo, "decaan.mbo@demo.koers.nl");
  await mbo.click("main a >> text=Opdrachtenbank");
  await mbo.fill("#q", "bakkerij");
  await mbo.click("main button >> text=Zoeken");
  await mbo.click("main a >> text=Een ochtend in de bakkerij");
  await mbo.click("button >> text=Kopiëren naar uw school");
  assert.match(await mbo.textContent("h1"), /Opdracht bewerken/);
  await checkPage(mbo, "opdracht-kopie");
  await mbo.fill("#f-titel", "Een ochtend in de bakkerij (mbo)");
  await mbo.click("button >> text=Opslaan");
  assert.match(await mbo.textContent("main"), /Gebaseerd op Een ochtend in de bakkerij van Veldzicht College \(CC BY-SA 4\.0\)/);
  await mbo.context().close();

  const visitor = await newPage({ width: 320, height: 640 });
  await visitor.goto(env.koers.base + "/opdrachtenbank");
  await visitor.click(".koers-facets summary >> text=Sector");
  await visitor.click('.koers-facets a[href="/opdrachtenbank?sectoren=mbo"]');
  assert.equal(await visitor.getAttribute(".koers-facets details >> nth=0", "open"), "", "the chosen facet stays open");
  assert.match(visitor.url(), /sectoren=mbo/);
  await checkPage(visitor, "opdrachtenbank");
  await assertFits(visitor, "opdrachtenbank");
  await visitor.click("main .koers-hit a >> nth=0");
  await checkPage(visitor, "opdrachtenbank-opdracht");
  await assertFits(visitor, "opdrachtenbank-opdracht");
  await visitor.goto(env.koers.base + "/opdrachtenbank?q=bakkerij");
  assert.deepEqual(await visitor.$$eval(".koers-hit h2", (h) => h.map((e) => e.textContent.trim())),
                   ["Een ochtend in de bakkerij"], "the shared one, not the mbo's private copy");
  await visitor.context().close();
});

test("the beheerder's bad doorstroom file is refused with its line; the decaan reads where the leavers went, per vestiging too, and what oud-leerlingen said, on a phone too, and makes a goal of a figure; the region sees its schools and one network's", async () => {
  const admin = await newPage();
  await signIn(admin, "beheerder@demo.koers.nl");
  await admin.click("nav a >> text=Doorstroomcijfers");
  await checkPage(admin, "doorstroom-import");
  await admin.setInputFiles("#bestand", { name: "fout.csv", mimeType: "text/csv",
    buffer: Buffer.from("brin;onderwijstype;jaar;bestemming;aantal\n21VZ;havo;2025;hbo;60\n21VZ;havo;2025;werk;12\n") });
  await admin.click("button >> text=Importeren");
  assert.match(await admin.textContent("#bestand-fout"), /Regel 3, kolom 4: "werk" is geen bestemming/);
  await checkPage(admin, "doorstroom-import-fout");
  // A file of uitval en overstap is told apart by its columns, and checked as strictly.
  await admin.setInputFiles("#bestand", { name: "uitval.csv", mimeType: "text/csv",
    buffer: Buffer.from("brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n21VZ;havo;2025;40;41;0\n") });
  await admin.click("button >> text=Importeren");
  assert.match(await admin.textContent("#bestand-fout"), /Regel 2, kolom 5: Dit aantal is groter dan de 40 die er ingeschreven stonden/);
  await admin.context().close();

  for (const width of [320, 1280]) {
    const page = await newPage({ width, height: 900 });
    await signIn(page, "decaan@demo.koers.nl");
    await page.goto(env.koers.base + "/scholen/1");
    await page.click("main a >> text=Doorstroom");
    assert.match(await page.textContent("h2"), /alle onderwijstypen, 2025/);
    assert.ok(await page.isVisible("svg.koers-sankey__chart path.koers-sankey__band--hbo"));
    await page.selectOption("#type", "havo");
    await page.selectOption("#jaar", "2023");
    await page.click("button >> text=Toon");
    assert.match(await page.textContent("h2"), /havo, 2023/);
    assert.match(await page.textContent("table"), /Regio Amstelland[\s\S]*Nederland/);
    // Uitval en overstap of the same type and year, beside the region and the country.
    assert.match(await page.textContent("#uitval ~ .utrecht-table-container"), /Veldzicht College[\s\S]*Regio Amstelland[\s\S]*Nederland/);
    // Beside the figures, what oud-leerlingen said in the LOB-scan.
    assert.match(await page.textContent("main"), /Wat oud-leerlingen zeggen[\s\S]*keken 9 oud-leerlingen terug/);
    await checkPage(page, `doorstroom-school-${width}`);
    await assertFits(page, `doorstroom-school-${width}`);
    if (width === 320) {
      // One vestiging beside the whole school, the region and the country.
      await page.selectOption("#vestiging", { label: "Parkweg (vestiging 02)" });
      await page.click("button >> text=Toon");
      assert.match(await page.textContent("h1"), /Doorstroom · Veldzicht College, Parkweg \(vestiging 02\)/);
      assert.match(await page.textContent("h2"), /havo, 2023/, "the choice of type and year stays");
      assert.match(await page.textContent("table"), /Veldzicht College[\s\S]*Regio Amstelland[\s\S]*Nederland/);
      assert.match(await page.textContent("main"), /Uitval en overstap zijn er alleen van de hele school/);
      await checkPage(page, "doorstroom-vestiging-320");
      await assertFits(page, "doorstroom-vestiging-320");
      await page.click("main a >> text=LOB-scan voorjaar 2026");
      assert.match(await page.textContent("#naast-elkaar"), /Wat leerlingen, ouders en oud-leerlingen zeggen/);
      await checkPage(page, "scan-resultaten-met-alumni-320");
      await assertFits(page, "scan-resultaten-met-alumni-320");
    }
    if (width === 1280) {
      // A figure becomes a goal of the beleid, with the figure as its nulmeting.
      await page.click("tr:has(th:text-is('hbo')) a >> text=Maak er een doel van");
      assert.equal(await page.inputValue("#f-titel"), "Doorstroom havo naar hbo");
      assert.match(await page.inputValue("#f-nulmeting"), /^\d+,\d% in 2023 \(Regio Amstelland/);
      await page.fill("#f-streefwaarde", "75%");
      await page.selectOption("#f-richting", "hoger");
      await page.fill("#f-deadline", "2027-06-30");
      await page.click("button >> text=Opslaan");
      assert.match(await page.textContent("main"), /Doorstroom havo naar hbo/);
      // And noted in the evaluation of the beleid, below what it said.
      await page.goto(env.koers.base + "/scholen/1/doorstroom?type=havo&jaar=2023");
      await page.click("tr:has(th:text-is('hbo')) a >> text=Noteer in de evaluatie");
      assert.match(await page.inputValue("#f-resultaten"), /Doorstroomcijfers havo: naar hbo ging \d+,\d% in 2023 \(Regio Amstelland/);
      assert.ok(await page.isChecked("input[name=bronnen][value=doorstroom]"));
      assert.match(await page.textContent("main"), /een voorstel dat nog niet is opgeslagen/);
      await checkPage(page, "evaluatie-met-doorstroom");
      await page.click("button >> text=Opslaan");
      assert.match(await page.textContent("main"), /Doorstroomcijfers havo: naar hbo ging/);
      // Less uitval as a goal, with the school's share beside the region's and the country's.
      await page.goto(env.koers.base + "/scholen/1/doorstroom?type=havo&jaar=2023");
      await page.click("a[href*='titel=Minder%20uitval%20havo']");
      assert.equal(await page.inputValue("#f-titel"), "Minder uitval havo");
      assert.match(await page.inputValue("#f-nulmeting"), /^\d+,\d% in 2023 \(Regio Amstelland \d+,\d%, Nederland \d+,\d%\)$/);
    }
    await page.context().close();
  }

  const regio = await newPage({ width: 390, height: 844 });
  await signIn(regio, "regio@demo.koers.nl");
  await regio.click("main a >> text=Doorstroom");
  assert.match(await regio.textContent("h1"), /Doorstroom · Regio Amstelland/);
  await checkPage(regio, "doorstroom-regio");
  await assertFits(regio, "doorstroom-regio");
  await regio.selectOption("#netwerk", { label: "Netwerk: LOB-netwerk Amstelveen" });
  await regio.click("button >> text=Toon");
  assert.match(await regio.textContent("h1"), /Doorstroom · LOB-netwerk Amstelveen/);
  assert.match(await regio.textContent("table"), /Regio Amstelland[\s\S]*Nederland/);
  await checkPage(regio, "doorstroom-netwerk");
  await assertFits(regio, "doorstroom-netwerk");
  await regio.context().close();

  // An mbo institution sees where its new students came from; the vo school they came from does not.
  const mbo = await newPage({ width: 390, height: 844 });
  await signIn(mbo, "decaan.mbo@demo.koers.nl");
  await mbo.click("main a >> text=Doorstroom");
  assert.match(await mbo.textContent("#instroom ~ .utrecht-table-container"), /Veldzicht College \(21VZ\)/);
  await checkPage(mbo, "doorstroom-instroom");
  await assertFits(mbo, "doorstroom-instroom");
  await mbo.context().close();
});

test("axe checked every page template of the agenda, the networks and the nieuwsbrief", () => {
  for (const [re, label] of [[/^\/agenda$/, "agenda"], [/^\/agenda\/\d+$/, "event"],
                             [/^\/agenda\/aanmelding\/[^/]+$/, "registration"],
                             [/^\/regios\/\d+\/bijeenkomsten$/, "events of a region"],
                             [/\/bijeenkomsten\/nieuw$/, "event form"], [/\/aanmeldingen$/, "registrations"],
                             [/\/presentielijst$/, "presence list"], [/^\/agenda\/terugblik$/, "look back"],
                             [/^\/regios\/\d+\/netwerken\/\d+$/, "network"],
                             [/\/verslagen\/nieuw$/, "record form"], [/^\/scholen\/\d+\/netwerken\/\d+$/, "network of a school"],
                             [/^\/scholen\/\d+\/bijeenkomsten$/, "network events of a school"],
                             [/^\/nieuwsbrief$/, "subscribe"], [/^\/nieuwsbrief\/bevestigen\/[^/]+$/, "confirm"],
                             [/^\/nieuwsbrief\/voorkeuren\/[^/]+$/, "preferences"],
                             [/^\/nieuwsbrief\/afmelden\/[^/]+$/, "unsubscribe"],
                             [/^\/redactie\/nieuwsbrief\/\d+$/, "issue"], [/^\/redactie\/nieuwsbrief\/nieuw$/, "new issue"],
                             [/^\/opdrachtenbank$/, "public bank"], [/^\/opdrachtenbank\/\d+$/, "public assignment"],
                             [/^\/scholen\/\d+\/opdrachten$/, "school bank"], [/^\/scholen\/\d+\/opdrachten\/\d+$/, "assignment"],
                             [/^\/scholen\/\d+\/opdrachten\/nieuw$/, "assignment form"],
                             [/^\/scholen\/\d+\/opdrachten\/\d+\/bewerken$/, "assignment edit"],
                             [/^\/scholen\/\d+\/opdrachten\/\d+\/geschiedenis$/, "assignment history"],
                             [/^\/scholen\/\d+\/curriculum$/, "planner"], [/^\/scholen\/\d+\/curriculum\/dekking$/, "coverage"],
                             [/^\/scholen\/\d+\/curriculum\/nieuw$/, "activity form"],
                             [/^\/scholen\/\d+\/curriculum\/\d+$/, "activity"],
                             [/^\/scholen\/\d+\/leerlingen\/\d+\/opdrachten$/, "a student's opdrachten"],
                             [/^\/scholen\/\d+\/curriculum\/overstap$/, "overstap"],
                             [/^\/beheer\/doorstroom$/, "doorstroom import"],
                             [/^\/scholen\/\d+\/doorstroom$/, "doorstroom of a school"],
                             [/^\/regios\/\d+\/doorstroom$/, "doorstroom of a region"]])
    assert.ok([...checked].some((p) => re.test(p)), label);
});
