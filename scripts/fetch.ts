// Fetch: mirror the ombudsman's published decisions into a folder, politely (./polite-client.ts:
// one request at a time, a pause between requests, retries with backoff, every request bounded in
// time and size), robots.txt honoured; every page saved whole (temporary file, then rename), and a
// run that is stopped picks up where it left off. A report in chapters is saved whole: every chapter.
// Usage: npm run fetch -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out DIR] [--base-url URL] [--delay-ms N] [--timeout S]

import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { sync as writeFileAtomicSync } from "write-file-atomic";
import { chapterFileName, chapterNumbers, chapterUrl } from "../src/lib/archive/chapters.ts";
import {
  CATEGORIES,
  categoryPath,
  parseCategoryPage,
  LISTING_PAGE_SIZE,
  ListingChangedError,
  listingPath,
  pageCount,
  parseListing,
  type ListedDecision,
  type ListingPage,
} from "../src/lib/archive/listing.ts";
import {
  emptyManifest,
  MANIFEST_FILE,
  onSite,
  pageFileName,
  readManifest,
  reconcile,
  recordListed,
  referenceOfPageFile,
  resumeFrom,
  serializeManifest,
  setStatus,
  wanted,
  type Manifest,
} from "../src/lib/archive/manifest.ts";
import { describeProgress, formatDuration } from "../src/lib/archive/progress.ts";
import { MAX_RETRY_AFTER_MS } from "../src/lib/archive/retry.ts";
import { parseRobots, type RobotsRules } from "../src/lib/archive/robots.ts";
import { monthWindows, type Window } from "../src/lib/archive/windows.ts";
import { isIsoDate } from "../src/lib/dates.ts";
import { DecisionParseError } from "../src/lib/decision/errors.ts";
import { readTitle } from "../src/lib/decision/header.ts";
import { htmlToText, readChapterPage } from "../src/lib/decision/html.ts";
import { DEFAULT_LIMITS, FatalError, PoliteClient, type Fetched } from "./polite-client.ts";

const USAGE = `Usage: npm run fetch -- [options]
  --from YYYY-MM-DD  first decision date to list (default: the newest decision date already
                     saved, less 14 days; 2010-01-01 for an empty archive)
  --to YYYY-MM-DD    last decision date to list (default: today)
  --out DIR          where pages and ${MANIFEST_FILE} are saved (default: archive)
  --base-url URL     the ombudsman's site (default: https://www.lgo.org.uk)
  --delay-ms N       pause between requests in milliseconds (default: 1000; never less than
                     robots.txt's Crawl-delay)
  --timeout S        seconds a page may take to arrive whole before it is tried again
                     (default: ${DEFAULT_LIMITS.timeoutMs / 1000})`;

const DEFAULT_FROM = "2010-01-01";
/** The decisions' start page, opened first as a browser would: the site keeps its search session in cookies. */
const START_PAGE = "/decisions";
const PROGRESS_EVERY_MS = 5_000;
/** What write-file-atomic leaves of a write a kill cut short: the file's name and a number. */
const TEMPORARY = /^(?:\d{2}-\d{3}-\d{3}[a-z]?(?:\.chapter-\d{1,3})?\.html|manifest\.json)\.\d+$/;
const LOCK_FILE = ".fetch.lock";
/** The longest any one wait may be, as Retry-After is held to: a pause between requests, robots.txt's Crawl-delay, a request's deadline. */
const LONGEST_WAIT_MS = MAX_RETRY_AFTER_MS;
/**
 * The most pages a month of the search listing, or a category listing, is read to: far more than
 * the site has (about 500 decisions a month, 12,000 in the largest category), so a listing that
 * claims more, or never ends, is stopped and reported.
 */
const MAX_WINDOW_PAGES = 500;
const MAX_CATEGORY_PAGES = 3_000;

class UsageError extends Error {}

interface Options {
  from: string | null;
  to: string;
  out: string;
  base: URL;
  delayMs: number;
  timeoutMs: number;
}

