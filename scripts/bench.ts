// Archive-scale benchmark: N synthetic decisions through ingest, site build and Pagefind, as
// `npm run build` runs them, with wall time, throughput and peak memory per stage, the size of
// what a browser downloads to search, page weights, and the same N pages through a bare Astro
// page (the framework's floor). The build's index (src/integrations/pagefind.ts) is timed from its
// own log line, and split from the build's peak memory at the line it starts with. On a machine
// others share, --rounds N builds N times and reports the fastest; every build's index must be the
// same bytes.
// Usage: npm run bench -- --decisions N [--seed S] [--keep] [--skip-floor] [--skip-browser] [--rounds N] [--window WxH] [--json FILE]
//                          [--max-rss-mb M] [--max-stage-seconds S]
//        npm run bench -- --search-only DIST [--window WxH]   (the browser figures of a site built before)
// A stage whose process group passes --max-rss-mb (default 16000) is stopped, so a run too big for
// the machine fails alone instead of pushing everything else on it out of memory; so is a stage
// still running after --max-stage-seconds (default 3600, several times a 50,000-decision build's).

import { execFileSync, spawn, type ChildProcessByStdio } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { countOf } from "../src/lib/count-words.ts";
import { isBundleDir } from "../src/lib/search-shards.ts";
import { WINDOW, measureSearch, type SearchFigures, type Window } from "./bench-search.ts";
import { sectionTimes } from "./support/astro-log.ts";
import { buildPool, generateDecision, generateDecisions, type Pool } from "./synthetic.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Real statements the synthetic archive is recombined from: the seeds and the corpus. */
const FIXTURES = path.join(ROOT, "tests/fixtures");
const BIN = (name: string) => path.join(ROOT, "node_modules/.bin", name);
/** Where each run's work folder is made. */
const WORK_ROOT = path.join(ROOT, "node_modules/.cache");
/**
 * The Node options package.json's "build" runs Astro with (a larger young generation, so fewer
 * collections of each page's short-lived garbage). Every build the bench times is given them, the
 * floor's too, so the two compare the same Node.
 */
const BUILD_SCRIPT = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
const BUILD_NODE_OPTIONS = /NODE_OPTIONS="([^"$]*)/.exec(BUILD_SCRIPT)?.[1]?.trim() ?? "";
/**
 * How many pages the site's build renders at a time (astro.config.mjs "build.concurrency", Astro's
 * default 1 without it): the floor renders as many, so the two compare the same way of writing.
 */
const SITE_CONCURRENCY = Number(/\bconcurrency: (\d+)/.exec(readFileSync(path.join(ROOT, "astro.config.mjs"), "utf8"))?.[1] ?? 1);
/** The environment's Node options with the build's. */
const withBuildOptions = (env: NodeJS.ProcessEnv, more = "") => [env["NODE_OPTIONS"] ?? "", BUILD_NODE_OPTIONS, more].join(" ").trim();
const MB = 1024 * 1024;

interface Stage {
  name: string;
  seconds: number;
  items: number;
  peakRssMB: number;
  output: string;
  /** With `mark`: the peak before the first output line matching it, and the peak from then on. */
  peakBeforeMarkMB?: number;
  peakFromMarkMB?: number;
}

// ---------------------------------------------------------------------------------------------
// Running a stage: wall time, and the peak of the summed RSS of the child's whole process group,
// sampled from /proc every 200 ms (/usr/bin/time -v reports one process's peak, not the tree's).

function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      total += Number(fields[21]) * 4096;
    } catch {
      // The process ended between readdir and read.
    }
  }
  return total;
}

let maxRssBytes = 16_000 * MB;
let maxStageSeconds = 3600;

/** What is seen of a running stage: its output, and the peaks of its process group's RSS. */
interface Watched {
  output: string;
  peak: number;
  /** The peak when the first output line matching the stage's mark arrived, and the peak from then on. */
  beforeMark: number | undefined;
  fromMark: number;
  /** Killed for passing --max-rss-mb. */
  stopped: boolean;
  /** Killed for running past --max-stage-seconds. */
  overran: boolean;
}

/**
 * Collects a child's output and samples its group's RSS until `stop`, killing the group once it
 * passes --max-rss-mb or runs past --max-stage-seconds.
 */
