// Pure query helpers over decision records. No Astro imports: the pages stay thin and these
// functions are tested directly against the seed decisions.

import slugifyLib from "@sindresorhus/slugify";
import type { Decision, RemedyKind } from "./decision/schema.ts";
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

export function facetValue(decision: Decision, facet: Facet): string {
  return facet === "year" ? yearOf(decision) : decision[facet];
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

export function paymentTotal(decisions: readonly Decision[]): number {
  return decisions.reduce((sum, d) => sum + d.paymentTotalGBP, 0);
}

const GBP_WHOLE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const GBP_PENCE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** "£1,200", or "£150.50" when there are pence. */
export function formatGBP(amount: number): string {
  return Number.isInteger(amount) ? GBP_WHOLE.format(amount) : GBP_PENCE.format(amount);
}

/** How many decisions agreed each kind of remedy (a decision counts once per kind). */
export function remedyCounts(decisions: readonly Decision[]): Record<RemedyKind, number> {
  const counts: Record<RemedyKind, number> = { apology: 0, payment: 0, "service-improvement": 0, other: 0 };
  for (const d of decisions) for (const kind of remedyKinds(d)) counts[kind]++;
  return counts;
}

export function remedyKinds(decision: Pick<Decision, "remedies">): RemedyKind[] {
  return [...new Set(decision.remedies.map((r) => r.kind))];
}

export const REMEDY_LABELS: Record<RemedyKind, string> = {
  apology: "Apology",
  payment: "Payment",
  "service-improvement": "Service improvement",
  other: "Other action",
};

export interface Totals {
  decisions: number;
  councils: number;
  upheldShare: number | null;
  payments: number;
}

export function totals(decisions: readonly Decision[]): Totals {
  return {
    decisions: decisions.length,
    councils: new Set(decisions.map((d) => d.council)).size,
    upheldShare: upheldShare(decisions),
    payments: paymentTotal(decisions),
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
    const list = group.decisions; // newest first
    list.forEach((d, i) => result.set(d.slug, { previous: list[i + 1] ?? null, next: list[i - 1] ?? null }));
  }
  return result;
}

/** Same as councilNeighbours for one decision. */
export function neighboursOf<T extends Decision>(decisions: readonly T[], slug: string): Neighbours<T> {
  return councilNeighbours(decisions).get(slug) ?? { previous: null, next: null };
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

/** "Kent County Council (21 003 813), 31 March 2022" */
export function citation(decision: Pick<Decision, "council" | "reference" | "decisionDate">): string {
  return `${decision.council} (${decision.reference}), ${formatDate(decision.decisionDate)}`;
}

export function legislationUrl(title: string): string {
  return `https://www.legislation.gov.uk/all?title=${encodeURIComponent(title)}`;
}

/** The fields of a record for JSON/CSV export: everything but the body. */
export const CSV_COLUMNS = [
  "reference", "slug", "council", "category", "subcategory", "outcome", "decisionDate", "summary", "complainant",
  "faultFound", "injustice", "paragraphCount", "paymentTotalGBP", "remedyKinds", "remedies", "faults", "legislation", "sections", "officialUrl", "url",
] as const;

/** Neutralises spreadsheet formulas: a cell starting with = + - @ (or tab/CR) gets a leading quote. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `url`: the decision's page on this site (absolute), empty when not given. */
export function csvRow(d: Decision, url = ""): string[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    reference: d.reference,
    slug: d.slug,
    council: d.council,
    category: d.category,
    subcategory: d.subcategory,
    outcome: d.outcome,
    decisionDate: d.decisionDate,
    summary: d.summary,
    complainant: d.complainant ?? "",
    faultFound: String(d.faultFound),
    injustice: String(d.injustice),
    paragraphCount: String(d.paragraphCount),
    paymentTotalGBP: String(d.paymentTotalGBP),
    remedyKinds: remedyKinds(d).join("; "),
    remedies: d.remedies.map((r) => (r.amountGBP === undefined ? `${r.kind}: ${r.text}` : `${r.kind} (£${r.amountGBP}): ${r.text}`)).join(" | "),
    faults: d.faults.map((f) => `p${f.paragraph}: ${f.text}`).join(" | "),
    legislation: d.legislation.map((l) => (l.sections.length ? `${l.title} s. ${l.sections.join(", ")}` : l.title)).join("; "),
    sections: d.sections.join("; "),
    officialUrl: d.officialUrl,
    url,
  };
  return CSV_COLUMNS.map((c) => safeCell(cells[c]));
}
