// Reads the decision files: the directory the build takes them from, each file's validated record
// with its text's digest, and a decision page's own file rendered when the page is built. In a
// build, the records are kept in Astro's cache folder with each file's size and time
// (src/lib/record-cache.ts), so the next build reads only the files that changed.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { describeEncoding } from "../lib/encoding.ts";
import type { Decision } from "../lib/decision/schema.ts";
import { parseRecordCache, reusable, type CachedFile, type RecordCache } from "../lib/record-cache.ts";
import { markCutShort, renderBody, type RenderedBody } from "../lib/render-body.ts";
import { splitDecisionFile } from "../lib/decision-file.ts";
import { validateDecisionText } from "../lib/validate-decision-file.ts";
import { currentSession } from "./page-cache-session.ts";

/** A decision page's body: its file read and rendered (the record comes from loadDecisionSources). */
export function renderDecisionFile(file: string, options: { excerpt?: boolean } = {}): RenderedBody {
  const { body } = splitDecisionFile(readFileSync(file, "utf8"));
  return renderBody(options.excerpt ? markCutShort(body) : body);
}

/** The directory of decision files: env DECISIONS_DIR, default "decisions" (relative to cwd). */
export function decisionsDir(): string {
  return path.resolve(process.env.DECISIONS_DIR ?? "decisions");
}

export async function listDecisionFiles(dir = decisionsDir()): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => path.join(dir, n));
}

/** A decision file's text, given its stat: a regular file of UTF-8, or an error naming the file and what it is instead. */
async function readDecisionSource(file: string, info: Awaited<ReturnType<typeof stat>>): Promise<string> {
  if (!info.isFile())
    throw new Error(
      `${file}: not a decision file but ${info.isDirectory() ? "a folder" : "something other than a file"}; rename or remove it`,
    );
  const bytes = await readFile(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not UTF-8 text (${describeEncoding(bytes)}); save it as UTF-8, or ingest its statement again`);
  }
}

/** A decision: its validated record, its file (relative to the working folder when inside it) and the digest of the file's text. */
export interface DecisionSource {
  decision: Decision;
  file: string;
  digest: string;
}

/** The record of the files read, in Astro's cache folder. */
const RECORDS = "casebook-records.json";

/**
 * Every decision file in `dir`, by file name: read and validated (a file that is not a valid
 * decision stops the build with its name and the field at fault), or, in a build, taken from the
 * record of the last build when the file's size and time are unchanged. The record is rewritten
 * with what was read, unless every file was taken from it and none has gone.
 */
export async function loadDecisionSources(dir = decisionsDir()): Promise<DecisionSource[]> {
  const files = await listDecisionFiles(dir);
  const session = currentSession();
  const recordFile = session ? path.join(session.cacheDir, RECORDS) : null;
  const previous = recordFile && existsSync(recordFile) ? parseRecordCache<Decision>(readFileSync(recordFile, "utf8")) : null;
  // The records were validated by this code, from this folder: other code or another folder reads every file again.
  const version = `${session?.fingerprint ?? ""}\0${dir}`;
  const readAt = Date.now();
  const read: Record<string, CachedFile<Decision>> = {};
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const cached = await Promise.all(batch.map((file) => cachedOrRead(file, previous, version)));
    for (const [j, file] of batch.entries()) read[path.basename(file)] = cached[j]!;
  }
  if (recordFile && !sameFiles(previous, version, read)) writeFileAtomic.sync(recordFile, JSON.stringify({ version, readAt, files: read }));
  return files.map((file) => {
    const { record, digest } = read[path.basename(file)]!;
    return { decision: record, file: shown(file), digest };
  });
}

/** Whether `read` holds the entries `previous` holds under `version`, and no others: then the record need not be written again. */
function sameFiles(previous: RecordCache<Decision> | null, version: string, read: Record<string, CachedFile<Decision>>): boolean {
  if (!previous || previous.version !== version) return false;
  const names = Object.keys(read);
  return names.length === Object.keys(previous.files).length && names.every((name) => read[name] === previous.files[name]);
}

/** A file's path as the build shows it and pages name it: relative to the working folder when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

/** One file's entry: the one `previous` recorded, when the file is unchanged since (reusable), or the file read and validated. */
async function cachedOrRead(file: string, previous: RecordCache<Decision> | null, version: string): Promise<CachedFile<Decision>> {
  const info = await stat(file);
  const kept = reusable(previous, version, path.basename(file), info);
  if (kept) return kept;
  const text = await readDecisionSource(file, info);
  const { decision } = validateDecisionText(shown(file), text);
  // Through JSON, as a record read back from the cache is: the same record either way.
  const record = JSON.parse(JSON.stringify(decision)) as Decision;
  return { size: info.size, mtimeMs: info.mtimeMs, digest: createHash("sha256").update(text).digest("hex"), record };
}