function watch(child: ChildProcessByStdio<null, Readable, Readable>, mark: RegExp | undefined): { seen: Watched; stop: () => void } {
  const seen: Watched = { output: "", peak: 0, beforeMark: undefined, fromMark: 0, stopped: false, overran: false };
  const collect = (d: Buffer) => {
    seen.output += d.toString();
    if (mark && seen.beforeMark === undefined && mark.test(seen.output)) seen.beforeMark = seen.peak;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const sample = () => {
    const rss = groupRss(child.pid!);
    seen.peak = Math.max(seen.peak, rss);
    if (seen.beforeMark !== undefined) seen.fromMark = Math.max(seen.fromMark, rss);
    if (seen.peak > maxRssBytes && !seen.stopped) {
      seen.stopped = true;
      process.kill(-child.pid!, "SIGKILL");
    }
  };
  const timer = setInterval(sample, 200);
  // A timer waits about 24.8 days at most.
  const deadline = setTimeout(
    () => {
      seen.overran = true;
      process.kill(-child.pid!, "SIGKILL");
    },
    Math.min(maxStageSeconds * 1000, 2 ** 31 - 1),
  );
  sample();
  return {
    seen,
    stop: () => {
      clearInterval(timer);
      clearTimeout(deadline);
    },
  };
}

/** Why a finished stage failed, with the end of its output when it exited badly; null if it did not. */
function stageFailure(name: string, command: string, args: string[], code: number | null, seconds: number, seen: Watched): Error | null {
  if (seen.overran)
    return new Error(
      `${name} stopped after ${seconds.toFixed(0)} s: it ran past --max-stage-seconds ${maxStageSeconds}; give a larger bound for a larger archive or a slower machine`,
    );
  if (seen.stopped)
    return new Error(
      `${name} stopped after ${seconds.toFixed(0)} s: its processes passed --max-rss-mb ${(maxRssBytes / MB).toFixed(0)} (peak ${(seen.peak / MB).toFixed(0)} MB)`,
    );
  if (code !== 0)
    return new Error(
      `${name} failed (exit ${code}) after ${seconds.toFixed(0)} s, peak ${(seen.peak / MB).toFixed(0)} MB: ${command} ${args.join(" ")}\n${seen.output.slice(-4000)}`,
    );
  return null;
}

/** The process group of each stage running now: an interrupted bench stops them all. */
const running = new Set<number>();

/** On Ctrl-C or SIGTERM: stops the running stages' process groups, runs `cleanup`, and exits 130 or 143. */
function stopOnInterrupt(cleanup: () => void): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      for (const pid of running) {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // Its group has already gone.
        }
      }
      console.error(`bench: interrupted (${signal}); every stage it started is stopped`);
      cleanup();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
}

