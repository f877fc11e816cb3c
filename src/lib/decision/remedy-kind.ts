// Says what kind of remedy an action is (an apology, a payment with its amount, a service
// improvement, or another action) from its words: "Pay Mr X £200" is a payment of £200; "refund the
// £67 fee" is not a payment, and "a symbolic payment" is one whose amount is not stated.

import { amountsIn, type Amount } from "./amounts.ts";
import { foldQuotes } from "./normalise.ts";
import type { Remedy } from "./schema.ts";
import { splitSentences } from "./sentences.ts";

/** Money paid to the complainant: "pay Mr X £200", "a symbolic payment", "a financial remedy", "offered some recompense". */
const PAYS =
  /^(?:offer|provid|giv|gave|mak|made|award)\w* (?:[\w'’]+ ){0,3}?(?:recompense|financial redress)\b|\b(?:(?:pay|pays|paid|paying|financial remedy|symbolic (?:financial )?(?:remedy|sum|amount)|compensat\w*|reimburs\w*)\b|(?:offer|offers|offered|award|awards|awarded|give|gives|gave) (?:[\w'’]+ ){0,3}?£)|^£ ?\d/i;
/**
 * The noun "payment" as what the action gives: near its start ("a symbolic payment", "an
 * acknowledgement payment of …"), after its sum ("meet half of a £400 payment") or after a verb
 * that gives it ("make a time and trouble payment");
 * not a subject the action is about ("apologise for not telling her about deferred payments").
 */
const PAYMENT_GIVEN =
  /^(?:[\w'’-]+ ){0,3}?(?:\w+-)?payments?\b|£ ?\d[\d,.]* (?:[\w-]+ )?payments?\b|\b(?:make|makes|made|making|offer|offers|offered|offering|award|awards|awarded|agree|agrees|agreed) (?:[\w'’-]+ ){0,6}?(?:\w+-)?payments?\b/i;
