// The search page's query rules, pure so they can be tested without a browser: what a reference
// looks like as people type it, which matched words count as the word searched for (Pagefind
// falls back to the longest indexed prefix of an unknown word), which real word to offer for one
// that matches nothing, stop words, the URL's state, and what a state searches: the newest shards
// or every decision, the filters Pagefind is given, the searches that count the filter options,
// and the decision a reference names.

import { countOf, formatCount } from "./count-words.ts";
import { distance } from "fastest-levenshtein";

/** A reference as people type it: "21 003 813", "21-003-813", "21003813", "21/003/813", with a joint decision's part ("17 010 997b"). */
const REFERENCE = /(?<!\d)(\d{2})[\s\-/.]?(\d{3})[\s\-/.]?(\d{3})(?:\s?([a-z]))?(?![\p{L}\p{N}])/giu;

/** A query that is a reference and nothing else, as the slug "21-003-813" ("17-010-997b" for a part); null otherwise. */
export function referenceSlug(query: string): string | null {
  const m = new RegExp(`^\\s*${REFERENCE.source}\\s*$`, "iu").exec(query);
  return m ? `${m[1]}-${m[2]}-${m[3]}${(m[4] ?? "").toLowerCase()}` : null;
}

/** The reference as the statements print it: "21-003-813" → "21 003 813", "17-010-997b" → "17 010 997b". */
export function printedReference(slug: string): string {
  return slug.replace(/-/g, " ");
}

/**
 * The words the index holds for a decision's reference: its digits ("21003813"), and for a part
 * of a joint decision the digits with the part too ("17010997b"), so that the bare reference finds
 * every part and the suffixed one its own.
 */
export function referenceWords(slug: string): string[] {
  const word = slug.replace(/-/g, "");
  const digits = word.replace(/[a-z]$/, "");
  return digits === word ? [word] : [digits, word];
}

/** A query with each reference in it, however typed, as the one word the index holds for it. */
export function withReferenceWords(query: string): string {
  return query.replace(
    REFERENCE,
    (_m, a: string, b: string, c: string, part: string | undefined) => `${a}${b}${c}${(part ?? "").toLowerCase()}`,
  );
}

/** Whether a decision (its slug) is the one a typed reference names: the same part, or any part of a bare reference. */
export function namesDecision(typed: string, slug: string): boolean {
  return slug === typed || (/\d$/.test(typed) && slug.slice(0, typed.length) === typed && /^[a-z]$/.test(slug.slice(typed.length)));
}

/** Words a council's name is often typed without: "Portsmouth" for Portsmouth City Council. */
const COUNCIL_KIND =
  /^(?:the\s+)?(?:(?:royal\s+)?(?:london\s+)?borough\s+of\s+)?(.*?)(?:\s+(?:metropolitan\s+)?(?:city|county|district|borough|town|parish)?\s*council)?$/;

const councilKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The council a query names and nothing else ("Portsmouth", "portsmouth city council"): the one
 * of `councils` whose name it is, with or without its kind of council; null when it names none, or
 * more than one ("Kent" with Kent County Council and Kent Fire Authority held names only the first).
 */
export function councilNamed(query: string, councils: readonly string[]): string | null {
  const typed = councilKey(query);
  if (typed === "") return null;
  const exact = councils.filter((c) => councilKey(c) === typed);
  if (exact.length > 0) return exact[0]!;
  const bare = councils.filter((c) => COUNCIL_KIND.exec(councilKey(c))?.[1] === typed);
  return bare.length === 1 ? bare[0]! : null;
}

/**
 * What the query asks of the search that the search does not do: OR between words, or a word
 * left out with "-". Each is named, and the query searched without it: all its words must match.
 */
export function unsupportedOperators(query: string): { term: string; notice: string | null } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const or: string[] = words.filter((w) => w === "OR" || w === "|");
  const not = words.filter((w) => /^-[\p{L}\p{N}]/u.test(w));
  if (or.length === 0 && not.length === 0) return { term: query, notice: null };
  const kept = words.filter((w) => !or.includes(w) && !not.includes(w));
  const named = [
    ...(or.length > 0 ? [`“${or[0]}” (every word must match; search each alternative on its own)`] : []),
    ...(not.length > 0 ? [`leaving out a word with “-” (${not.map((w) => `“${w}”`).join(", ")} left out of the search)`] : []),
  ];
  const searched = kept.length > 0 ? `searched for “${kept.join(" ")}”` : "listed every decision";
  return { term: kept.join(" "), notice: `The search does not support ${named.join(" or ")}; ${searched}.` };
}

