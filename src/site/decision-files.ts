// Reads the decision files: the directory the build takes them from, their texts for the content
// collection, and a decision page's own file rendered when the page is built. The collection holds
// only the records, so Astro's data store stays small at any archive size.

import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { describeEncoding } from "../lib/encoding.ts";
import path from "node:path";
import { markCutShort, renderBody, type RenderedBody } from "../lib/render-body.ts";
import { splitDecisionFile } from "../lib/decision-file.ts";

/** A decision page's body: its file read and rendered (the record comes from the collection). */
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

/** A decision file's text: a regular file of UTF-8, or an error naming the file and what it is instead. */
export async function readDecisionSource(file: string): Promise<string> {
  const info = await stat(file);
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
