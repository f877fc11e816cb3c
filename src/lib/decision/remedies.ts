// Finds what the organisation agreed (or was recommended) to do, in order, and classifies each
// action. A request for evidence of compliance is how statements close; it is not a remedy.

import type { Remedy, RemedyKind } from "./schema.ts";
import type { Block } from "./structure.ts";
import { foldQuotes } from "./normalise.ts";

const ACTION_SECTION = /^(?:agreed actions?|recommended actions?|recommendations?|actions?|remedy)$/i;
const COMMITS_TO_LIST = /\b(?:agreed|agrees|recommend(?:s|ed)?|will|should|to remedy)\b/i;
const EVIDENCE_ONLY = /\bevidence\b[^.]{0,200}\b(?:complied|compliance|carried out|taken|completed|done)\b|\bprovide us with (?:evidence|confirmation)\b/i;
const COMMITS = /\b(?:will|agreed to|has agreed|should|must|to)\b/i;
const AMOUNT = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?/g;
const PAYS = /\b(?:pa(?:y|ys|ying|id|yment|yments)|reimburse|refund|compensat\w*)\b/i;
const APOLOGY = /\bapologi[sz]/i;
const IMPROVES = /\b(?:remind\w*|review\w*|train\w*|guidance|procedures?|process(?:es)?|polic(?:y|ies)|staff|officers|improve\w*|lessons?|learning|practice|amend\w*|introduce\w*|update\w*|ensure\w*)\b/i;

export function classifyRemedy(text: string): Pick<Remedy, "kind" | "amountGBP"> {
  const amounts = [...text.matchAll(AMOUNT)].map((m) => Number(m[1]!.replaceAll(",", "")) + Number(m[2] ?? 0) / 100);
  if (amounts.length > 0 && PAYS.test(text)) {
    return { kind: "payment", amountGBP: Math.round(amounts.reduce((a, b) => a + b, 0) * 100) / 100 };
  }
  const kind: RemedyKind = APOLOGY.test(text) ? "apology" : IMPROVES.test(text) ? "service-improvement" : "other";
  return { kind };
}

function remedy(text: string, paragraph: Remedy["paragraph"]): Remedy {
  const { kind, amountGBP } = classifyRemedy(text);
  return amountGBP === undefined ? { kind, text, paragraph } : { kind, text, amountGBP, paragraph };
}

/**
 * Remedies are the items of a list that a paragraph introduces ("the Council will:"), or the
 * paragraphs of an action section that commit to something themselves.
 */
export function findRemedies(blocks: readonly Block[]): Remedy[] {
  const remedies: Remedy[] = [];
  let inActions = false;
  for (const block of blocks) {
    if (block.kind === "section") inActions = ACTION_SECTION.test(foldQuotes(block.title));
    if (block.kind !== "paragraph") continue;
    const introduces = block.items.length > 0 && block.text.endsWith(":") && COMMITS_TO_LIST.test(block.text);
    if (introduces && (inActions || /\b(?:remedy|recommend)/i.test(block.text))) {
      remedies.push(...block.items.filter((item) => !EVIDENCE_ONLY.test(item.text)).map((item) => remedy(item.text, block.number)));
    } else if (inActions && block.text !== "" && COMMITS.test(block.text) && !EVIDENCE_ONLY.test(block.text) && !block.text.endsWith(":")) {
      remedies.push(remedy(block.text, block.number));
    }
  }
  return remedies;
}
