// Fourth pass: split the body into sections, sub-headings and paragraphs, and give each
// numbered paragraph its official number. The copied text restarts "1." in every section
// and after every bullet list, and flattens nested lists; the official statement numbers
// paragraphs 1..N through the whole statement, and cross-references use those numbers.

import type { Line } from "./chrome.ts";
import { foldQuotes } from "./normalise.ts";

export interface ListItem {
  ordered: boolean;
  text: string;
  line: number;
}

export type Block =
  | { kind: "section"; title: string; line: number }
  | { kind: "heading"; title: string; line: number }
  | { kind: "signature"; text: string; line: number }
  | Paragraph;

export interface Paragraph {
  kind: "paragraph";
  /** The official paragraph number, or null for an unnumbered paragraph. */
  number: number | null;
  text: string;
  line: number;
  /** Sub-list items and bullets belonging to this paragraph, in order. */
  items: ListItem[];
}

export type Token =
  | { type: "back-to-top" }
  | { type: "item"; indent: number; n: number | null; text: string; line: number }
  | { type: "bullet"; text: string; line: number }
  | { type: "plain"; indent: number; text: string; line: number };

const NUMBERED = /^( *)(\d{1,3})\.\s+(\S.*)$/;
const BULLET = /^ *[•·▪◦●]\s*(\S.*)$/;
const DASH = /^( *)-\s+(\S.*)$/;
const EMPTY_DASH = /^ *-$/;
const SIGNATURE = /^[A-Z][\w ]*'s decision on behalf of the Ombudsm[ae]n$/;
const ROMAN_HEADING = /^\((?:[ivx]+|[a-z])\)/i;
const SENTENCE_BREAK = /[.?!]["”’)]? +[A-Z(“‘"']/;

/** Section headings the ombudsman uses, for layouts that have no "Back to top" between sections. */
export const SECTION_TITLES = [
  "The complaint",
  "The Ombudsman's role and powers",
  "The Ombudsmen's role and powers",
  "The Ombudsman's role",
  "How I considered this complaint",
  "What I have investigated",
  "What I investigated",
  "What I have and have not investigated",
  "What I have not investigated",
  "What I found",
  "My assessment",
  "Conclusions",
  "Agreed action",
  "Agreed actions",
  "Recommended action",
  "Recommended actions",
  "Recommendations",
  "Action",
  "Actions",
  "Decision",
  "Final decision",
  "Parts of the complaint that I did not investigate",
] as const;

const SECTION_TITLE_KEYS = new Set<string>(SECTION_TITLES.map((title) => title.toLowerCase()));

export function isSectionTitle(title: string): boolean {
  return SECTION_TITLE_KEYS.has(foldQuotes(title).toLowerCase());
}

/** What one line of the body is: a numbered or dash item, a bullet, "Back to top", plain text; null when blank. */
export function readToken(text: string, line: number): Token | null {
  if (text.trim() === "" || EMPTY_DASH.test(text)) return null;
  if (text.trim() === "Back to top") return { type: "back-to-top" };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { type: "item", indent: numbered[1]!.length, n: Number(numbered[2]), text: numbered[3]!, line };
  const bullet = BULLET.exec(text);
  if (bullet) return { type: "bullet", text: bullet[1]!, line };
  const dash = DASH.exec(text);
  if (dash) return { type: "item", indent: dash[1]!.length, n: null, text: dash[2]!, line };
  return { type: "plain", indent: text.length - text.trimStart().length, text: text.trim(), line };
}

function tokenize(lines: readonly Line[]): Token[] {
  const tokens: Token[] = [];
  for (const { number, text } of lines) {
    const token = readToken(text, number);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** A line of its own that names what follows, rather than saying something. */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 150 || /^[a-z]/.test(text) || /[:;,]$/.test(text)) return false;
  if (SENTENCE_BREAK.test(text)) return false;
  const roman = ROMAN_HEADING.test(text);
  if (/^[("“'‘]/.test(text) && !roman) return false;
  return !/[.?!]$/.test(text) || roman;
}

/** What the whole body's layout says about reading each line of it. */
function layoutOf(tokens: readonly Token[]): { hasBackToTop: boolean; hasNumbers: boolean; hasItems: boolean; baseIndent: number } {
  // A loop, not Math.min(...spread): a statement of 200,000 list items would overflow the stack.
  let baseIndent = Infinity;
  for (const t of tokens) if (t.type === "item" && t.n !== null && t.indent < baseIndent) baseIndent = t.indent;
  return {
    hasBackToTop: tokens.some((t) => t.type === "back-to-top"),
    hasNumbers: tokens.some((t) => t.type === "item" && t.n !== null),
    hasItems: tokens.some((t) => t.type === "item"),
    baseIndent,
  };
}

/** Splits body lines into blocks and numbers the paragraphs as the official statement does. */
export function readBlocks(lines: readonly Line[]): Block[] {
  const tokens = tokenize(lines);
  // Dashes are bullets where paragraphs carry numbers; otherwise each dash item is a paragraph.
  const { hasBackToTop, hasNumbers, hasItems, baseIndent } = layoutOf(tokens);

  const blocks: Block[] = [];
  let count = 0;
  let current: Paragraph | null = null;
  let sub: { lastN: number | null; deeper: boolean; lastText: string } | null = null;
  let afterBackToTop = false;
  let sections = 0;

  const addParagraph = (text: string, line: number, numbered: boolean): Paragraph => {
    const paragraph: Paragraph = { kind: "paragraph", number: numbered ? ++count : null, text, line, items: [] };
    blocks.push(paragraph);
    sub = null;
    return paragraph;
  };

  /** A line of plain text: the signature, a heading, or a paragraph. */
  const addPlain = (token: Extract<Token, { type: "plain" }>, isLast: boolean): void => {
    const folded = foldQuotes(token.text);
    if (SIGNATURE.test(folded)) {
      // The page repeats its signature after "Back to top" at times: the same line is one signature.
      const last = blocks.findLast((b) => b.kind === "signature");
      if (!last || foldQuotes(last.text) !== folded) blocks.push({ kind: "signature", text: token.text, line: token.line });
      current = null;
      sub = null;
    } else if (token.indent === 0 && !isLast && looksLikeHeading(token.text)) {
      // A heading names what follows; a heading-like last line is a statement cut short.
      const isSection = sections === 0 || afterBackToTop || (!hasBackToTop && isSectionTitle(token.text));
      blocks.push({ kind: isSection ? "section" : "heading", title: token.text, line: token.line });
      if (isSection) sections++;
      current = null;
      sub = null;
    } else {
      current = addParagraph(token.text, token.line, !hasItems);
    }
  };

  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    if (token.type === "back-to-top") {
      afterBackToTop = true;
      current = null;
      sub = null;
      return;
    }
    if (token.type === "bullet" || (token.type === "item" && token.n === null && hasNumbers)) {
      current ??= addParagraph("", token.line, false);
      current.items.push({ ordered: false, text: token.text, line: token.line });
      return;
    }
    if (token.type === "plain") {
      addPlain(token, isLast);
      afterBackToTop = false;
      return;
    }
    afterBackToTop = false;
    if (current && isSubItem(token, current, sub, baseIndent)) {
      current.items.push({ ordered: token.n !== null, text: token.text, line: token.line });
      sub = { lastN: token.n, deeper: token.indent > baseIndent, lastText: token.text };
      return;
    }
    current = addParagraph(token.text, token.line, true);
  });
  return blocks;
}

const CONTINUES = /(?:[;,]|\bor|\band)$/;

function isSubItem(
  token: Extract<Token, { type: "item" }>,
  current: Paragraph,
  sub: { lastN: number | null; deeper: boolean; lastText: string } | null,
  baseIndent: number,
): boolean {
  const introduces = current.text.endsWith(":") && current.items.length === 0;
  if (token.n === null) {
    // Dash layout: a list introduced by "...:" runs on while its items read as fragments.
    if (!introduces && !sub) return false;
    return /^[a-z]/.test(token.text) || (sub !== null && CONTINUES.test(sub.lastText));
  }
  if (token.indent > baseIndent) return true;
  if (sub && !sub.deeper && sub.lastN !== null) return token.n === sub.lastN + 1;
  return introduces && token.n === 1;
}
