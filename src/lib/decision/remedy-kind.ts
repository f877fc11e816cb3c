// Says what kind of remedy an action is (an apology, a payment with its amount, a service
// improvement, or another action) from its words: "Pay Mr X £200" is a payment of £200; "refund the
// £67 fee" is not a payment, and "a symbolic payment" is one whose amount is not stated.

import { amountsIn } from "./amounts.ts";
import { foldQuotes } from "./normalise.ts";
import type { Remedy, RemedyKind } from "./schema.ts";

/** Money paid to the complainant: "pay Mr X £200", "a symbolic payment", "a financial remedy". */
const PAYS =
  /\b(?:pay|pays|paid|paying|payments?|financial remedy|symbolic (?:financial )?(?:remedy|sum|amount)|compensat\w*|reimburs\w*|(?:offer|offers|offered) (?:[\w'’]+ ){0,3}?£)|^£ ?\d/i;
/** Money that is not a payment to the complainant: a refund of a charge, a waived fee, a written-off debt. */
const NOT_PAYMENT =
  /\b(?:refund\w*|waiv\w*|writ(?:e|es|ing|ten) off|wrote off|cancel\w*|reduc\w*|back-?dat\w*|recalculat\w*|credit\w*|direct payments?|benefit payments?)\b/i;
/** Nouns that make a sum a charge rather than a payment: "the £300 fee", "a bill of £1,200". */
const CHARGE_AFTER =
  /^ ?(?:[\w'’-]+ )?(?:fees?|bills?|charges?|invoices?|arrears|debts?|overpayments?|balance|rent|threshold|fines?|costs? (?:of|for) (?:the|his|her|their) (?:care|placement))\b/i;
const CHARGE_BEFORE =
  /\b(?:fees?|bills?|charges?|invoices?|arrears|debts?|overpayments?|balance|rent|threshold|fines?|savings|capital|refund|owed|owing) (?:of |totalling |amounting to )?(?:over |about |around )?$/i;
const APOLOGY = /\bapologi[sz]|\bapolog(?:y|ies)\b/i;
const IMPROVES =
  /\b(?:remind\w*|train\w*|guidance|procedures?|process(?:es)?|polic(?:y|ies)|practices?|review how|staff|officers|lessons?|learning|service improvements?|improv\w*(?! (?:Mr|Mrs|Ms|Miss|Mx|Dr|his|her)\b)|commissioning|changes? to (?:improve|its|their|the)|prevent (?:a )?(?:re-?occurrence|recurrence|similar|this)|(?:reduce|avoid|prevent) (?:the |such |similar |future |further )?(?:delays?|errors?|problems?|failures?|mistakes?)|what steps|action plan)\b/i;

/** Whether a sum in the text is paid to the complainant rather than a charge the text mentions. */
function isPaid(text: string, index: number, end: number): boolean {
  return !CHARGE_AFTER.test(text.slice(end, end + 40)) && !CHARGE_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}

export function classifyRemedy(text: string): Pick<Remedy, "kind" | "amountGBP"> {
  const plain = foldQuotes(text);
  if (PAYS.test(plain) && !(NOT_PAYMENT.test(plain) && !/\bpay\b|\bpays\b|\bpayments? (?:of|to)\b/i.test(plain))) {
    const sums = amountsIn(plain).filter((a) => isPaid(plain, a.index, a.end));
    // A sum that cannot be read exactly leaves the amount unknown rather than wrong.
    if (sums.length === 0 || sums.some((a) => a.value === null)) return { kind: "payment" };
    return { kind: "payment", amountGBP: Math.round(sums.reduce((sum, a) => sum + a.value! * 100, 0)) / 100 };
  }
  const kind: RemedyKind = APOLOGY.test(plain) ? "apology" : IMPROVES.test(plain) ? "service-improvement" : "other";
  return { kind };
}

export function remedy(text: string, paragraph: Remedy["paragraph"]): Remedy {
  const { kind, amountGBP } = classifyRemedy(text);
  return amountGBP === undefined ? { kind, text, paragraph } : { kind, text, amountGBP, paragraph };
}
