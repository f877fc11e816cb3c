// Pagefind as an Astro integration, in Starlight's shape: once `astro build` has written the site,
// its decision pages are indexed. The index is made after the build and never while Astro still
// writes the output folder: Astro removes the folder's empty directories as it finishes, and
// Pagefind, finding gone a directory it has just made, retries creating its files for ever
// (docs/search-index.md).
//
// Pagefind holds every page of an index in memory until it writes, so the pages go into shards cut
// by month of their dates (src/lib/search-shards.ts). The search page plans them from its
// decisions' dates, with the shard size this integration hands it through the virtual module
// "virtual:casebook/search-index", and writes the bundles and their sizes on its form; the index
// plans them from the pages written, and fails if the two plans differ. Each shard is indexed by a
// worker process of its own (./pagefind-shard.ts), up to `jobs` at once, which exits once its
// bundle is written, giving its memory back. A worker that reports no progress for `stallSeconds`
// is stopped and the build fails, naming the shard and what it was waiting for.
//
// A shard's bundle depends only on its pages and their order, so the index is byte-identical
// whatever `jobs` is; and a bundle that an earlier index of the same output folder wrote from the
// same pages (src/lib/shard-record.ts) is kept as it is, the others indexed again. What an index
// read of each page is recorded in Astro's cache folder, and a page whose file is as the last index
// read it (the same size and modification time, written well before it read the pages) is taken
// as recorded, its sort key and hash, without reading it.

import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import writeFileAtomic from "write-file-atomic";
import { INDEXED, byIndexOrder, pageReader } from "../lib/index-page.ts";
import { SHARD_SIZE, describePlan, isBundleDir, searchFormPlan, shardPlan, shardSizes, type ShardPlan } from "../lib/search-shards.ts";
import {
  formatRecord,
  keptBundles,
  pageRecordVersion,
  parsePageRecord,
  parseRecord,
  recordOfPages,
  reusedPages,
  sha256,
  shardKey,
  type PageRecord,
  type PageStat,
  type RecordedPage,
  type ShardRecord,
} from "../lib/shard-record.ts";
import type { ShardJob, ShardReply, ShardStep } from "./pagefind-shard.ts";

/** Pages go into shards in order of this sort key (data-pagefind-sort="date:..."), oldest first. */
const ORDER_BY = "date";
const VIRTUAL_MODULE = "virtual:casebook/search-index";
/** The index's record of itself, in shard 0's bundle. */
const RECORD = "pagefind/shards.json";
/** What the index read of each page, in Astro's cache folder: not in the site, whose index is the bytes a fresh one writes. */
const PAGE_RECORD = "casebook-index-pages.json";
/** The search page, whose form names the bundles it was built for (src/pages/search.astro). */
const SEARCH_PAGE = "search/index.html";
/**
 * Workers beyond one a core. A worker does not keep its cores busy all the time: its Node process
 * and Pagefind hand each page to one another, and Pagefind adds pages on one thread.
 */
const JOBS_OVER_CORES = 1;
/** A worker's peak memory a page of its shard, Node and Pagefind together (measured at 5,000 pages a shard). */
const WORKER_BYTES_PER_PAGE = 1024 * 1024;
/**
 * Seconds a worker may go without reporting progress. It reports every 50 pages added; writing a
 * bundle of 5,000 pages, its longest silent step, takes under a minute on a 2-core machine.
 */
export const STALL_SECONDS = 300;

export interface PagefindOptions {
  /** Pages a shard at most (default SHARD_SIZE). */
  shardSize?: number | undefined;
  /** Shards indexed at once (default: one more than the cores, as many as fit in half the memory). */
  jobs?: number | undefined;
  /** Seconds a worker may report no progress before the index fails (default STALL_SECONDS). */
  stallSeconds?: number | undefined;
  /** Index every shard, keeping no bundle of an earlier index (INDEX_FULL=1 in astro.config.mjs). */
  full?: boolean | undefined;
}

