// Finds the Acts and regulations a statement cites, in order of first mention, with the
// sections cited where the text names them ("Local Government Act 1974, section 26(1)",
// "section 47 of the Children Act 1989").

import type { Legislation } from "./schema.ts";

const INSTRUMENT = /\b(Act|Regulations|Order) (\d{4})\b/g;
// Capitalised words (and "and", "&", "of", "for", a parenthesised qualifier) running up to "Act 1989",
// each starting a word ("Part 3A of the Housing Act 1996" names the Housing Act). A comma may join
// two capitalised words of a name that lists its subjects ("Anti-social Behaviour, Crime and
// Policing Act 2014": a list ends in "and"; see `listedName`). Matched
// against a bounded window that ends just before "Act", so it cannot run away.
const NAME_BEFORE = /(?<![\w'’-])(?:(?:[A-Z][\w'’-]*(?:,(?= [A-Z][a-z]))?|\([A-Z][\w'’ -]*\)|and|of|for|the|&) +)*$/;
const SECTION_REF = String.raw`\d+[A-Z]{0,3}(?:\(\w{1,4}\))*`;
const SECTIONS_AFTER = new RegExp(String.raw`^,? *(?:sections?|s\.) *(${SECTION_REF}(?:(?:, *| and | or )${SECTION_REF})*)`, "i");
/** More sections cited after "as amended": "section 26(6), as amended, and section 34B". */
const MORE_AFTER_AMENDED = new RegExp(
  String.raw`^,? *as amended,? *(?:and +)?(?:sections?|s\.) *(${SECTION_REF}(?:(?:, *| and | or )${SECTION_REF})*)`,
  "i",
);
const SECTIONS_BEFORE = new RegExp(String.raw`\bsections? *(${SECTION_REF}(?:(?:, *| and | or )${SECTION_REF})*) +of +(?:the +)?$`, "i");
const GDPR = /\b(UK )?GDPR\b|\bGeneral Data Protection Regulation\b/;

/**
 * The sections of a list, "26(1), 26A and 34(B)": a capital letter in brackets straight after the
 * number is part of the number ("34(B)" is section 34B; subsections are digits or lower case).
 */
function sectionList(list: string): string[] {
  return list
    .split(/, *| and | or /)
    .filter((s) => s !== "")
    .map((s) => s.replace(/^(\d+)\(([A-Z]{1,2})\)/, "$1$2"));
}

export function extractLegislation(texts: readonly string[]): Legislation[] {
  const found = new Map<string, Set<string>>();
  const cite = (title: string, sections: string[]) => {
    const known = found.get(title) ?? new Set<string>();
    sections.forEach((s) => known.add(s));
    found.set(title, known);
  };
  for (const text of texts) {
    for (const match of text.matchAll(INSTRUMENT)) {
      const citation = citationAt(text, match);
      if (citation) cite(citation.title, citation.sections);
    }
    const gdpr = text.includes("GDPR") || text.includes("General Data") ? GDPR.exec(text) : null;
    if (gdpr) cite(gdpr[1] ? "UK GDPR" : "GDPR", []);
  }
  if (found.has("UK GDPR")) found.delete("GDPR");
  return [...found].map(([title, sections]) => ({ title, sections: [...sections] }));
}

/** The title of the instrument whose "Act 1989" a match found, and the sections cited before and after it; null when no name precedes it. */
function citationAt(text: string, match: RegExpExecArray): Legislation | null {
  const start = match.index;
  const window = text.slice(Math.max(0, start - 80), start);
  const words = (NAME_BEFORE.exec(window)?.[0] ?? "").trim().split(/ +/);
  while (words.length > 0 && isLead(words[0]!)) words.shift();
  if (words.length === 0 || words[0] === "") return null;
  const name = listedName(words.join(" "));
  const rest = text.slice(start + match[0].length, start + match[0].length + 200);
  const after = SECTIONS_AFTER.exec(rest);
  const more = after ? MORE_AFTER_AMENDED.exec(rest.slice(after[0].length)) : null;
  const nameStart = start - name.length - 1;
  const before = SECTIONS_BEFORE.exec(`${text.slice(Math.max(0, nameStart - 120), nameStart).trimEnd()} `);
  return {
    title: `${name} ${match[1]} ${match[2]}`,
    sections: [...sectionList(after?.[1] ?? ""), ...sectionList(more?.[1] ?? ""), ...sectionList(before?.[1] ?? "")],
  };
}

/**
 * A name with commas is a list of subjects only when its last part has the list's "and"
 * ("Children, Schools and Families"); otherwise the comma ends a clause before the name ("In
 * Kent, Care" is "Care").
 */
function listedName(name: string): string {
  const comma = name.lastIndexOf(", ");
  return comma === -1 || / and /.test(name.slice(comma)) ? name : name.slice(comma + 2);
}

/** Words that open a sentence or clause ("The", "Under", "Section") are not part of a name. */
function isLead(word: string): boolean {
  return /^(?:and|of|for|the|The|Under|Section|Sections|Schedule|Part|In|By|As|See|Both|Also|This|That|These|Its|Their|Our|Councils?|Article)$/.test(
    word,
  );
}
