// Finds what the organisation agreed (or was recommended) to do, in order, and classifies each
// action. A request for evidence of compliance is how statements close; it is not a remedy.

import { aboutAnotherBody } from "./body-type.ts";
import { foldQuotes } from "./normalise.ts";
import { remedy } from "./remedy-kind.ts";
import type { BodyType, Remedy } from "./schema.ts";
import { splitSentences } from "./sentences.ts";
import type { Block, Paragraph } from "./structure.ts";
import { leadsInToRemedies, summaryRemedies, type SummaryRemedy } from "./summary-remedies.ts";

const ACTION_SECTION = /^(?:agreed actions?|recommended actions?|recommendations?|actions?|remedy)$/i;
const COMMITS_TO_LIST = /\b(?:agreed|agrees|recommend(?:s|ed)?|will|should|to remedy)\b/i;
const EVIDENCE_ONLY =
  /\bevidence\b[^.]{0,200}\b(?:complied|compliance|carried out|taken|completed|done)\b|\bprovide us with (?:evidence|confirmation)\b/i;
const COMMITS = /\b(?:will|agreed to|has agreed|should|must|to)\b/i;

/**
 * Remedies are the items of a list that a paragraph leads in to ("the Council will:", "We
 * recommend the Council:"), the paragraphs of an action section that commit to something
 * themselves, and the paragraphs after such a list that add to it ("The Council should also ...").
 * On the page of one body of a joint decision (`body`), a list another body agreed to ("The Trust
 * has agreed to:") is not this body's.
 */
export function findRemedies(blocks: readonly Block[], body: BodyType | null = null): Remedy[] {
  const remedies: Remedy[] = [];
  const ours = (text: string) => body === null || !aboutAnotherBody(text, body);
  let actions: Actions = { open: false, byHeading: false };
  let afterList = false;
  for (const block of blocks) {
    if (block.kind !== "paragraph") {
      const next = actionsAfter(block, actions);
      if (next !== actions) afterList = false;
      actions = next;
      continue;
    }
    const inActions = actions.open;
    if (leadsInToList(block, inActions)) {
      afterList = ours(block.text);
      if (afterList)
        remedies.push(
          ...block.items
            .filter((item) => !EVIDENCE_ONLY.test(item.text))
            .flatMap((item) => itemRemedies(item.text, block.number, body, block.text)),
        );
    } else if (inActions || afterList) {
      const own = withoutAsides(block.text);
      if (!commits(own, block.text)) continue;
      const items = summaryRemedies(own, block.number, body);
      remedies.push(...(afterList && !inActions ? items.remedies : paragraphRemedies(block, items, ours(block.text))));
    }
  }
  return remedies;
}

/** Whether the blocks read are in an action section, and whether a heading rather than a section opened it. */
interface Actions {
  open: boolean;
  byHeading: boolean;
}

/**
 * Where a section or heading leaves the actions: a section opens them when its title names them
 * and closes them otherwise; a heading that names them opens them even where the page sets it
 * below a section, up to the next heading; other headings within an action section leave it open.
 */
function actionsAfter(block: Exclude<Block, Paragraph>, actions: Actions): Actions {
  const names = "title" in block && ACTION_SECTION.test(foldQuotes(block.title));
  if (block.kind === "section") return { open: names, byHeading: false };
  if (block.kind === "heading" && (names || actions.byHeading)) return { open: names, byHeading: names };
  return actions;
}

/**
 * The remedies of an item of a list of actions: one, the item whole, unless it opens with a body
 * that commits to several actions ("the Trust will apologise to Mrs X, and pay her £400"), read as
 * a summary reads them; "agree a procedure setting out how they will record ..." is one.
 */
function itemRemedies(text: string, paragraph: number | null, body: BodyType | null, leadIn: string): Remedy[] {
  // An item that finishes its lead-in's sentence ("The Council will remind its staff:" "of the
  // need to ..."), rather than naming an action, is the kind of action the lead-in names.
  if (FINISHES_LEAD_IN.test(text)) return [{ ...remedy(`${leadIn.replace(/:\s*$/, "")} ${text}`, paragraph), text }];
  const read = summaryRemedies(text, paragraph, body).remedies;
  if (read.length < 2) return [remedy(text, paragraph)];
  const plain = foldQuotes(text);
  const opens = plain.indexOf(read[0]!.text);
  return opens >= 0 && OPENS_WITH_COMMITMENT.test(plain.slice(0, opens)) ? read : [remedy(text, paragraph)];
}

