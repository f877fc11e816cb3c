// Reads the statement's verdict from the whole available text, summary first: whether it finds
// fault and injustice (null where an excerpt stops before it says), why a complaint was not
// investigated, and what was agreed, with the total of the sums stated where the remedies are known.

import { namesAnotherBody } from "./body-type.ts";
import { assessmentParagraphs, closureReason, notInvestigatedOutcome, saysNotInvestigated } from "./closure.ts";
import {
  conclusionParagraphs,
  conclusionSentences,
  faultEvidence,
  injusticeFinding,
  paragraphText,
  type FaultEvidence,
  type Finding,
} from "./findings.ts";
import { foldQuotes } from "./normalise.ts";
import { findRemedies } from "./remedies.ts";
import { namesSomeone } from "./remedy-kind.ts";
import { paymentTotal } from "./payment-total.ts";
import type { BodyType, ClosureReason, Fault, Remedy } from "./schema.ts";
import { splitSentences } from "./sentences.ts";
import type { Block } from "./structure.ts";
import { givenRemedies, summaryRemedies } from "./summary-remedies.ts";

export interface Verdict {
  faultFound: Finding;
  injustice: Finding;
  closureReason: ClosureReason | null;
  remedies: Remedy[];
  remediesKnown: boolean;
  paymentTotalGBP: number | null;
  paymentsWithoutAmount: number;
}

export interface VerdictInput {
  outcome: string;
  summary: string;
  blocks: readonly Block[];
  /** The sentences of the body that find fault in so many words. */
  faults: readonly Fault[];
  complete: boolean;
  /** The kind of body the page is about: a joint decision's findings about other bodies are not its own. */
  body?: BodyType | null;
}

export function readVerdict({ outcome, summary, blocks, faults, complete, body = null }: VerdictInput): Verdict {
  const investigated = !notInvestigatedOutcome(outcome);
  // Only a statement that names another kind of body can tell of a remedy that is not this body's.
  const joint =
    body !== null &&
    namesAnotherBody([summary, ...blocks.flatMap((b) => (b.kind === "paragraph" ? [paragraphText(b)] : []))].join(" "), body);
  const own = agreedRemedies({ summary, blocks, complete, body: joint ? body : null, investigated });
  // A remedy for the complainant (anything but a change to the service) answers an injustice.
  const personal = own.remedies.some((r) => r.kind !== "service-improvement") || answeredFirst(outcome, summary);
  const sentences = conclusionSentences(summary, blocks);
  const says: Evidence = {
    fault: sentences.map((sentence) => faultEvidence(sentence, body)),
    injustice: sentences.map(injusticeFinding),
    personal,
  };
  const faultFound = readFault(outcome, summary, says, faults.length > 0, complete);
  const injustice = readInjustice(faultFound, says, complete);
  // On the page of a body at fault in a joint decision, the remedy is the joint decision's; a body
  // not at fault agreed only what the statement says it agreed itself.
  const { remedies, stated } = faultFound === true && joint ? agreedRemedies({ summary, blocks, complete, body: null, investigated }) : own;
  // No fault found means no remedy to agree, unless the summary tells of one the body gave itself.
  const remediesKnown = complete || stated || (faultFound === false && remedies.length === 0);
  const payments = paymentTotal(remedies, remediesKnown);
  return {
    faultFound,
    injustice,
    closureReason: closureReason(outcome, summary, blocks),
    remedies,
    remediesKnown,
    paymentTotalGBP: payments.total,
    paymentsWithoutAmount: payments.withoutAmount,
  };
}

/**
 * An upheld complaint the ombudsman did not investigate because the body's own answer had put it
 * right ("We will not investigate … This is because the Council has provided a satisfactory
 * response"): fault found, and remedied. The sentence says so of the body itself, as a fact: not
 * in an "if", a "whether", what someone says, or what the body "should have" done.
 */
const answeredFirst = (outcome: string, summary: string): boolean =>
  /^Upheld\b/i.test(outcome) &&
  saysNotInvestigated(summary) &&
  splitSentences(summary).some((sentence) => ANSWERED.test(sentence) && !HEDGED.test(sentence));