function run(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; items: number; mark?: RegExp },
): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) running.add(child.pid);
    const { seen, stop } = watch(child, options.mark);
    child.on("error", reject);
    child.on("close", (code) => {
      if (child.pid !== undefined) running.delete(child.pid);
      stop();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const failure = stageFailure(name, command, args, code, seconds, seen);
      if (failure) {
        reject(failure);
        return;
      }
      const marked =
        options.mark && seen.beforeMark !== undefined ? { peakBeforeMarkMB: seen.beforeMark / MB, peakFromMarkMB: seen.fromMark / MB } : {};
      resolve({ name, seconds, items: options.items, peakRssMB: seen.peak / MB, output: seen.output, ...marked });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Sizes.

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((n) => path.join(dir, n))
    .filter((f) => statSync(f).isFile());
}

function dirSize(dir: string): { bytes: number; files: number } {
  const files = walk(dir);
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

/** Gzipped weight of a built page: its HTML plus the stylesheets and scripts it links. */
function pageWeight(
  dist: string,
  htmlFile: string,
  text: string | null,
): { html: number; assets: number; total: number; withoutText: number } {
  const html = readFileSync(htmlFile, "utf8");
  const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length;
  const assets = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<script[^>]+src="([^"]+)"/g)) assets.add((m[1] ?? m[2])!);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)|from"([^"]+\.js)"/g)) assets.add((m[1] ?? m[2])!);
  let assetBytes = 0;
  for (const href of assets) {
    const file = path.join(dist, href.replace(/^\//, "").split("?")[0]!);
    if (existsSync(file)) assetBytes += gz(readFileSync(file));
  }
  const htmlGz = gz(html);
  // The decision's own text is what remains when the page's chrome is weighed without it.
  const withoutText =
    text !== null && html.includes(text) ? gz(html.replace(text, "")) + assetBytes : htmlGz + assetBytes - (text ? gz(text) : 0);
  return { html: htmlGz, assets: assetBytes, total: htmlGz + assetBytes, withoutText };
}

// ---------------------------------------------------------------------------------------------
// The floor: the same decision files through one bare Astro page.

const FLOOR_PAGE = `---
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

export function getStaticPaths() {
  const dir = process.env.DECISIONS_DIR;
  const md = new MarkdownIt();
  return fs.readdirSync(dir).filter((n) => n.endsWith(".md")).map((name) => {
    const { data, content } = matter(fs.readFileSync(path.join(dir, name), "utf8"));
    return { params: { slug: data.slug }, props: { title: data.council + " (" + data.reference + ")", html: md.render(content) } };
  });
}
const { title, html } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main><h1>{title}</h1><div set:html={html} /></main></body></html>
`;

function writeFloorProject(dir: string): void {
  mkdirSync(path.join(dir, "src/pages"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "floor", private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "astro.config.mjs"),
    `export default { output: "static", outDir: process.env.OUT_DIR, cacheDir: process.env.CACHE_DIR, build: { format: "directory", concurrency: ${SITE_CONCURRENCY} } };\n`,
  );
  writeFileSync(path.join(dir, "src/pages/[slug].astro"), FLOOR_PAGE);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
}

// ---------------------------------------------------------------------------------------------

interface IndexLine {
  indexed: number;
  shards: number;
  jobs: number;
  seconds: number;
}

/** The numbers of the index's log line (src/integrations/pagefind.ts), from a build's output. */
function indexLine(output: string): IndexLine {
  const m = /Indexed (\d+) pages? of \d+ HTML files in (\d+) shard\(s\), (\d+) at a time, in ([\d.]+) s/.exec(
    output.replace(/\x1b\[[0-9;]*m/g, ""),
  );
  if (!m) throw new Error(`no index line in the output:\n${output.slice(-2000)}`);
  return { indexed: Number(m[1]), shards: Number(m[2]), jobs: Number(m[3]), seconds: Number(m[4]) };
}

/** The index's bundle directories in a site: pagefind, pagefind-1, ... */
const bundlesOf = (dist: string) => readdirSync(dist).filter(isBundleDir).sort();

/** One hash of every file of the index's bundles, names and bytes. */
function hashIndex(dist: string): string {
  const hash = createHash("sha256");
  for (const bundle of bundlesOf(dist)) {
    for (const file of walk(path.join(dist, bundle)).sort()) hash.update(`${path.relative(dist, file)}\0`).update(readFileSync(file));
  }
  return hash.digest("hex");
}

function readTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => readFileSync(path.join(dir, n), "utf8"));
}

const pad = (s: string, w: number) => s.padEnd(w);
const lpad = (s: string, w: number) => s.padStart(w);

function printStages(stages: readonly Stage[]): void {
  console.log(`\n${pad("stage", 30)}${lpad("wall s", 10)}${lpad("decisions/s", 14)}${lpad("peak RSS MB", 14)}`);
  for (const s of stages)
    console.log(
      `${pad(s.name, 30)}${lpad(s.seconds.toFixed(1), 10)}${lpad((s.items / s.seconds).toFixed(0), 14)}${lpad(s.peakRssMB.toFixed(0), 14)}`,
    );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const searchWords = (rare: string | undefined): SearchFigures["words"] => ({
  common: "council tax",
  second: "social worker assessment",
  rare: rare ?? "bailiffs",
});

/** The search figures as report rows: each first search newest-first beside the same over every decision. */
function searchRows(search: SearchFigures, rareIn: number, n: number): [string, string][] {
  const { session, cold, words, throttled } = search;
  const step = (s: { bytes: number; requests: number; status: string }) => `${kb(s.bytes)} in ${s.requests} requests: ${s.status}`;
  const timed = (s: { bytes: number; requests: number; status: string; ms: number }) =>
    `${kb(s.bytes)} in ${s.requests} requests, results ${(s.ms / 1000).toFixed(2)} s after opening the page: ${s.status}`;
  const kinds = (s: { byKind: Record<string, number> }) =>
    Object.entries(s.byKind)
      .sort((a, b) => b[1] - a[1])
      .map(([k, b]) => `${k} ${kb(b)}`)
      .join(", ");
  return [
    ["search page load (sent, gzip)", `${step(session.pageLoad)} (a ${search.window.width}×${search.window.height} window)`],
    [`first search "${words.common}"`, step(session.firstSearch)],
    [`second search "${words.second}"`, step(session.secondSearch)],
    ["filter change (outcome, newest year)", step(session.filterChange)],
    ["  then its page of results scrolled through", step(session.scrolled)],
    [`cold: load + "${words.common}", newest first`, timed(cold.common)],
    [`cold: load + "${words.common}", every decision`, timed(cold.commonAll)],
    [`cold: load + "${words.rare}" (in ${rareIn} of ${n}), newest first`, timed(cold.rare)],
    [`cold: load + "${words.rare}", every decision`, timed(cold.rareAll)],
    [`  by kind, "${words.common}" newest first`, kinds(cold.common)],
    [`  by kind, "${words.common}" all`, kinds(cold.commonAll)],
    [
      `typed "${words.common}", ${throttled.profile}`,
      `results ${(throttled.afterTypingMs / 1000).toFixed(2)} s after the last key (${(throttled.fromNavigationMs / 1000).toFixed(2)} s from opening the page): ${throttled.status}`,
    ],
    [`  sent for it, typed key by key`, `${kb(throttled.bytes)} in ${throttled.requests} requests (page load and search)`],
  ];
}
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const lastLine = (output: string) => output.trim().split("\n").at(-1);

// ---------------------------------------------------------------------------------------------
// One run of the bench.

function parseOptions() {
  return parseArgs({
    options: {
      decisions: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "skip-floor": { type: "boolean", default: false },
      "skip-browser": { type: "boolean", default: false },
      json: { type: "string" },
      "max-rss-mb": { type: "string", default: "16000" },
      "max-stage-seconds": { type: "string", default: "3600" },
      "search-only": { type: "string" },
      rounds: { type: "string", default: "1" },
      "rare-word": { type: "string", default: "bailiffs" },
      window: { type: "string", default: `${WINDOW.width}x${WINDOW.height}` },
    },
  }).values;
}

/** The command line, checked; `n` is --decisions. */
interface Options {
  n: number;
  seed: number;
  rounds: number;
  rareWord: string;
  window: Window;
  keep: boolean;
  skipFloor: boolean;
  skipBrowser: boolean;
  json: string | undefined;
}

/** An option's value as a number greater than 0. */
function positive(option: string, value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new Error(`${option} expects a number greater than 0, found '${value}'`);
  return n;
}

/** --window WIDTHxHEIGHT, in CSS pixels. */
function windowOption(value: string): Window {
  const m = /^(\d+)x(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 200 || Number(m[2]) < 200)
    throw new Error(`--window expects WIDTHxHEIGHT in pixels, such as 1280x720, found '${value}'`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

function checkOptions(values: ReturnType<typeof parseOptions>): Options {
  const n = Number(values.decisions);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--decisions expects a positive whole number, found '${values.decisions}'`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds expects a positive whole number, found '${values.rounds}'`);
  return {
    n,
    seed,
    rounds,
    rareWord: values["rare-word"],
    window: windowOption(values.window),
    keep: values.keep,
    skipFloor: values["skip-floor"],
    skipBrowser: values["skip-browser"],
    json: values.json,
  };
}

/** A run's options, its directories (all under `work`, removed at the end unless --keep), and its stages so far. */
interface Bench extends Options {
  work: string;
  raw: string;
  decisions: string;
  dist: string;
  /** The environment of the site's build (package.json "build"), for the build and every index run; each build sets its own OUT_DIR and CACHE_DIR (astroBuild). */
  env: NodeJS.ProcessEnv;
  /** Pushed as they finish, so a failure still prints what ran before it. */
  stages: Stage[];
}

function startBench(options: Options): Bench {
  // Inside the project: with an output folder outside it, Astro stages each build in <project>/.astro,
  // which a build run beside the bench (the test suite's) would share.
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = mkdtempSync(path.join(WORK_ROOT, "casebook-bench-"));
  const raw = path.join(work, "raw");
  const decisions = path.join(work, "decisions");
  const dist = path.join(work, "dist");
  mkdirSync(raw);
  const env = {
    ...process.env,
    DECISIONS_DIR: decisions,
    OUT_DIR: dist,
    SITE_URL: "https://casebook.example",
    BASE_PATH: "/",
  };
  return { ...options, work, raw, decisions, dist, env, stages: [] };
}

interface Generated {
  stage: Stage;
  rawBytes: number;
  /** How many decisions hold the rare word the search is measured with. */
  rareIn: number;
  /** The statements the texts are recombined from, for the update's new decisions. */
  pool: Pool;
  /** Each raw text's file name and decision date (ms since 1970), newest first. */
  byDate: { file: string; date: number }[];
}

/** Writes n synthetic raw texts, recombined from the real statements. */
function generateTexts(bench: Bench): Generated {
  const t0 = process.hrtime.bigint();
  const pool = buildPool(
    [...readTexts(path.join(FIXTURES, "seeds")), ...readTexts(path.join(FIXTURES, "corpus/statements"))],
    readFileSync(path.join(FIXTURES, "corpus/labels.tsv"), "utf8"),
  );
  let rawBytes = 0;
  const rare = new RegExp(`\\b${bench.rareWord}\\b`, "i");
  let rareIn = 0;
  const byDate: Generated["byDate"] = [];
  for (const d of generateDecisions(pool, bench.n, bench.seed)) {
    const file = `${d.reference.replaceAll(" ", "-")}.txt`;
    writeFileSync(path.join(bench.raw, file), d.text);
    byDate.push({ file, date: printedDate(d.decisionDate) });
    rawBytes += Buffer.byteLength(d.text);
    if (rare.test(d.text)) rareIn++;
  }
  byDate.sort((a, b) => b.date - a.date || (a.file < b.file ? -1 : 1));
  const stage: Stage = {
    name: "generate raw texts",
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    items: bench.n,
    peakRssMB: process.memoryUsage().rss / MB,
    output: "",
  };
  console.log(`generated ${bench.n} raw texts (${mb(rawBytes)}, mean ${kb(rawBytes / bench.n)}) in ${stage.seconds.toFixed(1)} s`);
  return { stage, rawBytes, rareIn, pool, byDate };
}

/** A synthetic statement's printed date ("06 Sep 2022") in ms since 1970. */
const printedDate = (printed: string): number => Date.parse(`${printed} UTC`);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as a synthetic statement prints it: "06 Sep 2022". */
function printDate(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Ingests the raw texts, then again on unchanged inputs. */
async function ingestTwice(bench: Bench): Promise<{ ingest: Stage; reingest: Stage }> {
  const args = ["scripts/ingest.ts", "--out", bench.decisions, bench.raw];
  const ingest = await run("ingest", BIN("tsx"), args, { items: bench.n });
  const reingest = await run("ingest again (unchanged)", BIN("tsx"), args, { items: bench.n });
  console.log(`ingest: ${lastLine(ingest.output)}\ningest again: ${lastLine(reingest.output)}`);
  return { ingest, reingest };
}

/** The same decision files through one bare Astro page. */
function buildFloor(bench: Bench, items: number): Promise<Stage> {
  const floorDir = path.join(bench.work, "floor");
  writeFloorProject(floorDir);
  return run("floor: bare Astro page", BIN("astro"), ["build"], {
    cwd: floorDir,
    // Inside the project, so its built chunks resolve packages through its node_modules link. The
    // bare page renders every decision's text in getStaticPaths, all held at once: past about
    // 40,000 decisions that passes Node's default heap, so the floor is given 8 GB of it.
    env: {
      ...process.env,
      DECISIONS_DIR: bench.decisions,
      OUT_DIR: path.join(floorDir, "dist"),
      CACHE_DIR: path.join(floorDir, "cache"),
      NODE_OPTIONS: withBuildOptions(process.env, "--max-old-space-size=8192"),
    },
    items,
  });
}

/** One `astro build` of the bench's decisions: the site it wrote, its stage, and its index's log line. */
interface Build {
  dist: string;
  stage: Stage;
  index: IndexLine;
}

/**
 * `astro build` of the bench's decisions into `dist`, as package.json "build" runs it, with its own
 * cache (each build starts cold, as a fresh checkout's does); its peak memory is split at the line
 * the index starts with.
 */
async function astroBuild(bench: Bench, name: string, items: number): Promise<Build> {
  const dist = path.join(bench.work, name);
  const env = { ...bench.env, OUT_DIR: dist, CACHE_DIR: path.join(bench.work, `cache-${name}`), NODE_OPTIONS: withBuildOptions(bench.env) };
  const stage = await run("astro build", BIN("astro"), ["build"], { env, items, mark: /\[casebook:pagefind\] Indexing/ });
  return { dist, stage, index: indexLine(stage.output) };
}

/** A build's time without its index: the index is the build's last step. */
const withoutIndex = (b: Build) => b.stage.seconds - b.index.seconds;

interface Rounds {
  /** The hash of the first build's index, which every build after it must write again. */
  sha256: string;
  /** The builds, the first into bench.dist. */
  builds: Build[];
}

/**
 * The builds, `bench.rounds` of them. Nothing is deleted until the bench ends: on this machine's
 * disk (ext4 without a journal), a file created within minutes of many deleted ones costs a scan
 * past every one of them, which would slow whichever build came next.
 */
async function buildRounds(bench: Bench, items: number): Promise<Rounds> {
  const rounds: Rounds = { sha256: "", builds: [] };
  for (let round = 0; round < bench.rounds; round++) {
    // The first build's site is bench.dist, the one measured for sizes and searched in the browser.
    const build = await astroBuild(bench, round === 0 ? path.basename(bench.dist) : `dist-${round}`, items);
    rounds.builds.push(build);
    if (round === 0) rounds.sha256 = hashIndex(build.dist);
    else if (hashIndex(build.dist) !== rounds.sha256) throw new Error(`the index of build ${round + 1} differs from the first build's`);
  }
  return rounds;
}

// ---------------------------------------------------------------------------------------------
// A night's update: new and changed statements ingested, and the site built again over the last
// build's output, then checked against a build of the same decisions into an empty folder.

/** Decisions a night adds, and statements it changes. */
const UPDATE_NEW = 20;
const UPDATE_CHANGED = 5;
/** The changed statements are among this many newest: a statement is corrected soon after it is published. */
const CHANGED_AMONG = 100;

interface Update {
  ingest: Stage;
  build: Build;
  /** The same decisions built into an empty folder. */
  full: Build;
  /** What the page cache said it rendered again and kept of the decision pages and the export row files, and what the index said. */
  pages: { rendered: number; kept: number };
  rows: { rendered: number; kept: number };
  /** The same of the pages of lists: of every decision, and of each facet value. */
  lists: { rendered: number; kept: number };
  /** The same of the pages of the list of every decision. */
  decisionLists: { rendered: number; kept: number };
  shards: string;
  /** Files of the full build, and those that differ from the update's (missing, extra or other bytes). */
  compared: number;
  differing: string[];
}

/** Writes the night's raw texts: UPDATE_NEW new decisions dated the day after the newest, and UPDATE_CHANGED of the newest changed. */
function writeNight(bench: Bench, generated: Generated): void {
  const date = printDate(generated.byDate[0]!.date + 86_400_000);
  for (let k = 0; k < UPDATE_NEW; k++) {
    const d = generateDecision(generated.pool, bench.n + k, bench.seed);
    const dated = d.text.replace(`Decision date : ${d.decisionDate}`, `Decision date : ${date}`);
    if (dated === d.text) throw new Error(`synthetic decision ${d.reference} has no "Decision date : ${d.decisionDate}" line to change`);
    writeFileSync(path.join(bench.raw, `${d.reference.replaceAll(" ", "-")}.txt`), dated);
  }
  const among = generated.byDate.slice(0, Math.min(CHANGED_AMONG, generated.byDate.length));
  for (let k = 0; k < UPDATE_CHANGED && k < among.length; k++) {
    const { file } = among[Math.floor((k * among.length) / UPDATE_CHANGED)]!;
    const text = readFileSync(path.join(bench.raw, file), "utf8");
    const changed = text.replace(/\bthe Council\b/, "the Council itself");
    if (changed === text) throw new Error(`${file}: no "the Council" to change`);
    writeFileSync(path.join(bench.raw, file), changed);
  }
}

/** The files of two built sites that differ: in one only, or with other bytes. */
function differingFiles(a: string, b: string): { compared: number; differing: string[] } {
  const list = (dir: string) => walk(dir).map((f) => path.relative(dir, f));
  const inA = new Set(list(a));
  const inB = list(b);
  const inSetB = new Set(inB);
  const differing = inB.filter((f) => !inA.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  const onlyInA = [...inA].filter((f) => !inSetB.has(f));
  return { compared: inB.length, differing: [...differing, ...onlyInA].sort() };
}

/** What the build's log calls the pages of its lists (src/site/site-data.ts). */
const LIST_ROUTES = ["decision list pages", "category pages", "subcategory pages", "council pages", "outcome pages", "year pages"] as const;

/** The night's update over the measured build, timed, and compared with a build of the same decisions into an empty folder. */
async function measureUpdate(bench: Bench, generated: Generated): Promise<Update> {
  writeNight(bench, generated);
  const items = bench.n + UPDATE_NEW;
  const ingest = await run("update: ingest", BIN("tsx"), ["scripts/ingest.ts", "--out", bench.decisions, bench.raw], { items });
  // Over the first build's output, with its cache: as a deploy that keeps both between nights.
  const build = await astroBuild(bench, path.basename(bench.dist), items);
  const full = await astroBuild(bench, "dist-full", items);
  const plain = build.stage.output.replace(/\x1b\[[0-9;]*m/g, "");
  const counts = (files: string) => {
    const said = new RegExp(`(\\d+) ${files} rendered, (\\d+) kept`).exec(plain);
    return { rendered: Number(said?.[1] ?? NaN), kept: Number(said?.[2] ?? NaN) };
  };
  const cacheLine = /\[casebook:page-cache\] (.*kept.*)$/m.exec(plain)?.[1] ?? "no page cache line";
  const shards = /\[casebook:pagefind\] (.*kept.*)$/m.exec(plain)?.[1] ?? "";
  console.log(`update: ${lastLine(ingest.output)}; ${cacheLine}; ${shards}`);
  return {
    ingest,
    build,
    full,
    pages: counts("decision pages"),
    rows: counts("export row files"),
    lists: LIST_ROUTES.map(counts).reduce((a, b) => ({ rendered: a.rendered + b.rendered, kept: a.kept + b.kept })),
    decisionLists: counts(LIST_ROUTES[0]),
    shards,
    ...differingFiles(full.dist, build.dist),
  };
}

/** The update's report rows. */
function updateRows(update: Update): [string, string][] {
  const { ingest, build, full, pages, rows, compared, differing } = update;
  return [
    [
      `night: ${UPDATE_NEW} new, ${UPDATE_CHANGED} changed (of the newest ${CHANGED_AMONG})`,
      `${(ingest.seconds + build.stage.seconds).toFixed(1)} s (ingest ${ingest.seconds.toFixed(1)} s, build with its index ${build.stage.seconds.toFixed(1)} s, index ${build.index.seconds.toFixed(1)} s), peak ${Math.max(ingest.peakRssMB, build.stage.peakRssMB).toFixed(0)} MB`,
    ],
    ["  decision pages rendered again, kept", `${pages.rendered}, ${pages.kept}`],
    ["  export row files rendered again, kept", `${rows.rendered}, ${rows.kept}`],
    ["  list pages rendered again, kept", `${update.lists.rendered}, ${update.lists.kept}`],
    ["  search index", update.shards || "(no line)"],
    ["  the same decisions built into an empty folder", `${full.stage.seconds.toFixed(1)} s (index ${full.index.seconds.toFixed(1)} s)`],
    [
      "  update identical to that build",
      differing.length === 0
        ? `yes, all ${compared} files`
        : `NO: ${differing.length} of ${compared} files differ (${differing.slice(0, 5).join(", ")})`,
    ],
  ];
}

/** The fastest build: on a machine others share, the one least disturbed. */
const bestOf = (rounds: Rounds): Build => rounds.builds.reduce((a, b) => (b.stage.seconds < a.stage.seconds ? b : a));

/** The site build's stages: without its index, with it, and the index alone. */
function siteStages(best: Build, items: number): Stage[] {
  const { stage } = best;
  const row = (name: string, seconds: number, peakRssMB: number): Stage => ({ name, seconds, items, peakRssMB, output: "" });
  return [
    row("site build (astro)", withoutIndex(best), stage.peakBeforeMarkMB ?? stage.peakRssMB),
    row("site build with its index", stage.seconds, stage.peakRssMB),
    row("index (pagefind)", best.index.seconds, stage.peakFromMarkMB ?? stage.peakRssMB),
  ];
}

type PageWeight = ReturnType<typeof pageWeight>;

interface Sizes {
  /** The decisions' own pages (decisions/<slug>/), not the /decisions/ listing's (decisions/2/, ...), sorted. */
  decisionPages: string[];
  dist: { bytes: number; files: number };
  /** The index's bundles: pagefind, pagefind-1, ... */
  bundles: string[];
  index: { bytes: number; files: number };
  /** The decision page weighed: the middle one. */
  sample: string;
  decisionWeight: PageWeight;
  searchWeight: PageWeight;
}

/** What the build wrote: the site, its index, and the gzipped weight of a decision page and the search page. */
async function measureSizes(bench: Bench, decisionFiles: string[]): Promise<Sizes> {
  const decisionPages = decisionFiles
    .map((f) => f.replace(/\.md$/, ""))
    .filter((slug) => existsSync(path.join(bench.dist, "decisions", slug, "index.html")));
  const dist = dirSize(bench.dist);
  const bundles = bundlesOf(bench.dist);
  const index = bundles
    .map((b) => dirSize(path.join(bench.dist, b)))
    .reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }));
  const sample = decisionPages.sort()[Math.floor(decisionPages.length / 2)]!;
  const { renderBody } = await import("../src/lib/render-body.ts");
  const { readDecisionFile } = await import("../src/lib/decision-file.ts");
  const bodyHtml = renderBody(readDecisionFile(readFileSync(path.join(bench.decisions, `${sample}.md`), "utf8")).body).html;
  const decisionWeight = pageWeight(bench.dist, path.join(bench.dist, "decisions", sample, "index.html"), bodyHtml);
  const searchWeight = pageWeight(bench.dist, path.join(bench.dist, "search/index.html"), null);
  return { decisionPages, dist, bundles, index, sample, decisionWeight, searchWeight };
}

/** The related lists and payment lines: their time over every decision, and the gzipped bytes they add to a decision page. */
interface Likeness {
  seconds: number;
  decisions: number;
  /** How many related decisions a decision lists, on average. */
  meanListed: number;
  /** Gzipped bytes a decision page carries for them (its related section and its payment line), over `pages` pages. */
  addedGzip: { mean: number; max: number; pages: number };
}

/** Pages weighed for the bytes the related section and payment line add, spread evenly over the decisions. */
const LIKENESS_PAGES = 200;

/**
 * The related lists and payment lines of every decision, computed as the build computes them
 * (src/site/site-data.ts) and each list written as its page writes it (src/lib/related-html.ts),
 * timed apart from reading the files; and each weighed page's gzipped size with and without its
 * related section and payment line.
 */
async function measureLikeness(bench: Bench, decisionFiles: string[], decisionPages: string[]): Promise<Likeness> {
  const { readDecisionFile } = await import("../src/lib/decision-file.ts");
  const { decisionSchema } = await import("../src/lib/decision/schema.ts");
  const { relatedDecisions } = await import("../src/lib/related.ts");
  const { paymentPlaces } = await import("../src/lib/payment-place.ts");
  const { relatedHtml } = await import("../src/lib/related-html.ts");
  const decisions = decisionFiles.map((f) =>
    decisionSchema.parse(readDecisionFile(readFileSync(path.join(bench.decisions, f), "utf8")).data),
  );
  const t0 = process.hrtime.bigint();
  const related = relatedDecisions(decisions);
  paymentPlaces(decisions);
  const links = { decision: (slug: string) => `/decisions/${slug}/`, howChosen: "/about/#related" };
  for (const likeness of related.values()) relatedHtml(likeness, links);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const meanListed = [...related.values()].reduce((sum, l) => sum + l.related.length, 0) / Math.max(1, related.size);
  const step = Math.max(1, Math.floor(decisionPages.length / LIKENESS_PAGES));
  const added: number[] = [];
  for (let i = 0; i < decisionPages.length; i += step) {
    const html = readFileSync(path.join(bench.dist, "decisions", decisionPages[i]!, "index.html"), "utf8");
    const without = html.replace(/<section class="related[^"]*"[\s\S]*?<\/section>/, "").replace(/<p class="place"[^>]*>[\s\S]*?<\/p>/, "");
    added.push(gzipSync(html, { level: 6 }).length - gzipSync(without, { level: 6 }).length);
  }
  return {
    seconds,
    decisions: decisions.length,
    meanListed,
    addedGzip: { mean: added.reduce((a, b) => a + b, 0) / Math.max(1, added.length), max: Math.max(0, ...added), pages: added.length },
  };
}

/** Everything a run measured, for the report and the JSON figures. */
interface Measured {
  generated: Generated;
  ingest: Stage;
  reingest: Stage;
  decisionFiles: string[];
  floor: Stage | null;
  rounds: Rounds;
  best: Build;
  sizes: Sizes;
  likeness: Likeness;
  search: SearchFigures | null;
  update: Update;
}

/** Ingest, then the build with its index, as a deploy runs them. */
function pipelineTotals({ ingest, best }: Measured): { seconds: number; peakRssMB: number } {
  return {
    seconds: ingest.seconds + best.stage.seconds,
    peakRssMB: Math.max(ingest.peakRssMB, best.stage.peakRssMB),
  };
}

const seconds = (runs: number[]) => runs.map((r) => r.toFixed(1)).join(", ");

function reportRows(bench: Bench, m: Measured): [string, string][] {
  const { sizes, rounds, best, floor, search, likeness } = m;
  const { decisionWeight, searchWeight } = sizes;
  const { shards, jobs } = best.index;
  const rows: [string, string][] = [
    ["decisions generated", String(bench.n)],
    ["decision files ingested", String(m.decisionFiles.length)],
    ["decision pages built", String(sizes.decisionPages.length)],
    ["pages indexed by Pagefind", String(best.index.indexed)],
    ["index", `${best.index.seconds.toFixed(1)} s, ${shards} shard(s), ${jobs} at a time; every build's index byte-identical`],
    [
      "runs, s (build with its index; index)",
      `${seconds(rounds.builds.map((b) => b.stage.seconds))}; ${seconds(rounds.builds.map((b) => b.index.seconds))}`,
    ],
    [
      "build time by section (from Astro's log, to the second: a route from its first line to the next route's; the first route to need the decisions loads them)",
      [...sectionTimes(best.stage.output)].map(([name, t]) => `${name} ${t.seconds} s (${countOf(t.pages, "file")})`).join(", "),
    ],
    ["raw text", mb(m.generated.rawBytes)],
    ["dist size", `${mb(sizes.dist.bytes)} in ${sizes.dist.files} files`],
    [
      "index size (dist/pagefind)",
      `${mb(sizes.index.bytes)} in ${sizes.index.files} files, ${sizes.bundles.length} shard(s) (pagefind, pagefind-1, ...)`,
    ],
    [
      `decision page ${sizes.sample} (gzip, html+css+js)`,
      `${kb(decisionWeight.total)} (html ${kb(decisionWeight.html)}, css+js ${kb(decisionWeight.assets)})`,
    ],
    ["decision page without its text (gzip)", kb(decisionWeight.withoutText)],
    [
      "related lists and payment lines (computed and written once)",
      `${likeness.seconds.toFixed(2)} s over ${likeness.decisions} decisions, ${((100 * likeness.seconds) / withoutIndex(best)).toFixed(1)}% of the site build without its index; ${likeness.meanListed.toFixed(1)} listed a decision on average`,
    ],
    [
      "  their bytes on a decision page (gzip)",
      `${likeness.addedGzip.mean.toFixed(0)} B mean, ${likeness.addedGzip.max} B most, over ${likeness.addedGzip.pages} pages`,
    ],
    ["search page (gzip, html+css+js)", `${kb(searchWeight.total)} (html ${kb(searchWeight.html)}, css+js ${kb(searchWeight.assets)})`],
  ];
  if (floor)
    rows.push([
      "site build / floor build",
      `${(withoutIndex(best) / floor.seconds).toFixed(2)}x (${withoutIndex(best).toFixed(1)} s / ${floor.seconds.toFixed(1)} s)`,
    ]);
  if (search) rows.push(...searchRows(search, m.generated.rareIn, bench.n));
  rows.push(...updateRows(m.update));
  return rows;
}

function printReport(bench: Bench, m: Measured): void {
  const pipeline = pipelineTotals(m);
  printStages(bench.stages);
  console.log(
    `${pad("ingest + build + index", 30)}${lpad(pipeline.seconds.toFixed(1), 10)}${lpad((bench.n / pipeline.seconds).toFixed(0), 14)}${lpad(pipeline.peakRssMB.toFixed(0), 14)}`,
  );
  console.log("");
  for (const [label, value] of reportRows(bench, m)) console.log(`${pad(label, 57)} ${value}`);
}

/** The commit the bench ran at, with "+changes" when the work tree differs from it; null outside a git checkout. */
function commitOf(): string | null {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", timeout: 10_000 }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? "+changes" : ""}`;
  } catch {
    return null;
  }
}

/** The figures --json writes: docs/benchmarks.md is written from them (scripts/bench-doc.ts). */
function jsonFigures(bench: Bench, m: Measured) {
  const { sizes, rounds, best } = m;
  const pipeline = pipelineTotals(m);
  return {
    run: {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench -- ${process.argv.slice(2).join(" ")}`,
      commit: commitOf(),
      machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown"}), ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`,
    },
    report: reportRows(bench, m),
    decisions: bench.n,
    seed: bench.seed,
    ingested: m.decisionFiles.length,
    decisionPages: sizes.decisionPages.length,
    indexedPages: best.index.indexed,
    stages: bench.stages.map(({ output: _output, ...s }) => s),
    index: {
      sha256: rounds.sha256,
      ...best.index,
      builds: rounds.builds.map((b) => b.stage.seconds),
      runs: rounds.builds.map((b) => b.index.seconds),
    },
    pipelineSeconds: pipeline.seconds,
    peakRssMB: pipeline.peakRssMB,
    distBytes: sizes.dist.bytes,
    indexBytes: sizes.index.bytes,
    decisionPage: sizes.decisionWeight,
    searchPage: sizes.searchWeight,
    likeness: m.likeness,
    floorRatio: m.floor ? withoutIndex(best) / m.floor.seconds : null,
    search: m.search,
    sectionTimes: Object.fromEntries(sectionTimes(best.stage.output)),
    rareWordIn: m.generated.rareIn,
    reingestOutput: lastLine(m.reingest.output),
    update: {
      new: UPDATE_NEW,
      changed: UPDATE_CHANGED,
      seconds: m.update.ingest.seconds + m.update.build.stage.seconds,
      ingestSeconds: m.update.ingest.seconds,
      buildSeconds: m.update.build.stage.seconds,
      indexSeconds: m.update.build.index.seconds,
      peakRssMB: Math.max(m.update.ingest.peakRssMB, m.update.build.stage.peakRssMB),
      pages: m.update.pages,
      rows: m.update.rows,
      lists: m.update.lists,
      decisionLists: m.update.decisionLists,
      shards: m.update.shards,
      fullSeconds: m.update.full.stage.seconds,
      compared: m.update.compared,
      differing: m.update.differing,
    },
  };
}

/** Every stage in order, pushing each to `bench.stages` once it has its figures; then the report. */
async function benchmark(bench: Bench): Promise<void> {
  const generated = generateTexts(bench);
  const { ingest, reingest } = await ingestTwice(bench);
  const decisionFiles = readdirSync(bench.decisions).filter((f) => f.endsWith(".md"));
  bench.stages.push(generated.stage, ingest, reingest);
  // The floor first: it needs only the decision files, so a site build too big to finish still has one.
  const floor = bench.skipFloor ? null : await buildFloor(bench, decisionFiles.length);
  if (floor) bench.stages.push(floor);
  const rounds = await buildRounds(bench, decisionFiles.length);
  const best = bestOf(rounds);
  bench.stages.push(...siteStages(best, decisionFiles.length));
  const sizes = await measureSizes(bench, decisionFiles);
  const likeness = await measureLikeness(bench, decisionFiles, sizes.decisionPages);
  const search = bench.skipBrowser ? null : await measureSearch(bench.dist, searchWords(bench.rareWord), bench.window);
  // Last: it changes the decisions and the measured site.
  const update = await measureUpdate(bench, generated);
  bench.stages.push(
    { ...update.ingest, name: "night: ingest" },
    { ...update.build.stage, name: "night: build with its index" },
    { ...update.full.stage, name: "night: same, into empty folder" },
  );
  const measured: Measured = { generated, ingest, reingest, decisionFiles, floor, rounds, best, sizes, likeness, search, update };
  printReport(bench, measured);
  if (bench.json) writeFileSync(bench.json, JSON.stringify(jsonFigures(bench, measured), null, 2));
  if (update.differing.length > 0)
    throw new Error(
      `the update's site differs from a build of the same decisions into an empty folder: ${update.differing.slice(0, 20).join(", ")}`,
    );
}

async function main(): Promise<number> {
  const values = parseOptions();
  // Only the browser's downloads, on a site built before (e.g. a kept bench's dist).
  if (values["search-only"]) {
    const search = await measureSearch(path.resolve(values["search-only"]), searchWords(values["rare-word"]), windowOption(values.window));
    console.log(JSON.stringify(search, null, 2));
    return 0;
  }
  maxRssBytes = positive("--max-rss-mb", values["max-rss-mb"]) * MB;
  maxStageSeconds = positive("--max-stage-seconds", values["max-stage-seconds"]);
  const bench = startBench(checkOptions(values));
  console.log(`bench: ${bench.n} decisions, seed ${bench.seed}, in ${bench.work}`);
  stopOnInterrupt(() => {
    if (!bench.keep) rmSync(bench.work, { recursive: true, force: true });
  });
  try {
    await benchmark(bench);
    return 0;
  } catch (error) {
    // What ran before the failure is still worth seeing.
    printStages(bench.stages);
    throw error;
  } finally {
    if (bench.keep) console.log(`\nkept ${bench.work}`);
    else rmSync(bench.work, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`bench: ${error.message}`);
    process.exitCode = 1;
  },
);
