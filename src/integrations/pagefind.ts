// Pagefind as an Astro integration, as Starlight runs it: every `astro build` writes its search
// index. Pagefind holds every page of an index in memory until it writes, so the pages go into
// shards of at most `shardSize`, the newest first in a smaller shard that the search page searches
// before the rest (src/lib/search-shards.ts), and each shard is indexed by a worker process of its
// own (./pagefind-shard.ts) that exits, giving its memory back, once its bundle is written.
//
// Astro builds the pages on one core. So the index is made while it does: the decision pages are
// built in the index's order (src/site/site-data.ts), the middleware hands each page to this
// integration as it is built (src/site/built-pages.ts), and each shard's worker takes its pages as
// they come and writes its bundle once it has the last. When the build is done, the pages it wrote
// are listed and their markers read, as an index made after the build reads them: if they are the
// pages given, in the same order, the bundles are the ones that index would write, and what is left
// is to wait for the last; if not, the workers are stopped and the site is indexed again from its
// files (indexSite). scripts/build-index.ts indexes a built site after the build, the same way.
//
// Up to `jobs` shards are indexed at once: by default one more than there are cores
// (JOBS_OVER_CORES), and no more than fit in half the machine's memory (a worker peaks at up to
// 1 MB a page, when Pagefind writes the bundle: 5 GB for a shard of 5,000 pages).
//
// A shard's bundle depends only on its pages and their order, never on which worker ran it or
// when, so the index is byte-identical whatever `jobs` is, and whether made during the build or
// after it. shards.json is written once every shard is done, in shard order, and the search page
// must name the same extra bundles (its data-shards) and the same number of pages in the newest
// (data-newest), or the build fails.
//
// The search page learns the shard size from the virtual module "virtual:casebook/search-index".

import { fork } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { BODY, INDEXED, byIndexOrder, type IndexedPage } from "../lib/index-page.ts";
import { SHARD_SIZE, bundleDirs, isBundleDir, shardRanges } from "../lib/search-shards.ts";
import { receiveBuiltPages, type BuiltPages } from "../site/built-pages.ts";
import type { ShardEnd, ShardJob, ShardPage, ShardReply } from "./pagefind-shard.ts";

/** Pages go into shards in order of this sort key (data-pagefind-sort="date:..."), oldest first. */
const ORDER_BY = "date";
const VIRTUAL_MODULE = "virtual:casebook/search-index";
/**
 * Pages a worker sends Pagefind before it awaits the first answer. Measured on a 2,500-page shard:
 * with every answer awaited, Pagefind idles while the worker sends the next page; 16 in flight took
 * 7.4 s to add them against 8.2 s, and more gained nothing.
 */
const IN_FLIGHT = 16;
/**
 * Workers beyond one a core. A worker does not keep its cores busy all the time: its Node process
 * and Pagefind hand each page to one another, and Pagefind adds pages on one thread, so with one
 * worker a core, 1.6 of the bench machine's two cores were busy on average (1.84 while two ran,
 * then the last of three shards ran alone). Measured on a built site of 10,000 decisions (three
 * shards), alternating: 2 at a time took 33.9, 35.2 and 35.1 s, 3 at a time 31.6, 30.5 and 29.2 s.
 */
const JOBS_OVER_CORES = 1;
/**
 * A worker's peak memory a page of its shard, Node and Pagefind together. Measured as the index's
 * whole process tree at its peak (npm run bench): 9.6 GB for two shards of 4,750 pages at once,
 * 12.0 GB for three (so 50,000 decisions are indexed two at a time on a 24 GB machine), 7.6 GB for
 * shards of 2,500, 3,750 and 3,750 at once.
 */
const WORKER_BYTES_PER_PAGE = 1024 * 1024;

export interface PagefindOptions {
  /** Pages a shard at most (default SHARD_SIZE). */
  shardSize?: number | undefined;
  /** Shards indexed at once (default: one more than the cores, as many as fit in half the memory). */
  jobs?: number | undefined;
  /** Pages a worker sends Pagefind ahead of its answers (default IN_FLIGHT; 1 awaits each, as before #12). */
  inFlight?: number | undefined;
  /** Pagefind given each page whole, as built, as before #12 (its index then keeps every paragraph as an anchor). */
  asBuilt?: boolean | undefined;
  /** The build's index made after the pages are built, from their files, not while they are built. */
  afterBuild?: boolean | undefined;
}

