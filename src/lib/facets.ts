// Decisions grouped and ordered for the index pages: facets and their values' slugs, newest
// first, and a body's decisions either side of one.

import slugifyLib from "@sindresorhus/slugify";
import type { Decision } from "./decision/schema.ts";
import { BODY_NOT_NAMED, councilName } from "./citation.ts";

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
