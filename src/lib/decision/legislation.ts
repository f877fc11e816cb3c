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
const SECTION_LIST = String.raw`${SECTION_REF}(?:(?:, *| and | or )${SECTION_REF})*`;
/** What each kind of instrument calls its numbered provisions: sections of Acts, regulations, articles of Orders. */
const PROVISIONS = {
  Act: String.raw`(?:sections?|s\.)`,
  Regulations: String.raw`(?:regulations?|reg\.)`,
  Order: String.raw`(?:articles?|art\.)`,
};
type Kind = keyof typeof PROVISIONS;

/** The provisions cited after the title, after "as amended" ("section 26(6), as amended, and section 34B") and before the title. */
const PROVISIONS_CITED = Object.fromEntries(
  Object.entries(PROVISIONS).map(([kind, word]) => [
    kind,
    {
      after: new RegExp(String.raw`^,? *${word} *(${SECTION_LIST})`, "i"),
      afterAmended: new RegExp(String.raw`^,? *as amended,? *(?:and +)?${word} *(${SECTION_LIST})`, "i"),
      before: new RegExp(String.raw`\b${word} *(${SECTION_LIST}) +of +(?:the +)?$`, "i"),
    },
  ]),
) as Record<Kind, { after: RegExp; afterAmended: RegExp; before: RegExp }>;
const SCHEDULE_REF = String.raw`\d+[A-Z]{0,2}`;
/**
 * A Schedule cited after the name, with a paragraph of it before or after: "Schedule 5,
 * paragraph 5(2)", "paragraph 5A schedule 5", "Schedule 5/5A, paragraph 1/3" (two Schedules, and
 * paragraphs that cannot be told apart, so none is kept).
 */
const SCHEDULE_AFTER = new RegExp(
  String.raw`^,? *(?:as amended,? *)?(?:and +)?(?:para(?:graph|\.)? *(${SECTION_REF}),? *(?:of +)?)?Schedule *(${SCHEDULE_REF}(?:/${SCHEDULE_REF})*)(?:,? *para(?:graph|\.)? *(${SECTION_REF}(?:/${SECTION_REF})*))?`,
  "i",
);
/** A Schedule cited before the name: "Schedule 2 of the Housing Act 1996", "paragraph 3 of Schedule 1 to the Care Act 2014". */
const SCHEDULE_BEFORE = new RegExp(
  String.raw`\b(?:para(?:graph|\.)? *(${SECTION_REF}) +of +)?Schedule *(${SCHEDULE_REF}) +(?:of|to) +(?:the +)?$`,
  "i",
);
const GDPR = /\b(UK )?GDPR\b|\bGeneral Data Protection Regulation\b/;

/**
 * The sections of a list, "26(1), 26A and 34(B)": a capital letter in brackets straight after the
 * number is part of the number ("34(B)" is section 34B; subsections are digits or lower case).
 */
function sectionList(list: string | undefined): string[] {
  return (list ?? "")
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

/** The title of the instrument whose "Act 1989" a match found, and the provisions cited before and after it; null when no name precedes it. */
function citationAt(text: string, match: RegExpExecArray): Legislation | null {
  const start = match.index;
  const window = text.slice(Math.max(0, start - 80), start);
  const words = (NAME_BEFORE.exec(window)?.[0] ?? "").trim().split(/ +/);
  while (words.length > 0 && isLead(words[0]!)) words.shift();
  if (words.length === 0 || words[0] === "") return null;
  const name = listedName(words.join(" "));
  const nameStart = start - name.length - 1;
  return {
    title: `${name} ${match[1]} ${match[2]}`,
    sections: provisionsCited(
      match[1] as Kind,
      `${text.slice(Math.max(0, nameStart - 120), nameStart).trimEnd()} `,
      text.slice(start + match[0].length, start + match[0].length + 200),
    ),
  };
}

/** The sections (regulations, articles) and Schedules cited just after an instrument's title, then just before it. */
function provisionsCited(kind: Kind, before: string, after: string): string[] {
  const cited = PROVISIONS_CITED[kind];
  const sections = cited.after.exec(after);
  const more = sections ? cited.afterAmended.exec(after.slice(sections[0].length)) : null;
  const rest = after.slice((sections?.[0].length ?? 0) + (more?.[0].length ?? 0));
  return [
    ...sectionList(sections?.[1]),
    ...sectionList(more?.[1]),
    ...sectionList(cited.before.exec(before)?.[1]),
    ...schedulesCited(before, rest),
  ];
}

/** The Schedules cited after the title (once the sections are read), then before it. */
function schedulesCited(before: string, after: string): string[] {
  const schedule = SCHEDULE_AFTER.exec(after);
  const scheduleBefore = SCHEDULE_BEFORE.exec(before);
  return [...scheduleParts(schedule?.[2], schedule?.[1] ?? schedule?.[3]), ...scheduleParts(scheduleBefore?.[2], scheduleBefore?.[1])];
}

/**
 * The Schedules of a citation, "Schedule 5 paragraph 5(2)" when one Schedule and one paragraph are
 * named; slashed alternatives ("5/5A") are Schedules named without a paragraph.
 */
function scheduleParts(schedules: string | undefined, paragraph: string | undefined): string[] {
  if (schedules === undefined) return [];
  const each = schedules.split("/");
  if (each.length === 1 && paragraph !== undefined && !paragraph.includes("/")) return [`Schedule ${each[0]} paragraph ${paragraph}`];
  return each.map((n) => `Schedule ${n}`);
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
