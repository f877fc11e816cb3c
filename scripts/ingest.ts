// Ingest: raw decision texts in, validated decisions/<slug>.md out.
// Usage: npm run ingest -- [--out DIR] [--check] [--json] [--force] PATH...

import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import writeFileAtomic from "write-file-atomic";
import { chapterFileName, chapterNumbers, isChapterFile } from "../src/lib/archive/chapters.ts";
import {
  parseIngestRecord,
  recordedInputHash,
  recordedProvenance,
  type IngestRecord,
  type InputParts,
} from "../src/lib/archive/ingest-record.ts";
import { MANIFEST_FILE, readManifest, referenceOfPageFile, type Manifest } from "../src/lib/archive/manifest.ts";
import { DecisionParseError } from "../src/lib/decision/errors.ts";
import { parseDecisionPage, type ChapterPage } from "../src/lib/decision/html.ts";
import { parseDecision, type ParsedDecision } from "../src/lib/decision/parse.ts";
import type { Decision } from "../src/lib/decision/schema.ts";
import { describeEncoding } from "../src/lib/encoding.ts";
import { readDecisionFile, readProvenance, serializeDecision, sha256, type Provenance } from "../src/lib/decision-file.ts";
import type { CachedFile, FileStat } from "../src/lib/record-cache.ts";
import { parserFingerprint } from "./parser-fingerprint.ts";

const USAGE = `Usage: npm run ingest -- [options] PATH...
  PATH          .txt decision texts or .html decision pages (as npm run fetch saves them),
                or folders searched for them; a folder's manifest.json gives its pages'
                listing titles and addresses, and a report's later chapters saved beside
                its first page (21-018-990.chapter-2.html) are read with it
  --out DIR     where to write <slug>.md (default: decisions)
  --check       parse and validate; write nothing
  --json        print the validated records as one JSON array; write nothing
  --force       overwrite files edited by hand, and re-parse inputs already ingested`;

/** An input that parsed: where its file goes, and the temporary file written for it, if any. */
interface Staged {
  file: string;
  reference: string;
  path: string;
  /** Written and waiting to be renamed into place; null when the file is unchanged. */
  temporary: string | null;
}

function fail(message: string): never {
  console.error(`ingest: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const INPUT = /\.(?:txt|html)$/;

/**
 * The input files: each path given, and the .txt and .html files in each folder given and its
 * subfolders. Links are followed, but never into a folder already walked (a link to a parent
 * cannot loop), and each real file is read once however many paths lead to it.
 */
function inputFiles(paths: readonly string[], errors: string[]): string[] {
  const files: string[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const add = (path: string, found: string[]) => {
    const real = realpathSync(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push(path);
  };
  const walk = (folder: string, found: string[]) => {
    let names: string[];
    try {
      const real = realpathSync(folder);
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      names = readdirSync(folder).sort();
    } catch (error) {
      errors.push(`${folder}: cannot list this folder (${unreadable(error)}); the files in it were not ingested`);
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      let stat;
      try {
        stat = statSync(path);
      } catch (error) {
        // A dangling link to something that would not be read anyway is not worth a failure.
        if (INPUT.test(name) || (error as NodeJS.ErrnoException).code !== "ENOENT")
          errors.push(`${path}: cannot read it (${unreadable(error)})`);
        continue;
      }
      if (stat.isDirectory()) walk(path, found);
      else if (INPUT.test(name) && !isChapterFile(name)) add(path, found);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) fail(`no such file or folder: ${path}`);
    const found: string[] = [];
    if (statSync(path).isDirectory()) walk(path, found);
    else if (isChapterFile(basename(path)))
      errors.push(`${path}:1: a later chapter of a report, read with the report's first page; give ingest that page (or the folder)`);
    else add(path, found);
    files.push(...found.sort());
  }
  return files;
}

