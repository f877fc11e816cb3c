// A decisions/<slug>.md file's text checked for the site: the frontmatter validated with THE
// decision schema (a bad file stops the build with its name and the field at fault). Reading the
// files is src/site's job.

import { readDecisionFile } from "./decision-file.ts";
import { decisionSchema, describeIssues, type Decision } from "./decision/schema.ts";

export class DecisionFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid decision file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DecisionFileError";
  }
}

/** Validates one decision file's text; returns the record and the Markdown body, unrendered. */
export function validateDecisionText(file: string, text: string): { decision: Decision; markdown: string } {
  const framing = frontMatterProblem(text);
  if (framing) throw new DecisionFileError(file, [`frontmatter: ${framing}`]);
  let parsed;
  try {
    parsed = readDecisionFile(text);
  } catch (error) {
    throw new DecisionFileError(file, [`frontmatter: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = decisionSchema.safeParse(parsed.data);
  if (!result.success) throw new DecisionFileError(file, describeIssues(result.error));
  const expected = slugOfFile(file);
  if (result.data.slug !== expected)
    throw new DecisionFileError(file, [`slug: expected '${expected}' (the file name), found '${result.data.slug}'`]);
  return { decision: result.data, markdown: parsed.body };
}

/** Why the text has no front matter to read, if it has none: it must open and close with a line of `---`. */
function frontMatterProblem(text: string): string | null {
  const body = text.replace(/^\uFEFF/, "");
  if (!/^---\r?\n/.test(body)) return "expected the file to start with a line of ---, as npm run ingest writes it";
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(body.slice(3))) return "opened with --- on line 1 and never closed with a line of ---";
  return null;
}

/** "decisions/21-003-813.md" -> "21-003-813", as path.basename(file, ".md") on POSIX paths. */
function slugOfFile(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/(.)\.md$/, "$1");
}
