// Where a decision's payment sits among the payments of decisions like it in this casebook: how
// many of the same subcategory's stated payments it is more than, of how many, and their median.
// A decision's payment is the sum of its payments, and it has one only when it was upheld, its
// remedies are known in full and every payment states its amount: an unknown amount is never £0.
// Computed for every decision at once: sorting each group once, then two binary searches a decision.
import { isUpheld } from "./outcomes.ts";
import { pushTo } from "./multimap.ts";
import { formatGBP } from "./payments.ts";
import { inPence, paymentsOf } from "./decision/payment-total.ts";
import type { Decision } from "./decision/schema.ts";
import { quantileSorted } from "./stats.ts";

/** A subcategory with fewer stated payments than this is compared as its whole category. */
export const MIN_SUBCATEGORY_PAYMENTS = 10;
/** With fewer stated payments than this the line says there are too few to compare. */
export const MIN_PAYMENTS_TO_COMPARE = 5;

type Payable = Pick<Decision, "slug" | "outcome" | "remedies" | "remediesKnown" | "category" | "subcategory">;

export interface PaymentPlace {
  /** This decision's payment in pounds. */
  amountGBP: number;
  /** The group it is placed in: its subcategory, or its category when the subcategory has too few. */
  group: "subcategory" | "category";
  /** The group as the line names it: "Assessment and care plan", "Adult care services (other)". */
  name: string;
  /** How many decisions of the group state their payment, this one included. */
  base: number;
  /** How many of the others paid less than this one; null when too few to compare. */
  below: number | null;
  /** How many of the others paid the same; null when too few to compare. */
  same: number | null;
  /** The median of the group's payments in pounds; null when too few to compare. */
  medianGBP: number | null;
  /** The line as the page shows it, with its base. */
  text: string;
}

/**
 * A decision's stated payment in pence: the sum of its payments when it was upheld, its remedies
 * are known in full and every one of its payments states its amount; null otherwise.
 */
export function statedPaymentPence(d: Payable): number | null {
  if (!isUpheld(d) || !d.remediesKnown) return null;
  const { count, stated } = paymentsOf(d);
  return count === 0 || stated.length < count ? null : inPence(stated);
}

/** The subcategory as the line names it; "Other" names its category, since every category has one. */
export function subcategoryName(d: Pick<Decision, "category" | "subcategory">): string {
  return d.subcategory === "Other" ? `${d.category} (other)` : d.subcategory;
}

/** The place of each decision's stated payment, by slug; decisions with none have no entry. */
export function paymentPlaces(decisions: readonly Payable[]): Map<string, PaymentPlace> {
  const paid: { d: Payable; pence: number }[] = [];
  const bySub = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  for (const d of decisions) {
    const pence = statedPaymentPence(d);
    if (pence === null) continue;
    paid.push({ d, pence });
    pushTo(bySub, subKey(d), pence);
    pushTo(byCategory, d.category, pence);
  }
  for (const list of [...bySub.values(), ...byCategory.values()]) list.sort((a, b) => a - b);

  const places = new Map<string, PaymentPlace>();
  for (const { d, pence } of paid) {
    const sub = bySub.get(subKey(d))!;
    const useSub = sub.length >= MIN_SUBCATEGORY_PAYMENTS;
    const sorted = useSub ? sub : byCategory.get(d.category)!;
    const name = useSub ? subcategoryName(d) : d.category;
    places.set(d.slug, place(pence / 100, useSub ? "subcategory" : "category", name, sorted, pence));
  }
  return places;
}

function place(amountGBP: number, group: PaymentPlace["group"], name: string, sorted: readonly number[], pence: number): PaymentPlace {
  const base = sorted.length;
  const of = `stated payments in upheld ${name} decisions in this casebook`;
  if (base < MIN_PAYMENTS_TO_COMPARE) {
    const text = `${formatGBP(amountGBP)}: too few ${of} to compare (${base}; at least ${MIN_PAYMENTS_TO_COMPARE} are needed)`;
    return { amountGBP, group, name, base, below: null, same: null, medianGBP: null, text };
  }
  const below = lowerBound(sorted, pence);
  // The others of the same amount: this decision's own is one of those equal to it.
  const same = lowerBound(sorted, pence + 1) - below - 1;
  const medianGBP = Math.round(quantileSorted(sorted, 0.5)!) / 100;
  const sameText = same > 0 ? `, the same as ${same.toLocaleString("en-GB")},` : "";
  const text = `${formatGBP(amountGBP)}: more than ${below.toLocaleString("en-GB")}${sameText} of the ${base.toLocaleString("en-GB")} ${of} (median ${formatGBP(medianGBP)})`;
  return { amountGBP, group, name, base, below, same, medianGBP, text };
}

/** The first index whose value is at least `value`, in a list sorted ascending. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const subKey = (d: Pick<Decision, "category" | "subcategory">) => `${d.category}\u0000${d.subcategory}`;