/** Money handed back: "return the money she paid", "return the deposit". */
const RETURNS_MONEY = String.raw`return(?:s|ed|ing)? (?:the |any |all |her |his |their )?(?:money|fees?|charges?|deposit)`;
/** Money that is not a payment to the complainant: a refund of a charge, a waived fee, a written-off debt. */
const NOT_PAYMENT = new RegExp(
  String.raw`\b(?:refund\w*|waiv\w*|writ(?:e|es|ing|ten) off|wrote off|cancel\w*|reduc\w*|back-?dat\w*|recalculat\w*|credit\w*|direct payments?|benefit payments?|${RETURNS_MONEY})\b`,
  "i",
);
/** Money owed under a scheme, paid late, not a remedy: "pay the allowance arrears", "pay Ms J the special guardianship allowance she should have had". */
const OWED =
  /\bpay (?:back |over )?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w* |him |her |them )?(?:the |his |her |their |its |any |all )?(?:[\w'’-]+ ){0,4}?(?:arrears|allowances?|benefits?|entitlements?|direct payments?|grants?)\b/i;
const OWED_ALL = new RegExp(OWED.source, "gi");
/** Nouns that make a sum a charge rather than a payment: "the £300 fee", "the £480 outstanding personal charges", "the £70 court costs", "a bill of £1,200". */
const CHARGE_AFTER =
  /^ ?(?:[\w'’-]+ ){0,2}?(?:fees?|bills?|charges?|invoices?|arrears|debts?|overpayments?|balance|rent|threshold|fines?|(?:court|enforcement|summons|recovery) costs?|costs? (?:of|for) (?:the|his|her|their) (?:care|placement))\b/i;
const CHARGE_BEFORE =
  /\b(?:fees?|bills?|charges?|invoices?|arrears|debts?|overpayments?|balance|rent|threshold|fines?|savings|capital|refund|owed|owing) (?:of |totalling |amounting to )?(?:over |about |around )?$/i;
const APOLOGY =
  /\bapologi[sz]|\bapolog(?:y|ies)\b|\b(?:say|says|said|saying) sorry\b(?! (?:was|is|would|will|could|should|might|meant|means|did|does|had|has)\b)/i;
/** An action that gives money back or charges less: for the complainant's account, whatever else it names ("refund the fees its contract did not allow"). */
const MONEY_BACK = new RegExp(
  String.raw`^(?:refund\w*|reimburs\w*|repa(?:y|ys|id|ying)|waiv\w*|writ\w* off|wrote off|cancel\w*|backdat\w*|reduc\w*|recalculat\w*|credit\w*|${RETURNS_MONEY})\b`,
  "i",
);
/** Actions that change how the service works: reminders, training, guidance, procedures, lessons learned. */
const IMPROVES =
  /\b(?:remind\w*|train\w*|guidance|procedures?|procedural (?:changes?|improvements?|guidance|reviews?)|protocols?|process(?:es)?|polic(?:y|ies)|practices?|staff|officers|lessons?|learning|service improvements?|improv\w*(?! (?:Mr|Mrs|Ms|Miss|Mx|Dr|his|her)\b)|changes? to (?:improve|its|their|the)|prevent (?:a )?(?:re-?occurrence|recurrence|similar|this)|(?:reduce|avoid|prevent)\w* (?:the |such |a similar |similar |any |future |further )?(?:delays?|errors?|problems?|failures?|mistakes?|faults?))\b/i;
/** An action to stop a fault happening again: for the service, unless it names the person it is for first ("so Mr X's collections are not missed again"). */
const STOPS_RECURRENCE =
  /\b(?:(?:prevent|stop|avoid)\w* (?:[\w'’]+ ){0,3}?(?:from )?(?:happening|occurring|recurring|arising|being repeated) again|(?:does|do|did|will|would|should|could) not (?:happen|occur|recur) again)\b/i;
const NAMES_A_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|\b(?:his|her)\b/;

/**
 * No person named in the rest of the clause: no "Mr X", no child named by a letter (in any case,
 * as the patterns it is used in may ignore case, so a lone letter other than "a" or "I"), no "his"
 * or "her".
 */
const NO_ONE_NAMED = String.raw`(?![^.;]*\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|(?![aAiI]\b)[A-Za-z]\b(?![.)])|his\b|her\b))`;
/**
 * An action aimed at the service rather than at the complainant's own case: at the body's service,
 * its systems, its information to the public or its people ("review its transport service", "amend
 * its leaflets"), or at how it works ("review how it records visits", "consider whether its
 * charging is fair", "review its use of agency carers"). Matched in the case the words are written
 * (a body is named with a capital), after the action's first letter is made lower case.
 */
const AIMS_AT_SERVICE = new RegExp(
  [
    String.raw`\b(?:its|their|the (?:Council|[A-Z]\w+)'s) (?:(?!(?:decisions?|assessments?|awards?|offers?|plans?)\b)[\w-]+ ){0,4}?(?:services?|systems?|staffing|leaflets?|website|web pages?|information|publications?|letters? templates?|templates?|standard letters?|forms?|teams?|workforce|commissioning|contracts?|arrangements)\b`,
    String.raw`\b(?:review|reviews|reviewing|consider|considers|considering|check|checks|checking|audit|audits|auditing|look at|assess|assesses|establish|establishes|identify|identifies) (?:\w+ ){0,2}?(?:how|why|whether|what|if) (?:it|they|its|their|staff|officers|the (?:Council|service|[A-Z]\w+))\b`,
    // How it works, changed: "changed the way it handles requests for repairs".
    String.raw`\b(?:change[sd]?|changing|improve[sd]?|improving|alter(?:s|ed)?) (?:the way|how) (?:it|they) \w+ ${NO_ONE_NAMED}`,
    // How it goes on working, reviewed: "review the way it keeps records" (not "the way it calculated her charges").
    String.raw`\breview(?:s|ed|ing)? the way it (?!(?:has|was|is|had)\b)\w+s ${NO_ONE_NAMED}`,
    // What it sends everyone: "review the communications it sends to applicants" (not to one person).
    String.raw`\b(?:communications?|correspondence|emails?) (?:that |which )?(?:it|its (?:[\w-]+ ){0,2}?(?:staff|officers|workers|teams?)) (?:sends?|issues?|provides?|uses?)\b${NO_ONE_NAMED}`,
    // How it uses a kind of thing: "review its use of agency staff for night visits".
    String.raw`\b(?:its|their) use of ${NO_ONE_NAMED}`,
  ].join("|"),
);
/**
 * An action for the whole service in any case: "carry out an internal review", "review the letter
 * it sends", "an action plan", "address the gaps in its provision".
 */
const AIMS_AT_SERVICE_ANY_CASE = new RegExp(
  [
    String.raw`\b(?:internal|wider|service-wide|thematic|independent) (?:review|audit|investigation)\b|\bacross (?:the|its) (?:service|Council|organisation)\b`,
    // What it sends everyone, changed: "make changes to decision letters".
    String.raw`\bchanges? to (?:its |their |the )?(?!(?:his|her|Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?:[\w-]+ ){0,2}?(?:letters|forms|leaflets|templates|notices|web ?pages|website)\b`,
    // What it or its staff send or give everyone: "review the letter it sends to parents".
    String.raw`\b(?:letters?|forms?|leaflets?|information|guidance|notices?|templates?) (?:that |which )?(?:it|they|its (?:[\w-]+ ){0,2}?(?:staff|officers|workers|teams?)) (?:sends?|send|gives?|give|issues?|issue|provides?|provide|uses?|use)\b`,
    // An account of the steps it takes for everyone, in an action that names no one: "report to us on
    // the steps it is taking to make sure reviews are held on time", "send us the number of families
    // in bed and breakfast for more than six weeks and the steps it is taking to reduce this".
    String.raw`\b(?:report|reports|tell us|update us|send us)\b${NO_ONE_NAMED}[^.;]{0,120}?\b(?:steps|actions?|what)\b[^.;]{0,30}?\bto (?:make sure|ensure|improve|reduce|prevent|meet|address)\b`,
    // A plan of actions, unless it is the complainant's own ("an action plan for Mrs X").
    String.raw`\baction plans?\b(?! (?:for|with) (?:Mr|Mrs|Ms|Miss|Mx|Dr|him|her|them)\b)`,
    // An account to the body's members: "report to the relevant committee on ...".
    String.raw`\breport (?:back )?to (?:the |its |a )?(?:[\w-]+ ){0,2}?(?:committee|board|cabinet|members|scrutiny)\b`,
    String.raw`\b(?:faults?|gaps?|shortfalls?|weakness(?:es)?|shortcomings?) (?:in|with|of) (?:its |their |the )?(?:\w+ )?(?:services?|provision|commissioning|procedures?|practices?|arrangements)\b`,
  ].join("|"),
  "i",
);
/** People a council serves, as a group: "all special guardians", "every tenant", "any other parents". */
const PEOPLE = String.raw`(?:people|persons?|residents?|famil(?:y|ies)|tenants?|leaseholders?|owners?|occupiers?|applicants?|claimants?|customers?|households?|(?:service )?users?|parents?|pupils?|students?|children|carers?|guardians?|patients?|clients?)`;
/**
 * An action for everyone in the complainant's position, not for them alone: "write to everyone
 * affected", "everyone whose claim was refused", "review the allowances of all special guardians",
 * "audit other cases", "check every property on its list" ("all his carers" are the complainant's
 * own).
 */
const AT_OTHERS = new RegExp(
  [
    String.raw`\b(?:everyone|everybody|anyone|anybody|all those|others|any others)\b(?: [\w-]+){0,4}? (?:affected|who|whose|in (?:the same|a similar) (?:position|situation))\b`,
    String.raw`(?<!\b(?:his|her|their|its) )\b(?:all|every|any other|other) (?!(?:of )?(?:his|her|their|Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?:[\w-]+ ){0,2}?${PEOPLE}\b`,
    String.raw`\b(?:other|similar|all|every|any other) (?!(?:of )?(?:his|her|their|Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?:[\w-]+ ){0,2}?(?:cases?|accounts?|claims?|applications?|propert(?:y|ies)|bookings?|addresses)\b`,
  ].join("|"),
  "i",
);
/**
 * An action whose object is the complainant ("provide Mr X with ...", "explain to Mrs Y ..."), or
 * an explanation ("explained the delay was caused by a backlog in its team"): for their case.
 */
const FOR_THE_COMPLAINANT =
  /^(?:[\w-]+ ){1,2}?(?:to |for |with )?(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\b|^(?:explain\w*|tell|told|telling)\b(?! (?:to )?(?:its |all |the )?(?:staff|officers|employees|teams?)\b)/;

/** Whether an action is aimed at others in the complainant's position, not at their own case. */
function aimsAtOthers(plain: string): boolean {
  return AT_OTHERS.test(plain) && !FOR_THE_COMPLAINANT.test(plain.trim());
}

/** Whether an action is aimed at the service or at others in the complainant's position, not at their own case. */
export function aimsAtService(text: string): boolean {
  const plain = foldQuotes(text).trim();
  if (FOR_THE_COMPLAINANT.test(plain)) return false;
  const asWritten = plain.charAt(0).toLowerCase() + plain.slice(1);
  return AT_OTHERS.test(plain) || AIMS_AT_SERVICE.test(asWritten) || AIMS_AT_SERVICE_ANY_CASE.test(plain);
}

/** Whether a sum in the text is paid to the complainant rather than a charge the text mentions. */
function isPaid(text: string, index: number, end: number): boolean {
  return (
    !CHARGE_AFTER.test(text.slice(end, end + 40)) &&
    !CHARGE_BEFORE.test(text.slice(Math.max(0, index - 40), index)) &&
    !OWES_AFTER.test(text.slice(end, end + 80))
  );
}

/** Words that call money what the body owes: "it owes her", "owed to Mr B". */
const OWES = String.raw`\b(?:(?:it|they|the (?:Council|[A-Z]\w+)) (?:owes?|owed)|(?:owed|owing) to (?:him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]))\b`;
/** A sum whose own words call it what the body owes: "the £900 in allowance payments it owes her", "£1,200 of benefit owed to him". */
const OWES_AFTER = new RegExp(String.raw`^(?: (?!for\b|to\b)[\w'’-]+){0,5}? ${OWES}`);
const OWES_ANYWHERE = new RegExp(OWES);

/**
 * Words before a sum that make it the working of an exact sum before it, or one counted apart or
 * replaced: "£1,050, being £150 for each month", "£900, at £300 for each term", "a further £200,
 * in addition to the £100 it has already paid", "£450 in total, which replaces the £150 offered",
 * "£400, in place of the £100 it offered", "a further £200, bringing the total it has paid her to £300".
 */
const EXPLAINS =
  /\b(?:being|based on|calculated (?:at|as|on)|(?:,|worked out) at|made up of|which is|that is|equivalent to|(?:in addition to|on top of|as well as) the|(?:replac(?:es|ing)|instead of|in place of|rather than)(?: (?:the|its))?(?: [\w-]+){0,2}?|bring(?:s|ing)? (?:the|its|this) total (?:[\w'’]+ ){0,5}?to)\s*$/i;
/** Words before a sum that call it a total in so many words: "a total of £900", "That makes £250". */
const CALLS_TOTAL = String.raw`a total of|totalling|(?:this|that|which) makes|making|comes to|amounts to`;
/** Words after a sum that call it a total: "£500 in total", "£900 altogether". */
const TOTAL_AFTER_WORDS = String.raw`in total|altogether|overall`;
/** Words before a sum that make it a total: "This is 9 weeks, so £450", "a total of £900", "That makes £250". */
const TOTAL_BEFORE = new RegExp(String.raw`\b(?:so|this is|that is|which is|in total|${CALLS_TOTAL})\s*$`, "i");
/** Words after a sum that make it a total: "£500 in total", "£900 altogether". */
const TOTAL_AFTER = new RegExp(String.raw`^\)?,? ?(?:${TOTAL_AFTER_WORDS})\b`, "i");
/** A person's title, to count those a sum "each" is paid to ("Mr D and Mrs E"), not one named as whose ("Mr X's parents"). */
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b(?! [A-Z]\w*['’]s\b)/g;
/** Words of paying, the last of which starts the people a sum "each" is paid to. */
const PAYING = /\b(?:pay|pays|paid|paying|payments?)\b/gi;

/** A sentence that says what a sum already named holds: "This includes the £50 it offered, so it should pay a further £150". */
const ACCOUNTS_FOR =
  /^(?:this|that|the (?:sum|payment|amount)|which|it) (?:sum |payment |amount )?(?:includes?|included|is made up of|comprises?|covers?|(?:is|are|will be) (?:in addition to|on top of|as well as))\b/i;
/** A sentence that states the total of the payments named: "The total payment is therefore £1,650". */
const STATES_TOTAL =
  /^(?:so |in all,? |therefore )?(?:the|this|that) total(?: (?:payment|sum|amount|paid|to be paid))? (?:is|comes to|will be|would be|amounts to)\b/i;
/** A payment on the condition that an earlier one was made, not one more: "If it has already paid the £80 it offered, it should pay £120 more". */
const CONDITION = /^(?:if|where)\b[^.]*?\balready (?:paid|been paid|made|given)\b/i;

/**
 * The sums an action pays, read from its sentences that pay: "This is based on £150 a month" and
 * "This includes the £50 it offered" explain a sum and pay none. A sum that works out, restates or
 * totals those before it is not counted again; a rate whose total the action states is that total.
 */
function paidSums(plain: string): Amount[] {
  const paying = splitSentences(plain).filter(
    (sentence) =>
      (PAYS.test(sentence) || PAYMENT_GIVEN.test(sentence)) && !ACCOUNTS_FOR.test(sentence.trim()) && !STATES_TOTAL.test(sentence.trim()),
  );
  const unconditional = paying.filter((sentence) => !CONDITION.test(sentence.trim()));
  const text = unconditional.length > 0 ? unconditional.join(" ") : paying.length > 0 ? paying.join(" ") : plain;
  const sums = sumsOnce(text);
  // A rate whose total the action states: "pay Mr U £50 for each week … This is 9 weeks, so £450".
  const rates = sums.filter((a) => a.value === null);
  const totals = amountsIn(plain).filter((a) => a.value !== null && statesTotal(plain, a));
  if (rates.length === 1 && totals.length === 1) return [...sums.filter((a) => a.value !== null && !statesTotal(text, a)), totals[0]!];
  return sums;
}

/**
 * The sums a text pays, each once: a sum that works out, restates or totals the exact sums before
 * it is left out, and a sum "each" is multiplied by the people it is paid to.
 */
function sumsOnce(text: string): Amount[] {
  const sums: Amount[] = [];
  const owed = owedClauses(text);
  const amounts = amountsIn(text);
  const parts = new Set<Amount>();
  let pence = 0;
  for (const [k, amount] of amounts.entries()) {
    if (parts.has(amount) || !paidHere(text, amount, owed)) continue;
    const value = amount.each === undefined ? eachOfPeople(text, amount) : eachTo(text, amount, amount.each);
    // "£1,000, of which the Council will pay £600 and the Trust £400": the parts of the sum before.
    const last = sums.at(-1);
    const split = last?.value != null && amounts[k - 1]?.index === last.index ? partsOf(text, last, amounts, k) : [];
    for (const part of split) parts.add(part);
    if (split.length > 0 || restates(text, amount, value, pence)) continue;
    sums.push({ ...amount, value });
    if (value !== null) pence += Math.round(value * 100);
  }
  return totalAmongParts(text, sums) ?? sums;
}

/** Whether a sum is one the text pays: not a charge, money owed, or the whole a share is paid of. */
const paidHere = (text: string, amount: Amount, owed: readonly [number, number][]): boolean =>
  !WHOLE_OF.test(before(text, amount)) &&
  isPaid(text, amount.index, amount.end) &&
  !owed.some(([from, to]) => amount.index >= from && amount.index < to);

/**
 * A sum given as the total of the other sums, wherever it stands among them ("a further £100. That
 * makes £250 in total with the £150 it paid in August"; "£500 in total: £300 for her distress and
 * £200 for her time"): that total alone, or null when there is none.
 */
function totalAmongParts(text: string, sums: readonly Amount[]): Amount[] | null {
  if (sums.length < 3 || sums.some((s) => s.value === null)) return null;
  const all = sums.reduce((sum, s) => sum + Math.round(s.value! * 100), 0);
  const total = sums.find((s) => namesTotal(text, s) && Math.round(s.value! * 100) * 2 === all);
  return total ? [total] : null;
}

/** Words before a sum that call it a total in so many words, and none that only work one out ("so", "that is"). */
const CALLED_TOTAL_BEFORE = new RegExp(String.raw`\b(?:${CALLS_TOTAL})\s*$`, "i");
/** Words after a sum that call it a total: "£250 in total", not "£300 in total for the three missed weeks". */
const CALLED_TOTAL_AFTER = new RegExp(String.raw`^,? ?(?:${TOTAL_AFTER_WORDS})\b(?! for\b)`, "i");

/** Whether a sum is called a total in so many words, as a sum that equals others by chance is not ("the cost of the report (£200)"). */
const namesTotal = (text: string, sum: Amount): boolean =>
  CALLED_TOTAL_BEFORE.test(before(text, sum)) || CALLED_TOTAL_AFTER.test(text.slice(sum.end, sum.end + 30));

/** Whether a sum works out, restates or totals the exact sums before it, `pence` in all. */
function restates(text: string, sum: Amount, value: number | null, pence: number): boolean {
  if (pence === 0) return false;
  if (EXPLAINS.test(before(text, sum)) || workingOfSum(text, sum.index)) return true;
  // "£300 for distress and £200 for time and trouble, a total of £500": the total is those sums again.
  return value !== null && Math.round(value * 100) === pence && statesTotal(text, sum);
}

/** Words before a sum that make it the whole a share is paid of ("£200 of the £500 he paid"), or an offer raised ("increase its offer of £100 to £250"). */
const WHOLE_OF =
  /£ ?\d[\d,.]* of (?:the |his |her |their |its )?$|\b(?:increas|rais)\w* (?:its |the |this |that )?(?:[\w-]+ )?(?:offer|payment|award) of $/i;
/** Words after a sum that make it a share of a sum named before: "£350 of this", "£300 of the total"; not "£1,200 of the total cost of the placement". */
const SHARE_AFTER = /^ of (?:this|that|it|the (?:total|sum|payment|amount))(?: (?:sum|payment|amount|total))?(?=\s*(?:[,.;)]|and\b|$))/i;
const isShare = (text: string, sum: Amount): boolean => SHARE_AFTER.test(text.slice(sum.end, sum.end + 30));

/** Words that open the parts a sum is made of: "of which", "made up of", "split as". */
const PARTS = /\b(?:of which|made up of|comprising|consisting of|split|divided|shared)\b/i;
/** Words that add a sum of its own rather than a part: ", and £250 for his time", "plus £300", "a further £200". */
const ANOTHER_SUM = /,\s*and\b|\b(?:plus|further|also|additional|in addition|as well as)\b/i;
/** The end of a sentence. */
const SENTENCE_END = /[.!?](?:\s|$)|;/;

/**
 * The sums, from `amounts[from]` on, that the sum just before them, `whole`, is split into in its
 * own sentence, after words that open its parts: those whose values add up to exactly its value;
 * none when they do not.
 */
function partsOf(text: string, whole: Amount, amounts: readonly Amount[], from: number): Amount[] {
  const opening = text.slice(whole.end, amounts[from]!.index);
  const parts = PARTS.exec(opening) ?? (isShare(text, amounts[from]!) ? { index: opening.length } : null);
  if (!parts || SENTENCE_END.test(opening) || ANOTHER_SUM.test(opening.slice(parts.index))) return [];
  const target = Math.round(whole.value! * 100);
  let pence = 0;
  for (let k = from; k < amounts.length; k++) {
    const part = amounts[k]!;
    const between = k > from ? text.slice(amounts[k - 1]!.end, part.index) : "";
    if (part.value === null || SENTENCE_END.test(between) || ANOTHER_SUM.test(between)) return [];
    pence += Math.round(part.value * 100);
    if (pence === target) return amounts.slice(from, k + 1);
    if (pence > target) return [];
  }
  return [];
}

/** The words just before a sum. */
const before = (text: string, sum: Amount): string => text.slice(Math.max(0, sum.index - 60), sum.index);

/** Whether a sum is given as a total: "so £450", "a total of £900", "£500 in total", "(£900)". */
function statesTotal(text: string, sum: Amount): boolean {
  return TOTAL_BEFORE.test(before(text, sum)) || TOTAL_AFTER.test(text.slice(sum.end, sum.end + 20)) || inBrackets(text, sum.index);
}

/** Where the bracket a place in the text stands inside opens, or -1 when it is not inside brackets. */
function openBracket(text: string, index: number): number {
  const opens = text.lastIndexOf("(", index);
  return opens >= 0 && !text.slice(opens, index).includes(")") ? opens : -1;
}

/** Whether a place in the text is inside brackets. */
const inBrackets = (text: string, index: number): boolean => openBracket(text, index) >= 0;

/** Whether a sum stands in brackets just after another sum, as its working: "£1,000 (£250 for each of four months)". */
function workingOfSum(text: string, index: number): boolean {
  const opens = openBracket(text, index);
  return opens >= 0 && /£ ?[\d,.]+\s*$/.test(text.slice(Math.max(0, opens - 20), opens));
}

/** The clauses of money owed under a scheme, each up to the next "and" or semicolon: "pay the allowance arrears of £900". */
function owedClauses(text: string): [number, number][] {
  return [...text.matchAll(OWED_ALL)].map((match) => {
    const from = match.index + match[0].length;
    const next = text.slice(from).search(/ and |;/);
    return [match.index, next === -1 ? text.length : from + next];
  });
}

/**
 * A sum paid "each" to the people named after it ("£150 each to Mr D and Mrs E"), or else before
 * it, since the action's last word of paying or sum ("pay Mr D and Mrs E £150 each"): null unless
 * they are two or more.
 */
function eachTo(text: string, sum: Amount, each: number): number | null {
  const since = sincePaying(text, sum);
  const after = EACH_TO.exec(text.slice(sum.end, sum.end + 160))?.[1] ?? "";
  const people = peopleIn(after) || peopleIn(since);
  return people >= 2 ? each * people : null;
}

/** How far back from a sum its action is looked for: a clause of paying is never longer. */
const LOOK_BACK = 300;

/** The LOOK_BACK characters before a sum. */
const lookBack = (text: string, sum: Amount): string => text.slice(Math.max(0, sum.index - LOOK_BACK), sum.index);

/** The words before a sum since the action's last word of paying or the sum before, within LOOK_BACK: "pay Mr D and Mrs E ". */
function sincePaying(text: string, sum: Amount): string {
  const before = lookBack(text, sum);
  const from = Math.max([...before.matchAll(PAYING)].at(-1)?.index ?? 0, before.lastIndexOf("£") + 1);
  return before.slice(from);
}

/**
 * A sum paid to each of the people named just before it, since the action's last word of paying
 * ("pay each of the two neighbours £250"), or just after it ("£300 to each of the two parents"):
 * the sum times their number; of unknown amount when the text does not count them ("pay each of
 * the neighbours £250"), names others beside them ("each of the two children and their mother"),
 * or says "them" of people it does not name by title in the same sentence. Any other sum, and a
 * sum to each of things that are not people ("each of the two care homes"), is its value.
 */
function eachOfPeople(text: string, sum: Amount): number | null {
  if (sum.value === null) return null;
  const after = text.slice(sum.end, sum.end + 120);
  const ahead = EACH_OF_BEFORE.exec(sincePaying(text, sum));
  const behind = ahead ? null : EACH_OF_AFTER.exec(after);
  const eachOf = ahead ?? behind;
  if (!eachOf) return sum.value;
  if (behind && /^,? and (?:the|their|his|her|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)/i.test(after.slice(behind[0].length))) return null;
  if (eachOf[1]) return sum.value * countInWords(eachOf[1]);
  if (!/\bthem\b/i.test(eachOf[0])) return null;
  const window = lookBack(text, sum);
  const sentence = window.slice(Math.max(window.lastIndexOf(". "), window.lastIndexOf("; ")) + 1);
  const people = RELATIVES.test(sentence) ? 0 : peopleIn(sentence);
  return people >= 2 ? sum.value * people : null;
}

/** People named by whose they are, whom titles do not count: "their son", "her mother". */
const RELATIVES =
  /\b(?:their|his|her) (?:\w+ )?(?:sons?|daughters?|child(?:ren)?|parents?|partners?|husband|wife|mother|father|brothers?|sisters?|family|grandchild(?:ren)?)\b/i;
/** What a sum may be paid "each of" that is not people: homes, bodies, periods. */
const NOT_PEOPLE = String.raw`(?:(?:care )?homes?|schools?|providers?|bod(?:y|ies)|councils?|agencies|organisations?|companies|properties|accounts?|periods?|days?|weeks?|fortnights?|months?|years?|terms?|visits?|nights?|occasions?|instalments?|sessions?)`;
/** The people "each of" names: "them", "the two neighbours", "her children". */
const EACH_OF_PEOPLE = String.raw`each of (?:them|(?:the|these|those|her|his|their) (?:(two|three|four|five|six) )?(?!(?:[\w-]+ )?${NOT_PEOPLE}\b)[\w-]+(?: (?!(?:and|or|but|plus)\b)[\w-]+)??(?=\s|$|[,.;]))`;
const EACH_OF_BEFORE = new RegExp(String.raw`\b${EACH_OF_PEOPLE}\s*$`, "i");
const EACH_OF_AFTER = new RegExp(String.raw`^ to ${EACH_OF_PEOPLE}\b`, "i");
/** A count from two to six in words, as the patterns of people counted write it: "three" is 3. */
const countInWords = (word: string): number => ["two", "three", "four", "five", "six"].indexOf(word.toLowerCase()) + 2;

/** The people a sum "each" is paid to when they follow it, up to the clause's end or its purpose: "£150 each to Mr D and Mrs E for". */
const EACH_TO =
  /^ each to ((?:Mr|Mrs|Ms|Miss|Mx|Dr|both|the|her|his|their)\b[^.;:,]{0,120}?)(?= for\b| to (?:recognise|acknowledge|remedy|reflect|make)\b| in (?:recognition|acknowledgement)\b|[.;:,]|$)/i;
/** A number of people in words, as those paid rather than those someone is "of": "the two children", "her three adult sons". */
const PEOPLE_COUNT =
  /(?<!\bof )\b(?:the|her|his|their) (two|three|four|five|six) (?:[\w-]+ )?(?:children|sons|daughters|parents|grandparents|siblings|sisters|brothers|carers|people|adults|residents|tenants|occupants|complainants)\b/i;

/** How many people a phrase names: its titles ("Mr D and Mrs E"), "both", or a number in words ("their three children"). */
function peopleIn(phrase: string): number {
  const titles = (phrase.match(TITLE) ?? []).length;
  if (titles > 0) return titles;
  if (/\bboth\b/i.test(phrase)) return 2;
  const count = PEOPLE_COUNT.exec(phrase)?.[1];
  return count === undefined ? 0 : countInWords(count);
}

/** Telling the body's staff how to work, whatever the words of what they are told: "remind staff who arrange placements", "brief all collection crews". */
const INSTRUCTS_STAFF =
  /\b(?:remind|reminds|reminding|train|trains|training|brief|briefs|briefing|instruct|instructs|instructing)\b (?:all |its |the |their |relevant |those |any |every )?(?:[\w-]+ ){0,3}?(?:staff|officers|workers|crews|teams?|employees|managers|practitioners|caseworkers|assessors|drivers|operatives)\b/i;

/**
 * Whether an action is for the service rather than the complainant: paying everyone affected is a
 * change for all of them, and so is telling staff what to do, even about paying, when the action
 * states no sum of its own.
 */
const forTheService = (plain: string): boolean => aimsAtOthers(plain) || (INSTRUCTS_STAFF.test(plain) && amountsIn(plain).length === 0);

export function classifyRemedy(text: string): Pick<Remedy, "kind" | "amountGBP"> {
  const plain = foldQuotes(text);
  if (forTheService(plain)) return { kind: "service-improvement" };
  const pays = paysMoney(plain);
  const sums = pays ? paidSums(plain) : [];
  // Money owed under a scheme, or that the body says it owes, and sums that are all charges ("reimburse
  // the £310 in enforcement fees she paid"), are no payment, unless the action also pays a sum of its own.
  if (pays && !(sums.length === 0 && (OWED.test(plain) || OWES_ANYWHERE.test(plain) || amountsIn(plain).length > 0))) {
    // A sum that cannot be read exactly leaves the amount unknown rather than wrong.
    if (sums.length === 0 || sums.some((a) => a.value === null)) return { kind: "payment" };
    return { kind: "payment", amountGBP: Math.round(sums.reduce((sum, a) => sum + a.value! * 100, 0)) / 100 };
  }
  return { kind: APOLOGY.test(plain) ? "apology" : improvesService(plain) ? "service-improvement" : "other" };
}

/**
 * Whether an action pays money: it says it pays, and not only of money that is no payment, nor only
 * who pays a sum named before ("The Council will pay £350 of this and the Trust £250").
 */
function paysMoney(plain: string): boolean {
  const first = amountsIn(plain)[0];
  return (
    (PAYS.test(plain) || PAYMENT_GIVEN.test(plain)) &&
    !(
      NOT_PAYMENT.test(plain) &&
      !/\bpay\b|(?<!\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*|he|she|they) )\bpays\b|\bpayments? (?:of|to)\b/i.test(plain)
    ) &&
    !(first !== undefined && isShare(plain, first))
  );
}

/**
 * The complaints procedure named as the route a complaint takes, not the procedure changed: "consider
 * her complaint under its complaints procedure", "put the complaint through the statutory procedure".
 */
const COMPLAINT_ROUTE =
  /\b(?:through|under|via|using|in line with|at (?:the )?(?:\w+ )?stage (?:\w+ )?of) (?:the|its|their) (?:[\w'’-]+ ){0,3}?(?:complaints? )?(?:procedures?|process(?:es)?)\b/i;

/** Steps taken to prevent the fault recurring, for the service when the action names no one: "take action to prevent future recurrence of fault". */
const FUTURE_RECURRENCE =
  /^(?:take|takes|taking|put|puts|putting) (?:[\w'’-]+ ){0,3}?(?:action|steps|measures|arrangements|processes|systems)\b[^.;]{0,40}?\bprevent (?:any |future |further )(?:re-?occurrences?|recurrences?)\b/i;
/** An action on the complainant's own complaint: "consider her complaint", "put the complaint through". */
const OWN_COMPLAINT =
  /^(?:put|puts|consider|considers|deal with|deals with|handle|handles|investigate|investigates|progress|escalate|escalates|refer|refers|respond to|responds to|take|takes)\b (?:[\w'’]+ ){0,2}?(?:the|this|her|his|their|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]\w*['’]s) complaint\b/;

/**
 * Whether an action that pays nothing changes the service: not one that gives money back, whatever
 * else it names, and not the complainant's own complaint taken through the complaints procedure.
 */
function improvesService(plain: string): boolean {
  const trimmed = plain.trim();
  if (MONEY_BACK.test(trimmed)) return false;
  const ownComplaint = OWN_COMPLAINT.test(trimmed) ? plain.replace(COMPLAINT_ROUTE, "") : plain;
  return (
    IMPROVES.test(ownComplaint) ||
    aimsAtService(plain) ||
    stopsRecurrence(plain) ||
    setsUpMeans(plain) ||
    (FUTURE_RECURRENCE.test(plain) && !NAMES_A_PERSON.test(plain))
  );
}

/**
 * A means of managing the work set up: "introduced a weekly report of claims", "set up a
 * tracker of reviews due", "put in place a system of checks".
 */
const SETS_UP =
  /\b(?:introduc\w*|set(?:s|ting)? up|put(?:s|ting)? in place|creat\w*|establish\w*) (?:(?:a|an|the|its|their|new|weekly|monthly|daily|regular|central|shared|electronic) )*(?:[\w'’-]+ )?(?:reports?|logs?|trackers?|checklists?|checks|systems?|audits?|registers?|spreadsheets?|alerts?|templates?|monitoring)\b/i;

/** A means of managing the work set up, in an action for no one in particular: "weekly checks of her collection" are hers. */
const setsUpMeans = (plain: string): boolean => SETS_UP.test(plain) && !namesSomeone(plain);

/**
 * Whether words name someone the action is for: a person by title or pronoun, a child by a letter
 * ("Y's attendance", "checks on Z"), the family, the complainant or their property.
 */
export const namesSomeone = (text: string): boolean =>
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|\b(?:his|her|him)\b|\b(?![AI]\b)[A-Z]\b(?!\))|\bthe (?:family|complainant|property)\b/.test(text);

/** An action to stop a fault happening again that names no person up to where it says so. */
function stopsRecurrence(plain: string): boolean {
  const again = STOPS_RECURRENCE.exec(plain);
  return again !== null && !NAMES_A_PERSON.test(plain.slice(0, again.index + again[0].length));
}

/**
 * A remedy of an action's words. `before` is what the action said before them, where "them" in a
 * sum paid each may stand for the people it last named ("apologise to Mr and Mrs D, and pay them
 * £500 each" pays £1,000).
 */
export function remedy(text: string, paragraph: Remedy["paragraph"], before = ""): Remedy {
  const last = THEM_EACH.test(text) ? [...before.matchAll(PEOPLE_NAMED)].at(-1) : undefined;
  // The people named last, with nothing after them but "and" or "to": "apologise to Mr and Mrs D, and".
  const them = last && /^(?:\s|,|\band\b|\bto\b)*$/.test(before.slice(last.index + last[0].length)) ? last[0] : undefined;
  const { kind, amountGBP } = classifyRemedy(them === undefined ? text : text.replace(THEM_EACH, `$1${them}`));
  return amountGBP === undefined ? { kind, text, paragraph } : { kind, text, amountGBP, paragraph };
}

/** "them" paid a sum each: "pay them £500 each" (not "each of them", which counts them itself). */
const THEM_EACH = /(\b(?:pay|pays|paying|to)\s+)them(?=\s+£ ?\d[\d,.]*\s+each\b)/;
/** Two or more people named by title: "Mr and Mrs D", "Mrs S and Mr S", "Mr A, Ms B and Mr C". */
const PEOPLE_NAMED = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)(?: [A-Z]\w*)?(?:(?:,|,? and) (?:Mr|Mrs|Ms|Miss|Mx|Dr)(?: [A-Z]\w*)?)+(?![\w'’]| [A-Z])/g;