function readOptions(): Options {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        from: { type: "string" },
        to: { type: "string" },
        out: { type: "string", default: "archive" },
        "base-url": { type: "string", default: "https://www.lgo.org.uk" },
        "delay-ms": { type: "string", default: "1000" },
        timeout: { type: "string", default: String(DEFAULT_LIMITS.timeoutMs / 1000) },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  for (const name of ["from", "to"] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} ${value} is not a date; give it as YYYY-MM-DD`);
  }
  const today = new Date().toISOString().slice(0, 10);
  const to = values.to ?? today;
  const from = values.from ?? null;
  if (from !== null && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const baseUrl = values["base-url"];
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
    throw new UsageError(`--base-url ${baseUrl} is not an http(s) address`);
  const { delayMs, timeoutMs } = readWaits(values["delay-ms"], values.timeout);
  return {
    from,
    to,
    out: resolve(values.out),
    base: new URL("/", baseUrl),
    delayMs,
    timeoutMs,
  };
}

/** The pause between requests and a request's deadline, as given: each at most an hour (LONGEST_WAIT_MS). */
function readWaits(delay: string, timeoutSeconds: string): { delayMs: number; timeoutMs: number } {
  const delayMs = Number(delay);
  if (!/^\d+$/.test(delay) || delayMs > LONGEST_WAIT_MS)
    throw new UsageError(`--delay-ms ${delay} is not a whole number of milliseconds from 0 to ${LONGEST_WAIT_MS} (an hour)`);
  const timeout = Number(timeoutSeconds);
  if (!(timeout > 0 && timeout * 1000 <= LONGEST_WAIT_MS))
    throw new UsageError(`--timeout ${timeoutSeconds} is not a number of seconds above 0 and at most ${LONGEST_WAIT_MS / 1000} (an hour)`);
  return { delayMs, timeoutMs: timeout * 1000 };
}

/** The product token and User-Agent, from package.json: name, version, and where the copy comes from. */
function identity(): { token: string; userAgent: string; homepage: string | null } {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    name: string;
    version: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const homepage = pkg.homepage ?? repository?.replace(/^git\+/, "").replace(/\.git$/, "") ?? null;
  const where = homepage ? `+${homepage}; ` : "";
  return { token: pkg.name, userAgent: `${pkg.name}/${pkg.version} (${where}a mirror of LGSCO decisions)`, homepage };
}

/**
 * Writes under a temporary name, then renames (write-file-atomic): a reader sees the old file or
 * the new, never half of one. A write that fails (a full disk, a folder made read-only) stops the
 * run, saying where.
 */
function writeAtomically(path: string, data: string | Buffer): void {
  try {
    writeFileAtomicSync(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const why = code === "ENOSPC" ? "the disk is full" : code === "EACCES" || code === "EPERM" ? "not allowed to write there" : code;
    throw new FatalError(
      `could not write ${path} (${why}); every page saved before it is whole and kept, so make room (or fix the folder) and run again to carry on`,
    );
  }
}

/**
 * One fetch per folder: a second would double the request rate. A lock left by a killed run is
 * taken over. Not proper-lockfile: it judges a lock stale by its age (the holder keeps touching it),
 * so a killed run's lock would hold the next run off for the whole stale period; on one machine the
 * holder's process id says at once whether it still runs.
 */
function lock(out: string): () => void {
  const path = join(out, LOCK_FILE);
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, "wx");
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new FatalError(
          `another npm run fetch (process ${pid}) is saving into ${out}; let it finish, or remove ${path} if that process is not a fetch`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new FatalError(`could not take ${path}; remove it and run again`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function savedPages(out: string): Set<string> {
  const saved = new Set<string>();
  for (const name of readdirSync(out)) {
    const reference = referenceOfPageFile(name);
    if (reference) saved.add(reference);
  }
  return saved;
}

interface Stats {
  saved: number;
  gone: number;
  failed: number;
  windowsDone: number;
  listedInWindowsDone: number;
}

async function run(options: Options, signal: AbortSignal): Promise<number> {
  const { out } = options;
  const started = Date.now();
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new FatalError(
      `${out}: cannot create the folder (${(error as NodeJS.ErrnoException).code}); give --out a folder you can write to`,
    );
  }
  const unlock = lock(out);
  try {
    // A run killed between writing and renaming leaves a temporary file: never a page.
    for (const name of readdirSync(out)) if (TEMPORARY.test(name)) rmSync(join(out, name), { force: true });

    const manifestPath = join(out, MANIFEST_FILE);
    let manifest: Manifest;
    try {
      manifest = existsSync(manifestPath) ? readManifest(readFileSync(manifestPath, "utf8"), manifestPath) : emptyManifest();
    } catch (error) {
      throw new FatalError(
        `${(error as Error).message}; move it aside and run again (the pages saved in ${out} are kept and not fetched again)`,
      );
    }
    const saved = savedPages(out);
    reconcile(manifest, saved);
    const save = () => writeAtomically(manifestPath, serializeManifest(manifest));
    // Interrupted or stopped, what was learnt is kept: the next run starts from it.
    let code: number;
    try {
      code = await mirror(manifest, saved, save, options, signal, started);
    } catch (error) {
      try {
        save();
      } catch (saving) {
        // The run's own failure is the one to report; this one is said too.
        console.error(`fetch: ${(saving as Error).message}`);
      }
      throw error;
    }
    save();
    return code;
  } finally {
    unlock();
  }
}

/** One mirroring run: the manifest and pages so far, the client and robots.txt, and what the run has done. */
interface Mirror {
  manifest: Manifest;
  saved: Set<string>;
  save: () => void;
  client: PoliteClient;
  robots: RobotsRules;
  /** The site mirrored: the manifest's addresses are read as pages of it. */
  site: URL;
  out: string;
  stats: Stats;
  /** References asked for in this run, so none is asked for twice. */
  attempted: Set<string>;
  warnings: string[];
  /** Listing pages (of the category listings) that could not be read, with why. */
  unlistedPages: string[];
  /** Prints a progress line when one is due. */
  progress: () => void;
}

async function mirror(
  manifest: Manifest,
  saved: Set<string>,
  save: () => void,
  options: Options,
  signal: AbortSignal,
  started: number,
): Promise<number> {
  const { out, base } = options;
  const { client, robots } = await politeClient(options, signal);
  const { from, windows } = windowsToList(manifest, options);
  console.error(
    `fetch: listing ${windows.length} month${windows.length === 1 ? "" : "s"} from ${windows[0]?.from ?? from} to ${options.to} on ${base.origin}; ${saved.size} pages already in ${out}`,
  );
  const stats: Stats = { saved: 0, gone: 0, failed: 0, windowsDone: 0, listedInWindowsDone: 0 };
  const attempted = new Set<string>();
  let lastProgress = Date.now();
  const progress = () => {
    if (Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = Date.now();
    const queued = wanted(manifest).filter((r) => !attempted.has(r)).length;
    console.error(
      `fetch: ${describeProgress({ ...stats, windowsTotal: windows.length, requests: client.requests, queued, elapsedMs: Date.now() - started })}`,
    );
  };
  const run: Mirror = {
    manifest,
    saved,
    save,
    client,
    robots,
    site: base,
    out,
    stats,
    attempted,
    warnings: [],
    unlistedPages: [],
    progress,
  };

  // First what earlier runs listed and did not save; then the months.
  for (const reference of wanted(manifest)) await fetchDecision(run, reference);
  if (attempted.size > 0) save();
  try {
    for (const window of windows) await mirrorWindow(run, window, signal);
  } catch (error) {
    if (!(error instanceof ListingChangedError)) throw error;
    console.error(`fetch: ${error.message}; walking the category listings instead`);
    run.warnings.push(
      `the search listing did not answer as expected (${error.message}); the decisions were listed from each category's listing`,
    );
    await walkCategories(run, options);
  }
  return report(manifest, stats, run.warnings, out, started, client.requests, run.unlistedPages);
}

