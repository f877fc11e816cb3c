// Reads decision files: for the site's content collection, the frontmatter validated with THE
// decision schema (a bad file stops the build with its name and the field at fault); for a
// decision page, its own file's body rendered to HTML when the page is built. The collection
// holds only the records, so Astro's data store stays small at any archive size.

import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readDecisionFile } from "./decision-file.ts";
import { decisionSchema, describeIssues, type Decision } from "./decision/schema.ts";
import { renderBody, type RenderedBody } from "./render-body.ts";

export class DecisionFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid decision file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DecisionFileError";
  }
}

export interface LoadedDecision {
  decision: Decision;
  body: RenderedBody;
}

/** Validates and renders one decision file's text. Throws DecisionFileError naming file and field. */
export function loadDecisionText(file: string, text: string): LoadedDecision {
  const { decision, markdown } = validateDecisionText(file, text);
  return { decision, body: renderBody(markdown) };
}

/** Validates one decision file's text; returns the record and the Markdown body, unrendered. */
export function validateDecisionText(file: string, text: string): { decision: Decision; markdown: string } {
  let parsed;
  try {
    parsed = readDecisionFile(text);
  } catch (error) {
    throw new DecisionFileError(file, [`frontmatter: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = decisionSchema.safeParse(parsed.data);
  if (!result.success) throw new DecisionFileError(file, describeIssues(result.error));
  const expected = path.basename(file, ".md");
  if (result.data.slug !== expected)
    throw new DecisionFileError(file, [`slug: expected '${expected}' (the file name), found '${result.data.slug}'`]);
  return { decision: result.data, markdown: parsed.body };
}

/**
 * The Markdown body of a decision file without parsing its frontmatter: what
 * readDecisionFile(text).body (gray-matter's content) is, for pages that already have the record.
 */
export function readDecisionBody(text: string): string {
  if (!text.startsWith("---")) return text;
  const close = text.indexOf("\n---", 3);
  if (close === -1) return "";
  let body = text.slice(close + 4);
  if (body[0] === "\r") body = body.slice(1);
  if (body[0] === "\n") body = body.slice(1);
  return body;
}

/** A decision page's body: its file read and rendered (the record comes from the collection). */
export function renderDecisionFile(file: string): RenderedBody {
  return renderBody(readDecisionBody(readFileSync(file, "utf8")));
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