export interface IndexSummary {
  /** Pages Pagefind indexed (those with words in a data-pagefind-body). */
  indexed: number;
  /** HTML files read: the pages indexed and those without a data-pagefind-body. */
  files: number;
  shards: number;
  /** Shards indexed at once. */
  jobs: number;
  /** Whether the pages were indexed as the build wrote them. */
  whileBuilt: boolean;
  /** Seconds the index took, from the end of the build when it was made while the pages were built. */
  seconds: number;
}

type Log = ((line: string) => void) | undefined;

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  const shardSize = options.shardSize ?? SHARD_SIZE;
  let building: IndexWhileBuilt | undefined;
  return {
    name: "casebook:pagefind",
    hooks: {
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
      "astro:config:done": ({ config }) => {
        if (options.afterBuild) return;
        building = new IndexWhileBuilt(fileURLToPath(config.outDir), { shardSize, jobs: options.jobs });
      },
      "astro:build:start": () => receiveBuiltPages(building),
      "astro:build:done": async ({ dir, logger }) => {
        receiveBuiltPages(undefined);
        const log = (line: string) => logger.info(line);
        if (!(building && (await building.finish(log)))) await indexSite(fileURLToPath(dir), { shardSize, jobs: options.jobs, log });
      },
    },
  };
}

/** Indexes the decision pages of a built site into dist/pagefind/, dist/pagefind-1/, ... */
export async function indexSite(site: string, options: PagefindOptions & { log?: Log } = {}): Promise<IndexSummary> {
  const started = performance.now();
  const html = htmlFiles(site, INDEXED);
  const files = searchable(site, html, ORDER_BY);
  const ranges = shardRanges(files.length, options.shardSize ?? SHARD_SIZE);
  const shards = ranges.length;
  const dirs = bundleDirs(shards);
  const jobs = jobsFor(ranges, options.jobs);
  clearBundles(site);

  options.log?.(`Indexing ${files.length} pages in ${shards} shard(s), ${jobs} at a time`);
  const pages = await runPool(
    shards,
    jobs,
    (k) => ranges[k]![1] - ranges[k]![0],
    (k) => {
      const [from, to] = ranges[k]!;
      const read = { site, files: files.slice(from, to) };
      const job = { read, outputPath: path.join(site, dirs[k]!), inFlight: options.inFlight ?? IN_FLIGHT, asBuilt: options.asBuilt };
      return indexShard(job, dirs[k]!);
    },
  );
  return finishIndex(site, dirs, pages, { files: html.length, jobs, whileBuilt: false, started }, options.log);
}

/** Shards indexed at once: as asked, or one more than the cores, as many as fit in half the memory; no more than there are. */
function jobsFor(ranges: [number, number][], asked: number | undefined): number {
  const fit = Math.floor(totalmem() / 2 / (Math.max(...ranges.map(([from, to]) => to - from)) * WORKER_BYTES_PER_PAGE));
  return Math.max(1, Math.min(asked ?? Math.min(availableParallelism() + JOBS_OVER_CORES, fit), ranges.length));
}

/** Removes the bundles of an earlier index (which may have had more shards). */
function clearBundles(site: string): void {
  if (!existsSync(site)) return;
  for (const name of readdirSync(site)) if (isBundleDir(name)) rmSync(path.join(site, name), { recursive: true, force: true });
}

/** Once every shard's bundle is written: shards.json, the search page checked, the summary logged. */
function finishIndex(
  site: string,
  dirs: string[],
  pages: number[],
  run: { files: number; jobs: number; whileBuilt: boolean; started: number },
  log: Log,
): IndexSummary {
  writeFileSync(path.join(site, "pagefind/shards.json"), `${JSON.stringify({ bundles: dirs, pages, orderedBy: ORDER_BY })}\n`);
  checkSearchPage(site, dirs.slice(1), pages[0]!);
  const summary = {
    indexed: pages.reduce((a, b) => a + b, 0),
    files: run.files,
    shards: dirs.length,
    jobs: run.jobs,
    whileBuilt: run.whileBuilt,
    seconds: (performance.now() - run.started) / 1000,
  };
  const when = summary.whileBuilt
    ? `as they were built: ${summary.seconds.toFixed(1)} s after the build`
    : `in ${summary.seconds.toFixed(1)} s`;
  log?.(
    `Indexed ${summary.indexed} pages of ${summary.files} HTML files in ${summary.shards} shard(s), ${summary.jobs} at a time, ${when}`,
  );
  return summary;
}

