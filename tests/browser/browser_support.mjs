// What the browser journeys share: one Koers process with demo data and Debian's Chromium for
// the file's tests, a fresh page per journey, axe-core on every page (zero violations, no CSP
// errors, lang="nl"), the check that nothing scrolls sideways, and signing in as a demo account.
// KOERS_SCREENSHOTS=<folder> keeps a full-page screenshot of every page checked, to look at
// (ctest does not set it: the screenshots took a fifth of the run).
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { startKoers } from "../e2e/koers_process.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const shots = process.env.KOERS_SCREENSHOTS || "";
if (shots) mkdirSync(shots, { recursive: true });

// A journey file may set env.beforeKoers to an async function that starts what Koers needs first
// and returns the extra arguments of `koers serve` (the federation journey's provider).
export const env = {};
let browser;
before(async () => {
  // A top-level hook starts as it is registered, while the importing file is still being read:
  // one turn later, what that file set on `env` is there.
  await new Promise((resolve) => setImmediate(resolve));
  env.koers = await startKoers(env.beforeKoers ? await env.beforeKoers() : []);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => {
  await browser?.close();
  await env.koers?.stop();
});

export async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "nl-NL" });
  const page = await context.newPage();
  page.cspErrors = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/.test(m.text())) page.cspErrors.push(m.text()); });
  page.on("pageerror", (e) => page.cspErrors.push(String(e)));
  return page;
}

export const checked = new Set();
export async function checkPage(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  const violations = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
  assert.deepEqual(violations, [], `axe on ${label} (${page.url()})`);
  assert.deepEqual(page.cspErrors, [], `CSP or script errors on ${label}`);
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  // A checkbox's label reads beside it, never squeezed into the checkbox's own grid column
  // (a label or paragraph outside .utrecht-form-field__label lands there, a letter a line).
  const squeezed = await page.$$eval(".utrecht-form-field--checkbox label", (labels) => labels
    .filter((l) => {
      const box = l.getBoundingClientRect(), style = getComputedStyle(l);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      return l.offsetParent && box.width < 120 && box.height > 3 * line;  // a narrow column of lines
    })
    .map((l) => l.textContent.trim().slice(0, 40)));
  assert.deepEqual(squeezed, [], `checkbox labels squeezed on ${label}`);
  checked.add(new URL(page.url()).pathname);
  if (shots) await page.screenshot({ path: `${shots}/${label.replace(/[^a-z0-9]+/gi, "_")}.png`, fullPage: true });
}

// The page fits its viewport: nothing scrolls sideways. On failure it names the elements that
// stick out, so the message says what to fix.
export async function assertFits(page, label) {
  await page.evaluate(() => document.fonts.ready);
  const { width, viewport, culprits } = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const sticksOut = (e) => e.getBoundingClientRect().right > viewport + 0.5 ||
      (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible");
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => !e.closest(".utrecht-table-container, .koers-sankey, .koers-visually-hidden") && sticksOut(e) && ![...e.children].some(sticksOut))
      .slice(0, 3).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${(e.textContent || "").trim().slice(0, 40)}`);
    return { width: document.documentElement.scrollWidth, viewport, culprits };
  });
  assert.ok(width <= viewport, `${label} is ${width}px wide at ${viewport}px: ${culprits.join("; ")}`);
}

export async function signIn(page, email) {
  await page.goto(env.koers.base + "/inloggen");
  await page.fill("#email", email);
  await page.fill("#password", "koers-demo-2026");
  // The password form's own button: with federations the page has "Inloggen met ..." buttons too.
  await Promise.all([page.waitForURL(/\/dashboard$/), page.click("form[action='/inloggen'] button[type=submit]")]);
}
