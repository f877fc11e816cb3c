// Payments and remedies counted over the decisions that could have them (upheld, remedies known),
// an amount never read as £0 where none is stated, and sums of money in words.

import { countOf, formatCount } from "./count-words.ts";
import { inPence, paymentsOf } from "./decision/payment-total.ts";
import type { Decision, RemedyKind } from "./decision/schema.ts";
import { isUpheld } from "./outcomes.ts";
import { REMEDY_LABELS } from "./labels.ts";

export interface Known<T> {
  value: T;
  /** How many decisions the value is computed over: those where it is known. */
  base: number;
}

/**
 * The payments of a set of decisions, over the decisions that could have them: those upheld whose
 * remedies are known in full. An amount the statement does not state is counted as a payment, never
 * as £0.
 */
export interface PaymentFigures {
  /** Upheld decisions whose remedies are known in full. */
  base: number;
  /** The amounts stated, summed. */
  stated: number;
  /** Decisions of the base with at least one payment of stated amount. */
  withAmount: number;
  /** Payments agreed in the base whose amount is not stated. */
  noAmount: number;
}

export function paymentFigures(decisions: readonly Decision[]): PaymentFigures {
  const figures: PaymentFigures = { base: 0, stated: 0, withAmount: 0, noAmount: 0 };
  let pence = 0;
  for (const d of decisions) {
    if (!isUpheld(d) || !d.remediesKnown) continue;
    figures.base++;
    const { count, stated } = paymentsOf(d);
    figures.noAmount += count - stated.length;
    if (stated.length > 0) figures.withAmount++;
    pence += inPence(stated);
  }
  figures.stated = pence / 100;
  return figures;
}

/**
 * Payment figures in words, with their base: "£1,250 stated in 4 of 9 upheld decisions; 2 more
 * payments with no amount stated", "3 payments agreed, no amount stated (in 5 upheld decisions)".
 */
export function describePayments(f: PaymentFigures): { figure: string; base: string } {
  const upheld = `${countOf(f.base, "upheld decision")} whose remedies are known`;
  const payments = (n: number) => countOf(n, "payment");
  if (f.base === 0) return { figure: "No payments known", base: "no upheld decision has its remedies known in full" };
  if (f.withAmount === 0) {
    if (f.noAmount === 0) return { figure: "No payments", base: `in ${upheld}` };
    return { figure: `${payments(f.noAmount)} agreed, no amount stated`, base: `in ${upheld}` };
  }
  const more = f.noAmount > 0 ? `; ${formatCount(f.noAmount)} more with no amount stated` : "";
  return { figure: `${formatGBP(f.stated)} stated`, base: `in ${formatCount(f.withAmount)} of ${upheld}${more}` };
}

export function remediesKnown(decisions: readonly Decision[]): Decision[] {
  return decisions.filter((d) => d.remediesKnown);
}

const GBP_WHOLE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

const GBP_PENCE = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£1,200", or "£150.50" when there are pence. */
export function formatGBP(amount: number): string {
  return Number.isInteger(amount) ? GBP_WHOLE.format(amount) : GBP_PENCE.format(amount);
}

/**
 * How many decisions agreed each kind of remedy (a decision counts once per kind), over the
 * decisions that could have them, as payments are counted: those upheld whose remedies are known in
 * full, `base` of them.
 */
export function remedyCounts(decisions: readonly Decision[]): Known<Record<RemedyKind, number>> {
  const value: Record<RemedyKind, number> = { apology: 0, payment: 0, "service-improvement": 0, other: 0 };
  const known = remediesKnown(decisions).filter(isUpheld);
  for (const d of known) for (const kind of remedyKinds(d)) value[kind]++;
  return { value, base: known.length };
}

export function remedyKinds(decision: Pick<Decision, "remedies">): RemedyKind[] {
  return [...new Set(decision.remedies.map((r) => r.kind))];
}

/**
 * A record's stated sum as a list shows it: "£250", "£250 and more" beside payments of no stated
 * amount; null when no payment states an amount (the sum is unknown or none was agreed).
 */
export function statedSumText(d: Pick<Decision, "paymentTotalGBP" | "paymentsWithoutAmount">): string | null {
  if (d.paymentTotalGBP === null || d.paymentTotalGBP <= 0) return null;
  return `${formatGBP(d.paymentTotalGBP)}${d.paymentsWithoutAmount > 0 ? " and more" : ""}`;
}

/**
 * What a decision agreed, in one line for a list of results: "Agreed: apology, payment of £200,
 * service improvement"; null when it agreed nothing, or for an excerpt that stops before its remedy.
 */
export function agreedLine(decision: Pick<Decision, "remedies" | "remediesKnown">): string | null {
  if (!decision.remediesKnown || decision.remedies.length === 0) return null;
  const parts: string[] = [];
  for (const kind of remedyKinds(decision)) {
    if (kind !== "payment") {
      parts.push(REMEDY_LABELS[kind].toLowerCase());
      continue;
    }
    const { count, stated } = paymentsOf(decision);
    parts.push(
      stated.length === 0
        ? "payment, no amount stated"
        : `payment of ${formatGBP(inPence(stated) / 100)}${stated.length < count ? " and more" : ""}`,
    );
  }
  return `Agreed: ${parts.join(", ")}`;
}

/**
 * What a decision page says of its payments' total: the sum the payments state with any payments
 * that state none ("£250" and "stated, and a payment with no amount stated"), or why there is no
 * total; null when there is nothing to say (no payment, or an excerpt that shows no remedy).
 */
export function paymentTotalNote(
  d: Pick<Decision, "paymentTotalGBP" | "paymentsWithoutAmount" | "remediesKnown" | "remedies">,
): { total: string; more: string } | { unknown: string } | null {
  const without = (n: number) => (n === 1 ? "a payment" : `${n} payments`);
  if (d.paymentTotalGBP !== null) {
    if (d.paymentTotalGBP === 0) return null;
    const more = d.paymentsWithoutAmount > 0 ? `stated, and ${without(d.paymentsWithoutAmount)} with no amount stated` : "";
    return { total: formatGBP(d.paymentTotalGBP), more };
  }
  if (d.remediesKnown) {
    const n = d.paymentsWithoutAmount;
    return { unknown: `${n === 1 ? "A payment was" : `${n} payments were`} agreed with no amount stated, so the total is not known.` };
  }
  if (d.remedies.length === 0) return null;
  return { unknown: "This excerpt stops before the statement's end, so it may not show every remedy or payment." };
}
