// Pure query helpers over decision records. No Astro imports: the pages stay thin and these
// functions are tested directly against the seed decisions.

import slugifyLib from "@sindresorhus/slugify";
import type { BodyType, ClosureReason, Decision, RemedyKind } from "./decision/schema.ts";
import { formatDate } from "./dates.ts";

export const PAGE_SIZE = 50;

/** URL slug of a facet value: "Children's care services" -> "childrens-care-services". */
export function slugify(value: string): string {
  let slug = slugs.get(value);
  if (slug === undefined) slugs.set(value, (slug = slugifyLib(value, { decamelize: false })));
  return slug;
}
// Facet values repeat across thousands of decisions; slugify itself is comparatively slow.
const slugs = new Map<string, string>();

export function yearOf(decision: Pick<Decision, "decisionDate">): string {
  return decision.decisionDate.slice(0, 4);
}

/** Newest first; ties broken by reference so the order is stable. */
export function compareNewestFirst(a: Decision, b: Decision): number {
  if (a.decisionDate !== b.decisionDate) return a.decisionDate < b.decisionDate ? 1 : -1;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

export function newestFirst<T extends Decision>(decisions: readonly T[]): T[] {
  return [...decisions].sort(compareNewestFirst);
}

export type Facet = "council" | "outcome" | "category" | "year";

export const FACETS: Record<Facet, { path: string; label: string; plural: string }> = {
  council: { path: "councils", label: "Council", plural: "Councils" },
  outcome: { path: "outcomes", label: "Outcome", plural: "Outcomes" },
  category: { path: "categories", label: "Category", plural: "Categories" },
  year: { path: "years", label: "Year", plural: "Years" },
};

/** What the site calls a body whose statement names none: its own entry on the council facet. */
export const BODY_NOT_NAMED = "Body not named";

/** The body complained about as the site shows it. */
export function councilName(decision: Pick<Decision, "council">): string {
  return decision.council ?? BODY_NOT_NAMED;
}

/** "Kent County Council (21 003 813)" */
export function decisionTitle(decision: Pick<Decision, "council" | "reference">): string {
  return `${councilName(decision)} (${decision.reference})`;
}

export function facetValue(decision: Decision, facet: Facet): string {
  return facet === "year" ? yearOf(decision) : facet === "council" ? councilName(decision) : decision[facet];
}

export interface Group<T extends Decision = Decision> {
  /** The value as shown, e.g. "Kent County Council". */
  name: string;
  /** Its URL slug, e.g. "kent-county-council" (the year itself for years). */
  slug: string;
  /** The decisions in the group, newest first. */
  decisions: T[];
}

/** Groups decisions by a key. Groups sort by name (years newest first); members newest first. */
export function groupBy<T extends Decision>(decisions: readonly T[], key: (d: T) => string, order: "name" | "desc" = "name"): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const decision of newestFirst(decisions)) {
    const name = key(decision);
    const slug = slugify(name);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { name, slug, decisions: [] }));
    group.decisions.push(decision);
  }
  const list = [...groups.values()];
  return order === "desc"
    ? list.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    : list.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

export function groupByFacet<T extends Decision>(decisions: readonly T[], facet: Facet): Group<T>[] {
  return groupBy(decisions, (d) => facetValue(d, facet), facet === "year" ? "desc" : "name");
}

export const byCouncil = <T extends Decision>(d: readonly T[]) => groupByFacet(d, "council");
export const byOutcome = <T extends Decision>(d: readonly T[]) => groupByFacet(d, "outcome");
export const byCategory = <T extends Decision>(d: readonly T[]) => groupByFacet(d, "category");
export const byYear = <T extends Decision>(d: readonly T[]) => groupByFacet(d, "year");
export const bySubcategory = <T extends Decision>(d: readonly T[]) => groupBy(d, (x) => x.subcategory);