/** The client that paces the requests, at robots.txt's Crawl-delay when that is longer, and robots.txt's rules. */
async function politeClient(options: Options, signal: AbortSignal): Promise<{ client: PoliteClient; robots: RobotsRules }> {
  const { token, userAgent, homepage } = identity();
  if (!homepage)
    console.error(
      `fetch: package.json has no "homepage", so the User-Agent cannot say where this copy comes from; put your repository's address there`,
    );
  const client = new PoliteClient(options.base, userAgent, options.delayMs, signal, { ...DEFAULT_LIMITS, timeoutMs: options.timeoutMs });
  const robots = await readRobots(client, options.base, token);
  if (robots.crawlDelaySeconds !== null && robots.crawlDelaySeconds * 1000 > LONGEST_WAIT_MS)
    throw new FatalError(
      `robots.txt at ${new URL("/robots.txt", options.base).href} asks for ${formatDuration(robots.crawlDelaySeconds)} between requests (Crawl-delay), longer than the ${formatDuration(LONGEST_WAIT_MS / 1000)} fetch will wait; nothing is fetched`,
    );
  if (robots.crawlDelaySeconds !== null && robots.crawlDelaySeconds * 1000 > client.delayMs) {
    client.delayMs = robots.crawlDelaySeconds * 1000;
    console.error(`fetch: robots.txt asks for ${robots.crawlDelaySeconds} s between requests; waiting that long`);
  }
  await startSession(client, robots, options.base);
  return { client, robots };
}