const ANSWERED =
  /\b(?:[Tt]he Council|[Ii]t|[Tt]he (?:[A-Z]\w+ )?(?:Provider|Home|School|Academy|Authority|Trust|Board)|[Tt]he care (?:home|provider)) (?:has|had) (?:already )?(?:provided|given|offered|made|sent) (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w* |him |her |them )?(?:an? |the )?(?:satisfactory|suitable|appropriate|adequate|proportionate|fair|reasonable|sufficient) (?:response|resolution|answer|reply)\b/;
/** Words that make a sentence a supposition or someone's account rather than a finding. */
const HEDGED =
  /\b(?:[Ii]f|[Ww]hether|[Uu]nless|[Cc]annot say|not clear)\b|\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|[Hh]e|[Ss]he|[Tt]hey|[Tt]he complainant) (?:\w+ )?(?:says?|said|claims?|claimed|believes?|thinks?)\b/;

/** What the statement's conclusion says, sentence by sentence, and whether a remedy for the complainant was agreed. */
interface Evidence {
  fault: (FaultEvidence | null)[];
  injustice: Finding[];
  personal: boolean;
}

/**
 * The remedies agreed, from one place so none is counted twice: a complete statement's action
 * section (with what the body had already given that the section does not list), else the summary
 * (its payments with the sums the action section or assessment states), else (where there is no
 * action section) the final decision or an old report's opening, else, for a complaint not
 * investigated, what its assessment says the body already gave; `stated` when the place they come
 * from lists them in full.
 */
function agreedRemedies({
  summary,
  blocks,
  complete,
  body,
  investigated,
}: {
  summary: string;
  blocks: readonly Block[];
  complete: boolean;
  body: BodyType | null;
  investigated: boolean;
}): { remedies: Remedy[]; stated: boolean } {
  const fromActions = findRemedies(blocks, body);
  if (complete && fromActions.length > 0)
    return { remedies: [...fromActions, ...givenBefore(summary, blocks, body, fromActions)], stated: true };
  const concluding = conclusionParagraphs(blocks);
  const assessing = investigated ? [] : assessmentParagraphs(blocks).filter((p) => !concluding.includes(p));
  const fromAssessment = () => assessing.map((p) => givenRemedies(paragraphText(p), p.number, body));
  const fromSummary = summaryRemedies(summary, "summary", body);
  if (fromSummary.remedies.length > 0) {
    const detail = fromActions.length > 0 ? fromActions : fromAssessment().flatMap((c) => c.remedies);
    return { remedies: withSums(fromSummary.remedies, detail), stated: fromSummary.whole };
  }
  if (fromActions.length > 0) return { remedies: fromActions, stated: false };
  // A complaint the body had already put right before it came to the ombudsman, with nothing more
  // asked of it: what the statement says the body gave.
  if (complete && investigated && ALREADY_REMEDIED.test(summary)) {
    const given = givenThroughout(blocks, body);
    if (given.length > 0) return { remedies: given, stated: true };
  }
  const fromConclusion = concluding.map((p) => summaryRemedies(paragraphText(p), p.number, body));
  const concluded = fromConclusion.some((c) => c.remedies.length > 0);
  const elsewhere = [...fromConclusion, ...(concluded ? [] : fromAssessment())];
  const remedies = elsewhere.flatMap((c) => c.remedies);
  return { remedies, stated: remedies.length > 0 && elsewhere.every((c) => c.whole || c.remedies.length === 0) };
}

/** A summary that says the body had already put things right: "It had already taken action which puts things right". */
const ALREADY_REMEDIED = /\balready\b[^.]{0,80}?\b(?:remed(?:ied|ies|y)|puts? (?:things|matters|this|it|that) right|put right)\b/i;

/**
 * What the paragraphs of a statement say the body gave: its apology once, its payments to the
 * complainant with their sums (each sum once), or else one payment of unknown amount, and its
 * changes to the service.
 */
