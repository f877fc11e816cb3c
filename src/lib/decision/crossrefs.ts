// Finds references from one paragraph to others ("paragraphs 19 and 20", "paragraph 4",
// "paragraphs 12 to 15"), which the site turns into links. References into other documents
// ("Schedule 5/5A, paragraph 1/3", "paragraph 5A schedule 5", "paragraph 4 of the Code") are not
// references to this statement.

const REFERENCE = /\bparagraphs? (\d{1,3})((?:(?:, | and | or | to |-|–)\d{1,3})*)(?![\dA-Za-z/]|\.\d)/g;
const EXTERNAL_BEFORE = /\b(?:Schedule|Annex|Appendix|Part)\b[^.;]{0,30}$/i;
const EXTERNAL_AFTER = /^(?: ?\/| of (?!this\b)| in (?:the|its)\b| schedule\b)/i;

export interface Reference {
  /** Where the words start and end in the text. */
  start: number;
  end: number;
  text: string;
  /** Each number as it stands, with its offset in the text and the paragraphs it names. */
  numbers: { start: number; end: number; targets: number[] }[];
}

/** References in a text to paragraphs 1..paragraphCount of the same statement. */
export function findReferences(text: string, paragraphCount: number): Reference[] {
  const references: Reference[] = [];
  if (!text.includes("paragraph")) return references;
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (EXTERNAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (EXTERNAL_AFTER.test(text.slice(end, end + 12))) continue;
    const numbers: Reference["numbers"] = [];
    const parts = /(\d{1,3})/g;
    let previous: number | null = null;
    for (const part of match[0].matchAll(parts)) {
      const n = Number(part[1]);
      const separator = match[0].slice(0, part.index).match(/(to|-|–) ?$/);
      const ranged = separator !== null && previous !== null;
      const targets: number[] = ranged ? Array.from({ length: Math.max(0, n - previous!) }, (_, i) => previous! + 1 + i) : [n];
      numbers.push({ start: start + part.index, end: start + part.index + part[1]!.length, targets });
      previous = n;
    }
    const all = numbers.flatMap((n) => n.targets);
    if (all.length === 0 || all.some((n) => n < 1 || n > paragraphCount)) continue;
    references.push({ start, end, text: match[0], numbers });
  }
  return references;
}