/** Opens the start page, for the session cookies the search listing may need. */
async function startSession(client: PoliteClient, robots: RobotsRules, base: URL): Promise<void> {
  if (!robots.allows(START_PAGE)) return;
  const result = await client.get(new URL(START_PAGE, base));
  if (!result.ok) console.error(`fetch: could not open ${new URL(START_PAGE, base).href} (${result.detail}); listing without a session`);
}

/** The months to list, oldest first: those earlier runs could not list, then from --from (or where the archive stops) to --to. */
function windowsToList(manifest: Manifest, options: Options): { from: string; windows: Window[] } {
  const from = options.from ?? resumeFrom(manifest) ?? DEFAULT_FROM;
  const retried = manifest.unlisted.map(({ from, to }) => ({ from, to }));
  const windows = [
    ...retried,
    ...monthWindows(from, options.to).filter((w) => !retried.some((r) => r.from === w.from && r.to === w.to)),
  ].sort((a, b) => a.from.localeCompare(b.from));
  return { from, windows };
}

/** Fetches one listed decision's page and records what became of it. */
async function fetchDecision(run: Mirror, reference: string): Promise<void> {
  const { manifest, stats } = run;
  run.attempted.add(reference);
  const entry = manifest.decisions[reference]!;
  const url = onSite(entry.url, run.site);
  const refuse = (status: "disallowed" | "gone" | "failed", detail: string, message: string) => {
    setStatus(manifest, reference, status, detail);
    if (status === "gone") stats.gone++;
    else stats.failed++;
    console.error(`fetch: ${reference} ${message}`);
    run.save();
  };
  if (!run.robots.allows(url.pathname + url.search)) {
    refuse("disallowed", `robots.txt disallows ${url.pathname}`, `not fetched: robots.txt disallows ${url.pathname}`);
    return;
  }
  const result = await run.client.get(url);
  if (result.ok && (result.status === 404 || result.status === 410)) {
    refuse("gone", `HTTP ${result.status}`, `is gone (HTTP ${result.status}): ${url.href}`);
    return;
  }
  const page = keepable(result, (html) => referenceShown(htmlToText(html, { title: entry.title, file: url.href })));
  if ("problem" in page) {
    refuse("failed", page.problem, `failed: ${page.problem}: ${url.href}`);
    return;
  }
  // A page redirected within the site to another decision is that decision's, not this one's.
  if (page.value !== null && !sameDecision(page.value, reference)) {
    const problem = `the page is decision ${page.value}, not ${reference}`;
    refuse("failed", problem, `failed: ${problem}: ${url.href}`);
    return;
  }
  const chapters = await fetchChapters(run, url, page.body);
  if ("problem" in chapters) {
    refuse("failed", chapters.problem, `failed: ${chapters.problem}`);
    return;
  }
  // The first page last: a report counts as saved only once every chapter is.
  for (const [chapter, body] of chapters.pages) writeAtomically(join(run.out, chapterFileName(pageFileName(reference), chapter)), body);
  writeAtomically(join(run.out, pageFileName(reference)), page.body);
  run.saved.add(reference);
  setStatus(manifest, reference, "saved");
  stats.saved++;
  run.progress();
}

/**
 * A report's later chapters, each fetched once, following the chapter links of every page read
 * (the first page may link only to the next); none for a decision in one page. A chapter that
 * cannot be had fails the whole decision: a report is saved whole or not at all.
 */
