// Reads the statement's verdict from the whole available text, summary first: whether it finds
// fault and injustice (null where an excerpt stops before it says), why a complaint was not
// investigated, and what was agreed, with the total of the sums stated where the remedies are known.

import { closureReason, notInvestigatedOutcome, saysNotInvestigated } from "./closure.ts";
import { conclusionParagraphs, conclusionSentences, faultEvidence, injusticeFinding, paragraphText, type Finding } from "./findings.ts";
import { findRemedies } from "./remedies.ts";
import { paymentTotal, type BodyType, type ClosureReason, type Fault, type Remedy } from "./schema.ts";
import type { Block } from "./structure.ts";
import { summaryRemedies } from "./summary-remedies.ts";

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
  const fromSummary = summaryRemedies(summary);
  const fromActions = findRemedies(blocks);
  // Where there is no action section, the final decision (or an old report's opening) may say what was agreed.
  const fromConclusion = conclusionParagraphs(blocks).map((p) => summaryRemedies(paragraphText(p), p.number));
  const concluded = fromConclusion.flatMap((c) => c.remedies);
  // A complete statement's action section lists what the summary sums up; count each remedy once.
  const [remedies, stated] =
    complete && fromActions.length > 0
      ? [fromActions, true]
      : fromSummary.remedies.length > 0
        ? [fromSummary.remedies, fromSummary.whole]
        : fromActions.length === 0 && concluded.length > 0
          ? [concluded, fromConclusion.every((c) => c.whole || c.remedies.length === 0)]
          : [fromActions, false];
  // A remedy for the complainant (anything but a change to the service) answers an injustice.
  const personal = remedies.some((r) => r.kind !== "service-improvement");

  const sentences = conclusionSentences(summary, blocks);
  const faultSays = sentences.map((sentence) => faultEvidence(sentence, body));
  const injusticeSays = sentences.map(injusticeFinding);
  const upheld = /^Upheld\b/i.test(outcome);
  const notUpheld = /^Not upheld\b/i.test(outcome);

  let faultFound: Finding;
  if (notInvestigatedOutcome(outcome)) faultFound = false;
  else if (faultSays.includes("finds")) faultFound = true;
  // "We found no fault in its decision" beside "the Council failed to reply" or an agreed remedy: the outcome decides.
  else if (faultSays.includes("none")) faultFound = upheld && (faultSays.includes("conduct") || personal || injusticeSays.includes(true));
  // A remedy for injustice agreed or already given means there was fault to remedy.
  else if (personal || injusticeSays.includes(true)) faultFound = true;
  else if (saysNotInvestigated(summary)) faultFound = false;
  // Conduct that reads as fault in a statement that did not uphold the complaint is ambiguous.
  else if (faultSays.includes("conduct")) faultFound = notUpheld ? null : true;
  else if (faults.length > 0) faultFound = true;
  else if (upheld || notUpheld) faultFound = upheld;
  else faultFound = complete ? false : null;

  let injustice: Finding;
  if (faultFound === false) injustice = false;
  else if (injusticeSays.includes(true) || personal) injustice = true;
  else if (injusticeSays.includes(false)) injustice = false;
  else injustice = faultFound === true && complete ? false : null;

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
