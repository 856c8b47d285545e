// bench/doorstroom's outside reference: DuckDB (in memory, from npm) reads the same national file
// and adds up the country's figures with the same GROUP BY the bench runs on SQLite and
// PostgreSQL. Prints its import time and p50/p99 of the query, and the ratio of Koers's figures
// (their p50, passed in from the C++ bench's output) to DuckDB's query.
//   node duckdb.mjs <file.csv> <rounds> [koers-figures-p50-ms...]
import { DuckDBInstance } from "@duckdb/node-api";

const [file, roundsText, ...koers] = process.argv.slice(2);
const rounds = Number(roundsText || 200);
const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
let t0 = performance.now();
await db.run(`CREATE TABLE doorstroom_flows AS SELECT brin, onderwijstype, jaar AS year,
  bestemming AS destination, TRY_CAST(aantal AS BIGINT) AS leavers,
  TRY_CAST(na_een_jaar AS BIGINT) AS stayed
  FROM read_csv('${file.replace(/'/g, "''")}', delim = ';', header = true, all_varchar = true)`);
const importMs = performance.now() - t0;
const query = `SELECT year, onderwijstype, destination, SUM(leavers) AS n,
  SUM(CASE WHEN leavers IS NULL THEN 1 ELSE 0 END) AS hidden FROM doorstroom_flows
  GROUP BY year, onderwijstype, destination`;
const times = [];
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  const rows = (await db.runAndReadAll(query)).getRows();
  times.push(performance.now() - t0);
  if (rows.length === 0) throw new Error("DuckDB added up nothing");
}
times.sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`DuckDB ${(await (await db.runAndReadAll("SELECT version()")).getRows())[0][0]} (in memory):`);
console.log(`  import ${importMs.toFixed(0)} ms; the country added up: p50 ${p(0.5).toFixed(3)} ms, p99 ${p(0.99).toFixed(3)} ms`);
for (const entry of koers) {
  const [label, ms] = entry.split("=");
  console.log(`  Koers's figures alone (${label}) p50 ${ms} ms: ${(Number(ms) / p(0.5)).toFixed(4)} of DuckDB's query`);
}
