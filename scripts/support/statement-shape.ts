// How a decision statement of the Local Government and Social Care Ombudsman is written, as the
// text of its page on lgo.org.uk reads: the site's furniture around it, the header, the section
// headings, numbered paragraphs and bullets, and the closing line. Described from the statements
// themselves (tests/fixtures/seeds, tests/fixtures/corpus/statements), for the benchmark's
// synthetic statements (scripts/synthetic.ts). It owes nothing to the parser in src/lib/decision/,
// so that statements made from this description do not inherit the parser's reading of them.
//
// A statement's page text, in the usual layout (some pages have no blank lines between lines, "-"
// in place of the numbers, no header block, or the cookie banner before the statement):
//
//   Leicestershire County Council (21 018 990)               title: the body, its reference
//   Category : Children's care services > Child protection   header fields
//   Decision : Upheld
//   Decision date : 06 Sep 2022
//   The Ombudsman's final decision:
//   Summary: Mr X complained about ...                       the summary, one line
//   The complaint                                            a section heading
//     1. Mr X complains about ...                            numbered paragraphs, restarting at 1
//       • they are disabled.                                 a paragraph's bullets
//   Back to top                                              between sections
//   ...
//   Investigator's decision on behalf of the Ombudsman       the closing line
//   Print this page                                          the page's furniture
//
// The older report layout has the title and the header fields, then unlabelled paragraphs of
// summary and remedy with no section headings, and closes with "Ombudsman satisfied with Council's
// response: 3 September 2019."

// ---------------------------------------------------------------------------------------------
// Characters.

/** The lines of a page's text: one kind of line ending, no byte-order mark, no tabs, no non-breaking spaces, no trailing spaces. */
export function pageLines(raw: string): string[] {
  return raw
    .replace(/^\ufeff/, "")
    .split(/\r\n?|\n/)
    .map((line) =>
      line
        .replace(/[\u00a0\u2007\u202f]/g, " ")
        .replace(/\t/g, "    ")
        .trimEnd(),
    );
}

/** Curly quotes as straight ones: statements print "Ombudsman’s" and "Ombudsman's" alike. */
export function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

// ---------------------------------------------------------------------------------------------
// The site's furniture: lines the page prints around every statement, at the start of a line.

/** Between sections, and after the closing line. */
export const BACK_TO_TOP = "Back to top";

/** After the closing line: the print link and the logo's alternative text. */
export const PAGE_END = ["Print this page", "LGO logogram"] as const;

/** The cookie banner's short lines, printed before or after the statement. */
const COOKIE_BANNER = new Set([
  "Privacy settings",
  "Review your privacy settings",
  "Required cookies",
  "View required cookies",
  "Analytical cookies",
  "View analytical cookies",
  "We recommend you set these 'ON'.",
]);

/** How the cookie banner's long lines begin. */
const COOKIE_BANNER_OPENINGS = [
  "These cookies enable the website to function properly.",
  "Google Analytics cookies help us improve",
  "In using Google Analytics, we do not collect",
];

/** A line the site prints, not the statement: "Back to top", the print link, the logo, the cookie banner. */
export function isPageFurniture(line: string): boolean {
  const text = straightQuotes(line.trim());
  return (
    text === BACK_TO_TOP ||
    (PAGE_END as readonly string[]).includes(text) ||
    COOKIE_BANNER.has(text) ||
    COOKIE_BANNER_OPENINGS.some((opening) => text.startsWith(opening))
  );
}

// ---------------------------------------------------------------------------------------------
// The header.

/** The first line: the body complained about and the reference, "Kent County Council (21 003 813)"; joint decisions add a letter, "(22 009 742a)". */
export const TITLE_LINE = /^(\S.*?) \((\d{2} \d{3} \d{3}[a-z]?)\)$/;

/** "Category : Area > Subarea", "Decision : Upheld", "Decision date : 06 Sep 2022": a space either side of the colon. */
export const HEADER_FIELD = /^(Category|Decision date|Decision) ?: ?(.*)$/;

/** The line before the summary, with or without its colon. */
export const FINAL_DECISION_LINE = "The Ombudsman's final decision:";

/** The summary: one line after the header, "Summary: ...". The older report layout has no label. */
export const SUMMARY_LINE = /^Summary ?: ?(.*)$/;

// ---------------------------------------------------------------------------------------------
// Sections: a heading on a line of its own, at the start of the line.

/** What the paragraphs under a section heading say. */
export type SectionKind = "complaint" | "role" | "considered" | "found" | "assessment" | "final" | "other";