/** A shard filled as the build gives its pages: [from, to) of the plan, the next page its worker takes, pages come ahead of it. */
interface Filling {
  from: number;
  to: number;
  next: number;
  ahead: Map<number, string>;
  worker?: Shard;
}

/** The pages the build plans, in the index's order, and the shards cut from them. */
interface Plan {
  files: string[];
  /** Each file's place in the plan. */
  at: Map<string, number>;
  shards: Filling[];
  dirs: string[];
  jobs: number;
}

/**
 * The index of a site made while the build writes it (a BuiltPages receiver): the plan gives the
 * pages in the index's order and cuts the shards; each shard's worker starts with its first page
 * (no more than `jobs` at once: a shard's pages wait until a worker is free), takes its pages in
 * order as they come, and writes its bundle after its last.
 */
class IndexWhileBuilt implements BuiltPages {
  #plan: Plan | undefined;
  /** Why the pages given cannot make the index, once one is known. */
  #problem: string | undefined;
  #running = 0;
  /** Called whenever shards' workers may have started. */
  #onStart: (() => void) | undefined;

  constructor(
    readonly site: string,
    readonly options: { shardSize: number; jobs: number | undefined },
  ) {}

  plan(files: string[]): void {
    if (this.#plan) {
      if (files.join("\n") !== this.#plan.files.join("\n")) this.#problem ??= "the build planned its pages twice, not the same";
      return;
    }
    const ranges = shardRanges(files.length, this.options.shardSize);
    clearBundles(this.site);
    this.#plan = {
      files,
      at: new Map(files.map((f, i) => [f, i])),
      shards: ranges.map(([from, to]) => ({ from, to, next: from, ahead: new Map() })),
      dirs: bundleDirs(ranges.length),
      jobs: jobsFor(ranges, this.options.jobs),
    };
  }

  page(file: string, html: string): void {
    if (this.#problem) return;
    const at = this.#plan?.at.get(file);
    const shard = at === undefined ? undefined : this.#plan!.shards.find((s) => s.from <= at && at < s.to);
    if (at === undefined || !shard) this.#problem = `${file} was built, but not planned`;
    else if (at < shard.next || shard.ahead.has(at)) this.#problem = `${file} was built twice`;
    else {
      shard.ahead.set(at, html);
      this.#feed();
    }
  }

  /**
   * Once the build is done: the index finished and its summary; or undefined, the workers stopped
   * and the reason logged, when the pages written are not those given, in the same order (the site
   * is then to be indexed from its files).
   */
  async finish(log: Log): Promise<IndexSummary | undefined> {
    const started = performance.now();
    const html = htmlFiles(this.site, INDEXED);
    const plan = this.#plan;
    this.#problem ??= !plan
      ? "no page was given as it was built"
      : searchable(this.site, html, ORDER_BY).join("\n") !== plan.files.join("\n")
        ? "the pages written are not those planned"
        : plan.shards.some((s) => s.next + s.ahead.size < s.to)
          ? "not every page was given as it was built"
          : undefined;
    if (this.#problem || !plan) {
      await this.#stop();
      log?.(`Indexing after the build: ${this.#problem}`);
      return undefined;
    }
    let pages: number[];
    try {
      // Shards whose pages wait for a worker start as others end.
      await new Promise<void>((resolve) => {
        this.#onStart = () => plan.shards.every((s) => s.worker) && resolve();
        this.#onStart();
      });
      pages = await Promise.all(plan.shards.map((s) => s.worker!.done));
    } catch (error) {
      await this.#stop();
      throw error;
    }
    return finishIndex(this.site, plan.dirs, pages, { files: html.length, jobs: plan.jobs, whileBuilt: true, started }, log);
  }

  /** Gives each shard's worker the pages it can take, in order, starting workers as they are free. */
  #feed(): void {
    const plan = this.#plan!;
    // The oldest shards fill first: when workers are short, they start first.
    for (let k = plan.shards.length - 1; k >= 0; k--) {
      const shard = plan.shards[k]!;
      while (shard.ahead.has(shard.next) && (shard.worker || this.#running < plan.jobs)) {
        shard.worker ??= this.#start(plan.dirs[k]!);
        shard.worker.page({ file: plan.files[shard.next]!, html: shard.ahead.get(shard.next)! });
        shard.ahead.delete(shard.next);
        if (++shard.next === shard.to) shard.worker.end();
      }
    }
    this.#onStart?.();
  }

  #start(bundle: string): Shard {
    const worker = indexShard({ outputPath: path.join(this.site, bundle), inFlight: IN_FLIGHT }, bundle);
    this.#running++;
    void worker.done
      .catch(() => {})
      .finally(() => {
        this.#running--;
        this.#feed();
      });
    return worker;
  }