async function fetchChapters(run: Mirror, decision: URL, first: Buffer): Promise<{ pages: Map<number, Buffer> } | { problem: string }> {
  const pages = new Map<number, Buffer>();
  const linked = new Set(chapterNumbers(new TextDecoder().decode(first), decision));
  for (;;) {
    const chapter = [...linked].filter((n) => !pages.has(n)).sort((a, b) => a - b)[0];
    if (chapter === undefined) return { pages: new Map([...pages].sort(([a], [b]) => a - b)) };
    const url = chapterUrl(decision, chapter);
    if (!run.robots.allows(url.pathname + url.search))
      return { problem: `robots.txt disallows chapter ${chapter} of the report: ${url.href}` };
    const page = keepable(await run.client.get(url), (html) => readChapterPage(html, { file: url.href }));
    if ("problem" in page) return { problem: `chapter ${chapter} of the report: ${page.problem}: ${url.href}` };
    pages.set(chapter, page.body);
    for (const n of chapterNumbers(new TextDecoder().decode(page.body), decision)) linked.add(n);
  }
}

/**
 * Lists one month and fetches what it lists that is not saved yet. A month that cannot be listed,
 * or only in part (a page of its listing failed after its retries), is kept for the next run; what
 * the pages read did list is fetched all the same.
 */
async function mirrorWindow(run: Mirror, window: Window, signal: AbortSignal): Promise<void> {
  const { manifest, stats } = run;
  const others = () => manifest.unlisted.filter((w) => w.from !== window.from || w.to !== window.to);
  const keepForNextRun = (detail: string) => {
    manifest.unlisted = [...others(), { ...window, detail }];
    console.error(`fetch: could not list ${window.from} to ${window.to}: ${detail}`);
  };
  let listing: WindowListing;
  try {
    listing = await listWindow(run.client, run.robots, run.site, window, run.warnings, signal);
  } catch (error) {
    if (error instanceof ListingChangedError || error instanceof FatalError || signal.aborted) throw error;
    keepForNextRun((error as Error).message);
    run.save();
    return;
  }
  const { listed, failedPages } = listing;
  if (failedPages.length > 0)
    keepForNextRun(
      `${failedPages.length === 1 ? "a page" : `${failedPages.length} pages`} of its listing could not be read (${failedPages.join("; ")}); the ${listed.length} decisions the other pages list are fetched`,
    );
  else manifest.unlisted = others();
  await takeListed(run, listed, () => window);
  stats.windowsDone++;
  stats.listedInWindowsDone += listed.length;
  run.save();
  run.progress();
}

/**
 * Records what a listing showed (a decision saved from one address and listed at another is
 * reported), then fetches each decision it lists that is neither saved, gone, nor asked for already.
 */
async function takeListed(run: Mirror, listed: readonly ListedDecision[], windowOf: (d: ListedDecision) => Window): Promise<void> {
  for (const decision of listed) {
    const url = new URL(decision.path, run.site).href;
    const { movedFrom } = recordListed(run.manifest, decision, url, windowOf(decision));
    if (movedFrom)
      run.warnings.push(`${decision.reference} is listed at two addresses: ${movedFrom} (saved from) and ${url}; check which is current`);
  }
  run.save();
  for (const decision of listed) {
    const status = run.manifest.decisions[decision.reference]!.status;
    if (status !== "saved" && status !== "gone" && !run.attempted.has(decision.reference)) await fetchDecision(run, decision.reference);
  }
}

/**
 * Lists every decision from the category listings, newest first, and fetches what is not saved,
 * each once. A category listing has no date filter, so each is walked to its last page, or, with
 * --from, to a page whose decisions are all older (at the default pace about 1.6 hours for the
 * whole archive, against minutes for a month of the search).
 */