export function isUpheld(decision: Pick<Decision, "outcome">): boolean {
  return decision.outcome.trim().toLowerCase() === "upheld";
}

export function upheldCount(decisions: readonly Decision[]): number {
  return decisions.filter(isUpheld).length;
}

export function isNotUpheld(decision: Pick<Decision, "outcome">): boolean {
  return decision.outcome.trim().toLowerCase() === "not upheld";
}

/**
 * The share of investigated decisions that were upheld: upheld / (upheld + not upheld), as the
 * Ombudsman counts its uphold rate. Decisions closed without a finding do not count. Null when
 * there is nothing to divide by.
 */
export function upheldShare(decisions: readonly Decision[]): number | null {
  let upheld = 0;
  let investigated = 0;
  for (const d of decisions) {
    if (isUpheld(d)) {
      upheld++;
      investigated++;
    } else if (isNotUpheld(d)) investigated++;
  }
  return investigated === 0 ? null : upheld / investigated;
}

export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** Below this many decisions a share is given as a count ("3 of 4"), not a percentage. */
export const MIN_BASE_FOR_PERCENT = 5;

/** A share with its base: "72% of 58", "3 of 4" below five, "–" of none. */
export function shareOf(part: number, base: number): string {
  if (base === 0) return "–";
  if (base < MIN_BASE_FOR_PERCENT) return `${part} of ${base}`;
  return `${Math.round((part / base) * 100)}% of ${base.toLocaleString("en-GB")}`;
}

/** How many decisions the upheld share is taken over: those upheld or not upheld. */
export function investigatedCount(decisions: readonly Decision[]): number {
  return decisions.filter((d) => isUpheld(d) || isNotUpheld(d)).length;
}

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

/** A decision's payments: how many it agreed, and the amounts of those that state one. */
export function paymentsOf(decision: Pick<Decision, "remedies">): { count: number; stated: number[] } {
  const payments = decision.remedies.filter((r) => r.kind === "payment");
  return { count: payments.length, stated: payments.flatMap((r) => (r.amountGBP === undefined ? [] : [r.amountGBP])) };
}

/** Amounts in pounds summed in pence, so that £100.10 and £200.20 make £300.30 exactly. */
export function inPence(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0);
}

/**
 * Payment figures in words, with their base: "£1,250 stated in 4 of 9 upheld decisions; 2 more
 * payments with no amount stated", "3 payments agreed, no amount stated (in 5 upheld decisions)".
 */
