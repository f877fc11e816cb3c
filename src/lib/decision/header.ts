// Third pass: read the header block that opens every statement on the ombudsman's website:
// "Council (21 018 990)", then Category, Decision and Decision date lines, then the summary.

import { format, isValid, parse } from "date-fns";
import { DecisionParseError } from "./errors.ts";
import type { Line } from "./chrome.ts";
import { foldQuotes } from "./normalise.ts";

export interface Header {
  /** Null when the title line is the reference alone, as in some older statements. */
  council: string | null;
  reference: string;
  category: string;
  subcategory: string;
  outcome: string;
  decisionDate: string;
  summary: string;
  /** Index into the lines of the first line after the header and summary. */
  bodyStart: number;
}

/** The title line: "Council name (21 018 990)". */
export const TITLE = /^(\S.*?)\s*\((\d{2} \d{3} \d{3}[a-z]?)\)$/;
const REFERENCE_ONLY = /^\(?(\d{2} \d{3} \d{3}[a-z]?)\)?$/;
/** A header field line: "Category : A > B", "Decision : Upheld", "Decision date : 06 Sep 2022". */
export const FIELD = /^(Category|Decision date|Decision)\s*:\s*(.*)$/;
const OUTCOME =
  /^(?:Upheld|Not upheld|Closed after initial enquiries|Withdrawn|Advice given|Referred back for local resolution|Premature|Incomplete\/Invalid|Not investigated)(?:\s*[:–-]\s*\S.*)?$/;
const FINAL_DECISION = /^The Ombudsm[ae]n's final decision:?$/;
export const SUMMARY = /^Summary\s*:\s*(.*)$/;
const TABLE_OF_CONTENTS = /^- \S/;
const MAX_TITLE = 300;

export const KNOWN_OUTCOMES =
  "Upheld, Not upheld, Closed after initial enquiries, Withdrawn, Advice given, Referred back for local resolution, Premature, Incomplete/Invalid or Not investigated";

/** Reads the header. Throws DecisionParseError naming the line when a part is missing or malformed. */
export function readHeader(lines: readonly Line[], file: string): Header {
  const start = skipBlank(lines, 0);
  const first = lines[start];
  // No council's name runs to hundreds of characters; the bound also keeps the match linear.
  const title = first && first.text.length <= MAX_TITLE ? readTitle(first.text.trim()) : null;
  if (!first || !title) {
    throw new DecisionParseError(
      { file, line: first?.number ?? 1 },
      "a first line 'Council name (NN NNN NNN)', as on the ombudsman's decision page",
      first?.text.trim() ?? "",
    );
  }
  const { fields, end } = readFields(lines, start + 1);
  const at = lines[Math.min(end, lines.length - 1)] ?? first;
  const field = (name: string, expected: string): Line => {
    const found = fields.get(name);
    if (found) return found;
    throw new DecisionParseError(
      { file, line: at.number },
      `a '${name} : ${expected}' line in the header (this text has no ${name.toLowerCase()} to read)`,
      lines[end]?.text.trim() ?? "",
    );
  };
  const [category, subcategory] = readCategory(field("Category", "Area > Subarea"), file);
  const outcomeLine = field("Decision", "Upheld");
  if (!OUTCOME.test(outcomeLine.text)) {
    throw new DecisionParseError({ file, line: outcomeLine.number }, `an outcome (${KNOWN_OUTCOMES})`, outcomeLine.text);
  }
  const decisionDate = readDate(field("Decision date", "06 Sep 2022"), file);
  const { summary, bodyStart } = readSummary(lines, end, file);
  return {
    council: title.council,
    reference: title.reference,
    category,
    subcategory,
    outcome: outcomeLine.text,
    decisionDate,
    summary,
    bodyStart,
  };
}

/** The "Name : value" lines after the title (a table of contents may stand among them), up to the first other line. */
function readFields(lines: readonly Line[], from: number): { fields: Map<string, Line>; end: number } {
  const fields = new Map<string, Line>();
  let i = skipBlank(lines, from);
  for (; i < lines.length; i = skipBlank(lines, i + 1)) {
    const line = lines[i]!;
    const match = FIELD.exec(line.text.trim());
    if (match) fields.set(match[1]!, { number: line.number, text: match[2]!.trim() });
    else if (!TABLE_OF_CONTENTS.test(line.text.trim())) break;
  }
  return { fields, end: i };
}

function readCategory(line: Line, file: string): [string, string] {
  const parts = line.text.split(">").map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === ""))
    throw new DecisionParseError({ file, line: line.number }, "a category of the form 'Area > Subarea'", line.text);
  return [parts[0]!, parts[1]!];
}

/** "06 Sep 2022" as "2022-09-06". */
function readDate(line: Line, file: string): string {
  const date = parse(line.text, "d MMM yyyy", new Date(Date.UTC(2000, 0, 1)));
  if (!/^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(line.text) || !isValid(date)) {
    throw new DecisionParseError({ file, line: line.number }, "a decision date such as '06 Sep 2022'", line.text);
  }
  return format(date, "yyyy-MM-dd");
}

/** A title line's body and reference: "Kent County Council (21 018 990)", or the reference alone. */
export function readTitle(text: string): { council: string | null; reference: string } | null {
  const named = TITLE.exec(text);
  if (named) return { council: named[1]!, reference: named[2]! };
  const bare = REFERENCE_ONLY.exec(text);
  return bare ? { council: null, reference: bare[1]! } : null;
}

/**
 * The summary follows "The Ombudsman's final decision:" as a "Summary:" line. Older report
 * summaries have neither: their first paragraph is the summary, and it stays in the body.
 */
function readSummary(lines: readonly Line[], start: number, file: string): { summary: string; bodyStart: number } {
  const opening = lines[start];
  const i = opening && FINAL_DECISION.test(foldQuotes(opening.text.trim())) ? skipBlank(lines, start + 1) : start;
  const line = lines[i];
  const labelled = line ? labelledSummary(lines, i) : null;
  if (labelled) return labelled;
  if (line && i === start) return { summary: line.text.trim(), bodyStart: i };
  throw new DecisionParseError(
    { file, line: line?.number ?? opening?.number ?? 1 },
    "a 'Summary: ...' line after the header",
    line?.text.trim() ?? "",
  );
}

/** A "Summary:" line's text, or the next line's when the label stands alone; null when line i is not one. */
function labelledSummary(lines: readonly Line[], i: number): { summary: string; bodyStart: number } | null {
  const match = SUMMARY.exec(lines[i]!.text.trim());
  if (!match) return null;
  if (match[1] !== "") return { summary: match[1]!, bodyStart: i + 1 };
  const next = skipBlank(lines, i + 1);
  const text = lines[next]?.text.trim();
  return text ? { summary: text, bodyStart: next + 1 } : null;
}

function skipBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === "") i++;
  return i;
}
