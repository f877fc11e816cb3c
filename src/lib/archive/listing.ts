// The ombudsman's public listings of decisions. The search,
// GET /Decisions/SearchResults?fd=YYYY-MM-DD&td=YYYY-MM-DD&page=N, ten results a page, saying
// "Your search has N results"; and, where the search does not answer, each category's listing,
// GET /decisions/{category}?page=N, newest first, ten a page. Each result links to
// /decisions/{category}/{subcategory}/{NN-NNN-NNN}. Only that text and those links are relied on;
// outcome, category and date are read where shown.

import type { AnyNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { isIsoDate } from "../dates.ts";
import { pushTo } from "../multimap.ts";
import type { Window } from "./windows.ts";

export const LISTING_PAGE_SIZE = 10;

export interface ListedDecision {
  /** "21 018 990" */
  reference: string;
  /** The decision page's path: /decisions/{category}/{subcategory}/{NN-NNN-NNN}. */
  path: string;
  /** The link's text, "Body name (NN NNN NNN)". */
  title: string;
  outcome: string | null;
  category: string | null;
  /** YYYY-MM-DD */
  date: string | null;
}

export interface ListingPage {
  total: number;
  decisions: ListedDecision[];
}

/** The listing no longer looks as this code expects: better to stop than to save an empty archive. */
export class ListingChangedError extends Error {
  constructor(address: string, what: string) {
    super(`the listing's markup has changed: ${address}: ${what}; npm run fetch needs updating to read it (src/lib/archive/listing.ts)`);
    this.name = "ListingChangedError";
  }
}

const COUNT = /\bYour search has\s+(\d[\d,]*)\s+results?\b/i;
const DECISION_PATH = /^\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/(\d{2})-(\d{3})-(\d{3}[a-z]?)\/?$/i;
const TITLED = /\(\d{2} \d{3} \d{3}[a-z]?\)$/;
const OUTCOME =
  /\b(Not upheld|Upheld|Closed after initial enquiries|Withdrawn|Advice given|Referred back for local resolution|Premature|Incomplete\/Invalid|Not investigated)\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})[ -/](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ -/](\d{4})\b/i;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NOT_TEXT = new Set(["script", "style", "noscript", "template"]);
const WHITESPACE = /\s+/g;

/** The categories whose listings hold every decision, as their paths name them. */
export const CATEGORIES = [
  "adult-care-services",
  "children-s-care-services",
  "benefits-and-tax",
  "education",
  "environment-and-regulation",
  "housing",
  "transport-and-highways",
  "planning",
  "other-categories",
  "health",
] as const;

export function categoryPath(category: string, page: number): string {
  return `/decisions/${category}?page=${page}`;
}

export function listingPath(window: Window, page: number): string {
  return `/Decisions/SearchResults?fd=${window.from}&td=${window.to}&page=${page}`;
}

/** How many pages hold `total` results, given how many the first page showed. */
export function pageCount(total: number, firstPageSize: number): number {
  if (total === 0) return 1;
  const size = total > firstPageSize && firstPageSize > 0 ? firstPageSize : LISTING_PAGE_SIZE;
  return Math.ceil(total / size);
}

/**
 * Reads one page of the listing at `address`, page `page` of its window. Throws ListingChangedError
 * when the page has no result count, or a count that says this page should hold results and no
 * links to decisions.
 */
export function parseListing(html: string, address: string, page: number): ListingPage {
  const document = parseDocument(html);
  const count = COUNT.exec(collapse(textOf(document.children)));
  if (!count) throw new ListingChangedError(address, `no "Your search has N results" on the page`);
  const total = Number(count[1]!.replaceAll(",", ""));
  const decisions = readResults(document.children, address);
  if (decisions.length === 0 && total > (page - 1) * LISTING_PAGE_SIZE) {
    throw new ListingChangedError(
      address,
      `it says "Your search has ${total} results" but links to no /decisions/{category}/{subcategory}/{NN-NNN-NNN} page`,
    );
  }
  return { total, decisions };
}

/** The decisions one page of a category's listing links to: none past its last page. */
export function parseCategoryPage(html: string, address: string): ListedDecision[] {
  return readResults(parseDocument(html).children, address);
}