  async #stop(): Promise<void> {
    const workers = this.#plan?.shards.flatMap((s) => (s.worker ? [s.worker] : [])) ?? [];
    for (const worker of workers) worker.stop();
    await Promise.allSettled(workers.map((w) => w.done));
  }
}

// The pages are listed and their markers found with synchronous calls: the build has nothing else
// to do meanwhile, and at 10,000 pages they took 0.25 s where the same work with promises took
// 0.9 s (readdir's recursive walk alone 0.5 s).
function htmlFiles(site: string, under: string): string[] {
  return readdirSync(path.join(site, under), { recursive: true, encoding: "utf8" })
    .filter((n) => n.endsWith(".html"))
    .sort()
    .map((n) => path.posix.join(under, n.split(path.sep).join("/")));
}

/** Bytes read of each page to find its markers: a decision page has them just after its head, about
 * 8 KB in. A page that has not both within them is read whole. */
const HEAD_BYTES = 16 * 1024;

/** The files whose page marks a data-pagefind-body, in the index's order (byIndexOrder). */
function searchable(site: string, files: string[], key: string): string[] {
  // Bytes, not text: decoding every page would take longer than finding two markers in it.
  const body = Buffer.from(BODY);
  const sort = Buffer.from(`data-pagefind-sort="${key}:`);
  /** The sort key's value, "" for a page without one, undefined for a page not indexed or not all read. */
  const keyIn = (page: Buffer): string | undefined => {
    if (!page.includes(body)) return undefined;
    const at = page.indexOf(sort);
    const end = at < 0 ? -1 : page.indexOf('"', at + sort.length);
    return at < 0 ? "" : end < 0 ? undefined : page.toString("utf8", at + sort.length, end);
  };
  const head = Buffer.alloc(HEAD_BYTES);
  const pages: IndexedPage[] = [];
  for (const f of files) {
    const file = path.join(site, f);
    let found: string | undefined;
    try {
      const start = readStart(file, head);
      found = keyIn(start);
      // Cut short, and not both markers in what was read: the rest may have them.
      if (start.length === HEAD_BYTES && (found === undefined || found === "")) found = keyIn(readFileSync(file));
    } catch (error) {
      throw new Error(`${f}: ${(error as Error).message}`);
    }
    if (found !== undefined) pages.push({ file: f, key: found });
  }
  return pages.sort(byIndexOrder).map((p) => p.file);
}

