// Reads the remedy a statement's summary states ("The Council has agreed to apologise and pay
// Ms X £300", "We recommend the Council provide an apology, explanation, payment and review its
// decision", "An apology, payment to Mr B and reminders is satisfactory remedy"), item by item.
// What the complainant wants or asked for is not a remedy; a summary that only points elsewhere
// ("the agreed action", "payments described in this statement") names no item it cannot see.

import { aboutAnotherBody } from "./body-type.ts";
import { foldQuotes } from "./normalise.ts";
import { aimsAtService, classifyRemedy, remedy } from "./remedy-kind.ts";
import type { BodyType, Remedy } from "./schema.ts";
import { splitSentences } from "./sentences.ts";

export interface SummaryRemedy {
  remedies: Remedy[];
  /** True when the summary names the items of the remedy and points to no detail given elsewhere. */
  whole: boolean;
  /** True when the text ends committing to actions it does not name ("The Council will do these things within a month"). */
  pointed: boolean;
}

/** A body, not the ombudsman or the complainant, as the subject of what is agreed. */
const BODY = String.raw`(?:(?:[A-Z][\w&'’-]* ){1,5}(?:Limited|Ltd|plc|LLP)|[Cc]ouncils?|[Ii]t|[Tt]hey|[Tt]rusts?|[Bb]oards?|ICB|CCGs?|[Ss]chools?|[Hh]ome|[Pp]roviders?|[Oo]rganisations?|[Aa]uthority|[Aa]uthorities|[Cc]ompany|[Bb]od(?:y|ies)|[Pp]anel|[Gg]overnors|[Cc]orporation)(?:'s)?`;
const HEAD_ADVERB = String.raw`(?:also |now |already |then |therefore |since |subsequently |previously |immediately |first )?`;
/** Verbs that start an action agreed: "apologise", "pay", "review", "remind", ... */
const ACTION_VERB = String.raw`(?:apologi[sz]\w*|sa(?:y|ys|id|ying) sorry|agree(?:s|d)? (?!to\b|that\b)|pay\w*|paid|mak\w*|made|carr\w*|review\w*|recalculat\w*|remind\w*|issu\w*|ensur\w*|monitor\w*|arrang\w*|complet\w*|reinstat\w*|provid\w*|assess\w*|reassess\w*|tak\w*|took|shar\w*|chang\w*|act(?:s|ing)?\b|consider\w*|reconsider\w*|revisit\w*|writ\w*|offer\w*|refund\w*|reimburs\w*|backdat\w*|amend\w*|updat\w*|introduc\w*|train\w*|meet\w*|produc\w*|prepar\w*|set\w*|put\w*|waiv\w*|cancel\w*|remov\w*|giv\w*|gave|send\w*|sent|contact\w*|explain\w*|develop\w*|implement\w*|creat\w*|hold\w*|appoint\w*|decid\w*|refer\w*|repay\w*|correct\w*|improv\w*|address\w*|publish\w*|investigat\w*|return\w*)`;
/** What follows "it will" or "the Council should" without being an action agreed: "when it will happen". */
const NOT_AN_ACTION = String.raw`(?:not|never|have|be|been|happen|need|depend|continue|remain|consider whether|take (?:\w+ ){0,2}?(?:years?|months?|weeks?|days?|time|longer))\b`;
/** What a body put right, remedied or addressed: "this", "them", "the delay", "these failings". */
const PUT_RIGHT_WHAT = String.raw`(?:this|that|it|them|these|those|things|matters|(?:the|these|those|its|their) (?:\w+ )?(?:faults?|errors?|mistakes?|failings?|injustice|issues?|problems?|delays?))`;
/** What a body "has" done that may be a remedy: "has apologised", "had refunded", "has made changes". */
const DONE = String.raw`(?:apologised|said sorry(?! (?:was|is|would|will|could|should|might|meant|means)\b)|paid|repaid|offered|refunded|reimbursed|reinstated|restored|reassessed|recalculated|backdated|waived|cancelled|corrected|reviewed|made (?:an? |the |changes|payments?|improvements)|given (?:an? |the )?(?:(?:full|appropriate|suitable|sincere|written|formal|proper) )?apolog(?:y|ies)|changed|updated|revised|introduced|amended|provided|trained|reminded|arranged|completed|carried out|issued|taken|put in place|set up|created|established|fixed)`;
/**
 * The words of an earlier verb a body shares with a remedy it gave ("admitted the error in its
 * stage two reply"), up to 80 characters, that tell of no remedy themselves.
 */
const SHARED_VERB = String.raw`(?:(?!\b(?:(?:has|have|had) ${HEAD_ADVERB}${DONE}|apologised|said sorry|offered|paid|gave|made|awarded)\b)[^.;:]){1,80}?`;
/**
 * Where what the body "has" done starts, the body perhaps the subject of an earlier verb it shares
 * ("The Council accepted it was wrong and has already apologised", "has accepted fault, has
 * apologised"): the words it shares are up to 80 characters of `sharedChar`.
 */