/** Why a path could not be read, in words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "not there: a link to something missing?";
    case "ELOOP":
      return "a loop of links";
    case "ENAMETOOLONG":
      return "its path is too long for the system: move the files nearer the top";
    default:
      return code ?? (error as Error).message;
  }
}

/** What the listing said of a saved page, from the manifest in the page's folder. */
interface Listing {
  title: string;
  url: string;
}

/** Reads each folder's manifest once; a manifest that cannot be read is reported and its pages read without it. */
function listingReader(errors: string[]): (file: string) => Listing | null {
  const manifests = new Map<string, Manifest | null>();
  return (file) => {
    const folder = dirname(file);
    if (!manifests.has(folder)) {
      const path = join(folder, MANIFEST_FILE);
      let manifest: Manifest | null = null;
      if (existsSync(path)) {
        try {
          manifest = readManifest(readFileSync(path, "utf8"), path);
        } catch (error) {
          errors.push(`${(error as Error).message}; the pages beside it were read without their listing titles and addresses`);
        }
      }
      manifests.set(folder, manifest);
    }
    const reference = referenceOfPageFile(basename(file));
    const entry = reference ? manifests.get(folder)?.decisions[reference] : undefined;
    return entry ? { title: entry.title, url: entry.url } : null;
  };
}

/**
 * The later chapters of a report saved beside its first page (the chapters the page links to), or
 * null when one cannot be read (reported). Links are read against the page's listed address, else
 * against an address on lgo.org.uk ending in the file's name.
 */
function readChapters(raw: string, file: string, listing: Listing | null, errors: string[]): ChapterPage[] | null {
  const page = new URL(listing?.url ?? `https://www.lgo.org.uk/decisions/${encodeURIComponent(basename(file, ".html"))}`);
  const chapters: ChapterPage[] = [];
  for (const chapter of chapterNumbers(raw, page)) {
    const path = join(dirname(file), chapterFileName(basename(file), chapter));
    if (!existsSync(path)) {
      errors.push(
        `${file}:1: this report links to its chapter ${chapter}, which is not beside it (${path}); delete ${file} and run npm run fetch again to save the report whole`,
      );
      return null;
    }
    const html = readInput(path, errors);
    if (html === null) return null;
    chapters.push({ html, file: path });
  }
  return chapters;
}

/** Parses one input; any failure, the parser's own or not, becomes a message naming the file. */
function parseInput(raw: string, file: string, listing: Listing | null, chapters: readonly ChapterPage[]): ParsedDecision | string {
  const page = file.endsWith(".html");
  try {
    return page ? parseDecisionPage(raw, file, { title: listing?.title, officialUrl: listing?.url, chapters }) : parseDecision(raw, file);
  } catch (error) {
    if (error instanceof DecisionParseError) {
      return `${error.message}. ${page ? "Check that the file is a whole decision page saved from lgo.org.uk (npm run fetch saves them)" : "Check that the file is a complete decision text copied from the ombudsman's decision page"}.`;
    }
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `${file}:1: the parser failed on this file (${what}); the other files were still ingested. This is a bug in the casebook: please report it with this file`;
  }
}

