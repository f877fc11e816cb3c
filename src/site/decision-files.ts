// Reads the decision files: the directory the build takes them from, their texts for the content
// collection, and a decision page's own file rendered when the page is built. The collection holds
// only the records, so Astro's data store stays small at any archive size.

import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { renderBody, type RenderedBody } from "../lib/render-body.ts";
import { splitDecisionFile } from "../lib/decision-file.ts";

/** A decision page's body: its file read and rendered (the record comes from the collection). */
export function renderDecisionFile(file: string): RenderedBody {
  return renderBody(splitDecisionFile(readFileSync(file, "utf8")).body);
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

export async function readDecisionSource(file: string): Promise<string> {
  return readFile(file, "utf8");
}