function givenThroughout(blocks: readonly Block[], body: BodyType | null): Remedy[] {
  const told = givenInParagraphs(blocks, body);
  const apology = told.find((r) => r.kind === "apology");
  const sums = distinctSums(told.filter((r) => TO_A_PERSON.test(r.text)));
  const payments = sums.length > 0 ? sums : told.filter((r) => r.kind === "payment").slice(0, 1);
  return [...(apology ? [apology] : []), ...payments, ...told.filter((r) => r.kind === "service-improvement")];
}

/** A payment to a person, not to a home, a landlord or a fund: "paid her £250", "a payment of £75 to Mr X". */
const TO_A_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]|\b(?:him|her|them)\b|\bthe complainant\b/;

/** What each paragraph of a statement says the body already gave (givenRemedies). */
const givenInParagraphs = (blocks: readonly Block[], body: BodyType | null): Remedy[] =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? givenRemedies(paragraphText(b), b.number, body).remedies : []));

/** The payments with a sum, each sum once: the same sum told twice ("has paid Mr H £175"; "it has already paid him £175") is one payment. */
const distinctSums = (remedies: readonly Remedy[]): Remedy[] =>
  remedies.filter(
    (r, i) =>
      r.kind === "payment" &&
      r.amountGBP !== undefined &&
      remedies.findIndex((d) => d.kind === "payment" && d.amountGBP === r.amountGBP) === i,
  );

/**
 * What the body had already given, before the actions agreed, that they do not list: an apology
 * told anywhere in the statement where they hold none ("It has since apologised to Mr P for its
 * delay, which I welcome"), a sum the summary names that they do not hold ("It had already
 * apologised and paid him £150. We recommended it reviews its guidance"), a payment the
 * summary tells of without its sum where they hold no payment ("It has already made a payment to
 * Ms V"), with the sums a paragraph says were paid ("It has since paid her £250"), or none, and
 * the changes to its service it had made where they list none (changesMade).
 */
function givenBefore(summary: string, blocks: readonly Block[], body: BodyType | null, listed: readonly Remedy[]): Remedy[] {
  const inSummary = givenRemedies(summary, "summary", body).remedies;
  // Every paragraph is read only when the summary and the actions leave something to look for.
  let told: Remedy[] | undefined;
  const inParagraphs = () => (told ??= givenInParagraphs(blocks, body));
  const superseded = supersedes(summary, listed);
  const summed = superseded ? [] : inSummary.filter((r) => r.amountGBP !== undefined && !listed.some((l) => l.amountGBP === r.amountGBP));
  const unsummed = inSummary.filter((r) => r.kind === "payment" && r.amountGBP === undefined);
  const paid =
    superseded || unsummed.length === 0 || listed.some((l) => l.kind === "payment")
      ? []
      : withSums(
          unsummed,
          inParagraphs().filter((r) => r.kind !== "payment" || TO_A_PERSON.test(r.text)),
        );
  const fromSummary = [...summed, ...paid, ...changesMade(listed, inSummary, inParagraphs, blocks)];
  if (listed.some((l) => l.kind === "apology")) return fromSummary;
  const apology = inSummary.find((r) => r.kind === "apology") ?? inParagraphs().find((r) => r.kind === "apology");
  return apology ? [apology, ...fromSummary] : fromSummary;
}

/**
 * The changes to its service the body had already made, where the actions list none and the
 * change is for no one in particular: those the summary tells of ("It has already reminded its
 * officers to ..."), else those a paragraph tells of as made since the complaint ("The Council told
 * me it has since introduced a weekly report"; not "In 2019 the Council had introduced a new
 * system", the facts of the case), each told once.
 */