/** Existing output files by the sha256 of the input they came from, for skipping unchanged inputs. */
function existingBySource(run: Run): Map<string, { path: string; reference: string }> {
  const bySource = new Map<string, { path: string; reference: string }>();
  const { out, parser } = run;
  if (!existsSync(out) || !statSync(out).isDirectory()) return bySource;
  for (const name of readdirSync(out)) {
    if (!name.endsWith(".md")) continue;
    const path = join(out, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    // Taken from the last run's record when the file is unchanged since, else read.
    const file = recordedProvenance(run.previous, run.version, path, stat) ?? readProvenance(readFileSync(path, "utf8"));
    run.outputs[path] = { size: stat.size, mtimeMs: stat.mtimeMs, digest: "", record: file };
    if (file.intact && file.parser === parser && file.sourceSha256 && file.reference) {
      bySource.set(file.sourceSha256, { path, reference: file.reference });
    }
  }
  return bySource;
}

/** Where an ingest into `out` keeps its record of the files it read: in the project's cache, one file for each output folder. */
const recordFile = (out: string) =>
  join(fileURLToPath(new URL("../node_modules/.cache/casebook/", import.meta.url)), `ingest-${sha256(out).slice(0, 16)}.json`);

/** The last run's record, or null when there is none or it is not whole (every file is then read). */
function readIngestRecord(out: string): IngestRecord | null {
  const file = recordFile(out);
  return existsSync(file) ? parseIngestRecord(readFileSync(file, "utf8")) : null;
}

/**
 * Writes this run's record: each input it staged and each output file it found (those it wrote are
 * read by the next run). A record that cannot be written costs the next run its speed, not its
 * result, so it is reported and the run goes on.
 */
function writeIngestRecord(run: Run, readAt: number): void {
  const file = recordFile(run.out);
  const cache = <R>(files: Record<string, CachedFile<R>>) => ({ version: run.version, readAt, files });
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic.sync(file, JSON.stringify({ inputs: cache(run.inputs), outputs: cache(run.outputs) }));
  } catch (error) {
    console.error(`ingest: could not keep a record of the files read in ${file} (${unreadable(error)}); the next run reads every file`);
  }
}

/** A file's size and time now, or undefined when it cannot be looked at. */
function statOf(file: string): FileStat | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

const TEMPORARY = /\.md\.\d+\.\d+\.tmp$/;

interface Options {
  out: string;
  check: boolean;
  json: boolean;
  force: boolean;
  paths: string[];
}

/** The command line read; null when it asked for the usage, which is printed. */
function readOptions(): Options | null {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", default: "decisions" },
        check: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  if (positionals.length === 0) fail("give at least one file or folder of .txt decision texts or .html decision pages");
  return { out: resolve(values.out), check: values.check, json: values.json, force: values.force, paths: positionals };
}

/** One run: what it was asked for, and what it has staged, collected and refused so far. */
interface Run {
  out: string;
  /** False for --check and --json, which write nothing. */
  writing: boolean;
  json: boolean;
  force: boolean;
  parser: string;
  /** Files already written from an input, by the input's hash; empty with --force. */
  known: Map<string, { path: string; reference: string }>;
  /** The last run's record of what it read (none with --force, --check or --json), and what identifies its reader. */
  previous: IngestRecord | null;
  version: string;
  /** This run's record: each input staged, and each output file. */
  inputs: Record<string, CachedFile<InputParts>>;
  outputs: Record<string, CachedFile<Provenance>>;
  listingOf: (file: string) => Listing | null;
  staged: Staged[];
  records: Decision[];
  errors: string[];
}

/** Creates the output folder and clears the temporary files a killed run left; false (reported) if it cannot. */
function prepareOutput(out: string): boolean {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    console.error(
      `error: ${out}: cannot create the output folder (${(error as NodeJS.ErrnoException).code}); give --out a folder you can write to`,
    );
    return false;
  }
  // A run that was killed between writing and renaming leaves its temporary files behind.
  for (const name of readdirSync(out)) if (TEMPORARY.test(name)) rmSync(join(out, name), { force: true });
  return true;
}

/** Bytes an input may hold: a decision page is about 50 KB, its text less. */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * An input's text, or null (reported, saying what it is instead): only a regular file, checked
 * before it is opened (a FIFO would block the read), of a decision's size, in UTF-8.
 */
function readInput(file: string, errors: string[]): string | null {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const what = stat.isFIFO() ? "a named pipe (FIFO)" : stat.isSocket() ? "a socket" : stat.isDirectory() ? "a folder" : "a device";
      errors.push(`${file}:1: not a regular file but ${what}; give ingest the files of decisions`);
      return null;
    }
    if (stat.size > MAX_INPUT_BYTES) {
      errors.push(`${file}:1: too large for a decision (${(stat.size / 1024 / 1024).toFixed(0)} MB; one is well under 1 MB)`);
      return null;
    }
    bytes = readFileSync(file);
  } catch (error) {
    errors.push(`${file}:1: could not read it (${unreadable(error)})`);
    return null;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    errors.push(`${file}:1: expected UTF-8 text of a decision statement, found ${describeEncoding(bytes)}; save it as UTF-8`);
    return null;
  }
}