export function describePayments(f: PaymentFigures): { figure: string; base: string } {
  const upheld = `${f.base.toLocaleString("en-GB")} upheld ${f.base === 1 ? "decision" : "decisions"} whose remedies are known`;
  const payments = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "payment" : "payments"}`;
  if (f.base === 0) return { figure: "No payments known", base: "no upheld decision has its remedies known in full" };
  if (f.withAmount === 0) {
    if (f.noAmount === 0) return { figure: "No payments", base: `in ${upheld}` };
    return { figure: `${payments(f.noAmount)} agreed, no amount stated`, base: `in ${upheld}` };
  }
  const more = f.noAmount > 0 ? `; ${f.noAmount.toLocaleString("en-GB")} more with no amount stated` : "";
  return { figure: `${formatGBP(f.stated)} stated`, base: `in ${f.withAmount.toLocaleString("en-GB")} of ${upheld}${more}` };
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

export const REMEDY_LABELS: Record<RemedyKind, string> = {
  apology: "Apology",
  payment: "Payment",
  "service-improvement": "Service improvement",
  other: "Other action",
};

/** Why a complaint was not investigated, in plain words. */
export const CLOSURE_LABELS: Record<ClosureReason, string> = {
  late: "Complained too late",
  "tribunal-or-court": "A tribunal, appeal or court could decide it",
  "no-worthwhile-outcome": "Investigating would achieve nothing worthwhile",
  "insufficient-injustice": "Not enough injustice to the complainant",
  "no-fault-evident": "No sign of fault to justify investigating",
  "not-in-jurisdiction": "Outside what the Ombudsman can investigate",
  premature: "The body's own complaints procedure was not finished",
  other: "Another reason",
};

export const BODY_TYPE_LABELS: Record<BodyType, string> = {
  council: "Council",
  "care-provider": "Care provider",
  nhs: "NHS body",
  school: "School",
  other: "Other body",
};

/** Whether fault was found, as the search filters by it; null where the statement does not say. */
export function faultLabel(decision: Pick<Decision, "faultFound">): string | null {
  return decision.faultFound === null ? null : decision.faultFound ? "Fault found" : "No fault found";
}

/** A yes/no finding as the site shows it: null is what an excerpt does not say. */
export function findingLabel(value: boolean | null): string {
  return value === null ? "Not in this excerpt" : value ? "Yes" : "No";
}

export interface Totals {
  decisions: number;
  /** Distinct councils (body type council), not care providers, NHS bodies or schools. */
  councils: number;
  /** Distinct bodies of any kind that a statement names. */
  bodies: number;
  upheldShare: number | null;
  investigated: number;
  payments: PaymentFigures;
  /** Decisions whose text is an excerpt that stops before the statement's end. */
  excerpts: number;
}

export function totals(decisions: readonly Decision[]): Totals {
  const named = decisions.filter((d) => d.council !== null);
  return {
    decisions: decisions.length,
    councils: new Set(named.filter((d) => d.bodyType === "council").map((d) => d.council)).size,
    bodies: new Set(named.map((d) => d.council)).size,
    upheldShare: upheldShare(decisions),
    investigated: investigatedCount(decisions),
    payments: paymentFigures(decisions),
    excerpts: decisions.filter((d) => !d.complete).length,
  };
}

/** Counts per value, in the order given by groupByFacet. */
export function counts(decisions: readonly Decision[], facet: Facet): { name: string; slug: string; count: number }[] {
  return groupByFacet(decisions, facet).map((g) => ({ name: g.name, slug: g.slug, count: g.decisions.length }));
}

export interface Neighbours<T> {
  /** The council's decision before this one in time (older). */
  previous: T | null;
  /** The council's decision after this one in time (newer). */
  next: T | null;
}

/** Earlier and later decisions of the same council, for every decision, keyed by slug. O(n log n). */
export function councilNeighbours<T extends Decision>(decisions: readonly T[]): Map<string, Neighbours<T>> {
  const result = new Map<string, Neighbours<T>>();
  for (const group of byCouncil(decisions)) {
    // Statements that name no body are not one body's decisions.
    if (group.name === BODY_NOT_NAMED) continue;
    const list = group.decisions; // newest first
    list.forEach((d, i) => result.set(d.slug, { previous: list[i + 1] ?? null, next: list[i - 1] ?? null }));
  }
  return result;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  total: number;
  /** The URL segment of this page: undefined for page 1, "2" for page 2... */
  param: string | undefined;
}

/** Splits a list into pages of PAGE_SIZE; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    param: i === 0 ? undefined : String(i + 1),
  }));
}

/**
 * How to cite a decision in a letter or a complaint: "Local Government and Social Care Ombudsman,
 * decision 21 003 813 (Kent County Council), 31 March 2022".
 */
export function citeAs(decision: Pick<Decision, "council" | "reference" | "decisionDate">): string {
  const body = decision.council === null ? "" : ` (${decision.council})`;
  return `Local Government and Social Care Ombudsman, decision ${decision.reference}${body}, ${formatDate(decision.decisionDate)}`;
}

/** A decision's short title with its date, for lists and feeds: "Kent County Council (21 003 813), 31 March 2022" */
export function citation(decision: Pick<Decision, "council" | "reference" | "decisionDate">): string {
  return `${decisionTitle(decision)}, ${formatDate(decision.decisionDate)}`;
}
