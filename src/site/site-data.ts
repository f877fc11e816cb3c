// The collection, loaded once per build and shared by every page, and the figures computed over
// the whole archive once (not once per page): years, the league table, the remedy ledger.
import type { PaginateFunction } from "astro";
import { getCollection } from "astro:content";
import {
  byCategory,
  bySubcategory,
  councilNeighbours,
  groupByFacet,
  newestFirst,
  PAGE_SIZE,
  slugify,
  type Facet,
  type Neighbours,
} from "../lib/facets.ts";
import { archiveYears, leagueTable, remedyLedger, type BodyRow, type LeagueTable, type LedgerRow } from "../lib/compare.ts";
import { coverageOf, type Coverage } from "../lib/coverage.ts";
import type { Decision } from "../lib/decision/schema.ts";
import { paymentPlaces, type PaymentPlace } from "../lib/payment-place.ts";
import { relatedDecisions, type Likeness } from "../lib/related.ts";
import { relatedHtml } from "../lib/related-html.ts";
import { decisionPageFile } from "../lib/index-page.ts";
import { pathsToRender } from "./page-cache-session.ts";
import { decisionUrl, url } from "./urls.ts";

let cache: Promise<Decision[]> | undefined;

/** Every decision record, newest first. */
export function allDecisions(): Promise<Decision[]> {
  cache ??= getCollection("decisions").then((entries) => newestFirst(entries.map((e) => e.data)));
  return cache;
}

let digests: Promise<Map<string, string | undefined>> | undefined;

/**
 * Each decision file's digest by slug: a hash of its text, which Astro's store keeps with each
 * entry (decisionLoader in content.config.ts). It stands for the record, and the body, in the page
 * cache's keys.
 */
function decisionDigests(): Promise<Map<string, string | undefined>> {
  digests ??= getCollection("decisions").then(
    (entries) => new Map(entries.map((e) => [e.id, (e as { digest?: string | number }).digest?.toString()])),
  );
  return digests;
}

/**
 * The paths of a route whose files are a function of their props alone (and of the code and the
 * site's settings): in a build, only those whose file in the output folder cannot be kept
 * (page-cache-session.ts). `route` names the files in the build's log; `fileOf` gives a path's
 * file under the output folder.
 */