/** Parses one input and stages its file: written under a temporary name, or known to be unchanged. */
function stageInput(run: Run, file: string, index: number): void {
  const stat = statOf(file);
  const listing = file.endsWith(".html") ? run.listingOf(file) : null;
  // An input unchanged since the last run, with its listing and chapters, whose file is still there, is not read again.
  // Recorded by its absolute path, as its chapters are: a relative one names another file from another folder.
  const key = resolve(file);
  const recorded = stat && recordedInputHash(run.previous, run.version, { file: key, stat, listing }, statOf);
  const unread = recorded ? run.known.get(recorded) : undefined;
  if (unread) {
    run.inputs[key] = run.previous!.inputs.files[key]!;
    run.staged.push({ file, reference: unread.reference, path: unread.path, temporary: null });
    return;
  }
  const raw = readInput(file, run.errors);
  if (raw === null) return;
  const chapters = file.endsWith(".html") ? readChapters(raw, file, listing, run.errors) : [];
  if (chapters === null) return;
  // A page read with its listing's title and address gives the record those too, and a report's
  // later chapters their text: all count.
  const parts = [raw, ...chapters.map((c) => c.html), ...(listing ? [listing.title, listing.url] : [])];
  const hash = sha256(parts.join("\0"));
  const chapterStats = chapters.map((c) => ({ file: resolve(c.file), stat: statOf(c.file) }));
  if (stat && chapterStats.every((c) => c.stat !== undefined))
    run.inputs[key] = { ...stat, digest: hash, record: { listing, chapters: chapterStats.map((c) => ({ file: c.file, ...c.stat! })) } };
  const done = run.known.get(hash);
  if (done) {
    run.staged.push({ file, reference: done.reference, path: done.path, temporary: null });
    return;
  }
  const parsed = parseInput(raw, file, listing, chapters);
  if (typeof parsed === "string") {
    run.errors.push(parsed);
    return;
  }
  const { decision, body } = parsed;
  const path = join(run.out, `${decision.slug}.md`);
  if (!run.writing) {
    if (run.json) run.records.push(decision);
    run.staged.push({ file, reference: decision.reference, path, temporary: null });
    return;
  }
  const content = serializeDecision(decision, body, { file: basename(file), sha256: hash, parser: run.parser });
  writeTemporary(run, { file, reference: decision.reference, path, temporary: `${path}.${process.pid}.${index}.tmp` }, content);
}

/**
 * For the tests of a run killed half-way: the process kills itself once it has written or renamed
 * this many files (INGEST_KILL_AFTER_WRITES), at a point the test chooses, not one a timer finds.
 */
const KILL_AFTER_WRITES = Number(process.env["INGEST_KILL_AFTER_WRITES"]) || Infinity;
let writes = 0;
function wrote(): void {
  if (++writes >= KILL_AFTER_WRITES) process.kill(process.pid, "SIGKILL");
}

// Not write-file-atomic: every file is written under a temporary name first and renamed only once
// every input is read (two inputs claiming one reference are then both refused), a two-phase write
// that library does not make.
/** Writes an input's file under its temporary name, unless the file holds it already or was edited by hand. */
function writeTemporary(run: Run, entry: Staged & { temporary: string }, content: string): void {
  const { file, path, temporary } = entry;
  const cannotWrite = (error: unknown) =>
    `${path}:1: could not write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check that ${run.out} exists, is writable and has space`;
  let existing: string | null = null;
  try {
    existing = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      run.errors.push(cannotWrite(error));
      return;
    }
  }
  if (existing === content) {
    run.staged.push({ ...entry, temporary: null });
    return;
  }
  if (existing !== null && !run.force && !readDecisionFile(existing).intact) {
    run.errors.push(
      `${path}:1: this file was edited by hand since ingest wrote it, so ingest will not overwrite it (from ${file}); move your edits into the source text, or run again with --force to replace it`,
    );
    return;
  }
  try {
    writeFileSync(temporary, content);
    run.staged.push(entry);
    wrote();
  } catch (error) {
    rmSync(temporary, { force: true });
    run.errors.push(cannotWrite(error));
  }
}

