// The collection, loaded once per build and shared by every page, and the figures computed over
// the whole archive once (not once per page): years, the league table, the remedy ledger.
import { getCollection, type CollectionEntry } from "astro:content";
import { councilNeighbours, groupByFacet, newestFirst, paginate, slugify, type Facet, type Neighbours } from "../lib/casebook.ts";
import { archiveYears, leagueTable, remedyLedger, type BodyRow, type LeagueTable, type LedgerRow } from "../lib/compare.ts";
import type { Decision } from "../lib/decision/schema.ts";
import { byIndexOrder, decisionPageFile, type IndexedPage } from "../lib/index-page.ts";

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
}

let figures: Promise<ArchiveFigures> | undefined;

export function archiveFigures(): Promise<ArchiveFigures> {
  figures ??= allDecisions().then((decisions) => {
    const league = leagueTable(decisions);
    const bodies = new Map([...league.councils, ...league.others].map((row) => [row.name, row]));
    return { years: archiveYears(decisions), league, bodies, ledger: remedyLedger(decisions) };
  });
  return figures;
}

/** One static path per named body, at its page's slug, for the files beside its page (feed, CSV). */
export async function bodyPaths(): Promise<{ params: { slug: string }; props: { row: BodyRow } }[]> {
  const { bodies } = await archiveFigures();
  return [...bodies.values()].map((row) => ({ params: { slug: slugify(row.name) }, props: { row } }));
}

let indexOrder: Promise<CollectionEntry<"decisions">[]> | undefined;

/**
 * The decision entries in the order the search index takes their pages (by decision date, the
 * pages' sort key, then by file: byIndexOrder): the order their pages are built in, so the index
 * can take each page as it is built (src/middleware.ts).
 */
function inIndexOrder(): Promise<CollectionEntry<"decisions">[]> {
  const page = (e: CollectionEntry<"decisions">): IndexedPage => ({ file: decisionPageFile(e.id), key: e.data.decisionDate });
  indexOrder ??= getCollection("decisions").then((entries) => [...entries].sort((a, b) => byIndexOrder(page(a), page(b))));
  return indexOrder;
}

/** The decision pages' files, in the order the search index takes them. */
export async function indexPlan(): Promise<string[]> {
  return (await inIndexOrder()).map((e) => decisionPageFile(e.id));
}

/** One static path per decision: its record, its file (the page renders the body from it) and the same body's decisions either side. */
export async function decisionPaths(): Promise<
  { params: { slug: string }; props: { d: Decision; file: string; neighbours: Neighbours<Decision> } }[]
> {
  const entries = await inIndexOrder();
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
