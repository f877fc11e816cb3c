// Finds what the investigator found: the sentences that find fault (with their paragraph), and,
// sentence by sentence, whether the statement's own voice finds fault or injustice (true), finds
// none (false), or does not say (null). A complainant's allegation or wish, a hypothetical ("if we
// find fault") and the account of the ombudsman's powers say nothing about the finding.

import { aboutAnotherBody } from "./body-type.ts";
import type { BodyType, Fault } from "./schema.ts";
import { splitSentences } from "./sentences.ts";
import type { Block, Paragraph } from "./structure.ts";
import { foldQuotes } from "./normalise.ts";

/** What a sentence says about a finding: it is made, it is not, or the sentence does not say. */
export type Finding = boolean | null;

const FAULT =
  /\b(?:is|was|were|are|be|been|amounts? to|amounted to|constitutes?|constituted|finds?|found|finding|accepts?|accepted|admits?|admitted|acknowledges?|acknowledged|identified)\b(?:\s+[\w'’]+){0,3}?\s+faults?\b|\bthe faults? (?:that )?(?:we|I|the Ombudsm[ae]n|the investigator) (?:have |has )?(?:found|identified)\b/i;
const NOT_FAULT = /\b(?:not|no|nor|unlikely|insufficient|cannot|can't|without|whether|any)\b(?:\s+[\w'’]+){0,5}?\s+faults?\b/i;
// "We found no fault in its decision but we found fault in its complaint handling" finds fault.
const CLAUSE = /,? but |; |, however,? /;
const HYPOTHETICAL = /^(?:If|Where|When|Whether|Unless|Had)\b/;
/** A sentence that opens by conceding something: the clause up to its comma. */
const CONCESSION = /^((?:While|Whilst|Although|Though|Even though)\b[^,;]{1,200}), /;

const INJUSTICE =
  /\b(?:caus(?:ed|ing)|leading to|led to|result(?:ed|ing) in)\b(?:\s+[\w'’]+){0,4}?\s+injustice\b|\binjustice (?:was |has been )?caused\b|\bremedy (?:the|this|that|his|her|their) injustice\b/i;
// "No outstanding injustice" says an injustice was put right, not that there was none; an injustice
// "not so significant to warrant a remedy" is none the ombudsman finds.
const NO_INJUSTICE =
  /\b(?:not|no|nor|without)\b(?:\s+[\w'’]+){0,5}?\s+(?<!\b(?:outstanding|remaining|further|continuing|ongoing|current)\s)injustice\b|\binjustice\b[^.;]{0,60}?\b(?:is|was) not (?:so |sufficiently )?(?:significant|serious) (?:enough )?(?:as )?to (?:warrant|justify|need|require)\b/i;
/**
 * A fault that changed nothing, said of the fault: "this did not affect its decision", "which was
 * unlikely to have affected the outcome", "the error made no difference to the result"; not the
 * body's own "it did not change its decision", nor what the ombudsman cannot say.
 */
const CHANGED_NOTHING = new RegExp(
  String.raw`\b(?:this|that|which|the (?:[\w-]+ )?(?:faults?|errors?|delays?|failings?|failures?|mistakes?|omissions?|oversights?)|these (?:[\w-]+ )?(?:faults|errors|delays|failings|failures|mistakes))(?: (?:was|were|is|are|would|has|had|have|also))* (?:(?:did not|didn't|does not|would not|could not|unlikely to|not likely to) (?:have )?(?:affect(?:ed)?|change(?:d)?|alter(?:ed)?)|(?:made|makes|make) no (?:material |real )?difference to|had no (?:effect|impact|bearing) on) (?:the |its |their |his |her |this |that )?(?:[\w'’]+ )?(?:decisions?|outcomes?|results?)\b`,
  "i",
);
/** The ombudsman unable to say something: "I cannot say", "it is not possible to know". */
const CANNOT_SAY =
  /\b(?:cannot|can't|could not|couldn't|not possible to|impossible to|unable to) (?:\w+ ){0,2}?(?:say|know|tell|be sure|be certain|conclude)\b/i;

/** "Mr X complains the Council failed to ...": what follows is the complainant's account, not a finding. */
const ALLEGATION =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]|[Tt]he complainant|[Hh]er representative|[Hh]is representative|[Ss]he|[Hh]e)\b(?:,? [\w'’]+){0,3}?,? (?:also )?(?:complain(?:s|ed|ing)?|says?|said|alleges?|alleged|believes?|believed|feels?|felt|thinks?|thought|considers|considered|wants?|wanted|would like|disputes?|disputed|claims?|claimed|asks?|asked|seeks?|sought|told us|argues?|argued|is unhappy|was unhappy|disagrees?|disagreed)\b/;
/** Where a clause turns conditional or to the ombudsman's powers: what follows is not about this case. */
const NOT_ABOUT_THIS_CASE =
  /\b(?:if|whether|unless|we investigate|we may|we call|we cannot|we must|refer to (?:this|these) as|I have used the word)\b/i;

const NEGATION = /\b(?:no|not|nor|never|without|unlikely|insufficient|cannot|can't|did not|didn't|does not|doesn't)\b/i;
/** Words for fault that stand alone: "failings", "was flawed", "maladministration", "service failure". */
const FAULT_NOUN = /\b(?:maladministration|service failures?|failings|flawed|flaws)\b/i;
/** "We found the Council had not ... and this was fault" or "the Ombudsman finds ... fault": a finder, then fault. */
const FINDER =
  /\b(?:we|I|the Ombudsm[ae]n|(?:s?he|it) has) (?:have |has |also |therefore |have also |has also )?(?:found|find|finds|identified|concluded|decided)\b/i;
/** Conduct that is fault whatever it is called: "failed to", "there was delay", "the Council wrongly ...". */
const FAILURE =
  /\b(?:failed to|fail to|failing to|did not properly|not properly|wrongly|(?:was|were|(?:delivered|provided|gave|offered) (?:a |an )?)(?:poor|inadequate|substandard|unacceptable)(?: service| standard| quality)?|acted unreasonably|unreasonabl[ey] delay\w*|avoidable delay\w*|unnecessary delay\w*|[Tt]here (?:was|were|has been|have been|is) (?:also )?(?:a |an |some |significant |unreasonable |avoidable |considerable )?(?:delays?|failures?|errors?|mistakes?)|(?:found|finds?) (?:\w+ ){0,2}?(?:delays?|failures?|errors?|mistakes?)|(?:Council|it|they) (?:had |has )?delayed|did not (?:follow|comply with|act in (?:line|accordance) with|adhere to|keep to) (?:its|the|their|relevant|statutory|national)|should have (?!regard\b|been able\b|the right\b)\w+|(?:accepts?|accepted|admits?|admitted|acknowledges?|acknowledged) (?:that )?(?:it|they|the (?:Council|Trust|\w+)) (?:did not|didn't|had not|failed|should have|was wrong|made (?:an? )?(?:mistake|error)|delayed))\b/i;
const UPHELD = /\b(?:upheld|uphold)\b/i;

/** Whether a sentence opens with the complainant's account or wishes ("Mr X complains the Council misled the court"). */
export function inComplainantsVoice(sentence: string): boolean {
  return ALLEGATION.exec(foldQuotes(sentence.trim()))?.index === 0;
}

/** The words of a clause that are the statement's own voice: up to a complainant's account. */
function ownVoice(clause: string): string {
  const ends = [ALLEGATION.exec(clause)?.index, NOT_ABOUT_THIS_CASE.exec(clause)?.index].filter((i) => i !== undefined);
  return ends.length > 0 ? clause.slice(0, Math.min(...ends)) : clause;
}

/**
 * A sentence's clauses in the statement's own voice: the main ones, and apart the clause that
 * opens it by conceding something ("While there was no fault in X, there was fault in Y"), which
 * says anything only where the main clauses say nothing.
 */
function clauses(sentence: string): { main: string[]; conceded: string[] } {
  const text = foldQuotes(sentence.trim());
  if (HYPOTHETICAL.test(text)) return { main: [], conceded: [] };
  const concession = CONCESSION.exec(text);
  const own = (part: string) =>
    part
      .split(CLAUSE)
      .map(ownVoice)
      .filter((clause) => clause.trim() !== "");
  return concession ? { main: own(text.slice(concession[0].length)), conceded: own(concession[1]!) } : { main: own(text), conceded: [] };
}

/** Doubt that governs the rest of a clause: "there is not enough evidence that ...". */
const DOUBT =
  /\b(?:not (?:\w+ ){0,2}?enough evidence|insufficient evidence|no evidence|little evidence|unlikely|not (?:satisfied|persuaded|convinced))\b/i;

/** Whether the words before a position negate it ("did not find the Council at fault"). */
function negatedBefore(clause: string, index: number): boolean {
  const before = clause.slice(0, index);
  return NEGATION.test(before.split(/\s+/).slice(-6).join(" ")) || DOUBT.test(before);
}

/**
 * What a sentence in the statement's own voice offers as evidence on fault: a finding of fault in
 * so many words ("finds": "We found fault", "the Council was at fault", "failings", "we found the
 * Council failed to"), conduct that is fault however it is called ("conduct": "the Council failed
 * to reply", "there was delay"), a finding of no fault ("none": "we found no fault", "not at
 * fault", "does not uphold"), or nothing (null). Within a sentence, "there was a delay but this
 * was not fault" finds none: a word for fault outweighs a description of conduct.
 */
export function faultEvidence(sentence: string, about: BodyType | null = null): FaultEvidence | null {
  const { main, conceded } = clauses(sentence);
  const of = (parts: string[]): FaultEvidence | null => {
    const says = parts.filter((clause) => about === null || !faultOfAnotherBody(clause, about)).map(clauseFault);
    if (says.includes("finds")) return "finds";
    if (says.includes("none")) return "none";
    return says.includes("conduct") ? "conduct" : null;
  };
  return of(main) ?? of(conceded);
}

export type FaultEvidence = "finds" | "conduct" | "none";

/** Where a clause says whom the fault was by: "fault by", "fault of", "fault on the part of". */
const FAULT_BY = /\bfaults? (?:by|of|on the part of) /;
/** A word of a body's name: capitalised, or joining two names ("the Council and the Trust"). */
const NAME_WORD = /^(?:[A-Z][\w'’&-]*|and|the|of|&)$/;

/**
 * Whether a clause speaks of another body's fault than the page's: the bodies it says the fault
 * was by, else any body it names ("fault by the Trust, which did not tell the Council" is the
 * Trust's).
 */
function faultOfAnotherBody(clause: string, about: BodyType): boolean {
  const by = FAULT_BY.exec(clause);
  if (!by) return aboutAnotherBody(clause, about);
  const words = clause.slice(by.index + by[0].length).split(" ");
  const name: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[.,;:]+$/, "");
    if (!NAME_WORD.test(bare)) break;
    name.push(bare);
    if (bare !== word) break;
  }
  return aboutAnotherBody(name.join(" "), about);
}

const NO_FAULT =
  /\b(?:not|no|nor|unlikely|insufficient|cannot|can't|without)\b(?:\s+[\w'’]+){0,5}?\s+faults?\b|\b(?:absent|in the absence of) (?:an? |any )?(?:(?:clear|sufficient|enough|further) )?(?:(?:finding|evidence|sign|proof) of )?(?:any )?(?:(?:administrative|clear) )?faults?\b/i;
/** A finding of no fault in other words: "the Council did nothing wrong", "there was no wrongdoing", "it acted properly". */
const NOTHING_WRONG = /\b(?:did|done|doing) nothing wrong\b|\bno wrongdoing\b|\bacted (?:properly|correctly|lawfully|appropriately)\b/i;

/** What a clause says in the word "fault" itself, at `index`: fault found, none, or nothing decided. */
function faultWordEvidence(clause: string, index: number): FaultEvidence | null {
  if (NO_FAULT.test(clause) || negatedBefore(clause, index)) return "none";
  // "Any fault did not cause injustice" supposes fault without finding it.
  if (/\bany faults?\b/i.test(clause)) return null;
  if (FAULT.test(clause) || /\bat fault\b|\bfaults? (?:by|with)\b/i.test(clause) || FINDER.test(clause.slice(0, index))) return "finds";
  return null;
}

function clauseFault(clause: string): FaultEvidence | null {
  const word = /\bfaults?\b/i.exec(clause);
  if (word) {
    const said = faultWordEvidence(clause, word.index);
    if (said !== null || /\bany faults?\b/i.test(clause)) return said;
  }
  const proper = NOTHING_WRONG.exec(clause);
  if (proper && !negatedBefore(clause, proper.index)) return "none";
  const noun = FAULT_NOUN.exec(clause);
  if (noun) return negatedBefore(clause, noun.index) ? "none" : "finds";
  const upheld = UPHELD.exec(clause);
  if (upheld) return negatedBefore(clause, upheld.index) ? "none" : "finds";
  const failure = FAILURE.exec(clause);
  if (!failure || negatedBefore(clause, failure.index)) return null;
  // "We have found the Council failed to reply to Ms K" is a finding.
  return FINDER.test(clause.slice(0, failure.index)) ? "finds" : "conduct";
}

/** Harm a fault caused, in the words statements use for injustice. */
const HARM =
  /\b(?:caus(?:ed|ing|es|e)|led to|leading to|lead to|result(?:ed|ing|s)? in|meant|put (?:\w+ ){0,2}?to|suffered|experienced)\b(?:\s+[\w'’,]+){0,6}?\s+(?:avoidable |significant |some |unnecessary |additional |further |real |considerable |much |a |an |the |more )?(?:distress|frustration|uncertainty|inconvenience|anxiety|stress|time and trouble|worry|upset|missed opportunit\w*|lost opportunit\w*|loss|hardship|injustice|harm|disadvantage|confusion)\b/i;
const REMEDIES_INJUSTICE =
  /\b(?:remedy|remedies|address|acknowledge|recognise|recognize|redress)\b(?:\s+[\w'’]+){0,3}?\s+(?:injustice|distress|frustration|uncertainty|time and trouble|inconvenience|anxiety)\b|\b(?:is|was|an|some|significant|more|the|this|caused) injustice\b|\b(?:missed out|lost out|(?:lost|missed) (?:the |an? )?(?:opportunity|chance))\b|\b(?:personal|individual|financial) remed(?:y|ies)\b|\b(?:had|has|have|having) (?:had )?(?:an? )?(?:significant |serious |considerable |real |detrimental |adverse |negative |profound |lasting )?(?:impact|effect) (?:on|upon)\b|\b(?:has|have|had) (?:already |since |now |subsequently )?(?:put right|remedied|rectified) (?:\w+ ){0,3}?(?:faults?|errors?|mistakes?|failings?|injustice|this|that|it)\b|\bleft (?:\w+ ){1,2}?(?:feeling )?(?:frustrated|distressed|upset|anxious|worried|uncertain|confused|out of pocket)\b|\b(?:leaves?|left|leaving) (?:[\w'’]+ ){1,4}?with (?:an? |any |no |some |real |considerable |significant |the |continuing |lasting )?(?:uncertainty|distress|frustration|anxiety|worry|doubt|a sense of (?:injustice|uncertainty|lost opportunity))\b|\b(?:agreed|accepted|provided|offered|proposed|recommended|suggested)\b(?:\s+[\w'’]+){0,3}?\s+remed(?:y|ies)\b|\b(?:agreed|accepted)\s+(?:our|my|the Ombudsm[ae]n's)\s+recommendations?\b|\bfaults?(?: by (?:the )?[A-Z]\w*)? (?:that|which) (?:\w+ )?(?:warrants?|warranted|merits?|merited|justif(?:y|ies|ied))\s+(?:an?\s+|some\s+)?(?:\w+\s+)?remed(?:y|ies)\b/i;

/**
 * "We have not recommended a financial remedy": no money, which says nothing of injustice (another
 * remedy may put it right), unlike "not enough to warrant a personal remedy".
 */
const NO_FINANCIAL_REMEDY = /\b(?:not|no)\b(?:\s+[\w'’]+){0,3}?\s+financial remed(?:y|ies)\b/gi;

/**
 * What a sentence says about injustice: true where the fault caused harm ("This caused Mr X
 * avoidable distress", "to remedy the injustice"), false where it did not ("this did not cause
 * Mrs X an injustice"), null where it does not say.
 */
export function injusticeFinding(sentence: string): Finding {
  const { main, conceded } = clauses(sentence);
  return clausesInjustice(main) ?? clausesInjustice(conceded);
}

/** What clauses say about injustice, as injusticeFinding reads a sentence's. */
function clausesInjustice(parts: readonly string[]): Finding {
  let finding: Finding = null;
  for (const clause of parts.map((c) => c.replace(NO_FINANCIAL_REMEDY, ""))) {
    const harm = HARM.exec(clause) ?? REMEDIES_INJUSTICE.exec(clause);
    if (!harm) {
      // "There is no injustice to Mr X" says so without a cause; so does a fault that changed nothing.
      if (NO_INJUSTICE.test(clause) || (CHANGED_NOTHING.test(clause) && !CANNOT_SAY.test(clause))) finding = false;
      continue;
    }
    if (NO_INJUSTICE.test(clause) || negatedBefore(clause, harm.index) || NEGATION.test(harm[0])) finding = false;
    else return true;
  }
  return finding;
}

/** Whether a sentence finds fault, in the strict words of a finding ("This was fault"); for the list of faults. */
export function findsFault(sentence: string): boolean {
  if (!sentence.includes("fault") || HYPOTHETICAL.test(sentence)) return false;
  return sentence.split(CLAUSE).some((clause) => FAULT.test(clause) && !NOT_FAULT.test(clause));
}

export function findsInjustice(sentence: string): boolean {
  if (!sentence.includes("injustice") || HYPOTHETICAL.test(sentence)) return false;
  return sentence.split(CLAUSE).some((clause) => INJUSTICE.test(clause) && !NO_INJUSTICE.test(clause));
}

/** Sections whose talk of "fault" is about the ombudsman's powers or the complaint, not findings. */
const NOT_FINDINGS = /role|how i considered|^the complaint|investigated|investigate$|^final decision|^decision$|^summary/i;

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

/**
 * The paragraphs that conclude the statement: its final decision section, and in the older report
 * layout the paragraphs before any section, which continue the summary ("The Ombudsman upheld the
 * complaint and found fault causing injustice").
 */
export function conclusionParagraphs(blocks: readonly Block[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let inFinal = blocks[0]?.kind === "paragraph";
  for (const block of blocks) {
    if (block.kind === "section") inFinal = /^final decision$|^decision$|^conclusions?$/i.test(block.title);
    if (inFinal && block.kind === "paragraph") paragraphs.push(block);
  }
  return paragraphs;
}

/** The statement's own conclusion, sentence by sentence: its summary and its concluding paragraphs. */
export function conclusionSentences(summary: string, blocks: readonly Block[]): string[] {
  return [...splitSentences(summary), ...conclusionParagraphs(blocks).flatMap((p) => splitSentences(paragraphText(p)))];
}

export function paragraphText(paragraph: Paragraph): string {
  return [paragraph.text, ...paragraph.items.map((item) => item.text)].join(" ");
}