export interface IndexSummary {
  /** Pages Pagefind indexed (those with words in a data-pagefind-body). */
  indexed: number;
  /** HTML files found: the pages indexed and those without a data-pagefind-body. */
  files: number;
  /** Of the HTML files, those read; the others are pages unchanged since the earlier index, taken as it recorded them. */
  read: number;
  shards: number;
  /** Shards whose bundles an earlier index wrote from the same pages, kept as they were. */
  kept: number;
  /** Shards indexed at once. */
  jobs: number;
  seconds: number;
}

type Log = ((line: string) => void) | undefined;

export interface IndexOptions extends PagefindOptions {
  log?: Log;
  /**
   * The file in which the index records what it read of each page; the next index takes a page
   * unchanged since as recorded instead of reading it (unless `full`). Without it, every page is read.
   */
  pageRecord?: string | undefined;
}

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  const shardSize = options.shardSize ?? SHARD_SIZE;
  let pageRecord: string | undefined;
  return {
    name: "casebook:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        pageRecord = path.join(fileURLToPath(config.cacheDir), PAGE_RECORD);
      },
      "astro:config:setup": ({ updateConfig }) => {
        const resolved = `\0${VIRTUAL_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "casebook:search-index",
                resolveId: (id: string) => (id === VIRTUAL_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export const shardSize = ${JSON.stringify(shardSize)};\n` : undefined),
              },
            ],
          },
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), { ...options, pageRecord, log: (line) => logger.info(line) });
      },
    },
  };
}

/**
 * Indexes the decision pages of a built site into its bundles (pagefind/, pagefind-1/, ...), in
 * shards of at most the shard size cut by month (shardPlan). When the site has a search page, the
 * plan must be the one it was built for. The bundles of shards whose key pagefind/shards.json
 * records from an earlier index are kept (unless `full`); the others are indexed again. The pages
 * `options.pageRecord` records unchanged are not read (unless `full`).
 */
export async function indexSite(site: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const started = performance.now();
  const version = indexVersion();
  const recorded = options.full ? null : readPageRecord(options.pageRecord);
  const { files, read, readAt, pages } = readIndexPages(site, { version, previous: recorded });
  const plan = shardPlan(
    pages.map((p) => p.key),
    options.shardSize ?? SHARD_SIZE,
  );
  checkSearchPage(site, plan);
  const keys = plan.ranges.map(([from, to]) => shardKey(version, pages.slice(from, to)));
  const kept = shardsToKeep(site, plan, keys, options);
  const todo = plan.bundles.flatMap((_, k) => (kept[k] === undefined ? [k] : []));
  const jobs = jobsFor(
    todo.map((k) => plan.ranges[k]!),
    options.jobs,
  );
  options.log?.(
    `Indexing ${pages.length} pages in ${plan.bundles.length} shard(s): ${plan.bundles.length - todo.length} kept as an earlier index wrote them, ${todo.length} to index, ${jobs} at a time; ${read} of ${files} HTML files read${read < files ? ", the rest unchanged since the last index" : ""}`,
  );
  const stallSeconds = options.stallSeconds ?? STALL_SECONDS;
  const indexed = await runPool(
    todo.map((k) => plan.ranges[k]!),
    jobs,
    ([from, to], i) => {
      const bundle = plan.bundles[todo[i]!]!;
      const job = { site, files: pages.slice(from, to).map((p) => p.file), outputPath: path.join(site, bundle) };
      return indexShard(job, bundle, stallSeconds);
    },
  );
  const counts = kept.map((n, k) => n ?? indexed[todo.indexOf(k)]!);
  // Written once every shard is: a record names only bundles that are whole.
  const record: ShardRecord = { bundles: plan.bundles, pages: counts, keys, orderedBy: ORDER_BY };
  writeFileSync(path.join(site, RECORD), formatRecord(record));
  if (options.pageRecord) {
    const pageRecord = recordOfPages(pageRecordVersion({ site: path.resolve(site), version, orderedBy: ORDER_BY }), readAt, pages);
    mkdirSync(path.dirname(options.pageRecord), { recursive: true });
    writeFileAtomic.sync(options.pageRecord, formatRecord(pageRecord));
  }
  const summary = {
    indexed: counts.reduce((a, b) => a + b, 0),
    files,
    read,
    shards: plan.bundles.length,
    kept: plan.bundles.length - todo.length,
    jobs,
    seconds: (performance.now() - started) / 1000,
  };
  options.log?.(
    `Indexed ${summary.indexed} pages of ${summary.files} HTML files in ${summary.shards} shard(s), ${jobs} at a time, in ${summary.seconds.toFixed(1)} s (${summary.kept} kept, ${todo.length} indexed)`,
  );
  return summary;
}