/** Words too common to be worth highlighting. */
export const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "but",
  "by",
  "for",
  "from",
  "had",
  "has",
  "have",
  "he",
  "her",
  "his",
  "i",
  "in",
  "is",
  "it",
  "its",
  "not",
  "of",
  "on",
  "or",
  "she",
  "so",
  "that",
  "the",
  "their",
  "them",
  "they",
  "this",
  "to",
  "was",
  "we",
  "were",
  "which",
  "with",
]);

/** A word as the index compares it: lower case, letters and digits only. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** A rough English stem (suffixes off, repeatedly), enough to tell "caring" ~ "care" from a prefix fallback. */
function stem(word: string): string {
  let w = normaliseWord(word);
  for (;;) {
    const suffix = /(?:ations?|ments?|ings?|ions?|ers?|ies|ied|ed|es|ly|at|s|e|y)$/.exec(w);
    if (!suffix || w.length - suffix[0].length < 3) return w;
    w = w.slice(0, w.length - suffix[0].length);
  }
}

/**
 * Whether a word Pagefind matched is the word searched for (or a form of it), rather than a word
 * found through its prefix fallback or by extending it: "caring" for "care" is, "x" for "xyzzyq"
 * and "bedroom" for "bedro" are not. A query word ending in `*` takes any word starting with it.
 */
export function matchesWord(queryWord: string, matched: string): boolean {
  const m = normaliseWord(matched);
  if (queryWord.endsWith("*")) return m.startsWith(normaliseWord(queryWord));
  const q = normaliseWord(queryWord);
  return m === q || stem(m) === stem(q);
}

/**
 * The words to offer for a query word no decision holds ("Did you mean …?"), nearest first, from
 * the words of the decisions Pagefind's prefix fallback found instead: within one edit for a word
 * of up to five letters and two for a longer one, the most frequent first on a tie; none when no
 * word is that near ("xyzzyq" matched through "x" has no offer).
 */