function changesMade(
  listed: readonly Remedy[],
  inSummary: readonly Remedy[],
  inParagraphs: () => Remedy[],
  blocks: readonly Block[],
): Remedy[] {
  if (listed.some((l) => l.kind === "service-improvement")) return [];
  const isChange = (r: Remedy) => r.kind === "service-improvement";
  const forTheService = (r: Remedy) => isChange(r) && !namesSomeone(r.text);
  if (inSummary.some(forTheService)) return inSummary.filter(forTheService);
  const told = inParagraphs().filter((r) => forTheService(r) && madeSince(r, blocks));
  return told.filter((r, i) => told.findIndex((t) => t.text === r.text) === i);
}

/** Words that tell a change as made since the complaint: "has since", "has also", "had since"; not "had already", the facts of the case. */
const MADE_SINCE = /\b(?:has|have)\b|\bhad (?:also )?(?:since|subsequently)\b/i;

/** Whether the sentence of its paragraph that tells of a remedy tells it as made since the complaint or already. */
function madeSince(remedy: Remedy, blocks: readonly Block[]): boolean {
  const block = blocks.find((b) => b.kind === "paragraph" && b.number === remedy.paragraph);
  if (block?.kind !== "paragraph") return false;
  const sentence = splitSentences(foldQuotes(paragraphText(block))).find((s) => s.includes(remedy.text));
  return sentence !== undefined && MADE_SINCE.test(sentence.slice(0, sentence.indexOf(remedy.text)));
}

/**
 * Whether the actions' payments take the place of a sum offered before: the summary says the
 * payment is increased ("agreed to increase its payment to £350"), or a payment listed says it is
 * the whole of it ("pay Mr O £450 in total … This replaces the £150 it offered") or holds it
 * ("This includes the £150 it offered").
 */
function supersedes(summary: string, listed: readonly Remedy[]): boolean {
  return (
    /\bincreas\w* (?:[\w'’]+ ){0,4}?to £/i.test(summary) ||
    listed.some(
      (l) =>
        l.kind === "payment" &&
        /\bin total\b|\b(?:replaces?|not in addition)\b|\b(?:instead of|in place of) (?:the |its )?(?:[\w-]+ ){0,2}?£|\bincludes? the £/i.test(
          l.text,
        ),
    )
  );
}

/**
 * A summary's payments with the sums the statement states elsewhere (`detail`): where the summary
 * names payments and no sum ("apologised and made a payment to Mr H"), and the action section or
 * the assessment states the sums ("paid him £175"), those payments stand for the summary's.
 */
function withSums(remedies: readonly Remedy[], detail: readonly Remedy[]): Remedy[] {
  const payments = remedies.filter((r) => r.kind === "payment");
  const sums = distinctSums(detail);
  if (payments.length === 0 || payments.some((r) => r.amountGBP !== undefined) || sums.length === 0) return [...remedies];
  return [...remedies.filter((r) => r.kind !== "payment"), ...sums];
}

function readFault(outcome: string, summary: string, says: Evidence, faultsListed: boolean, complete: boolean): Finding {
  const upheld = /^Upheld\b/i.test(outcome);
  const notUpheld = /^Not upheld\b/i.test(outcome);
  const harmed = says.personal || says.injustice.includes(true);
  if (notInvestigatedOutcome(outcome)) return false;
  if (says.fault.includes("finds")) return true;
  // "We found no fault in its decision" beside "the Council failed to reply" or an agreed remedy: the outcome decides.
  if (says.fault.includes("none")) return upheld && (says.fault.includes("conduct") || harmed);
  // A remedy for injustice agreed or already given means there was fault to remedy.
  if (harmed) return true;
  if (saysNotInvestigated(summary)) return false;
  // Conduct that reads as fault in a statement that did not uphold the complaint is ambiguous.
  if (says.fault.includes("conduct")) return notUpheld ? null : true;
  if (faultsListed) return true;
  if (upheld || notUpheld) return upheld;
  return complete ? false : null;
}

function readInjustice(faultFound: Finding, says: Evidence, complete: boolean): Finding {
  if (faultFound === false) return false;
  if (says.injustice.includes(true)) return true;
  if (says.injustice.includes(false)) return false;
  if (says.personal) return true;
  return faultFound === true && complete ? false : null;
}
