// Why a complaint was closed after initial enquiries, as the statement gives it: "This is because
// the complaint is late", "it was reasonable for him to appeal to the tribunal", "we cannot add to
// the Council's response". The main reason is the one the statement gives first.

import type { ClosureReason } from "./schema.ts";
import { inComplainantsVoice, paragraphText } from "./findings.ts";
import { foldQuotes } from "./normalise.ts";
import { splitSentences } from "./sentences.ts";
import type { Block, Paragraph } from "./structure.ts";

/** Outcomes of complaints the ombudsman did not investigate. */
const NOT_INVESTIGATED_OUTCOME =
  /^(?:Closed after initial enquiries|Not investigated|Premature|Referred back for local resolution|Incomplete\/Invalid|Withdrawn|Advice given)\b/i;
const PREMATURE_OUTCOME = /^(?:Premature|Referred back for local resolution)\b/i;
/**
 * "We will not investigate Mr X's complaint", "The Ombudsman has decided not to investigate", "will
 * not look at", "will not exercise discretion to investigate".
 */
const WILL_NOT_INVESTIGATE =
  /\b(?:will not|won't|cannot|can't|decided not to|did not|do not|does not|should not|not) (?:(?:exercise|use) (?:our |the Ombudsm[ae]n['’]s )?discretion to |\w+ )?(?:investigate|look (?:at|into))\b/i;
/** Where the statement turns from what the complaint is about to why it is not investigated. */
const BECAUSE = /\b(?:because|as|since|given that|due to|so)\b/i;

const REASONS: readonly (readonly [ClosureReason, RegExp])[] = [
  [
    "late",
    /\b(?:complaints?(?: (?:about|concerning|regarding|relating to|over|against)(?: (?!(?:is|was|are|were|who|which|that)\b)[\w'’-]+){1,8}?)? (?:is|was|are|were) (?:made )?(?:too )?late\b|(?:it|this) (?:is|was) (?:too )?late\b|\b(?=(?:one|part|some|both|all|most) )(?<!\bif (?:\w+ )?)(?:one|part|some|both|all|most) (?:of (?:it|them|these|those|the (?:\w+ )?(?:complaints?|matters?|issues?)) )?(?:is|are|was|were) (?:too )?late\b(?! (?:by|in|with|to|for|paying|sending|responding)\b)|no good reasons? (?:to|why)|(?:no|not (?:a|any)) good reasons? for (?:the |this |that |his |her |their )?delay in (?:(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*) )?(?:bringing|complaining|coming|making|raising|approaching|contacting|referring)|delay in (?:bringing|making|raising) (?:[\w'’]+ ){0,3}?(?:complaints?|matters?|it|this) to (?:us|the Ombudsm[ae]n)|late complaints?|(?:too|came|come|comes|complained|complaining|brought|made) (?:to us )?(?:too )?late|more than (?:12|twelve) months|outside the (?:normal )?(?:12|twelve)[- ]month (?:period|time ?limit|limit)|(?:complained|come|brought (?:it|this|the complaint)) to us sooner|out of time|\b(?=happened|took place|occurred|is|was|are|were)(?<!\b(?:said|says|saying|told|telling|explained|stated|argued|believes?)\b[^.]{0,80})(?:happened|took place|occurred|(?:is|was|are|were) (?:all )?(?:from|about events)) (?:far |much )?too long ago|section 26B|s\.? ?26B)\b/i,
  ],
  [
    "tribunal-or-court",
    /\b(?:tribunals?|(?:independent )?adjudicat(?:ors?|ion)|(?:right|rights) of appeal|appeal(?:ed|s|ing)? (?:to|against)|could (?:have )?appeal(?:ed)?|can appeal|appeal (?:process|right|rights|route|mechanism)|(?:use|used|using|exercise|exercised) (?:\w+ ){0,2}?appeal|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|he|she|they|the complainant) (?:has |had )?(?:used|exercised) (?:[\w'’]+ ){0,3}?review (?:procedure|process|rights?)|courts?|legal (?:action|proceedings|remedy)|(?:use|used|using|pursue|pursued) (?:the )?legal remedies (?:available|open) to|judicial review|no jurisdiction (?:[\w'’]+ ){0,12}?(?:court|tribunal|legal) proceedings|section 26\(6\)|s\.? ?26\(6\)|(?:could|can|may|might|should|is able to|was able to|has the right to) (?:\w+ ){0,3}?(?:ask|request|apply|seek) (?:[\w'’]+ ){0,5}?(?:review|reconsideration|appeal)|reasonable (?:[\w'’]+ ){0,4}?to (?:use|ask for|request|seek|pursue|go through) (?:[\w'’]+ ){0,4}?(?:review|appeal|reconsideration)|(?<!\bnot (?:[\w'’]+ ){0,4})reasonable (?:[\w'’]+ ){0,4}?to (?:have )?appeal(?:ed)?\b)/i,
  ],
  [
    "no-worthwhile-outcome",
    /\b(?:(?:cannot|can't|could not|couldn't|would not|will not|unable to|unlikely(?: to)?|not) (?:\w+ ){0,3}?(?:achieve|add|change the outcome|lead to a different|make a (?:meaningful )?difference|provide the outcome|get the outcome)|no (?:worthwhile|meaningful|further|useful) outcome|(?:would|could|will|might) not (?:\w+ ){0,2}?lead to any (?:significantly )?different|\b(?=successfully (?:used|appealed|challenged|requested|asked for|sought)\b)(?<!\b(?:if|had|Council|it)\b[^.]{0,30})successfully (?:used|appealed|challenged|requested|asked for|sought)\b(?![^.]{0,60}\b(?:tribunals?|courts?)\b)|\b(?=(?:review|appeal|challenge) (?:was|has been|had been) successful\b)(?<!\b(?:if|had)\b[^.]{0,30})(?:review|appeal|challenge) (?:was|has been|had been) successful\b(?! in\b)|\b(?=(?:worthwhile|meaningful|useful) (?:outcome|result))(?<=\b(?:not|unlikely|cannot|could not|would not)\b[^.]{0,60}?)(?<!\b(?:give|gave|given|provide|provided|get|got)\b[^.]{0,40}?)(?:worthwhile|meaningful|useful) (?:outcome|result)|achieve anything|\b(?:unlikely|(?:cannot|could not|unable to|not be able to))\b[^.]{0,100}?\b(?:make|reach|come to) (?:a |any )?(?:meaningful|safe|sound|clear|proper) (?:finding|conclusion)|add (?:anything )?(?:more|further) to|different (?:outcome|result)|(?:no basis (?:for us )?to|\b(?:we|us|I|the Ombudsm[ae]n|an investigation|investigating|further investigation|our involvement) (?:cannot|can't|could not|couldn't|(?:is |are )?unable to|(?:is |are )?not able to|(?:is |are )?unlikely to|would not|will not)) (?:\w+ )?(?:seek|achieve|obtain|get|secure|recommend|deliver) (?:the |a |any )?(?:\w+ )?(?:remedy|outcome|result)s?\b|(?<!\b(?:although|though|while|whilst|Council|it|they) (?:[\w'’]+ ){0,4})(?:situation|service|problems?|matters?|things|position) (?:has|have) (?:now |since |already )?improved|nothing (?:more |further )?to add|nothing (?:more|further|else) (?:that )?(?:we|an investigation|the Ombudsm[ae]n) (?:could|can|would|might) (?:achieve|add|do)\b|already (?:been )?(?:remedied|resolved|put right)|(?:already )?(?:offered|provided|given) (?:a )?(?:suitable|appropriate|reasonable|satisfactory|fair) (?:remedy|response|resolution)|disproportionate|not (?:a )?(?:good|proportionate|effective) use of (?:public )?(?:money|funds|resources)|\b(?=(?:problem|matter|issue|complaint)s? (?:has|have|is|are)\b)(?<!\b(?:until|while|when|once|unless|if|before|after|whether) (?:the |this |that |these |his |her |their )?(?:\w+ )?)(?:problem|matter|issue|complaint)s? (?:(?:has|have) (?:now |since |already )?been|(?:is|are)(?: now)?) (?:resolved|remedied|put right|sorted)(?! (?:only )?in part)|(?:offer|remedy|remedies|apology|payment)\b[^.]{0,60}?\b(?:is|was|are|were) (?:a |an )?(?:suitable|appropriate|reasonable|satisfactory|fair|proportionate|sufficient|adequate)|(?:has|have) (?:now |already )?(?:done|provided|given|agreed to do) (?:what|the outcome|everything) (?:[\w'’]+ ){0,3}?(?:asked|wanted|sought|requested))\b/i,
  ],
  [
    "insufficient-injustice",
    /\b(?:not (?:\w+ ){0,4}?(?:significant|serious|sufficient|enough) (?:enough )?(?:personal )?(?:injustice|harm|impact|effect)|(?:injustice|harm|impact|effect)[^.]{0,50}?not (?:\w+ ){0,1}?(?:significant|serious|sufficient)|insufficient (?:\w+ ){0,2}?injustice|\b(?=injustice\b)(?<!\bnot\b[^.]{0,30})injustice\b(?:(?!\bnot\b)[^.]){0,40}?\b(?:too (?:far )?removed|too remote)\b|\b(?=injustice\b)(?<=\b(?:not|no|insufficient)\b(?:(?!\bfault\b)[^.,]){0,50}?)injustice\b(?![^.]{0,20}?\b(?:is|was|are|were) (?:\w+ )?(?:significant|serious)\b)[^.]{0,60}?\bto (?:warrant|justify) (?:our|the Ombudsm[ae]n's|an?|further) (?:involvement|investigation)|(?<!\bif (?:[\w'’]+ ){0,4})injustice (?:[\w'’]+ ){0,4}?(?:did not|does not|was not|is not) (?:arise|result|come|caused) (?:from|by)|not (?:been )?(?:significantly|sufficiently|personally|directly) affected|no (?:significant |personal |direct |current |ongoing |continuing |remaining |outstanding )?injustice|(?:\bnot|\bno|\binsufficient|\bunlikely|\bcannot)(?:(?!\bfault\b)[^.]){0,60}?significant (?:personal )?injustice|\bnot (?:[\w'’]+ ){0,6}?(?:enough|sufficient) (?:personal )?injustice|\b(?=(?:fault|delay|error|failure|failings?|mistakes?|actions?|it|this|that) (?:has not|have not|did not|does not|do not|would not|will not) (?:have )?caused?)(?<!\b(?:says?|said|argues?|argued|claims?|claimed|cannot say|can't say|agrees?|disagrees?|accepts?|disputes?|believes?|thinks?)\b[^.]{0,60})(?:fault|delay|error|failure|failings?|mistakes?|actions?|it|this|that) (?:has not|have not|did not|does not|do not|would not|will not) (?:have )?caused? (?:\w+ ){0,3}?(?:significant )?injustice|\b(?=caused? )(?<=\b(?:not enough|insufficient|no|little) evidence (?:(?!\bfault\b)[^.,]){0,80}?)caused? (?:\w+ ){0,3}?(?:significant )?(?:injustice|harm))/i,
  ],
  [
    "no-fault-evident",
    /\b(?:(?:insufficient|not (?:\w+ ){0,2}?enough|no|(?:too |very )?little|limited) evidence (?:of |that |to suggest |to show )?[^.]{0,40}?(?:fault|acted wrongly|(?:did|done) (?:anything|something) wrong|went wrong|(?:made|makes) (?:a |any )?mistakes?)|(?:did|done) nothing wrong|no wrongdoing|unlikely (?:(?!if\b)\w+ ){0,6}?(?:find|found|finding) (?:\w+ ){0,4}?fault|not (?:\w+ ){0,2}?find (?:\w+ ){0,3}?fault|(?:acted|behaved|followed) (?:properly|reasonably|correctly|appropriately|without fault)|(?:insufficient|not (?:\w+ ){0,2}?enough|no|(?:too |very )?little|limited|(?:too )?few) (?:signs?|suggestions?|indications?) of (?:\w+ ){0,1}?fault\b|no fault|not at fault|not fault\b|nothing to (?:suggest|show|indicate) (?:\w+ ){0,4}?fault|nothing to (?:suggest|show|indicate) (?:that )?(?:it|they|the \w+) (?:\w+ ){0,6}?(?:wrongly|improperly|incorrectly|unreasonably|in the wrong way|the wrong way)\b|(?:was|were|is|are) entitled to (?:decide|make|reach|take|refuse|reject|use|apply|charge|issue|enforce|rely)|followed (?:the |its |all )?(?:correct|proper|right|relevant|required|appropriate|statutory|usual) (?:process|procedures?|policy|guidance|law|steps)|(?:was|were) (?:not )?(?:properly|reasonably|correctly) (?:made|reached|taken)|\b(?=(?:properly|correctly|lawfully|reasonably) (?:reached|made|considered|assessed|decided|dealt with) (?:its|the|their|his|her|this|that)\b)(?<!\b(?:not|no|n't|never|cannot|failed|whether|if|says?|said|claims?|claimed|argues?|argued)\b[^.,]{0,40})(?<!(?:^|[.!?] )had (?:[\w'’]+ ){1,3})(?<!\b(?:to|have|should|could|would|must|might|without|having|now)\s)(?:properly|correctly|lawfully|reasonably) (?:reached|made|considered|assessed|decided|dealt with) (?:its|the|their|his|her|this|that)\b)/i,
  ],
  [
    "not-in-jurisdiction",
    /\b(?:no jurisdiction|\b(?:we|I|us|Ombudsm[ae]n)\b[^.]{0,30}?\bno (?:legal )?(?:remit|powers?|authority) to (?:investigate|consider|look)|(?:cannot|can't|prevents? us from|does not allow us to|not allowed to) (?:investigat\w*|consider\w*) (?:[\w'’]+ ){0,6}?(?:in|by|at|of|about) (?:schools?|academ(?:y|ies)|parish councils?|town councils?|the police|government departments?|housing associations?)\b|(?:cannot|can't|can not|unable to|not able to) (?:investigate|consider|look at) (?:complaints? (?:about|against) )?the (?:actions?|conduct|decisions?) of (?!(?:the )?Council\b)(?![^.,;]*\b(?:courts?|tribunals?|judges?|adjudicators?|unless)\b)|(?:outside|beyond) (?:our|the Ombudsm[ae]n's|my) (?:legal )?(?:jurisdiction|remit|powers)|not (?:within|in) (?:our|the Ombudsm[ae]n's) (?:legal )?(?:jurisdiction|remit)|out of jurisdiction|affects? all or most (?:of )?(?:the )?(?:people|residents|inhabitants)|not (?:a )?bod(?:y|ies) we can investigate|not something (?:we|the Ombudsm[ae]n) can investigate|personnel matters?|internal (?:school )?(?:matters?|management|affairs|running|organisation)|(?:provision|management) (?:or (?:provision|management) )?of (?:social|council) housing|(?:as|in its role as) (?:a |her |his |their |the )?(?:registered )?(?:social )?(?:housing )?(?:landlord|provider of social housing)\b(?! (?:had|has|did|does|was|is|were|failed|would|will|could|should|refused)\b))/i,
  ],
  [
    "premature",
    /\b(?:premature|(?:should|must|needs? to|ought to|can|could|may|would|expects?|is able to|is for) (?:[\w'’]+ ){0,10}?(?:complaints? (?:procedure|process)(?:es)? first\b|first (?:through|under|using|via) (?:its|the|their) (?:own )?complaints? (?:procedure|process))|not (?:yet )?(?:completed|finished|exhausted|used|been through|gone through) (?:the |its |the Council's |their )?(?:\w+ )?complaints? (?:procedure|process)|(?:has|have) not (?:yet )?complained to the|(?:give|given|allow|allowed) the (?:Council|\w+) (?:a chance|the chance|an opportunity|the opportunity|time)|before (?:it|the \w+) has had (?:a|the|an) (?:chance|opportunity)|(?:has|have) not (?:yet )?had (?:a|the|an) (?:reasonable |proper )?(?:chance|opportunity)|(?:application|decision|complaint|request|review|investigation|appeal|matter)s?\b(?: [\w'’]+){0,5}? (?:has|have|is|are) (?:yet to|not yet) (?:be(?:en)? )?(?:determined|decided|made|completed|concluded|finished)\b(?![^.]{0,60}\b(?:tribunals?|courts?)\b)|complaints? (?:procedure|process) (?:is|was|has) not (?:yet )?(?:complete|finished|ended)|(?:has|have|had) not (?:yet )?(?:replied|responded|answered|given (?:[\w'’]+ ){0,2}?(?:answer|reply|response)) (?:to |on )?(?:[\w'’]+ ){0,2}?complaint|should (?:first )?be (?:allowed|given (?:a|the|an) (?:chance|opportunity)) to (?:do so|respond|reply|answer|complete|consider|deal with)|(?:has|have) (?:now |since )?agreed to (?:consider|investigate|respond to|deal with|look (?:at|into)) (?:the |this |her |his |their |(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*['’]s )complaint\b(?! again\b))/i,
  ],
  [
    "other",
    /\b(?:Information Commissioner|ICO|better placed|Housing Ombudsman|Parliamentary and Health Service Ombudsman|another (?:body|organisation) (?:is|would be)|(?:[A-Z]\w+ ){1,4}(?:Agency|Office|Commissioner|Regulator|Ombudsman) (?:is|are) (?:the body )?(?:responsible|the (?:right|correct|appropriate) body))/i,
  ],
];
/**
 * The general words of a limit on what the ombudsman may investigate ("we cannot investigate
 * complaints about ..."), which statements give beside a more specific reason: the reason only
 * when the text gives no other.
 */
const GENERAL_LIMIT =
  /\b(?:cannot|can't|can not) investigate (?:complaints (?:about|made by|from|by)|the actions of|matters? (?:that|which))|(?:law|legislation) (?:says we |does not allow us to |prevents us (?:from )?)?(?:cannot |can't )?investigat\w*/i;

export function notInvestigatedOutcome(outcome: string): boolean {
  return NOT_INVESTIGATED_OUTCOME.test(outcome);
}

/** "We will not investigate Mr X's complaint", not "we did not investigate part of the complaint" or "events before 2019". */
const WHOLE_COMPLAINT = /^ (?:this |the |these |[\w]+'s |her |his |their |Mr \w's |Mrs \w's |Ms \w's |Miss \w's )?complaints?\b/;

/** Whether the summary says the complaint as a whole was not investigated. */
export function saysNotInvestigated(summary: string): boolean {
  const text = foldQuotes(summary);
  const first = WILL_NOT_INVESTIGATE.exec(text);
  return first !== null && WHOLE_COMPLAINT.test(text.slice(first.index + first[0].length, first.index + first[0].length + 40));
}

/** A stage of the body's own complaints procedure named as the route: "ask for a stage three review". */
const COMPLAINTS_STAGE =
  /^(?!.*(?:\b(?:not|never|tribunals?|courts?)\b|n't\b)).*\b(?:could|can|should|may|might|is able to|reasonable (?:for [\w'’]+ (?:[\w'’]+ )?)?to|expects? [\w'’]+ (?:[\w'’]+ )?to) (?:[\w'’]+ ){0,3}?(?:request|ask for|seek|use|complete|go through|escalate (?:[\w'’]+ ){0,3}?to) (?:a |the )?(?:(?:second|third|final|next) stage|stage (?:one|two|three|1|2|3))\b/i;

/**
 * Waiting for the body's own answer named as the course to take, not a court's or tribunal's: "it is
 * appropriate to await the Council's review", "Mr X should wait for the outcome of its investigation".
 */
const AWAITS_BODY =
  /^(?!.*(?:\b(?:[Tt]ribunals?|[Cc]ourts?|[Aa]ppeal\w*|[Ii]nspector\w*|[Pp]olice|CQC|Care Quality Commission|[Oo]mbudsman|not|never|told|tells|said|says|advised)\b|n't\b)).*\b(?:(?:is|would be) (?:\w+ )?(?:appropriate|reasonable|right|sensible)|should|must|needs? to|ought to) (?:[\w'’]+ ){0,4}?(?:await|wait for) (?:the (?:outcome|result|end) of )?(?:its|their|the (?:Council|council|Trust|School|school|Board|Authority|authority|[Pp]rovider|[Cc]are [Hh]ome|[Bb]ody)['’]s) (?:own )?(?:review|reconsideration|response|reply|investigation|decision|complaints? (?:procedure|process))\b/;

/** A sentence that calls the complaint premature, not negated and not in another's words. */
const CALLED_PREMATURE =
  /^(?!.*(?:\b(?:not|argued?|argues|says?|said|claim(?:s|ed)?|believes?|feels?|felt|thinks?|thought)\b|n't\b)).*\b(?:is|was|are|were|be) (?:still )?premature\b/i;

/**
 * The reason given first in a text, or null when it gives none of them. A complaint the text calls
 * premature in so many words, or sends to a stage of the body's complaints procedure, is premature,
 * though it names the body's own review or appeal as the route; one it sends to wait for the body's
 * own answer is premature when the text gives no other reason.
 */
export function firstReason(text: string): ClosureReason | null {
  const found = reasonGivenFirst(text);
  const sentences = splitSentences(text);
  const premature = sentences.some((sentence) => CALLED_PREMATURE.test(sentence) || COMPLAINTS_STAGE.test(sentence));
  if (premature && (found === null || found === "tribunal-or-court")) return "premature";
  // Waiting for the body's answer is the reason only when the text gives no other.
  return found === null && sentences.some((sentence) => AWAITS_BODY.test(sentence)) ? "premature" : found;
}

/**
 * The reason whose words come first in a text. With `readCause`, a sentence that puts the complaint
 * outside the ombudsman's jurisdiction gives way to the more specific cause it gives (limitCause).
 */
function reasonGivenFirst(text: string, readCause = true, skip: ClosureReason | null = null): ClosureReason | null {
  let best: { reason: ClosureReason; index: number; end: number } | null = null;
  for (const [reason, pattern] of REASONS) {
    const match = reason === skip ? null : pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { reason, index: match.index, end: match.index + match[0].length };
  }
  if (best?.reason === "not-in-jurisdiction" && readCause) return limitCause(text.slice(best.end)) ?? best.reason;
  return best?.reason ?? (GENERAL_LIMIT.test(text) ? "not-in-jurisdiction" : null);
}

/** Where the rest of a sentence gives the cause of what it says: "... because he appealed to court". */
const CAUSE =
  /^[^.]{0,200}?(?<!\b(?:not|and|or) )\b(?:because|since|as(?= (?:Mr|Mrs|Ms|Miss|Mx|Dr|he|she|they|it|the|this|there|we)\b))\b/i;
/** Where a cause ends: its sentence, or a clause that tells what follows from it. */
const CAUSE_ENDS = /\.(?:\s|$)|[;:]|,? (?:and )?so\b|, (?:which|not)\b/;

/** A sentence that goes on to say which limit of the law applies: "The law prevents us from considering ...". */
const LAW_SAYS = /^\s*(?:The law|The legislation)\b/i;

/**
 * The more specific reason a sentence that puts a complaint outside the ombudsman's jurisdiction
 * gives for it ("outside our jurisdiction because Mr X used his right of appeal to court"), or, when
 * it gives no cause, court proceedings it names as what the limit covers ("no remit to investigate
 * matters subject to court proceedings"), or the sentence after it that says which limit of the law
 * applies ("... outside our jurisdiction. The law prevents us from considering matters decided in
 * court proceedings.", or one that begins "This is because"); or null.
 */
function limitCause(rest: string): ClosureReason | null {
  const cause = CAUSE.exec(rest);
  if (cause) return causeOfLimit(rest.slice(cause[0].length, cause[0].length + 300).split(CAUSE_ENDS)[0]!);
  const end = rest.search(/\.(?:\s|$)/);
  const clause = (end === -1 ? rest.slice(0, 300) : rest.slice(0, Math.min(end, 300))).split(CAUSE_ENDS)[0]!.split(",")[0]!;
  if (COURT_PROCEEDINGS.test(clause)) return "tribunal-or-court";
  // The next sentence read as the same sentence's cause would be: to the end of its clause, a
  // cause that is itself a jurisdiction limit keeping the limit.
  const next =
    end === -1
      ? ""
      : rest
          .slice(end + 1, end + 301)
          .split(/\.(?:\s|$)/)[0]!
          .split(CAUSE_ENDS)[0]!;
  const because = /^\s*This is because\b/i.exec(next);
  if (because) return causeOfLimit(next.slice(because[0].length));
  // Only a law that names court proceedings alone, not a list of limits.
  return LAW_SAYS.test(next) && COURT_PROCEEDINGS.test(next) && !/,|\b(?:or|and)\b/.test(next) ? "tribunal-or-court" : null;
}

/** The reason a cause of a jurisdiction limit gives, or null when it is itself only a jurisdiction limit. */
function causeOfLimit(cause: string): ClosureReason | null {
  const reason = reasonGivenFirst(cause, false);
  return reason === "not-in-jurisdiction" ? null : reason;
}

/** Proceedings in a court or tribunal named as what the limit covers: "matters subject to court proceedings". */
const COURT_PROCEEDINGS = /\b(?:court|tribunal|legal) proceedings\b/i;

/** The words that give the reason: after "because" or "as" in the sentence that declines, or the sentences after it. */
export function reasonText(text: string): string {
  const plain = foldQuotes(text);
  const declines = WILL_NOT_INVESTIGATE.exec(plain);
  if (!declines) return plain;
  const rest = plain.slice(declines.index + declines[0].length);
  const sentenceEnd = rest.search(/\.(?:\s|$)/);
  const sentence = sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd);
  const because = BECAUSE.exec(sentence);
  return because ? rest.slice(because.index) : rest.slice(sentence.length);
}

/**
 * The reason a complaint closed after initial enquiries was not investigated: from the final
 * decision, then the summary, then the assessment; null for a decision that was investigated.
 */
export function closureReason(outcome: string, summary: string, blocks: readonly Block[]): ClosureReason | null {
  if (!notInvestigatedOutcome(outcome)) return null;
  const final = paragraphsIn(blocks, /^(?:final )?decision$/)
    .map(paragraphText)
    .join(" ");
  for (const text of [final, ownVoice(summary)]) {
    const reason = text === "" ? null : firstReason(reasonText(text));
    if (reason) return reason;
  }
  const assessment = ownVoice(assessmentParagraphs(blocks).map(paragraphText).join(" "));
  return (
    firstReason(assessment) ?? firstReason(ownVoice(summary)) ?? (PREMATURE_OUTCOME.test(outcome) ? "premature" : powersReason(blocks))
  );
}

/**
 * The one reason the statement's account of the ombudsman's powers gives, or null when it gives
 * none or several. Writers cite there the limits that bear on the complaint, so a single limit
 * cited is the reason when the rest of the text gives none; a list of every limit is no reason.
 */
export function powersReason(blocks: readonly Block[]): ClosureReason | null {
  const sentences = paragraphsIn(blocks, /role|powers/).flatMap((paragraph) => [
    ...splitSentences(foldQuotes(paragraph.text)),
    ...paragraph.items.map((item) => foldQuotes(item.text)),
  ]);
  const reasons = new Set(sentences.map(firstReason).filter((reason) => reason !== null));
  return reasons.size === 1 ? [...reasons][0]! : null;
}

/** A text without the sentences that tell the complainant's account: a court it names is what the complaint is about, not the reason. */
function ownVoice(text: string): string {
  return splitSentences(foldQuotes(text))
    .filter((sentence) => !inComplainantsVoice(sentence))
    .join(" ");
}

/** The paragraphs of the statement's assessment ("My assessment", "What I found"). */
export function assessmentParagraphs(blocks: readonly Block[]): Paragraph[] {
  return paragraphsIn(blocks, /assessment|what i found|conclusions?|reasons?/);
}

function paragraphsIn(blocks: readonly Block[], sectionTitle: RegExp): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let inside = false;
  for (const block of blocks) {
    if (block.kind === "section") inside = sectionTitle.test(foldQuotes(block.title).toLowerCase());
    if (inside && block.kind === "paragraph") paragraphs.push(block);
  }
  return paragraphs;
}