async function walkCategories(run: Mirror, options: Options): Promise<void> {
  const lowest = options.from ?? DEFAULT_FROM;
  let found = 0;
  for (const category of CATEGORIES) {
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      if (page > MAX_CATEGORY_PAGES) {
        run.unlistedPages.push(
          `${new URL(categoryPath(category, page), options.base).href}: more than the ${MAX_CATEGORY_PAGES} pages fetch reads a category; not read`,
        );
        break;
      }
      const path = categoryPath(category, page);
      if (!run.robots.allows(path))
        throw new FatalError(
          `robots.txt disallows the category listing (${path}), so the archive cannot be listed; nothing more is fetched`,
        );
      const url = new URL(path, options.base);
      const result = await run.client.get(url);
      if (!result.ok || result.status !== 200) {
        run.unlistedPages.push(`${url.href}: ${result.ok ? `HTTP ${result.status}` : result.detail}`);
        break;
      }
      const listed = parseCategoryPage(new TextDecoder().decode(result.body), url.href);
      // A page past the last may give an earlier page again: one that lists nothing new ends the category.
      if (listed.every((d) => seen.has(d.reference))) break;
      for (const d of listed) seen.add(d.reference);
      found += listed.length;
      const wanted = listed.filter((d) => d.date === null || (d.date >= lowest && d.date <= options.to));
      // A category listing is not walked by month: each decision is filed under its own.
      await takeListed(run, wanted, (d) => {
        const month = (d.date ?? new Date().toISOString()).slice(0, 7);
        return { from: `${month}-01`, to: `${month}-01` };
      });
      run.progress();
      if (listed.every((d) => d.date !== null && d.date < lowest)) break;
    }
  }
  if (found === 0 && run.unlistedPages.length === 0)
    throw new FatalError(
      `no category listing (${new URL(categoryPath(CATEGORIES[0], 1), options.base).href}, ...) links to a decision either; npm run fetch needs updating to read the site (src/lib/archive/listing.ts)`,
    );
}

/** The reference a statement's text gives in its title line, its first, as ingest reads it (readTitle), or null. */
function referenceShown(text: string): string | null {
  const end = text.indexOf("\n");
  return readTitle((end === -1 ? text : text.slice(0, end)).trim())?.reference ?? null;
}

/** Whether a page's reference is the listed one: the same, or the same without a joint decision's letter. */
const sameDecision = (shown: string, listed: string): boolean =>
  shown === listed || (/^\d{2} \d{3} \d{3}$/.test(shown) && listed.startsWith(shown));

/**
 * The page to keep from an answer, with what `read` makes of it, or why there is none: an error,
 * another status, or a page that `read` refuses (it throws the parser's error for a page that holds
 * no decision).
 */
function keepable<T>(result: Fetched, read: (html: string) => T): { body: Buffer; value: T } | { problem: string } {
  if (!result.ok) return { problem: result.detail };
  if (result.status !== 200) return { problem: `HTTP ${result.status}` };
  if (!/html/i.test(result.contentType)) return { problem: `expected an HTML page, got ${result.contentType || "no content type"}` };
  try {
    return { body: result.body, value: read(new TextDecoder().decode(result.body)) };
  } catch (error) {
    if (error instanceof DecisionParseError) return { problem: `not a decision page (${error.message})` };
    throw error;
  }
}

async function readRobots(client: PoliteClient, base: URL, token: string): Promise<RobotsRules> {
  const url = new URL("/robots.txt", base);
  const result = await client.get(url);
  if (!result.ok)
    throw new FatalError(`could not read ${url.href} (${result.detail}); not fetching without knowing what it allows, run again later`);
  // A missing robots.txt allows everything (RFC 9309); so does any other client error.
  if (result.status >= 400) return parseRobots("", token);
  return parseRobots(new TextDecoder().decode(result.body), token);
}

/** The address of a page of a month's listing; a FatalError when robots.txt disallows it. */
function allowedListingPath(robots: RobotsRules, base: URL, window: Window, page: number): string {
  const path = listingPath(window, page);
  if (!robots.allows(path))
    throw new FatalError(
      `robots.txt at ${new URL("/robots.txt", base).href} disallows the listing (${path}), so the archive cannot be listed; nothing more is fetched`,
    );
  return path;
}

/** What a month's listing showed, and the pages of it that could not be read, each with the reason. */
interface WindowListing {
  listed: ListedDecision[];
  failedPages: string[];
}

/**
 * Reads a month's listing, page by page. Its first page must be read (it gives the count of
 * results); a later page that fails after its retries is passed over, and named in failedPages.
 */