export function nearWords(word: string, matched: readonly string[]): string[] {
  const typed = normaliseWord(word);
  const limit = typed.length <= 5 ? 1 : 2;
  const seen = new Map<string, number>();
  for (const m of matched) {
    const w = normaliseWord(m);
    if (w && w !== typed) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  return [...seen]
    .map(([w, times]) => ({ word: w, times, edits: distance(typed, w) }))
    .filter((c) => c.edits <= limit)
    .sort((a, b) => a.edits - b.edits || b.times - a.times || (a.word < b.word ? -1 : 1))
    .map((c) => c.word);
}

/** The nearest word to offer for a query word no decision holds (nearWords), or null. */
export function suggestWord(word: string, matched: readonly string[]): string | null {
  return nearWords(word, matched)[0] ?? null;
}

/** The words of a query that must be found (quotes, operators and stop words aside). */
export function queryWords(query: string): string[] {
  return query
    .replace(/["“”]/g, " ")
    .split(/\s+/)
    .filter((w) => normaliseWord(w).length > 0 && !STOP_WORDS.has(normaliseWord(w)));
}

/** Results a page of the search shows. */
export const RESULTS_PER_PAGE = 20;

/** Letters of the word being typed before its index is fetched: a shorter prefix spans many index chunks. */
export const PRELOAD_LETTERS = 3;

/**
 * The part of a query being typed that is worth fetching the index for: its finished words (those
 * followed by a space), and the word still being typed once it has PRELOAD_LETTERS letters.
 */
export function typedSoFar(input: string): string {
  const words = input.trimStart().split(/\s+/);
  const last = words.pop() ?? "";
  if (normaliseWord(last).length >= PRELOAD_LETTERS) words.push(last);
  return words.join(" ");
}

/**
 * A subcategory as the search filters on it: under its category, since several categories have
 * one of the same name ("Other").
 */
export function subcategoryFilter(category: string, subcategory: string): string {
  return `${category} > ${subcategory}`;
}

export const FILTER_KEYS = ["council", "outcome", "fault", "category", "subcategory", "remedy", "body", "closure"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS = ["", "newest", "oldest"] as const;
/** Where a search looks: "" the newest decisions first (a large archive's newest shards), "all" every decision. */
export const SCOPES = ["", "all"] as const;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  from: string;
  to: string;
  sort: string;
  scope: string;
  page: number;
}

/** The URL's state, checked against the values that exist; what is not valid is reported, not dropped silently. */
export function parseState(
  search: string,
  known: Partial<Record<FilterKey, ReadonlySet<string>>>,
  years: readonly string[],
): { state: SearchState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const filters = knownFilters(params, known, problems);
  const { from, to } = yearsOf(params, years, problems);
  const sort = oneOf(params.get("sort") ?? "", SORTS, problems, (v) => `“${v}” is not a sort order; showing the most relevant first.`);
  const scope = oneOf(
    params.get("scope") ?? "",
    SCOPES,
    problems,
    (v) => `“${v}” is not a search scope; searching the newest decisions first.`,
  );
  const pageText = params.get("page") ?? "1";
  let page = Number(pageText);
  if (!/^\d+$/.test(pageText) || page < 1) {
    problems.push(`“${pageText}” is not a page number; showing page 1.`);
    page = 1;
  }
  return { state: { q: params.get("q") ?? "", filters, from, to, sort, scope, page }, problems };
}

/** The filters of a URL whose values some decision has. */
function knownFilters(
  params: URLSearchParams,
  known: Partial<Record<FilterKey, ReadonlySet<string>>>,
  problems: string[],
): SearchState["filters"] {
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    for (const value of params.getAll(key)) {
      if (value === "") continue;
      if (known[key]?.has(value)) (filters[key] ??= []).push(value);
      else problems.push(`No decisions have ${key} “${value}”, so that filter is not applied.`);
    }
  }
  return filters;
}

/** A URL's year range, in order; ?year=2022 (the links from council and remedy pages) is a range of one year. */
function yearsOf(params: URLSearchParams, years: readonly string[], problems: string[]): { from: string; to: string } {
  const year = (name: "from" | "to" | "year") => {
    const v = params.get(name) ?? "";
    if (v === "") return "";
    if (/^\d{4}$/.test(v) && years.includes(v)) return v;
    problems.push(`“${v}” is not a year of the decisions (${years[0]}–${years[years.length - 1]}), so “${name}” is not applied.`);
    return "";
  };
  const one = params.has("year") ? year("year") : "";
  const range = orderYears(year("from") || one, year("to") || one);
  if (range.notice) problems.push(range.notice);
  return { from: range.from, to: range.to };
}

/** A value among those allowed, else "" with the problem said. */
function oneOf(value: string, allowed: readonly string[], problems: string[], problem: (value: string) => string): string {
  if (allowed.includes(value)) return value;
  problems.push(problem(value));
  return "";
}

/** A year range in order: one given backwards (From 2024, To 2019) is swapped, and a notice says so. */
export function orderYears(from: string, to: string): { from: string; to: string; notice: string | null } {
  if (!from || !to || from <= to) return { from, to, notice: null };
  return { from: to, to: from, notice: `From ${from} is after To ${to}, so the years were swapped: ${to} to ${from}.` };
}

/** The query string of a state, in a fixed order (the same state is always the same URL). */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort) params.set("sort", state.sort);
  if (state.scope) params.set("scope", state.scope);
  if (state.page > 1) params.set("page", String(state.page));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

/** The years a from/to range covers, among those that exist; null when there is no range. */
export function yearRange(from: string, to: string, years: readonly string[]): string[] | null {
  if (!from && !to) return null;
  return years.filter((y) => (!from || y >= from) && (!to || y <= to));
}

/** "Showing 1–20 of 1,234 decisions" */
export function summaryLine(page: number, pageSize: number, total: number): string {
  if (total === 0) return "No decisions found.";
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Showing ${first}–${last} of ${countOf(total, "decision")}`;
}

/**
 * The term Pagefind is given: each reference, however typed, as the one word the index holds for
 * it; OR and "-word", which Pagefind would take as words to find, left out (a notice says so).
 */
export function termOf(s: SearchState): string {
  return withReferenceWords(unsupportedOperators(s.q).term);
}

/** The order of a search's results: as chosen, else newest first when there are no words to rank by. */
export function orderOf(s: SearchState): string {
  return s.sort || (termOf(s).trim() === "" ? "newest" : "");
}

/** Whether a search has any filter in use, a year range included: what pagefindFilters gives it is not empty. */
export function filtersInUse(s: SearchState): boolean {
  return Boolean(s.from || s.to || FILTER_KEYS.some((k) => s.filters[k]?.length));
}

/** Whether a search is the list of every decision: no words and no filters. */
export function isListing(s: SearchState): boolean {
  return termOf(s).trim() === "" && !filtersInUse(s);
}

/** What the search page knows of a large archive's newest shards, which it searches first. */
export interface NewestShards {
  /** Decisions in the newest shards. */
  newest: number;
  /** The date of its oldest decision, "2024-03-01". */
  since: string;
}

/**
 * Why a search of a large archive must look at every decision, not the newest shards alone, or ""
 * when the newest can answer it: a reference may be of any year; oldest first starts in the
 * oldest shard; years before the newest are not in them; and a page of the list of every decision
 * past the newest shards' decisions is older than all of them.
 */
export function whyEveryDecision(s: SearchState, shard: NewestShards, perPage: number): string {
  const n = formatCount(shard.newest);
  if (referenceSlug(s.q)) return "A reference may be of any year";
  if (s.sort === "oldest") return "Sorted oldest first";
  if (s.to && s.to < shard.since.slice(0, 4)) return `The years chosen are before the newest ${n}`;
  if (isListing(s) && orderOf(s) === "newest" && s.page * perPage > shard.newest)
    return `Page ${s.page} lists decisions older than the newest ${n}`;
  return "";
}

/** Whether a state is the first page of every decision, newest first, which the search page's HTML holds already. */
export function isNewestPage(s: SearchState): boolean {
  return isListing(s) && orderOf(s) === "newest" && s.page === 1;
}

/**
 * Whether a search looks at every decision, and why it must when the reader did not ask for it (a
 * sentence, or ""). `shard` is a large archive's newest shards, null when they are all its shards:
 * then every search is of every decision.
 */
export function searchScope(s: SearchState, shard: NewestShards | null, perPage: number): { all: boolean; why: string } {
  if (!shard || s.scope === "all") return { all: true, why: "" };
  const why = whyEveryDecision(s, shard, perPage);
  return { all: why !== "", why };
}

/** A Pagefind filter: any of these values. */
export interface AnyOf {
  any: string[];
}

/** A search's filters as Pagefind takes them: each filter in use, with a year range as the years in it. */
export function pagefindFilters(s: SearchState, years: readonly string[]): Record<string, AnyOf> {
  const filters: Record<string, AnyOf> = {};
  for (const key of FILTER_KEYS) {
    const values = s.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  const range = yearRange(s.from, s.to, years);
  if (range) filters.year = { any: range };
  return filters;
}

/** The filters whose counts a search shows, each once: those loaded already, those opened, and those in use. */
export function shownFilters(loaded: Iterable<string>, opened: Iterable<string>, s: SearchState): string[] {
  const keys = new Set<string>(loaded);
  for (const k of opened) keys.add(k);
  for (const k of FILTER_KEYS) if (s.filters[k]?.length) keys.add(k);
  return [...keys];
}

/** One search for counts: the filters it is given, and the filters whose counts it answers. */
export interface CountSearch {
  keys: string[];
  filters: Record<string, unknown>;
}

/**
 * The searches that count a search's results per value of the given filters (`{ none: [] }` asks
 * Pagefind for a filter's counts and filters nothing). A filter's own choices are left out of its
 * counts, as the values of one filter are alternatives: the filters not in use share one search
 * with every filter chosen, and each filter in use has one of its own, without its own choices.
 */
export function countSearches(chosen: Readonly<Record<string, unknown>>, keys: readonly string[]): CountSearch[] {
  const free = keys.filter((k) => !(k in chosen));
  const searches: CountSearch[] = [];
  if (free.length > 0) searches.push({ keys: free, filters: { ...chosen, ...Object.fromEntries(free.map((k) => [k, { none: [] }])) } });
  for (const k of keys.filter((k) => k in chosen)) {
    const { [k]: _own, ...others } = chosen;
    searches.push({ keys: [k], filters: { ...others, [k]: { none: [] } } });
  }
  return searches;
}

/** The decision a result is, by its page's address: "21-003-813". */
export const slugOf = (url: string) => /\/decisions\/([^/]+)\/?/.exec(url)?.[1] ?? "";

/**
 * The page (without its query) of the one decision among results' addresses that a reference
 * names: one part of a joint decision, or a decision whole; null when it names none, or several.
 */
export function pageNamed(slug: string, urls: readonly string[]): string | null {
  const named = urls.filter((url) => namesDecision(slug, slugOf(url)));
  return named.length === 1 ? named[0]!.split("?")[0]! : null;
}

/** Results in the order a reference wants: the decisions it names first, each group in its own order. */
export function namedFirst<T extends { url: string }>(slug: string, results: readonly T[]): T[] {
  const isIt = (url: string) => Number(namesDecision(slug, slugOf(url)));
  return [...results].sort((a, b) => isIt(b.url) - isIt(a.url));
}