export async function pathsToBuild<P extends { props: unknown }>(route: string, paths: P[], fileOf: (p: P) => string): Promise<P[]> {
  const digestOf = await decisionDigests();
  return pathsToRender(route, paths, fileOf, (slug) => digestOf.get(slug));
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

export interface DecisionLikeness {
  /** Each decision's related decisions and joint parts, by slug. */
  related: Map<string, Likeness<Decision>>;
  /** Where each decision's stated payment sits, by slug; none for a decision without one. */
  places: Map<string, PaymentPlace>;
}

let likeness: Promise<DecisionLikeness> | undefined;

/** Decisions like each one and where each payment sits, computed once over the whole casebook. */
export function decisionLikeness(): Promise<DecisionLikeness> {
  likeness ??= allDecisions().then((decisions) => ({ related: relatedDecisions(decisions), places: paymentPlaces(decisions) }));
  return likeness;
}

/** What a decision's page and its record in decisions.json say of the decisions like it. */
export function likenessOf(figures: DecisionLikeness, slug: string): { likeness: Likeness<Decision>; place: PaymentPlace | null } {
  return { likeness: figures.related.get(slug) ?? { related: [], jointParts: [] }, place: figures.places.get(slug) ?? null };
}

/**
 * One static path per named body, at its page's slug, for a file beside its page (its feed, its
 * CSV): its name and its decisions, newest first, which is all such a file shows, so the file is
 * kept while the body's decisions are unchanged. `file` names the file ("feed.xml"), `route` what
 * the files are called in the build's log.
 */
export async function bodyFilePaths(
  route: string,
  file: string,
): Promise<{ params: { slug: string }; props: { name: string; decisions: Decision[] } }[]> {
  const { bodies } = await archiveFigures();
  const paths = [...bodies.values()].map((row) => ({
    params: { slug: slugify(row.name) },
    props: { name: row.name, decisions: row.decisions },
  }));
  return pathsToBuild(route, paths, (p) => `councils/${p.params.slug}/${file}`);
}

/**
 * One static path per decision: its record, its file (the page renders the body from it), the same
 * body's decisions either side, its related section and where its payment sits; in a build, only
 * those whose page in the output folder cannot be kept (pathsToBuild).
 */
export async function decisionPaths(): Promise<
  {
    params: { slug: string };
    props: { d: Decision; file: string; neighbours: Neighbours<Decision>; related: string; place: PaymentPlace | null };
  }[]
> {
  const entries = await getCollection("decisions");
  const neighbours = councilNeighbours(entries.map((e) => e.data));
  const figures = await decisionLikeness();
  const links = { decision: decisionUrl, howChosen: url("about/#related") };
  const paths = entries.map((entry) => {
    const { likeness, place } = likenessOf(figures, entry.data.slug);
    return {
      params: { slug: entry.id },
      props: {
        d: entry.data,
        file: entry.filePath!,
        neighbours: neighbours.get(entry.data.slug) ?? { previous: null, next: null },
        // Written here, so that a page's key holds what the section shows and not the scores behind it.
        related: relatedHtml(likeness, links),
        place,
      },
    };
  });
  // A page reads its body from its file, so its key needs the file's digest: without one, every page is rendered.
  const digestOf = await decisionDigests();
  if (entries.some((e) => digestOf.get(e.id) === undefined)) return paths;
  return pathsToBuild("decision pages", paths, (p) => decisionPageFile(p.params.slug));
}

/** A topic's feed: its decisions newest first, its title, and its page's path under the base ("categories/housing/"). */
export interface TopicFeed {
  title: string;
  page: string;
  decisions: Decision[];
}

/**
 * One static path per category's feed, `[slug]`, and per subcategory's, `[slug]/[sub]`. A feed
 * shows its topic's title and decisions alone, so it is kept while they are unchanged.
 */
export async function categoryFeedPaths(): Promise<{
  categories: { params: { slug: string }; props: { feed: TopicFeed } }[];
  subcategories: { params: { slug: string; sub: string }; props: { feed: TopicFeed } }[];
}> {
  const categories = byCategory(await allDecisions());
  const feedFile = (p: { props: { feed: TopicFeed } }) => `${p.props.feed.page}feed.xml`;
  return {
    categories: await pathsToBuild(
      "category feeds",
      categories.map((c) => ({
        params: { slug: c.slug },
        props: { feed: { title: c.name, page: `categories/${c.slug}/`, decisions: c.decisions } },
      })),
      feedFile,
    ),
    subcategories: await pathsToBuild(
      "subcategory feeds",
      categories.flatMap((c) =>
        bySubcategory(c.decisions).map((s) => ({
          params: { slug: c.slug, sub: s.slug },
          props: { feed: { title: `${c.name} › ${s.name}`, page: `categories/${c.slug}/${s.slug}/`, decisions: s.decisions } },
        })),
      ),
      feedFile,
    ),
  };
}

/** One static path per page of each value of a facet (a council, an outcome, a category, a year): `[slug]/[...page]`, PAGE_SIZE a page. */
export async function facetPagePaths(facet: Facet, paginate: PaginateFunction) {
  return groupByFacet(await allDecisions(), facet).flatMap((group) =>
    paginate(group.decisions, { pageSize: PAGE_SIZE, params: { slug: group.slug }, props: { group } }),
  );
}

/** One static path per page of each subcategory: `categories/[slug]/[sub]/[...page]`, PAGE_SIZE a page. */
export async function subcategoryPagePaths(paginate: PaginateFunction) {
  return byCategory(await allDecisions()).flatMap((category) =>
    bySubcategory(category.decisions).flatMap((sub) =>
      paginate(sub.decisions, { pageSize: PAGE_SIZE, params: { slug: category.slug, sub: sub.slug }, props: { category, sub } }),
    ),
  );
}
