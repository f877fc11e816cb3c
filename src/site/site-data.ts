// The collection, loaded once per build and shared by every page, and the figures computed over
// the whole archive once (not once per page): years, the league table, the remedy ledger.
import { getCollection } from "astro:content";
import { councilNeighbours, groupByFacet, newestFirst, paginate, slugify, type Facet, type Neighbours } from "../lib/casebook.ts";
import { archiveYears, leagueTable, remedyLedger, type BodyRow, type LeagueTable, type LedgerRow } from "../lib/compare.ts";
import { coverageOf, type Coverage } from "../lib/coverage.ts";
import type { Decision } from "../lib/decision/schema.ts";

let cache: Promise<Decision[]> | undefined;

/** Every decision record, newest first. */
export function allDecisions(): Promise<Decision[]> {
  cache ??= getCollection("decisions").then((entries) => newestFirst(entries.map((e) => e.data)));
  return cache;
}

export interface ArchiveFigures {
  /** Every year from the first decision's to the last's, oldest first. */
  years: string[];
  league: LeagueTable;
  /** Each named body's row of the league table, by name. */
  bodies: Map<string, BodyRow>;
  ledger: LedgerRow[];
  /** What the casebook holds against what the ombudsman has published. */
  coverage: Coverage;
}

let figures: Promise<ArchiveFigures> | undefined;

export function archiveFigures(): Promise<ArchiveFigures> {
  figures ??= allDecisions().then((decisions) => {
    const league = leagueTable(decisions);
    const bodies = new Map([...league.councils, ...league.others].map((row) => [row.name, row]));
    const coverage = coverageOf(decisions.length, decisions[0]?.decisionDate ?? "");
    return { years: archiveYears(decisions), league, bodies, ledger: remedyLedger(decisions), coverage };
  });
  return figures;
}

/** One static path per named body, at its page's slug, for the files beside its page (feed, CSV). */
export async function bodyPaths(): Promise<{ params: { slug: string }; props: { row: BodyRow } }[]> {
  const { bodies } = await archiveFigures();
  return [...bodies.values()].map((row) => ({ params: { slug: slugify(row.name) }, props: { row } }));
}

/** One static path per decision: its record, its file (the page renders the body from it) and the same body's decisions either side. */
export async function decisionPaths(): Promise<
  { params: { slug: string }; props: { d: Decision; file: string; neighbours: Neighbours<Decision> } }[]
> {
  const entries = await getCollection("decisions");
  const neighbours = councilNeighbours(entries.map((e) => e.data));
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { d: entry.data, file: entry.filePath!, neighbours: neighbours.get(entry.data.slug) ?? { previous: null, next: null } },
  }));
}

/** One static path per page of each value of a facet (a council, an outcome, a year): `[slug]/[...page]`. */
export async function facetPagePaths(facet: Facet) {
  return groupByFacet(await allDecisions(), facet).flatMap((group) =>
    paginate(group.decisions).map((page) => ({ params: { slug: group.slug, page: page.param }, props: { group, page } })),
  );
}