/** Renames the staged files into place, except where two inputs claim one reference: neither wins. */
function commitStaged(run: Run): { ingested: number; unchanged: number } {
  const byReference = new Map<string, Staged[]>();
  for (const entry of run.staged) byReference.set(entry.reference, [...(byReference.get(entry.reference) ?? []), entry]);
  let ingested = 0;
  let unchanged = 0;
  for (const [reference, entries] of byReference) {
    if (entries.length > 1) {
      for (const entry of entries) if (entry.temporary) rmSync(entry.temporary, { force: true });
      run.errors.push(
        `${entries[0]!.file}:1: reference ${reference} is also in ${entries
          .slice(1)
          .map((e) => e.file)
          .join(", ")}; remove all but one of these files (none of them was ingested)`,
      );
      continue;
    }
    const entry = entries[0]!;
    if (entry.temporary === null) {
      unchanged++;
      continue;
    }
    try {
      // The rename is atomic: a reader sees the old file or the new one, never half of either.
      renameSync(entry.temporary, entry.path);
      ingested++;
      wrote();
    } catch (error) {
      rmSync(entry.temporary, { force: true });
      run.errors.push(
        `${entry.path}:1: could not write (${(error as NodeJS.ErrnoException).code}); check that ${run.out} exists, is writable and has space`,
      );
    }
  }
  return { ingested, unchanged };
}

/** A run of these options; unless --force, --check or --json, with the last run's record and the output files already written. */
function startRun(options: Options, errors: string[]): Run {
  const { out, json, force } = options;
  const writing = !options.check && !json;
  const parser = parserFingerprint();
  const run: Run = {
    out,
    writing,
    json,
    force,
    parser,
    known: new Map(),
    previous: writing && !force ? readIngestRecord(out) : null,
    version: `ingest ${parser}`,
    inputs: {},
    outputs: {},
    listingOf: listingReader(errors),
    staged: [],
    records: [],
    errors,
  };
  if (writing && !force) run.known = existingBySource(run);
  return run;
}

function main(): number {
  const options = readOptions();
  if (options === null) return 0;
  const { out, json } = options;
  // Before any file is looked at: a file modified after this is read again by the next run.
  const started = Date.now();
  const errors: string[] = [];
  const files = inputFiles(options.paths, errors);
  const run = startRun(options, errors);
  const { writing } = run;
  let lastProgress = started;
  if (writing && !prepareOutput(out)) return 1;

  // One pass: parse each input and write its file under a temporary name at once, so memory
  // holds no more than one statement. Files are renamed into place only after the pass, when
  // it is known which references more than one input claims.
  files.forEach((file, index) => {
    if (Date.now() - lastProgress > 2000) {
      console.error(`ingest: read ${index} of ${files.length} files`);
      lastProgress = Date.now();
    }
    stageInput(run, file, index);
  });
  const { ingested, unchanged } = commitStaged(run);
  if (writing) writeIngestRecord(run, started);
  // Every record is printed, in file order, those sharing a reference too (two renderings of one
  // page, a re-published decision): the error below says which, and the reader decides.
  if (json) console.log(JSON.stringify(run.records, null, 2));

  for (const error of errors) console.error(`error: ${error}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const verb = writing ? "ingested" : "valid";
  (json ? console.error : console.log)(
    `${verb} ${writing ? ingested : unchanged}, unchanged ${writing ? unchanged : 0}, failed ${errors.length} (${files.length} files in ${seconds} s)`,
  );
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