const hasDone = (sharedChar: string): RegExp =>
  new RegExp(
    String.raw`\b${BODY} (?:${sharedChar}{0,80}?(?:,| and) )??(?:has|have|had) ${HEAD_ADVERB}(?:recently (?=apologised\b))?(?=${DONE})`,
  );
/** Where a remedy the body already gave starts, other than after "has": "apologised", "put right by". */
const GIVEN_OTHERWISE: readonly RegExp[] = [
  // What the body did itself before the complaint reached us: it apologised, or gave a remedy
  // ("offered Mr X £150", "made a goodwill payment", "gave her a refund"), perhaps after another
  // verb it shares ("The Council admitted the error in its stage two reply and apologised").
  new RegExp(
    String.raw`\b${BODY} (?:${SHARED_VERB}(?:,| and) )??${HEAD_ADVERB}(?=apologised\b|said sorry\b(?! (?:was|is|would|will|could|should|might|meant|means)\b)|(?:offered|paid|gave|made|awarded) (?!(?:no|any|up of|nothing|little|to (?:consider|discuss|look|think))\b)(?:[\w'’]+ ){0,4}?(?:£|(?:an? |the )?(?:apology|(?:goodwill |financial |symbolic )?(?:payment|recompense)|financial redress|compensation|refund)\b))`,
  ),
  // A remedy already given, told as the means of putting a fault right: "a fault, which the Council
  // has since put right by apologising and paying Ms P £100"; "it remedied this by reassessing him".
  new RegExp(
    String.raw`\b(?:put|puts|putting) (?:${PUT_RIGHT_WHAT}(?: \w+)? )?right by (?=[a-z])|\b(?:remed(?:ied|ies|y)|address(?:ed|es)?|resolv(?:ed|es|e)|rectif(?:ied|ies|y)) (?:${PUT_RIGHT_WHAT}(?: \w+)? )?by (?=[a-z])`,
    "i",
  ),
];
/** Where a remedy the body already gave starts: after "has already", "apologised", "put right by". */
const GIVEN: readonly RegExp[] = [hasDone("[^.;:]"), ...GIVEN_OTHERWISE];
/** Where the agreed action starts: just after "agreed to", "will", "we recommend the Council", "has already". */
const TRIGGERS: readonly RegExp[] = [
  /\b(?:agreed|accepted) (?:to )?(?:my|our|the Ombudsm[ae]n's|the|these|their) recommendations? (?:to |and (?:will |to )?|that (?:it|they|the \w+)(?: (?:will|would|should))? )/i,
  // "The Council has agreed a financial remedy and will …": a remedy agreed as a noun (one whose
  // items follow, "agreed a remedy including an apology", is read by the trigger for its items).
  new RegExp(
    String.raw`\b${BODY} ${HEAD_ADVERB}(?:has|have|had) ${HEAD_ADVERB}agreed (?!(?:an? |the )?(?:\w+ )?remed(?:y|ies) (?:including|includes|comprising|of|for)\b)(?=(?:an? |the |its |their )?(?:(?:financial|symbolic|goodwill|further|personal) )?(?:remed(?:y|ies)|apolog(?:y|ies)|payments?|compensation)\b(?! (?:plans?|arrangements?|schedules?|terms|of rent|for (?:the|his|her|their|its) (?:rent|care|fees|arrears))\b)(?!.{0,40}\b(?:landlord|care provider|care home|provider)\b))`,
  ),
  // What the complainant, their family or a titled person at the head of a clause agreed to ("the
  // care she agreed to receive") is no remedy. What the body agreed not to do is one only when it
  // waives a charge to the complainant or a debt ("agreed not to charge her for the visits"), not
  // when it is reported, deferred "until", or another party's.
  /\b(?=agree)(?<!(?:\b(?:he|she|I|we|you|the complainant|the family|(?:his|her|their) (?:\w+ )?(?:son|daughter|mother|father|parents?|husband|wife|partner|family|children))|(?:^|[.;:,] |\b(?:and|but|that|because|as|when|after|so|while|although|though) )(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*) (?:(?:has|have|had|then|also|later|since|now|eventually|initially|originally|reluctantly) ){0,2})agree(?:s|d)? (?:(?<!\b(?:(?:told|said|explained|wrote)\b[^.]{0,40}\bthat|when|after|before|once|previously|earlier|originally|had)\b[^.]{0,60})(?<!\b(?:landlord|tenant|neighbour|owner)s? agreed )(?=not to (?![^.]{0,100}\b(?:until|as (?:the law|required))\b)(?:charge (?:Mr|Mrs|Ms|Miss|Mx|Dr|him|her|them|the complainant)\b|(?:pursue|recover|reclaim|collect|seek repayment of) (?:the|this|any|her|his|their) (?:[\w-]+ )?(?:debt|overpayment|arrears|charges?|fees?|money|sum)\b))|to (?!(?:when|where|after|before|while|and|but|or|if|as|because|during|it|this|that|them)\b)(?:(?:remedy|address|put right|resolve) (?:(?:this|that|the|these|her|his|their|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*['’]s) (?:\w+ )?(?:injustices?|complaints?|faults?|failings|matters?|issues?)|this|that|it) by:? )?|that (?:it|they) (?:will|would) )/i,
  // "The Council should, within three months of this report, apologise": a time set apart by commas.
  new RegExp(
    String.raw`\b${BODY} (?:\w+ )?${HEAD_ADVERB}(?:will|should|must|(?:needs?|ought) to(?= ${ACTION_VERB}))(?:,(?= ${ACTION_VERB}))?(?:,? (?:within (?:[\w-]+ ){0,2}?(?:days?|weeks?|months?|years?)\b|by (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December|next \w+|the end of \w+)\b|no later than )[^,.;:]{0,80}?,)? ${HEAD_ADVERB}(?!${HEAD_ADVERB}${NOT_AN_ACTION})(?=[a-z])`,
  ),
  /\b(?:recommend(?:s|ed)?|(?:we|I|the Ombudsm[ae]n) (?:have |has )?(?:made|make|makes) (?:a |the )?recommendation) (?:that )?(?:the (?:[A-Z]\w*(?: [A-Z]\w*){0,3}|council|organisations?)(?: and (?:the )?[A-Z]\w*(?: [A-Z]\w*){0,3})?|it|they) (?:should )?(?=[a-z])/,
  /\b(?:we|I|the Ombudsm[ae]n) (?:have |has |also |have also )?recommend(?:s|ed)? (?=an? )/i,
  // "The Council accepts it was at fault and will apologise": the body, as the sentence's subject,
  // owns a fault (or agrees to what was put to it) and will act; what it already gave before "and
  // will" is read by the triggers for what it has done.
  new RegExp(
    String.raw`^(?:[\w'’]+ ){0,3}?${BODY} (?:has |have |had )?(?:accepts?|accepted|admits?|admitted|concedes?|conceded|agreed to (?:this|that|it|these|them))\b(?:(?!\b(?:(?:(?:has|have|had) ${HEAD_ADVERB})?${DONE}|said sorry|made|gave|awarded|agreed to|agrees to|owes?|owed|will)\b)[^.;:]){0,100}? and (?:also )?will (?:also )?(?=(?:apologi[sz]e|say sorry|pay|refund|reimburse|remind|train|review|waive|make (?:an? )?(?:[\w-]+ )?payment)\b)`,
  ),
  // Not the remedies someone refused or did not carry out: "Mrs X rejected the proposed remedies, including ...".
  /\b(?=recommendation|remed|agreed|proposed|recommended)(?<!\b(?:rejected|refused|declined|(?:not|never) (?:yet )?(?:complied|accept\w*|carried out|implemented)|unhappy with|cannot recommend|did not (?:carry out|accept|agree to|make))\b[^.;]{0,60})(?:recommendations?|remed(?:y|ies)|(?:agreed|proposed|recommended) (?:actions?|steps)),? (?:for|including|includes?|included|comprising|comprises) (?=.{0,80}?\b(?:apolog|pay|financial|improvement|remind|training|guidance|procedure|polic|remedy))/i,
  // A fault that "warrants an apology and a payment": what the fault found calls for is the remedy.
  /\bfaults?(?: by (?:the )?[A-Z]\w*)? (?:that|which) (?:\w+ )?(?:warrants?|warranted|merits?|merited|justif(?:y|ies|ied)) (?=(?:an? |and |the |some )?(?:apolog|payment|£|financial|symbolic|remedy|reminders?\b|training\b))/i,
  // "the agreed actions of an apology, payment of £300 and …", "a remedy of an apology and £150".
  /(?<!\b(?:rejected|refused|declined|not accept(?:ed)?|turned down)\b[^.;]{0,40})\b(?:(?:agreed|proposed|recommended|suggested) (?:actions?|steps|remed(?:y|ies))|(?:agreed to|accepted|offered|provided|gave|given|made) (?:a |the |an? \w+ )?remed(?:y|ies)) of (?=(?:an? |the )?(?:apolog|payment|£|financial|symbolic|reminders?\b|training\b))/i,
  // Read beside actions agreed, a remedy already given does not reach back over one: "has agreed to
  // pay Ms X £150 and has reminded its staff" is both. Agreeing to what was put to it is no action
  // of its own: "It agreed to, and has since, paid Miss C £400".
  hasDone(String.raw`(?:(?!\b(?:agreed to|agrees to)\b(?!(?: (?:this|that|it|these|them))?,? and\b)|\bwill\b)[^.;:])`),
  ...GIVEN_OTHERWISE,
];
/** "Service improvement is recommended": the remedy named before a passive verb. */
const PASSIVE = /^(.{3,200}?) (?:is|are|was|were|has been|have been) (?:also |now )?(?:recommended|agreed|proposed|made)\b/i;
/** After a summary says a remedy was agreed, "This included ..." lists it. */
const LISTS_IT =
  /^(?:This|These|They|It|The (?:remedy|recommendations?|actions?)) (?:also )?(?:included?|includes|including|comprised?|comprises|were|are) (?:to )?/;
/** Words that call a remedy suitable: "a suitable", "an appropriate". */
const SUITABLE = String.raw`(?:a |an |the )?(?:satisfactory|suitable|appropriate|proportionate|fair|reasonable|sufficient|adequate|good|fitting)`;
/** The ombudsman's own judgment before what it judges: "We consider that", "I am satisfied the". */
const OMBUDSMAN_JUDGES = String.raw`.{0,200}?\b(?:we|I|the Ombudsm[ae]n) (?:also |now )?(?:consider(?:s|ed)?|finds?|found|think|thinks|(?:am|are|is) satisfied)(?: that)? (?=(?:the|its|their|\w+['’]s) )`;
/**
 * A list of nouns that the sentence then calls the remedy: "An apology and a payment is satisfactory
 * remedy", "We are satisfied that its apology is a suitable remedy".
 */
const NOUN_REMEDY = new RegExp(
  String.raw`^(?:${OMBUDSMAN_JUDGES})?(.{3,400}?) (?:is|are|was|were|would be|will be) ${SUITABLE} (?:remedy|remedies|resolution|responses?|way to remedy)\b`,
  "i",
);
/** A remedy the ombudsman judges suitable: "We consider the Council's apology to be a sufficient remedy" (a response so judged is no remedy). */
const JUDGED_REMEDY = new RegExp(
  String.raw`^${OMBUDSMAN_JUDGES}(.{3,400}?)(?<!\bnot) to be ${SUITABLE} (?:remedy|remedies|way to remedy)\b`,
  "i",
);
/**
 * A remedy named as what puts the injustice right, as a sentence or the clause after "and": "An
 * apology and a payment remedies the frustration", "... and its apology suitably addressed the distress".
 */
const REMEDY_THAT_REMEDIES =
  /(?:^|(?<=\band )(?=[^.]*\b(?:remedied|addressed|put right)\b))(?!(?:no|nothing|none|not|neither|only)\b)((?:an? |the )?(?:(?:(?!(?:and|an?|the|apology|payment|compensation|explanation)\b)[\w-]+ ){0,2}?(?:apology|payment|compensation)(?: of £ ?[\d,.]+)?|£ ?[\d,.]+)(?:(?:,| and) (?:an? |the )?(?:(?!(?:and|an?|the|apology|payment|compensation|explanation)\b)[\w-]+ ){0,2}?(?:apology|payment|compensation|explanation)(?: of £ ?[\d,.]+)?)*)(?: (?:already )?(?:given|made|offered|paid) by (?:the|its) [A-Z]?\w+)? (?:(?:suitably|adequately|appropriately|fully|properly) )?(?:remedies|remedied|(?:would|will) remedy|puts right|put right|address(?:es|ed)|acknowledges|recognises) (?:the|this|that|these|any|his|her|their|Mr|Mrs|Ms|Miss) (?:[\w'’]+ ){0,3}?(?:injustice|distress|frustration|uncertainty|inconvenience|loss|time and trouble)s?\b/i;
/**
 * Actions that the sentence then says put the injustice right, told as gerunds or as the nouns of
 * remedies: "Ensuring the centre puts a complaints procedure in place and apologising to Mr X
 * remedies his injustice", "The Council's apology and changes to its procedures remedy the injustice".
 */
const ACTIONS_THAT_REMEDY = new RegExp(
  String.raw`^((?:(?=\w+ing\b)(?!considering\b)${ACTION_VERB}\b|(?:(?:the|its|their|an?) (?:[A-Z]\w*['’]s )?|[A-Z]\w*['’]s )(?:(?:further|formal|written|symbolic|financial|goodwill) )?(?:apolog(?:y|ies)|payments?|compensation|refunds?|revision|changes?|training|reminders?|guidance|improvements?|explanation)\b)(?:(?!\b(?:nothing|never|none|caused|causing|led to|resulted in|I|we|says|said|states|stated)\b|, (?:the|its|their|an?|this|that)\b)[^.]){0,300}?)(?<!\b(?:would|could|should|might|must|may|not|never|has|have|had)) (?:(?:has|have) (?:now |already )?)?(?:(?:suitably|adequately|appropriately|fully|properly) )?(?:remedies|remedied|(?:would|will|should) remedy|puts right|put right|address(?:es|ed)) (?:the|this|that|these|any|his|her|their|Mr|Mrs|Ms|Miss) (?:[\w'’]+ ){0,3}?(?:injustice|distress|frustration|uncertainty|inconvenience|loss|time and trouble)s?\b`,
  "i",
);
/** A word that stands for what was said before: "This", "That offer", "These actions". */
const POINTS_BACK = /^(?:this|that|these|those|it|which|what|they)(?: (?:offer|remed(?:y|ies)|actions?|steps|apology|payment))?$/i;
/** The complainant's wish, a hypothetical or the ombudsman's practice is not what was agreed. */
const NOT_AGREED =
  /\b(?:wants?|wanted|would like|seeks?|sought|asks?|asked|requested|is seeking|was seeking|hopes?|demand\w*|if|unless|whether|we may|we can|could have)\b|\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]|[Hh]e|[Ss]he|[Tt]hey|[Tt]he complainant) (?:\w+ ){0,2}?(?:says?|said|complain\w*|believes?|feels?|thinks?|alleges?|alleged|claims?|claimed)\b/i;
/** A clause that tells only when the complainant complained: "After Mr D complained,", "Since she complained to us,". */
const WHEN_COMPLAINED =
  /\b(?:after|since|when|once|before|until) (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|he|she|they|the complainant) (?:first )?complained(?: (?:to|about) (?:us|it|them|the \w+))?,/gi;
/** Whether a text tells of the complainant's wish, a hypothetical or the ombudsman's practice (NOT_AGREED), a clause that tells only when they complained left aside. */
const notAgreed = (text: string): boolean => NOT_AGREED.test(text.replace(WHEN_COMPLAINED, ""));
/**
 * Words that point to a remedy without saying what it is: "our recommended remedy", "the
 * Council's proposed personal remedy", "do these things within one month".
 */
const VAGUE =
  /^(?:to |and |will |carry out |carried out |implement |implemented |comply with |complied with |act on |acted on |accept(?:ed)? |provid(?:e|es|ed|ing) |offered |given |agreed |do |done |complete |completed )?(?:the |our |my |these |its |this |all |any |those |a |an |the [A-Z]\w*'s )?(?:(?:agreed|recommended|proposed|above|following|suggested|personal|individual|suitable|appropriate|first|second|last|other|remaining|two|three|four|five|\d+) ){0,3}(?:actions?(?! plans?\b)|remed(?:y|ies)|recommendations?|steps|measures|things)\b|^(?:take|takes|taking) (?:\w+ )?actions? to (?:remedy|address|put right|resolve)\b|^(?:resolve|remedy|address|settle|put right) (?:the|this|that|these|her|his|their|Mr|Mrs|Ms|Miss) (?:\w+ )?(?:complaints?|injustices?|matters?|issues?|faults?)\b|^put (?:matters|things|this|that|it|them|everything) right\b|^(?:taken|took) (?:\w+ )?actions? (?:which|that) (?:puts?|remed\w*|address\w*|resolv\w*)\b/i;
/** An answer to the complaint, or proof to us, not a remedy: "the Council has provided a satisfactory response", "send us evidence". */
const NOT_A_REMEDY =
  /^(?:(?:provided?|given|gave|sent|issued) )?(?:an? |the |its |the [A-Z]\w*['’]s )?(?:(?:satisfactory|suitable|appropriate|reasonable|full|detailed|further) )?(?:responses?|reply|replies|answers?)\b|^(?:send|sends|provide|provides|give|gives) (?:us|the Ombudsm[ae]n)(?: with)? (?:\w+ )?(?:evidence|confirmation|proof)\b/i;
/**
 * An item whose detail is given elsewhere in the statement: "payments described in this statement",
 * "the actions set out below"; "the support set out in her care plan" is detail of the case.
 */
const ELSEWHERE =
  /\b(?:described|set out|explained|detailed|listed|outlined) (?:below|later|above|(?:in|at|under) (?:(?:this|the|our|my) (?:[\w-]+ )?(?:statement|decision|report|section|end|paragraphs?|recommendations?|actions?)|paragraphs? \d+))\b|\bat the end of (?:this|the) statement\b/i;
/** Words an item of a remedy starts with: an action, a sum, or the noun of an action. */
const ITEM_HEAD = new RegExp(
  String.raw`^(?:(?:to|and|also|then|further|will|should|has|have|had|(?:is|are)(?= \w+ing\b)|already|since|jointly|each|both|separately|together|(?:it|they|the [A-Z]\w*) (?:will|should|has|have) |(?:(?:it|the Council) )?(?:(?:has|had|also) )?(?:agreed|agrees|undertook|undertakes) to )\s?)*(?:${ACTION_VERB}|£ ?\d+|(?:prevent|avoid|stop)(?:s|ed|ing)? (?:[\w'’]+ ){0,3}?(?:(?:from )?(?:happening|occurring|recurring|arising|being repeated) again|(?:a )?(?:re-?occurrence|recurrence|repeat|repetition))|(?:prevent|avoid)(?:s|ed|ing)? (?:similar|such|further|future|any (?:further|similar)) (?:delays?|errors?|problems?|failures?|mistakes?|faults?|issues?)\b|(?:an? |the |its |their |further )?(?:(?:procedural|policy|practice|system) )?(?:apolog(?:y|ies)|payments?|financial (?:remed(?:y|ies)|payments?|redress)|symbolic|compensation|reminders?|training|review|explanation|refund|reimbursement|service improvements?|guidance|action plan|reassessment|assessment|arrangements?|changes?|removal))\b`,
  "i",
);
/** Where one item of a list ends and the next may start: "and", a comma, a semicolon, "but will also". */
const SEPARATOR = /(,? and |, |; |,? but (?:(?:it|they|the Council) )?(?:will |has |have |would )?(?:also|in addition) )/;
/** An item that ends in a preposition and a gerund: "its procedures for recording". */
const GERUND_PHRASE = /\b(?:for|of|in|on|about|when|before|after|while|by) \w+ing$/;
/**
 * A clause of its own after the actions, that ends them: "... and further investigation would be
 * unlikely to achieve more", "... and any remaining injustice is not significant".
 */
const NEW_CLAUSE =
  /^(?:(?:further|an?|the|any|this|that|our|its|remaining) ){0,2}[\w-]+ (?:would|could|might|may|can|cannot|(?:is|are|was|were) (?:not|no|un\w+)\b)/i;

/**
 * The remedies a summary (or a paragraph written like one) states, each marked with where it
 * stands. On the page of one body of a joint decision (`body`), what another body agreed ("The
 * Trust has agreed to apologise") is not this body's remedy.
 */
export function summaryRemedies(summary: string, paragraph: Remedy["paragraph"] = "summary", body: BodyType | null = null): SummaryRemedy {
  return readRemedies(summary, paragraph, body, TRIGGERS);
}

/**
 * Only the remedies a text says the body already gave ("The Council accepted the delay and has
 * apologised"), not what it will or should do: what an assessment tells of the body's own remedy.
 * Only what is a remedy on its own counts: an apology, a sum paid or a payment named as one, a
 * change to the service; "it has paid the rent since May" and "what it had taken into account" are
 * the facts of the case.
 */
export function givenRemedies(text: string, paragraph: Remedy["paragraph"], body: BodyType | null = null): SummaryRemedy {
  const read = readRemedies(text, paragraph, body, GIVEN);
  const remedies = read.remedies.filter(
    (r) =>
      r.kind === "apology" ||
      r.kind === "service-improvement" ||
      (r.kind === "payment"
        ? (r.amountGBP !== undefined || NAMES_PAYMENT.test(r.text)) && !REFUSED.test(r.text)
        : r.amountGBP !== undefined),
  );
  return { ...read, remedies, whole: read.whole && remedies.length === read.remedies.length };
}

/** A payment named as one, with or without its sum: "made a payment to Ms V", "paid him compensation"; not "paid the rent since May". */
const NAMES_PAYMENT =
  /\b(?:an?|the) (?:(?!direct\b)[\w-]+ ){0,2}?payment (?:to|for) (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]|him\b|her\b|them\b|the complainant\b|(?:his|her|their) (?:distress|time|trouble|inconvenience|uncertainty|frustration)\b)|\b(?:paid|offered|given|gave) (?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*) (?:some )?compensation\b/;
/** Someone turning the remedy down, after it is named: "..., but Mrs X refused it", "..., which he declined". */
const REFUSED_BY =
  /^[^.]{0,80}?\b(?:but|which|and) (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|he|she|they|the complainant|the Council|it) (?:has |had )?(?:refused|declined|rejected|turned (?:it|this|that) down|did not accept|has not accepted)\b/;
/** A remedy that is someone's account or another payer's: "its apology, it says, remedied", "payment from his insurer". */
const NOT_THE_BODYS =
  /,\s*(?:it|the Council|they) (?:says|said|believes|argues|considers),|\bin (?:the [A-Z]\w*['’]s|its|their|my|our) view\b|\bfrom (?:the |an? |his |her |their )(?![Cc]ouncil\b)\w+|\b(?:insurers?|insurance|DWP|Department for Work and Pensions|landlord|developer|housing benefit)\b|,? which (?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|he|she|they|the complainant) (?:has |had )?(?:refused|declined|rejected)\b/;
/** An offer the complainant turned down is no remedy given: "offered him £200, which he refused". */
const REFUSED = /\b(?:refus\w*|declin\w*|turned (?:it |this |that )?down|rejected|not (?:yet )?accept\w*)\b/i;

/** A sentence that tells what was recommended as since done: "has since paid", "has now apologised", "agreed to and has paid". */
const DONE_SINCE = /\b(?:has|have) (?:also )?(?:since|now)\b|\bagreed to(?: (?:this|that|it|these|them))?,? and (?:has|have)\b/;
/** An action told as done: "paid Miss C £400", "apologised to her". */
const TOLD_DONE = new RegExp(String.raw`^${DONE}`);

/**
 * Whether an apology or a sum told as since done is one the text already read as agreed or
 * recommended: "I recommended the Council apologise and pay her £400. The Council agreed to and has
 * since paid Miss C £400 and apologised to her" is one apology and one payment; "It had already
 * paid him £100" beside a further £100 is another.
 */
const toldAgainAsDone = (remedy: Remedy, before: readonly Remedy[]): boolean =>
  (remedy.kind === "apology" || remedy.amountGBP !== undefined) &&
  TOLD_DONE.test(remedy.text) &&
  before.some((b) => b.kind === remedy.kind && b.amountGBP === remedy.amountGBP && !TOLD_DONE.test(b.text));

/** The remedies a text states where one of `triggers` starts an action, item by item. */
function readRemedies(text: string, paragraph: Remedy["paragraph"], body: BodyType | null, triggers: readonly RegExp[]): SummaryRemedy {
  const remedies: Remedy[] = [];
  // A remedy pointed at ("agreed to our recommendations") and not yet listed, or one left undescribed.
  let pointed = false;
  let undescribed = false;
  for (const sentence of splitSentences(foldQuotes(text)).map(openColon)) {
    const lists: RegExpExecArray | null = pointed ? LISTS_IT.exec(sentence) : null;
    const action: string | null = lists ? sentence.slice(lists[0].length).replace(/[.;:\s]+$/, "") : agreedAction(sentence, triggers);
    if (action === null || (body !== null && aboutAnotherBody(sentence.slice(0, sentence.lastIndexOf(action)), body))) continue;
    // "The actions agreed are set out at the end of this statement" names nothing here.
    const found: string[] = ELSEWHERE.test(sentence.slice(0, sentence.indexOf(action)))
      ? []
      : items(action).filter((item) => !NOT_A_REMEDY.test(item));
    // "Take action to address the faults in its service" names a change to the service; "take action to remedy the injustice" names nothing.
    const named = found.filter((item) => !VAGUE.test(item) || aimsAtService(item));
    pointed = named.length === 0;
    if ((named.length > 0 && named.length < found.length) || named.some((item) => ELSEWHERE.test(item))) undescribed = true;
    const read = named.map((item) => remedy(item, paragraph, action.slice(0, Math.max(0, action.indexOf(item)))));
    remedies.push(...(DONE_SINCE.test(sentence) ? read.filter((r) => !toldAgainAsDone(r, remedies)) : read));
  }
  return { remedies, whole: remedies.length > 0 && !pointed && !undescribed, pointed };
}

/**
 * A list opened by a colon reads as the same list without it: "We recommend the Council: provides
 * an apology; pays £200" is "We recommend the Council provides an apology; pays £200", and "agreed
 * to the following actions: apologise" is "agreed to apologise". Only a colon followed by a word in
 * lower case (or a "-" or "•" item) opens a list, and the words that announce it ("take these
 * steps:") go with the colon; "Decision: Upheld" is left alone. A bullet between
 * items separates them as a semicolon does (a dash is left alone: it also sets off a clause).
 */
function openColon(sentence: string): string {
  return sentence
    .replace(
      /\b(?:(?:take|takes|taking|carry out|carries out|complete|completes) )?(?:the following|these|the) (?:[\w-]+ )?(?:actions?|steps|remed(?:y|ies)|measures|recommendations?)\s*:\s+(?:[-•] )?(?=[a-z£])/g,
      "",
    )
    .replace(/:\s+(?:[-•] )?(?=[a-z£])/g, " ")
    .replace(/;\s+[-•] (?=[a-z£])/g, "; ")
    .replace(/\s+• (?=[a-z£])/g, "; ");
}

/**
 * Whether a paragraph that ends in a colon leads in to a list of remedies for this case: it says
 * what the body agreed, will do or has done, or what the ombudsman recommends ("The Council has
 * agreed to:", "We recommend that within one month the Council:", "The Council will:"), in the
 * statement's own voice. What a body "should" or "must" do is how the law and guidance are told,
 * so it does not lead in to remedies on its own.
 */
export function leadsInToRemedies(text: string): boolean {
  return /:\s*$/.test(text) && LEADS_IN.test(text) && !notAgreed(text);
}

const LEADS_IN = new RegExp(
  String.raw`\b(?:agree(?:s|d)?|accept(?:s|ed)?|recommend(?:s|ed)?)\b|\b${BODY} (?:\w+ )?${HEAD_ADVERB}will\b|\b${BODY} (?:has|have) ${HEAD_ADVERB}(?:put|taken|done|made)\b`,
);

/** The words of a sentence that say what was agreed, or null when it agrees nothing. */
function agreedAction(sentence: string, triggers: readonly RegExp[]): string | null {
  const text = sentence.replace(/[.;:\s]+$/, "");
  let best: RegExpExecArray | null = null;
  for (const trigger of triggers) {
    const match = trigger.exec(text);
    if (match && (best === null || match.index < best.index || (match.index === best.index && match[0].length > best[0].length)))
      best = match;
  }
  if (best !== null)
    return notAgreed(text.slice(0, best.index + best[0].length)) ? null : text.slice(best.index + best[0].length).replace(ITEMS_OF, "");
  // A remedy already given is told with its verb; a list of nouns is what is agreed or recommended.
  return triggers === GIVEN ? null : namedRemedy(text);
}

/** The remedy a sentence names as a noun: "An apology and £200 is a suitable remedy", "... and its apology addressed the distress". */
function namedRemedy(text: string): string | null {
  const nouns =
    NOUN_REMEDY.exec(text) ??
    JUDGED_REMEDY.exec(text) ??
    REMEDY_THAT_REMEDIES.exec(text) ??
    PASSIVE.exec(text) ??
    ACTIONS_THAT_REMEDY.exec(text);
  // "This is a suitable remedy" speaks of a remedy already read.
  if (!nouns || notAgreed(nouns[1]!) || POINTS_BACK.test(nouns[1]!) || NOT_THE_BODYS.test(nouns[1]!)) return null;
  // A clause after "and" is read only when the words before it are no wish, account or refusal;
  // the words of the ombudsman's own judgment before it only when they are no wish or account.
  const start = nouns.index + nouns[0].indexOf(nouns[1]!);
  if (notAgreed(text.slice(0, start)) || REFUSED.test(text.slice(0, nouns.index))) return null;
  // "... has not adequately remedied", "... a suitable remedy, if Mr X accepts it", "..., but Mrs X refused it".
  const verb = nouns[0].slice(start - nouns.index + nouns[1]!.length);
  const after = text.slice(nouns.index + nouns[0].length);
  if (
    /\b(?:not|never)\b/i.test(verb) ||
    /\b(?:not|never|only|partly|partially)\b[^.]{0,30}$/i.test(nouns[1]!) ||
    /^,? (?:if|unless|provided|once)\b/i.test(after) ||
    REFUSED_BY.test(after)
  )
    return null;
  return nouns[1]!.replace(/^(?:Recommendations? for|A remedy of|Remedies of) /i, "");
}

/** Words that name the remedy before its items, after the verb that agreed it: "agreed to a remedy of an apology and £300". */
const ITEMS_OF =
  /^(?:an? |the )?(?:(?:agreed|proposed|recommended|suggested|suitable|appropriate|further) )?(?:remed(?:y|ies)|actions?|steps) (?:of|including|comprising) (?=(?:an? |the )?(?:apolog|payment|£|financial|reminders?\b|training\b))/i;

/** A sum named as a payment of its own: "£50 time and trouble payment", "£100 for her distress"; not "£80 late payment charge". */
const NAMED_PAYMENT =
  /^£ ?[\d,.]+ (?:time and trouble |(?!(?:and|late|rent|advance)\b)[\w-]+ ){0,4}?payment\b(?! (?:charges?|fees?|penalt\w*|fines?|plans?)\b)|^£ ?[\d,.]+ (?:\w+ )?for (?:the |her |his |their )?(?:time and trouble|distress|inconvenience|uncertainty|frustration|anxiety)\b/i;

/** Whether part `i` of a list split on its separators starts an item of its own after `previous`, or goes on with it. */
function startsItem(parts: readonly string[], i: number, previous: string): boolean {
  const part = parts[i]!.trim();
  if (!ITEM_HEAD.test(part)) return false;
  // "review its procedures for recording and reviewing placements": a gerund joined by "and" to
  // a preposition's gerund is more of the same phrase, unless the items are gerunds themselves
  // ("by apologising for delaying the review and paying her £200").
  if (parts[i - 1] === " and " && /^\w+ing\b/.test(part) && GERUND_PHRASE.test(previous) && !/^\s*\w+ing\b/.test(previous)) return false;
  // "£400 in total" after "£100 for each of the 4 months" is that sum again.
  if (/^£ ?[\d,.]+ (?:in total|altogether)\b/i.test(part)) return false;
  // "£150 for her time and trouble" after "pay £300 for distress" is a payment of its own; after
  // "refund the £67 fee" it is more of the refund, unless it is named as a payment ("£50 time and
  // trouble payment") after an item with no sum.
  if (!/^£/.test(part) || classifyRemedy(previous).kind !== "other") return true;
  // The sum and the few words after it, however the list split them ("£50 time", " and ", "trouble payment").
  const sumWords = parts
    .slice(i, i + 12)
    .join("")
    .trim();
  return !previous.includes("£") && NAMED_PAYMENT.test(sumWords);
}

/** A concession set between commas inside a list: "apologise, although it does not accept fault, and pay £100". */
const CONCESSION = /, (?:although|though|while|whilst) [^,.;]*,/g;
/** A clause where a list turns to what the body will not do or kept: "apologised for the delay but has upheld its decision". */
const TURNS_AWAY =
  /,? but (?:it |they |the [A-Z]?\w+ )?(?:has |have |had |also )?(?:refused|declined|did not|does not|do not|would not|will not|cannot|could not|upheld|maintained)\b[^,.;]*/g;

/**
 * Splits "apologise, pay Mr X £500, and Mr and Mrs L £3,000" into its items, keeping "Mr and Mrs L"
 * with its payment; the items end where a clause turns to something else ("but ...").
 */
function items(action: string): string[] {
  const parts = action.replace(CONCESSION, ",").replace(TURNS_AWAY, "").split(SEPARATOR);
  const found: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    if (i > 0 && NEW_CLAUSE.test(part.trim())) break;
    if (found.length === 0 || startsItem(parts, i, found[found.length - 1]!)) found.push(part);
    else found[found.length - 1] += `${parts[i - 1]}${part}`;
  }
  return found
    .map((item) =>
      item
        .trim()
        .replace(
          /^(?:(?:to|and|also|then|will|should|has|have|had|is|are|already|since|(?:it|they) (?:will|should|has|have)|(?:(?:it|the Council) )?(?:(?:has|had|also) )?(?:agreed|agrees|undertook|undertakes) to) )+/i,
          "",
        )
        .replace(/ (?:is|are|was|were|has been|have been) (?:also |now )?(?:recommended|agreed|proposed|made)$/i, "")
        .replace(/,?\s+and$/i, "")
        .trim(),
    )
    .filter((item) => item !== "");
}