/** The first bytes of a file, up to the buffer's length, in that buffer. */
function readStart(file: string, buffer: Buffer): Buffer {
  const fd = openSync(file, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs task(0) .. task(count - 1), at most `limit` at once, the largest first (by `size`), so the
 * last to finish is a small one and no core waits long on another; returns their results in task
 * order. The first failure stops the tasks still running and, once they have ended, is the pool's failure.
 */
async function runPool<T>(count: number, limit: number, size: (k: number) => number, task: (k: number) => Running<T>): Promise<T[]> {
  const results: T[] = [];
  const running = new Set<Running<T>>();
  // Largest first; equal sizes in task order.
  const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => size(b) - size(a) || a - b);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < count && !failure) {
      const k = order[next++]!;
      const job = task(k);
      running.add(job);
      try {
        results[k] = await job.done;
      } catch (error) {
        if (!failure) {
          failure = { error };
          for (const other of running) if (other !== job) other.stop();
        }
      } finally {
        running.delete(job);
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  if (failure) throw failure.error;
  return results;
}

export interface Running<T> {
  done: Promise<T>;
  stop(): void;
}

// Pagefind's binary allocates with jemalloc, which hands freed pages back to the system after 10 s
// and faults them in again when it reuses them. Writing a bundle churns gigabytes, and those page
// faults (kernel time) made two workers at once hardly faster than one after the other: measured,
// two 5,000-page shards at once took 79 s with jemalloc's defaults and 44 s keeping freed pages, one
// shard alone 40 s and 36 s. Each worker exits when its bundle is written, so nothing is held
// longer than the shard, and the peak is the same (2.74 and 2.76 GB). A _RJEM_MALLOC_CONF already
// set wins (`_RJEM_MALLOC_CONF= ` gives jemalloc's defaults, as the index had before #12).
const PAGEFIND_MALLOC_CONF = "dirty_decay_ms:-1,muzzy_decay_ms:-1";

const WORKER = fileURLToPath(new URL("./pagefind-shard.ts", import.meta.url));
// The worker is TypeScript, run by tsx's loader whatever runs this module (Astro's config loader, tsx, vitest).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** A shard's worker: its pages given one at a time (page, then end) when its job does not read them. */
export interface Shard extends Running<number> {
  page(page: ShardPage): void;
  end(): void;
}

/** One shard in its own process (exported for its tests): done resolves with the number of pages indexed. */
export function indexShard(job: ShardJob, bundle: string): Shard {
  const env = { ...process.env, _RJEM_MALLOC_CONF: process.env["_RJEM_MALLOC_CONF"] ?? PAGEFIND_MALLOC_CONF };
  const child = fork(WORKER, [], { env, execArgv: ["--import", TSX], stdio: ["ignore", "inherit", "pipe", "ipc"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const done = new Promise<number>((resolve, reject) => {
    let reply: ShardReply | undefined;
    child.on("message", (message: ShardReply) => (reply = message));
    child.on("error", (error) => reject(new Error(`Pagefind worker for ${bundle} could not run: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (reply && "error" in reply) reject(new Error(`Pagefind failed on ${reply.error}`));
      else if (reply && code === 0) resolve(reply.indexed);
      // Killed (out of memory?), or Pagefind's binary died under it (its panic is on stderr).
      else
        reject(
          new Error(
            `Pagefind worker for ${bundle} ended (${signal ?? `exit code ${code}`}) without writing its bundle${stderr ? `:\n${stderr.trim()}` : ""}`,
          ),
        );
    });
  });
  // A worker that has failed takes no more pages: what it says when it ends is the failure.
  const send = (message: ShardJob | ShardPage | ShardEnd) => {
    if (child.connected) child.send(message, () => {});
  };
  send(job);
  return { done, stop: () => child.kill(), page: send, end: () => send({ end: true }) };
}

/** The search page names the extra bundles it merges (data-shards) and the newest shard's pages (data-newest): those written. */
function checkSearchPage(site: string, extra: string[], newest: number): void {
  const page = path.join(site, "search/index.html");
  if (!existsSync(page)) return;
  const html = readFileSync(page, "utf8");
  // An empty attribute is written bare: `data-shards` (one shard, nothing extra to merge).
  const match = /\sdata-shards(?:="([^"]*)")?[\s>]/.exec(html);
  if (!match) return;
  const bundles = (match[1] ?? "")
    .split(" ")
    .filter(Boolean)
    .map((u) => /([^/]+\/)$/.exec(u)?.[1] ?? u);
  const named = Number(/\sdata-newest="(\d+)"/.exec(html)?.[1]);
  if (bundles.join(" ") !== extra.join(" ") || (extra.length > 0 && named !== newest)) {
    throw new Error(
      `search/index.html merges [${bundles.join(", ")}] with ${named} pages in the newest bundle, but the index has extra bundles [${extra.join(", ")}] and ${newest} pages in the newest: the page count or the shard size differs from the one the page was built with`,
    );
  }
}
