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
  let i = skipBlank(lines, 0);
  const first = lines[i];
  // No council's name runs to hundreds of characters; the bound also keeps the match linear.
  const title = first && first.text.length <= MAX_TITLE ? readTitle(first.text.trim()) : null;
  if (!first || !title) {
    throw new DecisionParseError(
      { file, line: first?.number ?? 1 },
      "a first line 'Council name (NN NNN NNN)', as on the ombudsman's decision page",
      first?.text.trim() ?? "",
    );
  }
  const fields = new Map<string, Line>();
  for (i = skipBlank(lines, i + 1); i < lines.length; i = skipBlank(lines, i + 1)) {
    const line = lines[i]!;
    const match = FIELD.exec(line.text.trim());
    if (match) fields.set(match[1]!, { number: line.number, text: match[2]!.trim() });
    else if (!TABLE_OF_CONTENTS.test(line.text.trim())) break;
  }
  const at = lines[Math.min(i, lines.length - 1)] ?? first;
  const field = (name: string, expected: string): Line => {
    const found = fields.get(name);
    if (!found) {
      throw new DecisionParseError(
        { file, line: at.number },
        `a '${name} : ${expected}' line in the header (this text has no ${name.toLowerCase()} to read)`,
        lines[i]?.text.trim() ?? "",
      );
    }
    return found;
  };

  const categoryLine = field("Category", "Area > Subarea");
  const category = categoryLine.text.split(">").map((part) => part.trim());
  if (category.length !== 2 || category.some((part) => part === ""))
    throw new DecisionParseError({ file, line: categoryLine.number }, "a category of the form 'Area > Subarea'", categoryLine.text);

  const outcomeLine = field("Decision", "Upheld");
  if (!OUTCOME.test(outcomeLine.text)) {
    throw new DecisionParseError({ file, line: outcomeLine.number }, `an outcome (${KNOWN_OUTCOMES})`, outcomeLine.text);
  }

  const dateLine = field("Decision date", "06 Sep 2022");
  const date = parse(dateLine.text, "d MMM yyyy", new Date(Date.UTC(2000, 0, 1)));
  if (!/^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(dateLine.text) || !isValid(date)) {
    throw new DecisionParseError({ file, line: dateLine.number }, "a decision date such as '06 Sep 2022'", dateLine.text);
  }

  const { summary, bodyStart } = readSummary(lines, i, file);
  return {
    council: title.council,
    reference: title.reference,
    category: category[0]!,
    subcategory: category[1]!,
    outcome: outcomeLine.text,
    decisionDate: format(date, "yyyy-MM-dd"),
    summary,
    bodyStart,
  };
}

function readTitle(text: string): { council: string | null; reference: string } | null {
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
  let i = start;
  const opening = lines[i];
  if (opening && FINAL_DECISION.test(foldQuotes(opening.text.trim()))) i = skipBlank(lines, i + 1);
  const line = lines[i];
  const match = line ? SUMMARY.exec(line.text.trim()) : null;
  if (line && match) {
    if (match[1] !== "") return { summary: match[1]!, bodyStart: i + 1 };
    const next = skipBlank(lines, i + 1);
    const text = lines[next]?.text.trim();
    if (text) return { summary: text, bodyStart: next + 1 };
  }
  if (line && i === start) return { summary: line.text.trim(), bodyStart: i };
  throw new DecisionParseError(
    { file, line: line?.number ?? opening?.number ?? 1 },
    "a 'Summary: ...' line after the header",
    line?.text.trim() ?? "",
  );
}

function skipBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === "") i++;
  return i;
}