/** The section headings of the statements, in the order statements usually give them, each with what its paragraphs say. */
export const SECTIONS: readonly (readonly [heading: string, kind: SectionKind])[] = [
  ["The complaint", "complaint"],
  // Joint decisions with the Health Service Ombudsman speak of both.
  ["The Ombudsman's role and powers", "role"],
  ["The Ombudsmen's role and powers", "role"],
  ["What I have investigated", "found"],
  ["What I investigated", "found"],
  ["What I have and have not investigated", "other"],
  ["How I considered this complaint", "considered"],
  ["What I found", "found"],
  // A complaint closed after initial enquiries has an assessment in place of findings.
  ["My assessment", "assessment"],
  ["Conclusions", "found"],
  ["Agreed action", "other"],
  ["Agreed actions", "other"],
  ["Final decision", "final"],
  // After the final decision, in some statements.
  ["Parts of the complaint that I did not investigate", "other"],
];

/** Headings other statements on the site give the same sections; none of the source statements here uses them. */
export const OTHER_SECTIONS: readonly (readonly [heading: string, kind: SectionKind])[] = [
  ["The Ombudsman's role", "role"],
  ["What I have not investigated", "other"],
  ["Recommended action", "other"],
  ["Recommendations", "other"],
  ["Decision", "final"],
];

/**
 * Headings inside "What I found" after which the findings proper begin, following the law and the
 * events. Read as the findings' section, not as sub-headings. Any other short line of its own in a
 * section is a sub-heading: "Legal and administrative background", "Background", "What happened",
 * "Key events", "Council policies".
 */
export const FINDINGS_HEADINGS = ["Analysis", "Findings"] as const;

const KIND_OF_HEADING = new Map<string, SectionKind>([
  ...[...SECTIONS, ...OTHER_SECTIONS].map(([heading, kind]): [string, SectionKind] => [heading.toLowerCase(), kind]),
  ...FINDINGS_HEADINGS.map((heading): [string, SectionKind] => [heading.toLowerCase(), "found"]),
]);

/** What the paragraphs under a line say, when the line is a section heading; null when it is not one. */
export function sectionKind(line: string): SectionKind | null {
  return KIND_OF_HEADING.get(straightQuotes(line.trim()).toLowerCase()) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: numbered from 1 in each section and indented by two spaces ("  1. "); a paragraph
// that ends in ":" goes on in bullets ("    • ", "  • ") or in an indented numbered list
// ("      1. "). The compact layout puts "- " before every paragraph and bullet alike.

/** How a line of a section opens. */
export interface ParagraphLine {
  /** "numbered" for "  12. ...", "bullet" for "    • ...", "dash" for "- ...", null for a plain line. */
  marker: "numbered" | "bullet" | "dash" | null;
  /** Spaces before the text or its marker. */
  indent: number;
  /** The text after the marker, or the whole line trimmed. */
  text: string;
}

const NUMBERED = /^( *)\d{1,3}\. +(\S.*)$/;
const BULLET = /^( *)[•·▪◦●] *(\S.*)$/;
const DASH = /^( *)- +(\S.*)$/;

export function readParagraphLine(line: string): ParagraphLine {
  for (const [marker, pattern] of [
    ["numbered", NUMBERED],
    ["bullet", BULLET],
    ["dash", DASH],
  ] as const) {
    const match = pattern.exec(line);
    if (match) return { marker, indent: match[1]!.length, text: match[2]! };
  }
  return { marker: null, indent: line.length - line.trimStart().length, text: line.trim() };
}

/** A numbered paragraph as statements print it. */
export function numberedLine(n: number, text: string): string {
  return `  ${n}. ${text}`;
}

/** A bullet of the paragraph before it. */
export function bulletLine(text: string): string {
  return `    • ${text}`;
}

/** An item of an indented numbered list under the paragraph before it. */
export function subItemLine(n: number, text: string): string {
  return `      ${n}. ${text}`;
}

// ---------------------------------------------------------------------------------------------
// The end: a statement closes with its signature, or in the older report layout with the date the
// Ombudsman accepted the council's response. A page whose text stops before either is an excerpt.

/** The signature the statements here close with. */
export const SIGNATURE_LINE = "Investigator's decision on behalf of the Ombudsman";

/** "Investigator's decision on behalf of the Ombudsman"; other signers' titles read the same way. */
const SIGNATURE = /^[A-Z][A-Za-z ]{0,80}'s decision on behalf of the Ombudsm[ae]n\.?$/;
/** "Ombudsman satisfied with Council's response: 3 September 2019." */
const SATISFIED = /^Ombudsm[ae]n satisfied with [A-Za-z' ]{1,80} response:? .{0,40}$/i;

export function isClosingLine(line: string): boolean {
  const text = straightQuotes(line.trim());
  return SIGNATURE.test(text) || SATISFIED.test(text);
}

/** Whether a page's text runs to the statement's closing line, or stops before it. */
export function runsToClosingLine(lines: readonly string[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text === "" || isPageFurniture(text)) continue;
    return isClosingLine(text);
  }
  return false;
}