async function listWindow(
  client: PoliteClient,
  robots: RobotsRules,
  base: URL,
  window: Window,
  warnings: string[],
  signal: AbortSignal,
): Promise<WindowListing> {
  const found = new Map<string, ListedDecision>();
  const failedPages: string[] = [];
  let pages = 1;
  let total = 0;
  for (let page = 1; page <= pages; page++) {
    if (page > MAX_WINDOW_PAGES) {
      warnings.push(
        `${window.from} to ${window.to}: the listing said ${total} results, more than the ${MAX_WINDOW_PAGES} pages fetch reads a month; only the first ${MAX_WINDOW_PAGES} were read`,
      );
      break;
    }
    const path = allowedListingPath(robots, base, window, page);
    let listing: ListingPage;
    try {
      listing = await readListingPage(client, robots, new URL(path, base), page);
    } catch (error) {
      if (page === 1 || error instanceof ListingChangedError || error instanceof FatalError || signal.aborted) throw error;
      failedPages.push((error as Error).message);
      continue;
    }
    if (page === 1) {
      total = listing.total;
      pages = pageCount(listing.total, listing.decisions.length);
    }
    const before = found.size;
    for (const decision of listing.decisions) if (!found.has(decision.reference)) found.set(decision.reference, decision);
    if (page > 1 && found.size === before) {
      warnings.push(
        `${window.from} to ${window.to}: page ${page} of the listing showed only decisions already listed; the rest of the month's ${pages} pages were not read`,
      );
      break;
    }
  }
  // Results move between pages when decisions are published mid-walk; the next run's overlap finds them.
  if (found.size < total && failedPages.length === 0)
    warnings.push(
      `${window.from} to ${window.to}: the listing said ${total} results and showed ${found.size} (${LISTING_PAGE_SIZE} a page); the next run lists this month again`,
    );
  return { listed: [...found.values()], failedPages };
}

/**
 * One page of the search listing. The site can answer a client without a session with the empty
 * search page (no count, no results): such a page is asked for once more, in a new session.
 */
async function readListingPage(client: PoliteClient, robots: RobotsRules, url: URL, page: number): Promise<ListingPage> {
  for (let attempt = 1; ; attempt++) {
    const result = await client.get(url);
    if (!result.ok) throw new Error(`${url.href}: ${result.detail}`);
    if (result.status !== 200) throw new Error(`${url.href}: HTTP ${result.status}`);
    try {
      return parseListing(new TextDecoder().decode(result.body), url.href, page);
    } catch (error) {
      if (!(error instanceof ListingChangedError) || attempt > 1) throw error;
      console.error(`fetch: ${url.href} came back without a count of results; opening ${START_PAGE} again and asking once more`);
      await startSession(client, robots, new URL("/", url));
    }
  }
}

function report(
  manifest: Manifest,
  stats: Stats,
  warnings: readonly string[],
  out: string,
  started: number,
  requests: number,
  unlistedPages: readonly string[],
): number {
  const entries = Object.entries(manifest.decisions);
  const failed = entries.filter(([, e]) => e.status === "failed" || e.status === "disallowed" || e.status === "listed");
  const gone = entries.filter(([, e]) => e.status === "gone");
  for (const warning of warnings) console.error(`fetch: warning: ${warning}`);
  for (const [reference, entry] of failed)
    console.error(`fetch: not saved: ${reference}: ${entry.detail ?? "not fetched yet"}: ${entry.url}`);
  for (const window of manifest.unlisted) console.error(`fetch: not listed: ${window.from} to ${window.to}: ${window.detail}`);
  for (const page of unlistedPages) console.error(`fetch: not listed: ${page}`);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `fetched ${stats.saved} new pages into ${out}; ${entries.length - failed.length - gone.length} saved in all, gone ${gone.length}, not saved ${failed.length}, months not listed ${manifest.unlisted.length} (${requests} requests in ${formatDuration(seconds)})`,
  );
  if (failed.length === 0 && manifest.unlisted.length === 0 && unlistedPages.length === 0) return 0;
  console.error(`fetch: run npm run fetch again to retry what was not saved or listed`);
  return 1;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = readOptions();
  } catch (error) {
    console.error(`fetch: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await run(options, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      console.error("fetch: interrupted; every page saved so far is whole, and the next run carries on from here");
      return 130;
    }
    if (error instanceof FatalError || error instanceof ListingChangedError) {
      console.error(`fetch: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