/** Each decision a listing page links to, once, with what its result says of it. */
function readResults(nodes: readonly AnyNode[], address: string): ListedDecision[] {
  const anchors = new Map<string, Element[]>();
  const paths = new Map<string, string>();
  const under = new Map<Element, string>();
  visitElements(nodes, (element) => {
    if (element.name !== "a" || !element.attribs["href"]) return;
    const path = decisionPath(element.attribs["href"], address);
    if (!path) return;
    const reference = referenceOf(path);
    pushTo(anchors, reference, element);
    if (!paths.has(reference)) paths.set(reference, path);
    markAncestors(element, reference, under);
  });
  return [...anchors].map(([reference, links]): ListedDecision => {
    const texts = links.map((a) => collapse(textOf(a.children)));
    const title = texts.find((t) => TITLED.test(t)) ?? texts.find((t) => t !== "") ?? reference;
    const fields = readFields(resultOf(links[0]!, reference, under));
    return { reference, path: paths.get(reference)!, title, ...fields };
  });
}

/** What `under` holds for an element whose links go to more than one decision. */
const SEVERAL = "";

/**
 * Records in `under`, for each element around a link to decision `reference`, the one decision
 * its links go to, or SEVERAL. Climbing stops where nothing changes, so a page's links cost, all
 * told, a few steps for each element (each changes at most twice).
 */
function markAncestors(link: Element, reference: string, under: Map<Element, string>): void {
  for (let node = link.parent; node && node.type === "tag"; node = node.parent) {
    const element = node as Element;
    const known = under.get(element);
    if (known === reference || known === SEVERAL) return;
    under.set(element, known === undefined ? reference : SEVERAL);
  }
}

function decisionPath(href: string, address: string): string | null {
  if (!URL.canParse(href, address)) return null;
  const { pathname } = new URL(href, address);
  return DECISION_PATH.test(pathname) ? pathname.replace(/\/$/, "") : null;
}

function referenceOf(decisionPath: string): string {
  const match = DECISION_PATH.exec(decisionPath)!;
  return `${match[1]} ${match[2]} ${match[3]!.toLowerCase()}`;
}

/** The largest element around a result's link that holds no other decision: the result's own box. */
function resultOf(link: Element, reference: string, under: ReadonlyMap<Element, string>): Element {
  let box = link;
  while (box.parent && box.parent.type === "tag" && under.get(box.parent as Element) === reference) box = box.parent as Element;
  return box;
}

/** Outcome, category and date from label/value pairs in the result, else from its text. */
function readFields(box: Element): Pick<ListedDecision, "outcome" | "category" | "date"> {
  const pairs = new Map<string, string>();
  let label: string | null = null;
  visitElements(box.children, (element) => {
    const classes = ` ${element.attribs["class"] ?? ""} `;
    if (classes.includes(" label ") || element.name === "dt") label = collapse(textOf(element.children)).replace(/\s*:$/, "").toLowerCase();
    else if ((classes.includes(" value ") || element.name === "dd") && label !== null && !pairs.has(label))
      pairs.set(label, collapse(textOf(element.children)));
  });
  const text = collapse(textOf(box.children));
  const outcome = pairs.get("decision") ?? pairs.get("outcome") ?? OUTCOME.exec(text)?.[1] ?? null;
  const category = pairs.get("category") ?? pairs.get("subcategory") ?? null;
  const date = readDate(pairs.get("decision date") ?? pairs.get("date") ?? text);
  return { outcome: outcome || null, category: category || null, date };
}

/** A date as the listing prints it ("06 Sep 2022", "06-Sep-2022", "2022-09-06") as YYYY-MM-DD. */
export function readDate(text: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const [year, month, day] = dmy
    ? [Number(dmy[3]), MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, Number(dmy[1])]
    : (ISO.exec(text)?.slice(1).map(Number) ?? []);
  if (year === undefined || month === undefined || day === undefined) return null;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

function visitElements(nodes: readonly AnyNode[], visit: (element: Element) => void): void {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag") continue;
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function textOf(nodes: readonly AnyNode[]): string {
  let text = "";
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text") text += node.data;
    else if (node.type === "tag" && !NOT_TEXT.has(node.name)) {
      text += " ";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return text;
}

function collapse(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}
