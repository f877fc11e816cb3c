// Reads decision files for the site's content collection: frontmatter validated with THE
// decision schema (a bad file stops the build with its name and the field at fault), the body
// rendered to HTML once, here, so pages do no Markdown work.

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
  let parsed;
  try {
    parsed = readDecisionFile(text);
  } catch (error) {
    throw new DecisionFileError(file, [`frontmatter: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = decisionSchema.safeParse(parsed.data);
  if (!result.success) throw new DecisionFileError(file, describeIssues(result.error));
  const expected = path.basename(file, ".md");
  if (result.data.slug !== expected) throw new DecisionFileError(file, [`slug: expected '${expected}' (the file name), found '${result.data.slug}'`]);
  return { decision: result.data, body: renderBody(parsed.body) };
}

/** The directory of decision files: env DECISIONS_DIR, default "decisions" (relative to cwd). */
export function decisionsDir(): string {
  return path.resolve(process.env.DECISIONS_DIR ?? "decisions");
}

export async function listDecisionFiles(dir = decisionsDir()): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith(".md")).sort().map((n) => path.join(dir, n));
}

export async function readDecisionSource(file: string): Promise<string> {
  return readFile(file, "utf8");
}
