// Where a decision's payment sits among the payments of decisions like it in this casebook: how
// many of the same subcategory's stated payments it is more than, of how many, and their median.
// A decision's payment is the sum of its payments, and it has one only when it was upheld, its
// remedies are known in full and every payment states its amount: an unknown amount is never £0.
// Computed for every decision at once: sorting each group once, then two binary searches a decision.
// The groups are written out as files of their own (a group's name and its payments), from which a
// decision's page places its payment in the browser: a new payment changes its group's file, not
// the page of every decision in the group.
import { formatCount } from "./count-words.ts";
import { isUpheld } from "./outcomes.ts";
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

/** The stated payments a decision's payment is placed among: its subcategory's, or its whole category's. */
export interface PaymentGroup {
  group: PaymentPlace["group"];
  category: string;
  /** The subcategory; null for a whole category. */
  subcategory: string | null;
  /** The group as the line names it. */
  name: string;
  /** Each decision's stated payment in pence, smallest first. */
  pence: number[];
}

/** What a page needs to place a payment: its group's name and payments (a group's file holds these). */
export type PlacedAmong = Pick<PaymentGroup, "group" | "name" | "pence">;

export interface PaymentGroups {
  /** Every group some decision's payment is placed in. */
  groups: PaymentGroup[];
  /** Each decision with a stated payment, by slug: its payment in pence and its group. */
  payments: Map<string, { pence: number; group: PaymentGroup }>;
}

/** The groups the decisions' stated payments are placed in, and each decision's group. */
export function paymentGroups(decisions: readonly Payable[]): PaymentGroups {
  const paid: { d: Payable; pence: number }[] = [];
  const bySub = new Map<string, PaymentGroup>();
  const byCategory = new Map<string, PaymentGroup>();
  for (const d of decisions) {
    const pence = statedPaymentPence(d);
    if (pence === null) continue;
    paid.push({ d, pence });
    const sub = groupOf(bySub, subKey(d), () => ({
      group: "subcategory",
      category: d.category,
      subcategory: d.subcategory,
      name: subcategoryName(d),
    }));
    const category = groupOf(byCategory, d.category, () => ({
      group: "category",
      category: d.category,
      subcategory: null,
      name: d.category,
    }));
    sub.pence.push(pence);
    category.pence.push(pence);
  }
  const used = new Set<PaymentGroup>();
  const payments = new Map<string, { pence: number; group: PaymentGroup }>();
  for (const { d, pence } of paid) {
    const sub = bySub.get(subKey(d))!;
    const group = sub.pence.length >= MIN_SUBCATEGORY_PAYMENTS ? sub : byCategory.get(d.category)!;
    used.add(group);
    payments.set(d.slug, { pence, group });
  }
  for (const group of used) group.pence.sort((a, b) => a - b);
  return { groups: [...used], payments };
}

/** The place of each decision's stated payment, by slug; decisions with none have no entry. */
export function paymentPlaces(decisions: readonly Payable[]): Map<string, PaymentPlace> {
  const { payments } = paymentGroups(decisions);
  return new Map([...payments].map(([slug, { pence, group }]) => [slug, placeAmong(group, pence)]));
}

/** Where a payment of `pence`, itself one of the group's, sits among the group's payments; an error if it is not one of them. */
export function placeAmong({ group, name, pence: sorted }: PlacedAmong, pence: number): PaymentPlace {
  const amountGBP = pence / 100;
  const base = sorted.length;
  const of = `stated payments in upheld ${name} decisions in this casebook`;
  const below = lowerBound(sorted, pence);
  if (sorted[below] !== pence)
    throw new Error(`${formatGBP(amountGBP)} is not one of the ${of}: the page and its group's file are of different builds`);
  if (base < MIN_PAYMENTS_TO_COMPARE) {
    const text = `${formatGBP(amountGBP)}: too few ${of} to compare (${base}; at least ${MIN_PAYMENTS_TO_COMPARE} are needed)`;
    return { amountGBP, group, name, base, below: null, same: null, medianGBP: null, text };
  }
  // The others of the same amount: this decision's own is one of those equal to it.
  const same = lowerBound(sorted, pence + 1) - below - 1;
  const medianGBP = Math.round(quantileSorted(sorted, 0.5)!) / 100;
  const sameText = same > 0 ? `, the same as ${formatCount(same)},` : "";
  const text = `${formatGBP(amountGBP)}: more than ${formatCount(below)}${sameText} of the ${formatCount(base)} ${of} (median ${formatGBP(medianGBP)})`;
  return { amountGBP, group, name, base, below, same, medianGBP, text };
}

/** A group's file: its group, name and payments, which a page places its payment among (readPlacedAmong). */
export function placedAmongJson({ group, name, pence }: PlacedAmong): string {
  return JSON.stringify({ group, name, pence });
}

/**
 * A group's file as a page reads it (JSON.parse'd): its group, name and payments in pence, smallest
 * first; or an error saying what is wrong with it.
 */
export function readPlacedAmong(value: unknown): PlacedAmong {
  const v = value as Partial<Record<keyof PlacedAmong, unknown>> | null;
  if (typeof v !== "object" || v === null) throw new Error("a group of payments is an object");
  if (v.group !== "subcategory" && v.group !== "category")
    throw new Error(`a group of payments is a subcategory or a category, not ${String(v.group)}`);
  if (typeof v.name !== "string") throw new Error("a group of payments has a name");
  const pence = v.pence;
  if (!Array.isArray(pence) || !pence.every((p, i) => Number.isInteger(p) && p > 0 && (i === 0 || p >= pence[i - 1])))
    throw new Error("a group's payments are whole numbers of pence, smallest first");
  return { group: v.group, name: v.name, pence };
}

function groupOf(groups: Map<string, PaymentGroup>, key: string, make: () => Omit<PaymentGroup, "pence">): PaymentGroup {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { ...make(), pence: [] }));
  return group;
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
