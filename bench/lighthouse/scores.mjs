// Lighthouse (mobile defaults: simulated slow 4G and a 4x slower CPU) on Koers's public pages in
// Debian's Chromium; prints each page's four category scores, its paint metrics, and the audits
// that cost performance points. Reports only.
//   node scores.mjs BASE_URL PATH...
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const [base, ...paths] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const categories = ["performance", "accessibility", "best-practices", "seo"];
const rows = [];
const notes = [];
try {
  for (const path of paths) {
    const { lhr } = await lighthouse(base + path, { port: chrome.port, logLevel: "error", onlyCategories: categories });
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
    rows.push([path, ...categories.map((c) => Math.round(lhr.categories[c].score * 100)),
               ms("first-contentful-paint"), ms("largest-contentful-paint"), ms("total-blocking-time"),
               (lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)]);
    for (const c of categories)
      for (const ref of lhr.categories[c].auditRefs)
        if (ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 0.9)
          notes.push(`${path} ${c}: ${ref.id} (${lhr.audits[ref.id].displayValue || lhr.audits[ref.id].score})`);
  }
} finally {
  await chrome.kill();
}
const header = ["page", "perf", "a11y", "best", "seo", "FCP ms", "LCP ms", "TBT ms", "CLS"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
for (const r of [header, ...rows]) console.log(r.map((v, i) => String(v).padEnd(widths[i])).join("  "));
if (notes.length) console.log("\nbelow 0.9:\n  " + notes.join("\n  "));
console.log("\ntargets: performance >= 95 on every public page; accessibility, best practices, SEO 100");
