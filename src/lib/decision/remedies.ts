// Finds what the organisation agreed (or was recommended) to do, in order, and classifies each
// action. A request for evidence of compliance is how statements close; it is not a remedy.

import { foldQuotes } from "./normalise.ts";
import { remedy } from "./remedy-kind.ts";
import type { Remedy } from "./schema.ts";
import type { Block } from "./structure.ts";
import { summaryRemedies } from "./summary-remedies.ts";

const ACTION_SECTION = /^(?:agreed actions?|recommended actions?|recommendations?|actions?|remedy)$/i;
const COMMITS_TO_LIST = /\b(?:agreed|agrees|recommend(?:s|ed)?|will|should|to remedy)\b/i;
const EVIDENCE_ONLY =
  /\bevidence\b[^.]{0,200}\b(?:complied|compliance|carried out|taken|completed|done)\b|\bprovide us with (?:evidence|confirmation)\b/i;
const COMMITS = /\b(?:will|agreed to|has agreed|should|must|to)\b/i;

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
      // "The Council will apologise to Mr X and pay him £200" is two remedies; one stays whole.
      const items = summaryRemedies(block.text, block.number).remedies;
      remedies.push(...(items.length > 1 ? items : [remedy(block.text, block.number)]));
    }
  }
  return remedies;
}