/** A kept bundle's folder while the kept bundles move to their new folders (not a bundle folder's name). */
const moving = (k: number) => `pagefind-moving-${k}`;

/**
 * Which shards keep their bundles (the pages Pagefind indexed in each kept, undefined for the
 * others), and the output folder made ready for the others: the earlier index's record removed
 * first, so that an index that fails leaves no record of bundles it did not finish; the kept
 * bundles moved aside, every other bundle folder removed, and the kept ones moved into their
 * shards' folders (a kept bundle may move into the folder of another that moves on).
 */
function shardsToKeep(site: string, plan: ShardPlan, keys: string[], options: IndexOptions): (number | undefined)[] {
  const previous = options.full ? undefined : readRecord(site, options.log);
  rmSync(path.join(site, RECORD), { recursive: true, force: true });
  const kept = keptBundles(previous, keys).map((b) => (b && existsSync(path.join(site, b.bundle, "pagefind-entry.json")) ? b : undefined));
  for (const name of readdirSync(site)) if (name.startsWith(moving(0).slice(0, -1))) rmSync(path.join(site, name), { recursive: true });
  kept.forEach((b, k) => b && renameSync(path.join(site, b.bundle), path.join(site, moving(k))));
  for (const name of readdirSync(site)) if (isBundleDir(name)) rmSync(path.join(site, name), { recursive: true, force: true });
  kept.forEach((b, k) => b && renameSync(path.join(site, moving(k)), path.join(site, plan.bundles[k]!)));
  return kept.map((b) => b?.pages);
}

/** The record an earlier index left in the output folder; undefined (and said why) when there is none to trust. */
function readRecord(site: string, log: Log): ShardRecord | undefined {
  const file = path.join(site, RECORD);
  if (!existsSync(file)) return undefined;
  let record: ShardRecord | undefined;
  try {
    record = parseRecord(readFileSync(file, "utf8"));
  } catch (error) {
    log?.(`${RECORD} of the earlier index could not be read (${(error as Error).message}): indexing every shard`);
    return undefined;
  }
  if (!record) log?.(`${RECORD} of the earlier index is not a record of its shards: indexing every shard`);
  return record;
}

