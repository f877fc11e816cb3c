// Whether a text runs to the statement's end or is an excerpt that stops before it. A statement
// closes with its signature line ("Investigator's decision on behalf of the Ombudsman"), or in
// the older report layout with "Ombudsman satisfied with council's response: <date>"; an excerpt
// stops anywhere before, often mid-word. What the page prints after the closing line is not the
// statement.

import type { Line } from "./chrome.ts";
import { foldQuotes } from "./normalise.ts";

const SIGNATURE = /^[A-Z][\w ]{0,80}'s decision on behalf of the Ombudsm[ae]n\.?$/;
const SATISFIED = /^Ombudsm[ae]n satisfied with [\w' ]{1,80}response:? .{0,40}$/i;
/** Lines that may follow the closing line on the page without being part of the statement. */
const TRAILER = /^(?:Back to top|Print this page)?$/;

export function isClosingLine(text: string): boolean {
  const t = foldQuotes(text.trim());
  return SIGNATURE.test(t) || SATISFIED.test(t);
}

/** True when the last line of the statement's text is its closing line. */
export function isComplete(lines: readonly Line[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text.trim();
    if (TRAILER.test(text)) continue;
    return isClosingLine(text);
  }
  return false;
}

/** A line that only the statement's own text has: a numbered paragraph ("12. ...", "  - 12 ..."). */
const STATEMENT_LINE = /^\s*(?:[-•]\s*)?\d{1,3}[.)]?\s+\S/;

/**
 * The statement's lines up to its closing line: whatever the page prints after the signature (a
 * logo, cookie text, links) is not the statement. A closing line followed by numbered paragraphs
 * is not the end, so the lines are kept whole.
 */
export function endAtClosing(lines: readonly Line[]): readonly Line[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (STATEMENT_LINE.test(text)) return lines;
    if (isClosingLine(text)) return lines.slice(0, i + 1);
  }
  return lines;
}
