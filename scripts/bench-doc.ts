// Writes docs/benchmarks.md from the figures of `npm run bench -- --json FILE`: one section a run,
// with its command, commit and machine, so the page holds the current figures and nothing else.
// Usage: npm run bench:doc -- FILE.json [FILE.json ...]   (smallest run first)

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The part of the bench's JSON the page shows. */
export interface BenchFigures {
  run: { date: string; command: string; commit: string | null; machine: string };
  decisions: number;
  stages: { name: string; seconds: number; items: number; peakRssMB: number }[];
  pipelineSeconds: number;
  peakRssMB: number;
  report: [string, string][];
}

const INTRO = `# Benchmarks

Written by \`npm run bench:doc\` from the JSON of the runs below; run them again and regenerate
rather than edit. Figures are printed by benchmark scripts, never asserted by tests (a
200-decision run of \`npm run bench\` is part of \`npm test\`, so the script cannot rot). Wall
times on a shared machine vary by 10 % or more from run to run, and more between machines of the
same size (the floor build of 50,000 decisions, a page at a time, took 106 s on 2 cores of an AMD
EPYC and 148 s on 2 of an Intel Xeon): compare figures within a run.

\`npm run bench -- --decisions N\` generates N realistic synthetic statements (\`--seed\`, default
1; recombined from the seeds and corpus by \`scripts/synthetic.ts\`, which reads them by the shape
of a statement described in \`scripts/support/statement-shape.ts\`, not by the parser it measures),
then times ingest, ingest again on unchanged inputs, the framework's floor (a bare Astro page per
decision with the text as props, rendered as many at a time as the site's pages; \`--skip-floor\`
leaves it out), and the site build as \`npm run build\` runs it, its search index included, with
the peak memory of each stage's whole process tree.
\`--rounds N\` builds N times and reports the fastest; every build's index must be the same bytes.
Then it weighs the site and its pages, times every decision's related list and payment line as the
build computes and writes them (once, over all decisions) and weighs the bytes they add to a
decision page, and (unless \`--skip-browser\`) measures the search in Debian Chromium
(\`scripts/bench-search.ts\`): the bytes the server sends for a reader's session and for first
searches from a cold cache, newest decisions first and over every decision, with the time from
opening the page to their results (unthrottled, so mostly the browser's work), and the time from
the last key to the results when a query is typed on Chrome's "Regular 4G" profile. Last, a night's
update: 20 new statements dated the day after the newest, and 5 of the newest 100 changed (a
statement is corrected soon after it is published, if ever), ingested and built over the measured
build with its cache, as the deploy workflow does; then the same decisions built into an empty
folder, and the two sites compared file by file (the bench fails if they differ). \`--json FILE\`
writes the figures this page is made from; \`--keep\` keeps the work folder; \`--max-rss-mb\` stops
a stage whose processes pass it, and \`--max-stage-seconds\` (default 3600) one still running after
it, each failing the run; Ctrl-C stops every stage and removes the work folder (unless kept).
\`npm run bench:parse\` times the parser alone.
`;

const cell = (text: string) => text.replaceAll("|", "\\|");
const thousands = (n: number) => n.toLocaleString("en-GB");

/** One run's section: how it was run, its stages, and the report's rows. */
export function runSection(f: BenchFigures): string {
  const stages = f.stages.map(
    (s) => `| ${cell(s.name)} | ${s.seconds.toFixed(1)} | ${(s.items / s.seconds).toFixed(0)} | ${s.peakRssMB.toFixed(0)} |`,
  );
  const pipeline = `| ingest + build + index | ${f.pipelineSeconds.toFixed(1)} | ${(f.decisions / f.pipelineSeconds).toFixed(0)} | ${f.peakRssMB.toFixed(0)} |`;
  return [
    `## ${thousands(f.decisions)} decisions`,
    "",
    `Measured on ${f.run.date}${f.run.commit ? ` at ${f.run.commit}` : ""}, on ${f.run.machine}:`,
    "",
    "```sh",
    f.run.command,
    "```",
    "",
    "| stage | wall s | decisions/s | peak RSS MB |",
    "| --- | ---: | ---: | ---: |",
    ...stages,
    pipeline,
    "",
    "| figure | value |",
    "| --- | --- |",
    ...f.report.map(([label, value]) => `| ${cell(label.trim())} | ${cell(value)} |`),
  ].join("\n");
}

export function benchmarksPage(runs: readonly BenchFigures[]): string {
  return `${[INTRO, ...runs.map(runSection)].join("\n")}\n`;
}

function main(files: string[]): number {
  if (files.length === 0) {
    console.error("bench:doc: name the JSON files of the runs (npm run bench -- --json FILE), smallest first");
    return 2;
  }
  const runs: BenchFigures[] = [];
  for (const file of files) {
    try {
      runs.push(JSON.parse(readFileSync(file, "utf8")) as BenchFigures);
    } catch (error) {
      console.error(`bench:doc: ${file}: ${(error as Error).message}; expected the JSON npm run bench -- --json FILE writes`);
      return 2;
    }
  }
  const out = path.resolve(import.meta.dirname, "../docs/benchmarks.md");
  writeFileSync(out, benchmarksPage(runs));
  console.log(`wrote ${path.relative(process.cwd(), out)} from ${files.length} run(s)`);
  return 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
