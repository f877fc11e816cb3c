// Benchmark: decisions parsed per CPU second on one core, from the five seeds' texts over and over,
// then from the same seeds as decision pages (.html, rendered in each markup variant by the test
// server's renderer) read through htmlToText, as `npm run ingest -- archive/` reads them.
// Usage: npm run bench:parse [-- --seconds 10]  (rounds of one CPU second for each kind)

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseDecisionPage } from "../src/lib/decision/html.ts";
import { parseDecision } from "../src/lib/decision/parse.ts";
import { renderDecisionPage, VARIANTS } from "./support/decision-page.ts";

const { values } = (() => {
  try {
    return parseArgs({
      options: { seconds: { type: "string", default: "10" }, seeds: { type: "string", default: "tests/fixtures/seeds" } },
    });
  } catch (error) {
    console.error(`bench:parse: ${(error as Error).message}; usage: npm run bench:parse [-- --seconds N] [--seeds DIR]`);
    process.exit(2);
  }
})();
const seconds = Number(values.seconds);
const texts = readdirSync(values.seeds)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(values.seeds, f), "utf8"));
const pages = texts.flatMap((text) => VARIANTS.map((variant) => renderDecisionPage(text, variant, undefined)));
const title = "Listed Council (21 018 990)";

interface Kind {
  label: string;
  inputs: readonly string[];
  parse: (input: string) => unknown;
  rates: number[];
}

const kinds: Kind[] = [
  { label: ".txt ", inputs: texts, parse: (t) => parseDecision(t), rates: [] },
  // The bare variant has no title of its own: the manifest's would stand in, as here.
  { label: ".html", inputs: pages, parse: (p) => parseDecisionPage(p, "page.html", { title }), rates: [] },
];

// Warm up the JIT, then measure the two in alternating one-second rounds of this process's CPU
// time, so that other work on a busy machine slows neither; the median round is reported.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
for (const kind of kinds) for (let i = 0; i < 200; i++) kind.parse(kind.inputs[i % kind.inputs.length]!);
for (let round = 0; round < seconds; round++) {
  for (const kind of kinds) {
    let parsed = 0;
    const started = process.cpuUsage();
    while (cpuSeconds(started) < 1) {
      for (const input of kind.inputs) kind.parse(input);
      parsed += kind.inputs.length;
    }
    kind.rates.push(parsed / cpuSeconds(started));
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
for (const kind of kinds) {
  const bytes = kind.inputs.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / kind.inputs.length;
  const rate = median(kind.rates);
  console.log(
    `${kind.label}: ${Math.round(rate)} decisions/s a CPU second (median of ${seconds} rounds, ${Math.round(Math.min(...kind.rates))} to ${Math.round(Math.max(...kind.rates))}), ${(bytes / 1024).toFixed(1)} KB each on average, ${((rate * bytes) / 1e6).toFixed(1)} MB/s`,
  );
}
const [text, html] = kinds.map((k) => median(k.rates)) as [number, number];
console.log(`.html pages are read at ${(html / text).toFixed(2)} of the .txt rate (${(text / html).toFixed(2)}x the time per decision)`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
