// Benchmark: decisions parsed per second, parsing the five seeds over and over on one core.
// Usage: npm run bench:parse [-- --seconds 5]

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseDecision } from "../src/lib/decision/parse.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, seeds: { type: "string", default: "tests/fixtures/seeds" } } });
const seconds = Number(values.seconds);
const texts = readdirSync(values.seeds)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(values.seeds, f), "utf8"));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length;

// Warm up the JIT before measuring.
for (let i = 0; i < 200; i++) parseDecision(texts[i % texts.length]!);

let parsed = 0;
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  for (const text of texts) parseDecision(text);
  parsed += texts.length;
}
const elapsed = (performance.now() - started) / 1000;
console.log(`parsed ${parsed} decisions (${texts.length} seeds, ${(bytes / 1024).toFixed(1)} KB each on average) in ${elapsed.toFixed(2)} s`);
console.log(`${Math.round(parsed / elapsed)} decisions/s on one core, ${((parsed * bytes) / elapsed / 1e6).toFixed(1)} MB/s`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
