// The decisions, loaded once per build and shared by every page, the figures computed over the
// whole archive once (not once per page): years, the league table, the remedy ledger; and the
// paths of the routes, each file kept from the last build while what it shows is unchanged.
import {
  byCategory,
  bySubcategory,
  councilNeighbours,
  FACETS,
  groupByFacet,
  newestFirst,
  slugify,
  type Facet,
  type Neighbours,
} from "../lib/facets.ts";
import { archiveYears, leagueTable, remedyLedger, type BodyRow, type LeagueTable, type LedgerRow } from "../lib/compare.ts";
import { coverageOf, type Coverage } from "../lib/coverage.ts";
import type { Decision } from "../lib/decision/schema.ts";
import { paymentGroups, placeAmong, type PaymentGroup, type PaymentGroups, type PaymentPlace } from "../lib/payment-place.ts";
import { relatedDecisions, type Likeness } from "../lib/related.ts";
import { relatedHtml } from "../lib/related-html.ts";
import { decisionPageFile } from "../lib/index-page.ts";
import { listPages, type ListPage } from "../lib/list-pages.ts";
import { loadDecisionSources } from "./decision-files.ts";
import { pathsToRender } from "./page-cache-session.ts";
import { decisionUrl, paymentGroupFile, url } from "./urls.ts";

/**
 * Once per build: what `make` gives is shared by every page. The dev server makes it again each
 * time it is asked, so it shows the decision files as they are now.
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

/** Every decision file's record, file and digest (decision-files.ts), by file name. */
const sources = once(loadDecisionSources);

/** Every decision record, newest first. */
export const allDecisions = once(async () => newestFirst((await sources()).map((s) => s.decision)));

/**
 * Each decision file's digest by slug: a hash of its text. It stands for the record, and the
 * body, in the page cache's keys.
 */
const decisionDigests = once(async () => new Map((await sources()).map((s) => [s.decision.slug, s.digest])));

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

export const archiveFigures = once(async (): Promise<ArchiveFigures> => {
  const decisions = await allDecisions();
  const league = leagueTable(decisions);
  const bodies = new Map([...league.councils, ...league.others].map((row) => [row.name, row]));
  const coverage = coverageOf(decisions.length, decisions[0]?.decisionDate ?? "");
  return { years: archiveYears(decisions), league, bodies, ledger: remedyLedger(decisions), coverage };
});

export interface DecisionLikeness {
  /** Each decision's related decisions and joint parts, by slug. */
  related: Map<string, Likeness<Decision>>;
  /** The groups the stated payments are placed in, and each decision's payment and group. */
  payments: PaymentGroups;
}

/** Decisions like each one and the groups of stated payments, computed once over the whole casebook. */
export const decisionLikeness = once(async (): Promise<DecisionLikeness> => {
  const decisions = await allDecisions();
  return { related: relatedDecisions(decisions), payments: paymentGroups(decisions) };
});

/** A decision's related decisions and joint parts; none listed when it has none. */
function relatedOf(figures: DecisionLikeness, slug: string): Likeness<Decision> {
  return figures.related.get(slug) ?? { related: [], jointParts: [] };
}

/** What a decision's record in decisions.json says of the decisions like it, and where its payment sits. */
export function likenessOf(figures: DecisionLikeness, slug: string): { likeness: Likeness<Decision>; place: PaymentPlace | null } {
  const payment = figures.payments.payments.get(slug);
  return { likeness: relatedOf(figures, slug), place: payment ? placeAmong(payment.group, payment.pence) : null };
}

/** A decision's stated payment, in pence, and the address of its group's file; null without one. */
export interface PaymentToPlace {
  pence: number;
  among: string;
}

/**
 * One static path per group of stated payments, at its category's `slug` (and its subcategory's
 * `sub`): the file a decision's page places its payment from. Each is kept while its group's
 * payments are unchanged.
 */
