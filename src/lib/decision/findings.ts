// Finds what the investigator found: the sentences that find fault (with their paragraph),
// and whether the statement finds fault and injustice overall.

import type { Fault } from "./schema.ts";
import { splitSentences } from "./sentences.ts";
import type { Block, Paragraph } from "./structure.ts";
import { foldQuotes } from "./normalise.ts";

const FAULT = /\b(?:is|was|were|are|be|been|amounts? to|amounted to|constitutes?|constituted|finds?|found|finding|accepted|admitted|acknowledged|identified)\b(?:\s+[\w'’]+){0,3}?\s+faults?\b/i;
const NOT_FAULT = /\b(?:not|no|nor|unlikely|insufficient|cannot|can't|without|whether|any)\b(?:\s+[\w'’]+){0,5}?\s+faults?\b/i;
// "We found no fault in its decision but we found fault in its complaint handling" finds fault.
const CLAUSE = /,? but |; /;
const HYPOTHETICAL = /^(?:If|Where|When|Whether|Unless)\b/;

const INJUSTICE = /\b(?:caus(?:ed|ing)|leading to|led to|result(?:ed|ing) in)\b(?:\s+[\w'’]+){0,4}?\s+injustice\b|\binjustice (?:was |has been )?caused\b|\bremedy (?:the|this|that|his|her|their) injustice\b/i;
const NO_INJUSTICE = /\b(?:not|no|nor|without)\b(?:\s+[\w'’]+){0,5}?\s+injustice\b/i;

/** Sections whose talk of "fault" is about the ombudsman's powers or the complaint, not findings. */
const NOT_FINDINGS = /role|how i considered|^the complaint|investigated|investigate$|^final decision|^decision$|^summary/i;

export function findsFault(sentence: string): boolean {
  if (!sentence.includes("fault") || HYPOTHETICAL.test(sentence)) return false;
  return sentence.split(CLAUSE).some((clause) => FAULT.test(clause) && !NOT_FAULT.test(clause));
}

export function findsInjustice(sentence: string): boolean {
  if (!sentence.includes("injustice") || HYPOTHETICAL.test(sentence)) return false;
  return sentence.split(CLAUSE).some((clause) => INJUSTICE.test(clause) && !NO_INJUSTICE.test(clause));
}

/** Each numbered paragraph's sentences that find fault, outside the boilerplate sections. */
export function findFaults(blocks: readonly Block[]): Fault[] {
  const faults: Fault[] = [];
  let section = "";
  for (const block of blocks) {
    if (block.kind === "section") section = foldQuotes(block.title);
    if (block.kind !== "paragraph" || block.number === null || NOT_FINDINGS.test(section)) continue;
    for (const sentence of splitSentences(block.text)) {
      if (findsFault(sentence)) faults.push({ paragraph: block.number, text: sentence });
    }
  }
  return faults;
}

/** The statement's own conclusion: its summary and its final decision section. */
export function conclusionSentences(summary: string, blocks: readonly Block[]): string[] {
  const sentences = splitSentences(summary);
  let inFinal = false;
  for (const block of blocks) {
    if (block.kind === "section") inFinal = /^final decision$|^decision$/i.test(block.title);
    if (inFinal && block.kind === "paragraph") sentences.push(...splitSentences(paragraphText(block)));
  }
  return sentences;
}

function paragraphText(paragraph: Paragraph): string {
  return [paragraph.text, ...paragraph.items.map((item) => item.text)].join(" ");
}