/** The words an item starts with when it finishes its lead-in's sentence: "of the need to", "to record", "that it must". */
const FINISHES_LEAD_IN = /^(?:of|to|that|about|on|how|when|where|why|the need)\b/;

/** What comes before an item's first action when the item is a body's commitment: "the ICB will", "the Council and the Trust will each". */
const OPENS_WITH_COMMITMENT = /^(?:[\w'’]+ ){1,6}?(?:will|should|must|(?:has |have )?agreed to)(?: (?:each|jointly|also|both))? $/i;

/**
 * The remedies of a paragraph of an action section: "The Council will apologise to Mr X and pay him
 * £200" is two; one action keeps the paragraph whole, as do words the reader cannot split. None
 * when it is another body's, or says only when the actions will be done ("The Council will do
 * these things within a month").
 */
function paragraphRemedies(block: Paragraph, items: SummaryRemedy, ours: boolean): Remedy[] {
  if (items.remedies.length > 1) return items.remedies;
  if (items.remedies.length === 0 && (!ours || items.pointed)) return [];
  return [remedy(block.text, block.number)];
}

/**
 * Whether a paragraph's items are remedies: it leads in to them with a colon, in an action section
 * or in words that commit to them.
 */
function leadsInToList(block: Paragraph, inActions: boolean): boolean {
  if (block.items.length === 0 || !(block.text.endsWith(":") || NAMES_LIST.test(block.text)) || EVIDENCE_ONLY.test(block.text))
    return false;
  // In an action section the section commits: "Within one month of our final decision:" leads in.
  if (inActions) return true;
  return COMMITS_TO_LIST.test(block.text) && (/\b(?:remedy|recommend)/i.test(block.text) || leadsInToRemedies(foldQuotes(block.text)));
}

/** A lead-in that commits the body to the list after it without a colon: "In addition, the Council should take the following actions within three months." */
const NAMES_LIST =
  /^(?!.*\b(?:says?|said|asked|asks|wants?|wanted|refused|declined|rejected|not accept\w*|policy|recommends)\b)(?:[\w,]+ ){0,3}?(?:the (?:Council|[A-Z]\w+)|it) (?:should|will|must|has agreed to|agreed to) (?:also )?take the following (?:[\w-]+ )?(?:actions?|steps|measures)\b[^.:]{0,200}\.$/i;

/** A sentence that gives the total of the payments listed: "The total payment to Mr W is therefore £650". */
const SUMS_UP =
  /^(?:the|this|that|these) (?:total|overall|combined) (?:[\w-]+ )?(?:payments?|sums?|amounts?|remed(?:y|ies))\b(?:(?!\b(?:will|agreed?|should|must)\b)[^.])*\b(?:is|are|comes? to|amounts? to)\b|^(?:this|these|that) (?:makes?|brings?|comes?) (?:to )?(?:a |the )?total\b/i;

/**
 * A sentence that says what the ombudsman did not ask for, or the complainant did not want: "I have
 * not asked it to apologise again", "he was not looking for an apology"; not what staff are told not
 * to do ("remind staff that they do not ask for proof of address").
 */
const NOT_ASKED =
  /\b(?:I|we)\b (?:have|had|did|do|am|was|were|are)(?: not|n['’]t) (?:\w+ ){0,2}?(?:recommend\w*|ask\w*)\b|\b(?:not|n['’]t) (?:looking for|seeking|want(?:ed|ing)?)\b (?:an? |any )?(?:apology|payment|remedy|compensation|financial remedy)\b/i;

/**
 * A paragraph without its asides: the sentences that ask for evidence of what was done ("It will
 * send us evidence it has done so"), give the total of the payments listed, or say what was not
 * asked for ("I have not recommended any change to its procedure").
 */
const withoutAsides = (text: string): string =>
  splitSentences(text)
    .filter((sentence) => !EVIDENCE_ONLY.test(sentence) && !SUMS_UP.test(sentence.trim()) && !NOT_ASKED.test(sentence))
    .join(" ");

/**
 * Whether a paragraph (`text`) commits to an action itself, rather than leading in to a list or
 * only asking for evidence: `own` is the paragraph without its asides (withoutAsides).
 */
function commits(own: string, text: string): boolean {
  return own !== "" && COMMITS.test(own) && !text.endsWith(":");
}
