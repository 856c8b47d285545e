// Browser journeys of the loopbaandossier and the student list, in Debian's Chromium: a leerling
// writes on a phone (drafts, a zelfbeeld, a bewijs with a photo, asking for a gesprek, reactions,
// Mijn keuzes, taking the dossier along), the mentor reads and records a gesprek, the leerling
// shares with the next school, the decaan imports the student list, and a parent sees what the
// age rules allow. Every page is checked with axe-core and at 390 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { env, newPage, checked, checkPage, assertFits, signIn } from "./browser_support.mjs";

test("a leerling writes in the loopbaandossier on a phone; the mentor reads it and the leerling sees that", async () => {
  const phone = await newPage({ width: 390, height: 800 });
  await signIn(phone, "leerling@demo.koers.nl");
  await Promise.all([phone.waitForURL(/\/leerlingen\/\d+\/dossier$/), phone.click("main a >> text=Mijn loopbaandossier")]);
  const dossier = phone.url();
  await checkPage(phone, "dossier-leerling");
  await assertFits(phone, "dossier at 390 px");
  await phone.click("text=Schrijf op wat je hebt gedaan of gezien");
  // A draft survives a reload (a dropped connection, a phone that locked) in this tab.
  await phone.fill("#f-titel", "Bezoek aan de haven");
  await phone.reload();
  assert.equal(await phone.inputValue("#f-titel"), "Bezoek aan de haven");
  assert.match(await phone.textContent(".koers-autosave"), /teruggezet/);
  await phone.fill("#f-titel", "");
  await phone.click("button >> text=Opslaan");
  assert.match(await phone.textContent(".utrecht-alert--error"), /Wat voor ervaring was het/);
  await checkPage(phone, "dossier-ervaring-fout");
  await phone.selectOption("#f-soort", "bedrijfsbezoek");
  await phone.fill("#f-titel", "Bezoek aan de haven van Amsterdam");
  await phone.fill("#f-evaluatie", "Ik wist niet dat er zoveel technische banen zijn.");
  await phone.check("input[name=competenties][value=werk]");
  await Promise.all([phone.waitForURL(dossier), phone.click("button >> text=Opslaan")]);
  assert.match(await phone.textContent("main"), /Opgeslagen in je dossier/);
  assert.match(await phone.textContent("main"), /Bezoek aan de haven van Amsterdam/);
  await phone.click("text=Schrijf op wat je hebt gedaan of gezien");
  assert.equal(await phone.inputValue("#f-titel"), "", "a saved draft is gone");
  await phone.goto(dossier);
  await phone.click("text=Kijk hoe je ervoor staat");
  for (const [name, step] of [["kwaliteiten", "3"], ["motieven", "4"], ["werk", "2"], ["sturing", "2"], ["netwerk", "1"]])
    await phone.selectOption(`#f-${name}`, step);
  await checkPage(phone, "dossier-zelfbeeld");
  await Promise.all([phone.waitForURL(dossier), phone.click("button >> text=Opslaan")]);
  assert.match(await phone.textContent("main"), /Hoe sta je ervoor\?/);
  // A bewijs with a photo.
  await phone.click("text=Bewaar een bewijs: een bestand of link");
  await phone.fill("#f-titel", "Foto van mijn werkstuk");
  await phone.setInputFiles("#bestand", { name: "werkstuk.png", mimeType: "image/png",
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]) });
  await checkPage(phone, "dossier-bewijs");
  await Promise.all([phone.waitForURL(dossier), phone.click("button >> text=Opslaan")]);
  await phone.click("text=Foto van mijn werkstuk");
  assert.match(await phone.textContent("section[aria-labelledby=bestanden]"), /werkstuk\.png/);
  await checkPage(phone, "dossier-bewijs-bestanden");
  await assertFits(phone, "bewijs at 390 px");
  await phone.goto(dossier);
  await phone.click("summary >> text=Wil je een gesprek met je mentor?");
  await phone.fill("#f-onderwerp", "Ik twijfel over mijn profiel.");
  await Promise.all([phone.waitForURL(dossier), phone.click("button >> text=Vraag een gesprek aan")]);
  assert.match(await phone.textContent("main"), /Je vraag om een gesprek is verstuurd/);
  await checkPage(phone, "dossier-met-zelfbeeld");
  await assertFits(phone, "dossier with zelfbeeld at 390 px");
  await phone.click("text=Denk na over wat je kunt en wilt");
  await phone.click("text=Wie kan mij helpen? (netwerken)");
  assert.match(await phone.textContent("main"), /Wie ken je die iets weet over werk/);
  await checkPage(phone, "dossier-reflectie");
  await assertFits(phone, "reflectie at 390 px");

  const mentor = await newPage();
  await signIn(mentor, "mentor@demo.koers.nl");
  assert.match(await mentor.textContent(".koers-todos"), /1 leerling van H4A vraagt om een loopbaangesprek/);
  await mentor.click("main a >> text=Groepen en loopbaandossiers");
  await checkPage(mentor, "groepen-mentor");
  await mentor.click("text=H4A");
  assert.match(await mentor.textContent("main"), /1 leerling vraagt om een loopbaangesprek/);
  await checkPage(mentor, "groep-mentor");
  await mentor.click("text=Lotte Leerling");
  assert.match(await mentor.textContent("main"), /De leerling ziet dat u het heeft bekeken/);
  await checkPage(mentor, "dossier-mentor");
  await mentor.click("text=Bezoek aan de haven van Amsterdam");
  assert.match(await mentor.textContent("main"), /zoveel technische banen/);
  assert.equal(await mentor.$("main input[name=version]"), null, "reading, not writing");
  await mentor.fill("#f-reactie", "Goed gezien! Welke technische baan sprak je het meest aan?");
  await Promise.all([mentor.waitForURL(/#reacties$/), mentor.click("button >> text=Plaats reactie")]);
  await checkPage(mentor, "dossier-stuk-mentor");
  await mentor.click("text=Loopbaandossier van Lotte Leerling");
  await mentor.click("text=Loopbaangesprek vastleggen");
  await mentor.click("text=Vooruitblik: Wat wil de leerling hierna verkennen of uitproberen?");
  await checkPage(mentor, "gesprek-mentor");
  await mentor.fill("#f-terugblik", "Bezoek aan de haven: veel techniek gezien.");
  await mentor.fill("#f-actie", "Meeloopdag bij de haven regelen\nMet oom praten over zijn werk");
  await Promise.all([mentor.waitForURL(/\/dossier$/), mentor.click("button >> text=Opslaan")]);
  assert.match(await mentor.textContent("main"), /Opgeslagen in het dossier van de leerling/);
  await mentor.context().close();

  await phone.goto(dossier);
  assert.match(await phone.textContent("main"), /Wat je hebt afgesproken\s+Meeloopdag bij de haven regelen/);
  assert.doesNotMatch(await phone.textContent("main"), /Je hebt op .* om een gesprek/, "the gesprek answered the request");
  // The student ticks an agreed action off the to-do list.
  await Promise.all([phone.waitForURL(/#afspraken$/), phone.click("button >> text=Gedaan: Meeloopdag bij de haven regelen")]);
  assert.match(await phone.textContent("main"), /Goed bezig!/);
  assert.match(await phone.textContent("#afspraken + ul"), /Meeloopdag bij de haven regelen \(.*gedaan op/);
  await checkPage(phone, "dossier-afspraak-gedaan");
  await assertFits(phone, "to-do list at 390 px");
  const glance = await phone.$eval(".koers-dossier-glance", (t) => [t.scrollWidth, t.parentElement.clientWidth]);
  assert.ok(glance[0] <= glance[1], `the glance table fits at 390 px without scrolling: ${glance}`);
  await phone.click("text=Bezoek aan de haven van Amsterdam");
  assert.match(await phone.textContent("main"), /Welke technische baan sprak je het meest aan\?/);
  await phone.fill("#f-reactie", "De monteurs op de kraanschepen!");
  await Promise.all([phone.waitForURL(/#reacties$/), phone.click("button >> text=Plaats reactie")]);
  await checkPage(phone, "dossier-stuk-reacties");
  await assertFits(phone, "entry with reactions at 390 px");
  await phone.goto(dossier);
  await phone.click("main a >> text=Mijn keuzes");
  await checkPage(phone, "dossier-keuzes");
  await assertFits(phone, "keuzes at 390 px");
  await phone.goto(dossier);
  await phone.click("main a >> text=Mijn LOB-activiteiten");
  assert.match(await phone.textContent("main"), /Hier zie je aan welke activiteiten van school je meedeed/);
  await checkPage(phone, "dossier-activiteiten");
  await assertFits(phone, "activities at 390 px");
  await phone.goto(dossier);
  await phone.click("main a >> text=downloaden en meenemen");
  await checkPage(phone, "dossier-meenemen");
  await phone.setInputFiles("#bestand", { name: "loopbaandossier.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await phone.click("button >> text=Inlezen in mijn dossier");
  assert.match(await phone.textContent("#bestand-fout"), /geen loopbaandossier uit Koers/);
  await checkPage(phone, "dossier-meenemen-fout");
  await assertFits(phone, "meenemen at 390 px");
  await phone.goto(dossier);
  await phone.click("text=je ziet hier wie het heeft bekeken");
  assert.match(await phone.textContent("main"), /Mohamed Mentor/);
  assert.match(await phone.textContent("main"), /mentor van groep H4A/);
  await checkPage(phone, "dossier-inzage");
  await assertFits(phone, "inzage at 390 px");
  await phone.context().close();
});

test("a leerling shares the dossier with the next school: chooses, reads it first, sends, revokes", async () => {
  const phone = await newPage({ width: 390, height: 800 });
  await signIn(phone, "leerling@demo.koers.nl");
  await phone.click("main a >> text=Mijn loopbaandossier");
  await phone.click("main a >> text=downloaden en meenemen");
  await phone.click("main a >> text=direct met die school delen");
  await phone.click("button >> text=Bekijk wat de school te zien krijgt");
  assert.match(await phone.textContent(".utrecht-alert--error"), /Kies de school waar je naartoe gaat/);
  await checkPage(phone, "delen-fout");
  await phone.selectOption("#naar", { label: "Horizon mbo" });
  await phone.check("input[name=delen][value=ervaring]");
  await phone.check("input[name=delen][value=keuze]");
  await phone.fill("#f-motivatie", "Ik wil de zorg in; dat weet ik sinds de open dag.");
  await Promise.all([phone.waitForURL(/\/dossier\/delen\/\d+$/), phone.click("button >> text=Bekijk wat de school te zien krijgt")]);
  assert.match(await phone.textContent("main"), /precies wat Horizon mbo te zien krijgt[\s\S]*Doorstroomdossier/);
  await checkPage(phone, "delen-voorbeeld");
  await assertFits(phone, "share preview at 390 px");
  await phone.check("#akkoord");
  await phone.click("button >> text=Versturen");
  assert.match(await phone.textContent("main"), /Je dossier is aangeboden/);
  // Horizon mbo's decaan finds the offer, accepts it and reads what Lotte chose to share.
  const mbo = await newPage();
  await signIn(mbo, "decaan.mbo@demo.koers.nl");
  await mbo.click("main a >> text=Gedeelde loopbaandossiers");
  await checkPage(mbo, "gedeeld-ontvangen");
  await mbo.click("main a >> text=Lotte Leerling");
  assert.doesNotMatch(await mbo.textContent("main"), /dat weet ik sinds de open dag/, "nothing to read before accepting");
  await checkPage(mbo, "gedeeld-aanbod");
  await mbo.click("button >> text=Accepteren");
  assert.match(await mbo.textContent("main"), /Ik wil de zorg in; dat weet ik sinds de open dag\./);
  assert.match(await mbo.textContent("main"), /Open dag Horizon mbo/);
  await checkPage(mbo, "gedeeld-geaccepteerd");
  const received = mbo.url();
  await phone.reload();
  assert.match(await phone.textContent("main"), /Horizon mbo/);
  await phone.click("button >> text=Delen intrekken");
  assert.match(await phone.textContent("main"), /Je hebt het delen ingetrokken/);
  await checkPage(phone, "delen-ingetrokken");
  await phone.context().close();
  // Revoked: the mbo reads it no more.
  await mbo.goto(received);
  assert.doesNotMatch(await mbo.textContent("main"), /dat weet ik sinds de open dag/);
  await mbo.context().close();
});

test("the decaan imports the student list: errors shown, corrected, applied, re-imported, undone", async () => {
  const page = await newPage();
  await signIn(page, "decaan@demo.koers.nl");
  await page.click("main a >> text=Leerlingen");
  await checkPage(page, "leerlingen");
  await page.click("text=leerlingen importeren");
  await checkPage(page, "leerlingen-importeren");
  const header = "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;Stamgroep\n";
  const upload = async (rows) => {
    await page.setInputFiles("#bestand", { name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(header + rows, "utf8") });
    await Promise.all([page.waitForURL(/\/importeren\/\d+$/), page.click("button >> text=Bestand controleren")]);
  };
  await upload("900001;Fenna;de;Groot;;31-02-2011;havo;3;H3C\n");
  assert.match(await page.textContent("main"), /1 regel klopt niet/);
  assert.match(await page.textContent("main"), /Let op: \d+ leerlingen die nu op school staan, staan niet in dit bestand/);
  assert.match(await page.textContent("main"), /Geboortedatum “31-02-2011”/);
  assert.equal(await page.$("button >> text=Verwerken"), null);
  await checkPage(page, "leerlingen-controle-fouten");
  await page.click("text=Leerlingen importeren · Veldzicht College");
  await upload("900001;Fenna;de;Groot;fenna@demo.koers.nl;28-02-2011;havo;3;H3C\n");
  assert.match(await page.textContent("main"), /1 nieuw, 0 gewijzigd, \d+ vertrokken/);
  await checkPage(page, "leerlingen-controle");
  // While a long list is applied the page asks how far it is and shows it (the post held back
  // here, and the answer given, so the page stays to be read).
  await page.route("**/voortgang", (route) => route.fulfill({ contentType: "application/json", body: '{"state":"busy","done":6300,"total":10070}' }));
  await page.$eval("form[data-busy]", (form) => { form.addEventListener("submit", (e) => e.preventDefault()); form.requestSubmit(); });
  await page.waitForFunction(() => !document.querySelector("form[data-busy] progress").hidden);
  assert.match(await page.textContent("form[data-busy] .koers-busy"), /Koers verwerkt de lijst .* 62% klaar\./);
  assert.equal(await page.$eval("form[data-busy] progress", (p) => [p.value, p.max].join("/")), "6300/10070");
  await checkPage(page, "leerlingen-verwerken-voortgang");
  await page.unroute("**/voortgang");
  await page.reload();
  // While a long list is applied the page says so, and the button cannot be pressed twice.
  await page.route("**/verwerken", async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  const applied = page.waitForURL(/\/importeren$/);
  const asked = page.waitForResponse(/\/voortgang$/);
  const busy = await page.$eval("form[data-busy]", async (form) => {
    form.querySelector("button[type=submit]").click();
    await new Promise((r) => setTimeout(r, 50));
    return [form.getAttribute("aria-busy"), form.querySelector("button[type=submit]").disabled,
            form.querySelector(".koers-busy").textContent];
  });
  assert.deepEqual(busy.slice(0, 2), ["true", true]);
  assert.match(busy[2], /Koers verwerkt de lijst \(1 nieuw/);
  assert.equal((await asked).status(), 200, "the page asks how far it is");
  await applied;
  await page.unroute("**/verwerken");
  assert.match(await page.textContent("main"), /De leerlingenlijst is verwerkt/);
  // The same list again changes nothing.
  await upload("900001;Fenna;de;Groot;fenna@demo.koers.nl;28-02-2011;havo;3;H3C\n");
  assert.match(await page.textContent("main"), /0 nieuw, 0 gewijzigd, 0 vertrokken, 1 ongewijzigd/);
  await page.click("text=Leerlingen importeren · Veldzicht College");
  await Promise.all([page.waitForURL(/\/importeren$/), page.click("button >> text=Terugdraaien")]);
  assert.match(await page.textContent("main"), /De laatste import is teruggedraaid/);
  await page.click("text=Leerlingen · Veldzicht College");
  assert.doesNotMatch(await page.textContent("main"), /Fenna de Groot/);
  assert.match(await page.textContent("main"), /Lotte Leerling/);
  await page.context().close();
});

test("the decaan imports the staff list: a new mentor for H4B, invited; leavers named first; undone", async () => {
  const page = await newPage();
  await signIn(page, "decaan@demo.koers.nl");
  await page.click("main a >> text=Medewerkers");
  assert.match(await page.textContent("main"), /Mohamed Mentor/);
  await checkPage(page, "medewerkers");
  await page.click("text=medewerkers importeren");
  await checkPage(page, "medewerkers-importeren");
  const header = "Roepnaam;Tussenvoegsel;Achternaam;E-mail;Functie;Team;Mentor van\n";
  const upload = async (rows) => {
    await page.setInputFiles("#bestand", { name: "personeel.csv", mimeType: "text/csv", buffer: Buffer.from(header + rows, "utf8") });
    await Promise.all([page.waitForURL(/\/importeren\/\d+$/), page.click("button >> text=Bestand controleren")]);
  };
  const staff = "Mohamed;;Mentor;mentor@demo.koers.nl;mentor;Bovenbouw havo;H4A\n" +
                "Tamara;;Teamleider;teamleider@demo.koers.nl;teamleider;Bovenbouw havo;\n";
  await upload(staff + "Fleur;van;Dam;fleur@demo.koers.nl;conciërge;;H4B\n");
  assert.match(await page.textContent("main"), /Functie “conciërge” kent Koers niet/);
  assert.equal(await page.$("button >> text=Verwerken"), null);
  await checkPage(page, "medewerkers-controle-fouten");
  await page.click("text=Medewerkers importeren · Veldzicht College");
  await upload(staff + "Fleur;van;Dam;fleur@demo.koers.nl;slb'er;;H4B\n");
  const main = await page.textContent("main");
  assert.match(main, /1 nieuw, \d+ gewijzigd, 1 vertrokken/);
  assert.match(main, /Daan Docent \(docent@demo\.koers\.nl\): Docent/);
  assert.match(main, /U staat zelf niet in dit bestand/);
  await checkPage(page, "medewerkers-controle");
  await Promise.all([page.waitForURL(/\/importeren$/), page.click("button >> text=Verwerken")]);
  assert.match(await page.textContent("main"), /De medewerkerslijst is verwerkt/);
  await page.click("text=Medewerkers · Veldzicht College");
  assert.match(await page.textContent("main"), /Fleur van Dam/);
  assert.doesNotMatch(await page.textContent("main"), /Daan Docent/);
  await page.click("text=medewerkers importeren");
  await Promise.all([page.waitForURL(/\/importeren$/), page.click("button >> text=Terugdraaien")]);
  await page.click("text=Medewerkers · Veldzicht College");
  assert.match(await page.textContent("main"), /Daan Docent/);
  assert.doesNotMatch(await page.textContent("main"), /Fleur van Dam/);
  await page.context().close();
});

test("a parent sees what the age rules allow for each child, and why", async () => {
  // Lotte (16) shares one entry with her parents.
  const lotte = await newPage({ width: 390, height: 800 });
  await signIn(lotte, "leerling@demo.koers.nl");
  await lotte.click("main a >> text=Mijn loopbaandossier");
  await lotte.click("text=Open dag Horizon mbo, verpleegkunde");
  await Promise.all([lotte.waitForURL(/\/dossier\/\d+$/), lotte.click("button >> text=Laat mijn ouders dit lezen")]);
  assert.match(await lotte.textContent("main"), /Je ouders kunnen dit stuk nu lezen/);
  await checkPage(lotte, "dossier-gedeeld-met-ouders");
  await lotte.context().close();

  const page = await newPage({ width: 390, height: 800 });
  await signIn(page, "ouder@demo.koers.nl");
  await page.click("main a >> text=De loopbaanoriëntatie van uw kind");
  await checkPage(page, "ouder-kinderen");
  const children = await page.$$eval("main li a", (as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
  assert.equal(children.length, 2);
  for (const [name, href] of children) {
    await page.goto(env.koers.base + href);
    const text = await page.textContent("main");
    if (name === "Lotte Leerling") assert.match(text, /16 jaar of ouder[\s\S]*Wat uw kind met u deelt[\s\S]*Open dag Horizon mbo/);
    else assert.match(text, /jonger dan 16 jaar[\s\S]*Het dossier in één oogopslag/);
    await checkPage(page, `ouder-${name}`);
    await assertFits(page, `parent page at 390 px (${name})`);
    if (name === "Lotte Leerling") continue;
    // Under 16 a parent may have the dossier erased, after confirming.
    await page.click("main a >> text=Dossier wissen");
    await checkPage(page, "ouder-wissen");
    await page.click("button >> text=Wissen");
    assert.match(await page.textContent("#zeker-fout"), /Vink aan dat u zeker weet/);
    await checkPage(page, "ouder-wissen-fout");
    await assertFits(page, "erase at 390 px");
  }
  await page.context().close();
});

test("a mentor prints activation codes; a leerling without e-mail activates the account on a phone", async () => {
  const mentor = await newPage();
  await signIn(mentor, "mentor@demo.koers.nl");
  await mentor.click("main a >> text=Groepen en loopbaandossiers");
  await mentor.click("text=H4A");
  assert.match(await mentor.textContent("main"), /leerlingen hebben nog geen account/);
  await mentor.click("text=Activeringscodes maken");
  await checkPage(mentor, "activeringscodes");
  // Those without e-mail are ticked already: only a code lets them in.
  const ticked = await mentor.$$eval("input[name=leerling]:checked", (boxes) => boxes.length);
  assert.ok(ticked >= 1, "the students without e-mail are chosen");
  await mentor.click("button >> text=Codes maken");
  assert.match(await mentor.textContent("main"), /Druk deze pagina nu af/);
  await checkPage(mentor, "activeringscodes-blad");
  const code = (await mentor.textContent(".koers-code-slip [data-code]")).trim();
  const name = (await mentor.textContent(".koers-code-slip [data-sign-in]")).trim();
  assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  assert.doesNotMatch(name, /@/);
  await mentor.setViewportSize({ width: 390, height: 800 });
  await assertFits(mentor, "code sheet at 390 px");
  // The mentor records who of H4A took part in an activity of the werkplan; the figures follow.
  const school = new URL(mentor.url()).pathname.match(/^\/scholen\/\d+/)[0];
  await mentor.goto(env.koers.base + school);
  await mentor.click("main a >> text=Deelname aan LOB-activiteiten");
  await checkPage(mentor, "deelname");
  await mentor.click("main a >> text=Meeloopdag in het mbo of hbo");
  await checkPage(mentor, "deelname-activiteit");
  await mentor.click("main a >> text=vastleggen wie meedeed");
  assert.match(await mentor.textContent("h1"), /Wie uit H4A deed mee\?/);
  await checkPage(mentor, "deelname-groep");
  for (const box of (await mentor.$$("input[name=leerling]")).slice(0, 5)) await box.check();
  await Promise.all([mentor.waitForURL(/\/deelname\/\d+$/), mentor.click("button >> text=Opslaan")]);
  assert.match(await mentor.textContent("main"), /De deelname is opgeslagen/);
  assert.match(await mentor.textContent("main"), /havo 4\s+\d+ van \d+ \(\d+%\)/);
  assert.match(await mentor.textContent("main"), /H4A: 5 van \d+/);
  await assertFits(mentor, "participation at 390 px");
  await mentor.context().close();

  const phone = await newPage({ width: 390, height: 800 });
  await phone.goto(env.koers.base + "/inloggen");
  await phone.click("text=Activeer je account");
  await checkPage(phone, "activeren");
  await phone.fill("#code", "ABCD-EFGH-JKLM");
  await phone.fill("#password", "mijn-eigen-wachtwoord");
  await phone.fill("#repeat", "mijn-eigen-wachtwoord");
  await phone.click("button >> text=Account activeren");
  assert.match(await phone.textContent(".utrecht-alert--error"), /Deze code klopt niet/);
  await checkPage(phone, "activeren-fout");
  await assertFits(phone, "activation at 390 px");
  await phone.fill("#code", code.toLowerCase().replaceAll("-", " "));
  await phone.fill("#password", "mijn-eigen-wachtwoord");
  await phone.fill("#repeat", "mijn-eigen-wachtwoord");
  await phone.click("button >> text=Account activeren");
  assert.equal((await phone.textContent(".koers-sign-in-name")).trim(), name);
  await checkPage(phone, "geactiveerd");
  await phone.click("main a >> text=Inloggen");
  await phone.fill("#email", name);
  await phone.fill("#password", "mijn-eigen-wachtwoord");
  await Promise.all([phone.waitForURL(/\/dashboard$/), phone.click("button[type=submit] >> text=Inloggen")]);
  await Promise.all([phone.waitForURL(/\/leerlingen\/\d+\/dossier$/), phone.click("main a >> text=Mijn loopbaandossier")]);
  await phone.context().close();
});

test("axe checked every student page template", () => {
  for (const [re, label] of [[/\/leerlingen\/\d+\/dossier$/, "dossier"], [/\/dossier\/nieuw\/[a-z]+$/, "entry form"],
                             [/\/dossier\/\d+$/, "entry"], [/\/dossier\/inzage$/, "looks"], [/\/dossier\/keuzes$/, "choices"],
                             [/\/dossier\/meenemen$/, "carry"], [/\/ouders\/wissen$/, "erase"], [/\/dossier\/delen$/, "shares"],
                             [/\/dossier\/delen\/\d+$/, "share"], [/\/dossier\/gesprek$/, "talk form"],
                             [/^\/scholen\/\d+\/groepen$/, "groups"], [/^\/scholen\/\d+\/groepen\/\d+$/, "group"],
                             [/^\/scholen\/\d+\/leerlingen$/, "students"], [/\/leerlingen\/importeren$/, "import"],
                             [/\/leerlingen\/importeren\/\d+$/, "import preview"],
                             [/^\/scholen\/\d+\/medewerkers$/, "staff"], [/\/medewerkers\/importeren$/, "staff import"],
                             [/\/medewerkers\/importeren\/\d+$/, "staff preview"],
                             [/\/mijn-kinderen$/, "children"], [/\/leerlingen\/\d+\/ouders$/, "parent page"],
                             [/\/groepen\/\d+\/activeringscodes$/, "activation codes"], [/^\/activeren$/, "activate"],
                             [/\/deelname$/, "participation"], [/\/deelname\/\d+$/, "activity"],
                             [/\/deelname\/\d+\/groepen\/\d+$/, "group participation"], [/\/leerlingen\/\d+\/activiteiten$/, "student activities"]])
    assert.ok([...checked].some((p) => re.test(p)), label);
});