export async function paymentGroupPaths(): Promise<{
  categories: { params: { slug: string }; props: { group: PaymentGroup } }[];
  subcategories: { params: { slug: string; sub: string }; props: { group: PaymentGroup } }[];
}> {
  const { groups } = (await decisionLikeness()).payments;
  const fileOf = (p: { props: { group: PaymentGroup } }) => paymentGroupFile(p.props.group);
  const categories = groups.flatMap((group) =>
    group.subcategory === null ? [{ params: { slug: slugify(group.category) }, props: { group } }] : [],
  );
  const subcategories = groups.flatMap((group) =>
    group.subcategory === null ? [] : [{ params: { slug: slugify(group.category), sub: slugify(group.subcategory) }, props: { group } }],
  );
  return {
    categories: await pathsToBuild("category payment files", categories, fileOf),
    subcategories: await pathsToBuild("subcategory payment files", subcategories, fileOf),
  };
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
 * body's decisions either side, its related section and its payment to place; in a build, only
 * those whose page in the output folder cannot be kept (pathsToBuild).
 */
export async function decisionPaths(): Promise<
  {
    params: { slug: string };
    props: { d: Decision; file: string; neighbours: Neighbours<Decision>; related: string; payment: PaymentToPlace | null };
  }[]
> {
  const entries = await sources();
  const neighbours = councilNeighbours(entries.map((e) => e.decision));
  const figures = await decisionLikeness();
  const links = { decision: decisionUrl, howChosen: url("about/#related") };
  const paths = entries.map(({ decision, file }) => {
    const payment = figures.payments.payments.get(decision.slug);
    return {
      params: { slug: decision.slug },
      props: {
        d: decision,
        file,
        neighbours: neighbours.get(decision.slug) ?? { previous: null, next: null },
        // Written here, so that a page's key holds what the section shows and not the scores behind it.
        related: relatedHtml(relatedOf(figures, decision.slug), links),
        // The payment and its group's file, not its place: a payment added to the group changes the file, not this page.
        payment: payment ? { pence: payment.pence, among: url(paymentGroupFile(payment.group)) } : null,
      },
    };
  });
  // A page reads its body from its file: the file's digest, standing for the record d in the key, covers the body too.
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

/** A list page's file under the output folder: "councils/kent-county-council/2/index.html". */
const pageFile = (folder: string, page: string | undefined) => `${folder}/${page === undefined ? "" : `${page}/`}index.html`;

/**
 * The static paths of the pages of a list of decisions (list-pages.ts), `[...page]` beside
 * `params`: each page's props are `shared` and the page, and the front page's `front` besides,
 * so an older page's props, and so its file, change only with its own decisions.
 */
function listPaths<P extends object, S extends object, F extends object>(decisions: Decision[], params: P, shared: S, front: F) {
  return listPages(decisions).map((page) => ({
    params: { ...params, page: page.number === "front" ? undefined : String(page.number) },
    props: (page.number === "front" ? { ...shared, page, ...front } : { ...shared, page }) as S & Partial<F> & { page: ListPage<Decision> },
  }));
}

/** The pages of every decision: `decisions/[...page]`, kept as the pages of a facet value are. */
export async function decisionListPaths() {
  const decisions = await allDecisions();
  return pathsToBuild("decision list pages", listPaths(decisions, {}, {}, { decisions }), (p) => pageFile("decisions", p.params.page));
}

/**
 * The pages of each value of a facet (a council, an outcome, a category, a year):
 * `[slug]/[...page]`. The front page of each is also given the value's decisions and the
 * archive's years, for its figures and year chart. A page shows its props alone, so one whose
 * props are unchanged is kept from the last build.
 */
export async function facetPagePaths(facet: Facet) {
  const { years } = await archiveFigures();
  const paths = groupByFacet(await allDecisions(), facet).flatMap((group) =>
    listPaths(group.decisions, { slug: group.slug }, { name: group.name }, { decisions: group.decisions, archiveYears: years }),
  );
  return pathsToBuild(`${facet} pages`, paths, (p) => pageFile(`${FACETS[facet].path}/${p.params.slug}`, p.params.page));
}

/** A council's figures on its front page: its row of the league table, the figure all councils give, and what the casebook holds. */
export interface CouncilProfile {
  row: BodyRow;
  national: LeagueTable["national"];
  coverage: Coverage;
}

/**
 * The pages of each council, as facetPagePaths; each says whether the body has a row of the league
 * table (and so a feed), and a named body's front page is also given its profile.
 */
export async function councilPagePaths() {
  const { bodies, league, coverage, years } = await archiveFigures();
  const paths = groupByFacet(await allDecisions(), "council").flatMap((group) => {
    const row = bodies.get(group.name);
    const profile: CouncilProfile | null = row ? { row, national: league.national, coverage } : null;
    return listPaths(
      group.decisions,
      { slug: group.slug },
      { name: group.name, slug: group.slug, hasFeed: row !== undefined },
      { decisions: group.decisions, archiveYears: years, profile },
    );
  });
  return pathsToBuild("council pages", paths, (p) => pageFile(`councils/${p.params.slug}`, p.params.page));
}

/** The pages of each subcategory: `categories/[slug]/[sub]/[...page]`, kept as facetPagePaths's. */
export async function subcategoryPagePaths() {
  const { years } = await archiveFigures();
  const paths = byCategory(await allDecisions()).flatMap((category) =>
    bySubcategory(category.decisions).flatMap((sub) =>
      listPaths(
        sub.decisions,
        { slug: category.slug, sub: sub.slug },
        { category: category.name, sub: sub.name },
        { decisions: sub.decisions, archiveYears: years },
      ),
    ),
  );
  return pathsToBuild("subcategory pages", paths, (p) => pageFile(`categories/${p.params.slug}/${p.params.sub}`, p.params.page));
}