/** The record of the pages an earlier index read; null when there is none, or it is not whole. */
function readPageRecord(file: string | undefined): PageRecord | null {
  if (!file || !existsSync(file)) return null;
  try {
    return parsePageRecord(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** What indexes a shard: Pagefind's version and the source of what hands it the pages. */
function indexVersion(): string {
  const sources = [new URL("../lib/index-page.ts", import.meta.url), new URL("./pagefind-shard.ts", import.meta.url)];
  return `pagefind ${pagefindVersion()} ${sha256(sources.map((s) => readFileSync(s, "utf8")).join("\0"))}`;
}

/** The version of the pagefind package the workers import. */
function pagefindVersion(): string {
  // Its exports name no package.json: found where Node would look for the package.
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths("pagefind") ?? []) {
    const file = path.join(dir, "pagefind/package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  throw new Error("The pagefind package was not found: run npm ci");
}

/**
 * Checks that the search page, where the site has one, names the bundles the index writes, with
 * the same pages in each: it plans them from its decisions' dates, the index from the pages written.
 */
function checkSearchPage(site: string, plan: ShardPlan): void {
  const file = path.join(site, SEARCH_PAGE);
  if (!existsSync(file)) return;
  const planned = searchFormPlan(readFileSync(file, "utf8"));
  if (!planned) throw new Error(`${file} has no search form naming the index's bundles (data-bundle, data-shards, data-shard-pages)`);
  const sizes = shardSizes(plan);
  if (planned.bundles.join(" ") === plan.bundles.join(" ") && planned.pages.join(" ") === sizes.join(" ")) return;
  throw new Error(
    `The search page ${file} was built for ${describePlan(planned.bundles, planned.pages)}; but the decision pages written to ${path.join(site, INDEXED)} make ${describePlan(plan.bundles, sizes)}. Build again from one set of decisions with one shard size; a decision page an earlier build left in the output folder is indexed too: remove it, or empty the output folder`,
  );
}

/**
 * Shards indexed at once: as asked, or one more than the cores, as many as fit in half the memory;
 * at least one, and no more than there are to index (none when there are none).
 */
function jobsFor(ranges: [number, number][], asked: number | undefined): number {
  const fit = Math.floor(totalmem() / 2 / (Math.max(...ranges.map(([from, to]) => to - from), 1) * WORKER_BYTES_PER_PAGE));
  return Math.min(Math.max(1, asked ?? Math.min(availableParallelism() + JOBS_OVER_CORES, fit)), ranges.length);
}

/**
 * The pages to index in a built site, in the index's order, each with its file's size and
 * modification time, its sort key, and the hash of what Pagefind is given of it; how many HTML
 * files were found and how many read; and when the reading started (ms since the epoch). A page
 * that `previous`, the record of an earlier index of the same site by the same `version`, holds
 * unchanged (reusedPages) is taken as recorded, not read.
 */
export function readIndexPages(
  site: string,
  { version = indexVersion(), previous = null }: { version?: string; previous?: PageRecord | null } = {},
): { files: number; read: number; readAt: number; pages: Page[] } {
  // Before any file is looked at: a file written after this may be newer than what is read of it.
  const readAt = Date.now();
  const html = htmlFiles(site, INDEXED);
  const stats = html.map((file) => named(file, () => fileStat(site, file)));
  const reused = reusedPages(previous, pageRecordVersion({ site: path.resolve(site), version, orderedBy: ORDER_BY }), stats);
  const read = pageReader(ORDER_BY);
  const pages: Page[] = [];
  stats.forEach((stat, i) => {
    const page = reused[i] ?? named(stat.file, () => readPage(site, stat, read));
    if (page) pages.push(page);
  });
  return { files: html.length, read: html.length - reused.filter(Boolean).length, readAt, pages: pages.sort(byIndexOrder) };
}

// The pages are listed and read with synchronous calls: the build has nothing else to do
// meanwhile, and reading 50,000 pages (2.2 GB, in the page cache) took 2.8 s so where 16 reads at
// once with promises took 3.5 s, both on a busy 2-core machine. Listing, reading and hashing them
// all took 5.6 to 7.3 s (docs/search-index.md).
function htmlFiles(site: string, under: string): string[] {
  if (!existsSync(path.join(site, under))) return [];
  return readdirSync(path.join(site, under), { recursive: true, encoding: "utf8" })
    .filter((n) => n.endsWith(".html"))
    .sort()
    .map((n) => path.posix.join(under, n.split(path.sep).join("/")));
}

/** A page of the index: its file as read, its sort key, and the hash of what Pagefind is given of it. */
export type Page = RecordedPage;

/** A file's size and modification time. */
function fileStat(site: string, file: string): PageStat {
  const { size, mtimeMs } = statSync(path.join(site, file));
  return { file, size, mtimeMs };
}

/**
 * A page of the index as read now, with the stat taken before it was read, or undefined for a file
 * without a body element. A file that changes after its stat has, at the next index, another size
 * or modification time, or one too close to readAt to be trusted.
 */
function readPage(site: string, stat: PageStat, read: ReturnType<typeof pageReader>): Page | undefined {
  const page = read(readFileSync(path.join(site, stat.file)));
  return page && { ...stat, ...page };
}

/** What `f` returns; what it throws, with the file's name before its message. */
function named<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export interface Running<T> {
  done: Promise<T>;
  stop(): void;
}

/**
 * Runs a task for each shard, at most `limit` at once, the largest first, so the last to finish is
 * a small one; returns their results in shard order. The first failure stops the tasks still
 * running and, once they have ended, is the pool's failure.
 */
async function runPool<T>(
  ranges: [number, number][],
  limit: number,
  task: (range: [number, number], k: number) => Running<T>,
): Promise<T[]> {
  const size = (k: number) => ranges[k]![1] - ranges[k]![0];
  const order = ranges.map((_, k) => k).sort((a, b) => size(b) - size(a) || a - b);
  const results: T[] = [];
  const running = new Set<Running<T>>();
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    for (let k = order.shift(); k !== undefined && !failure; k = order.shift()) {
      const job = task(ranges[k]!, k);
      running.add(job);
      try {
        results[k] = await job.done;
      } catch (error) {
        failure ??= { error };
        for (const other of running) other.stop();
      } finally {
        running.delete(job);
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  if (failure) throw failure.error;
  return results;
}

// Pagefind's binary allocates with jemalloc, which hands freed pages back to the system after 10 s
// and faults them in again when it reuses them; writing a bundle churns gigabytes, and keeping freed
// pages made two workers at once nearly twice as fast. Each worker exits when its bundle is written,
// so nothing is held longer than the shard. A _RJEM_MALLOC_CONF already set wins.
const PAGEFIND_MALLOC_CONF = "dirty_decay_ms:-1,muzzy_decay_ms:-1";

const WORKER = fileURLToPath(new URL("./pagefind-shard.ts", import.meta.url));
// The worker is TypeScript, run by tsx's loader whatever runs this module (Astro's config loader, tsx, vitest).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** What a worker at `step` is waiting for, in words. */
function waitingFor(step: ShardStep | undefined, job: ShardJob): string {
  if (!step) return "Pagefind to start";
  if (step.step === "writing") return `Pagefind to write the bundle to ${job.outputPath}`;
  const added = step.step === "adding" ? step.added : 0;
  return `Pagefind to index page ${added + 1} (${job.files[added] ?? "the last"}), ${added} added`;
}

/**
 * One shard in its own process (exported for its tests): done resolves with the number of pages
 * indexed, or rejects when the worker fails, dies, or reports no progress for `stallSeconds`.
 */
export function indexShard(job: ShardJob, bundle: string, stallSeconds = STALL_SECONDS): Running<number> & { child: ChildProcess } {
  const env = { ...process.env, _RJEM_MALLOC_CONF: process.env["_RJEM_MALLOC_CONF"] ?? PAGEFIND_MALLOC_CONF };
  const child = fork(WORKER, [], { env, execArgv: ["--import", TSX], stdio: ["ignore", "inherit", "pipe", "ipc"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const name = `Pagefind worker for ${bundle} (${job.files.length} pages)`;
  const done = new Promise<number>((resolve, reject) => {
    let step: ShardStep | undefined;
    let reply: ShardReply | undefined;
    let stalled: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = `${name} made no progress for ${stallSeconds} s, waiting for ${waitingFor(step, job)}; stopped it`;
        child.kill("SIGKILL");
      }, stallSeconds * 1000);
    };
    watch();
    child.on("message", (message: ShardReply) => {
      reply = message;
      if ("step" in message) step = message;
      watch();
    });
    child.on("error", (error) => reject(new Error(`${name} could not run: ${error.message}`)));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (stalled) reject(new Error(stalled));
      else if (reply && "error" in reply) reject(new Error(`Pagefind failed on ${reply.error}`));
      else if (reply && "indexed" in reply && code === 0) resolve(reply.indexed);
      // Killed (out of memory?), or Pagefind's binary died under it (its panic is on stderr).
      else
        reject(
          new Error(`${name} ended (${signal ?? `exit code ${code}`}) without writing its bundle${stderr ? `:\n${stderr.trim()}` : ""}`),
        );
    });
  });
  child.send(job);
  return { done, child, stop: () => child.kill() };
}
