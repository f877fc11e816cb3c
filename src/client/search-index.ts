// The search index in the browser: Pagefind's bundle and, for a large archive, the other newest
// shards merged into it, and its older shards, merged only when a search needs every decision
// (src/lib/search-shards.ts says why). Shard 0, the bundle with Pagefind's scripts, holds the
// newest decisions; merged, each shard carries a "shard" filter, so a search can go shard by
// shard.
//
// Pagefind answers a word it does not hold with its longest indexed prefix ("xyzzyq" finds "x"),
// each merged shard on its own. So merged shards are searched one by one, each kept only if its
// best result by relevance holds the query's words (searchShards), which is found out once a query
// and scope (shardsHolding), whatever the filters and order, and the shards that do not are not
// searched for it again; a word is checked against the words of the best results (matchesWord)
// before they are shown; and the words Pagefind finds instead are where a "Did you mean" comes
// from, offered only once a search for it finds it.
//
// Every search of a merged index runs in each of its shards, whichever the "shard" filter keeps:
// each search shard by shard costs a search of every shard, so these are made as few as they can be.

import { matchesWord, nearWords, queryWords } from "../lib/search-query.ts";

export interface PagefindResultData {
  url: string;
  raw_url?: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
}

export type Filters = Record<string, unknown>;

/** A search for a term alone, by relevance, of the newest decisions or of every one (`all`). */
type Find = (term: string, all: boolean) => Promise<PagefindSearch | null>;

/** A query's words that no decision (of those searched) holds, each with a real word to offer, or null. */
export interface Missing {
  words: string[];
  offers: (string | null)[];
}

export interface SearchIndex {
  /** Whether the archive has older shards, so a search of the newest is not a search of all. */
  readonly sharded: boolean;
  /** Starts loading Pagefind (the newest shards), to have it ready when the reader has typed. */
  warm(): Promise<unknown>;
  /** One search: of the newest shards, or of every shard when `all`; `order` "", "newest" or "oldest". */
  search(term: string | null, filters: Filters, order: string, all: boolean): Promise<PagefindSearch | null>;
  /** Fetches the index of a query's words, as it is typed, so that its search has less to wait for. */
  preload(term: string, all: boolean): Promise<void>;
  missing(words: readonly string[], all: boolean): Promise<Missing>;
}

/** Results whose matched words are read to tell a word held from Pagefind's prefix fallback. */
const CHECKED = 3;
/** Shorter prefixes of a word tried for a "Did you mean". */
const OFFER_TRIES = 3;

/**
 * The index of the bundle `bundle` (shard 0, with Pagefind's scripts) and the older shards'
 * bundles `shardUrls` (shard 1 first): a first search looks at the `newestShards` newest.
 */
export function openIndex(bundle: string, base: string, shardUrls: readonly string[], newestShards: number): SearchIndex {
  const options = { baseUrl: base, highlightParam: "highlight", excerptLength: 40 };
  /** The bundles merged into shard 0's for a search of the newest decisions. */
  const newestUrls = shardUrls.slice(0, Math.max(1, newestShards) - 1);
  let newest: Promise<Pagefind> | null = null;
  let all: Promise<Pagefind> | null = null;

  // Two instances of Pagefind's module (a second URL is a second module, with its own worker): the
  // newest shards alone, and every shard merged. A search of the newest never waits for, or
  // downloads from, the older shards, even once they are merged into the other. Merged, each shard
  // carries a "shard" filter, its number.
  async function instance(query: string, merged: readonly string[]): Promise<Pagefind> {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js${query}`)) as Pagefind;
    await module.options(merged.length > 0 ? { ...options, mergeFilter: { shard: "0" } } : options);
    await module.init();
    await Promise.all(merged.map((url, i) => module.mergeIndex(url, { ...options, mergeFilter: { shard: String(i + 1) } })));
    return module;
  }

  function load(): Promise<Pagefind> {
    newest ??= instance("", newestUrls);
    newest.catch(() => (newest = null));
    return newest;
  }

  function loadAll(): Promise<Pagefind> {
    if (shardUrls.length === newestUrls.length) return load();
    all ??= instance("?all", shardUrls);
    all.catch(() => (all = null));
    return all;
  }

  /** Pagefind's own answer to a term: each merged shard answers a word it does not hold with its prefix fallback. */
  const answer: Find = async (term, every) => (every ? await loadAll() : await load()).search(term);

  /** Whether each merged shard holds a query's words, by scope and query, as shardsHolding found. */
  const holding = new Map<string, Promise<boolean[]>>();
  const holdingKey = (every: boolean, term: string) => `${every ? "all" : "newest"} ${term}`;
  function shardsHolding(pf: Pagefind, every: boolean, count: number, term: string, words: readonly string[], ranked?: PagefindSearch[]) {
    const key = holdingKey(every, term);
    let held = holding.get(key);
    if (!held) {
      held = holdingShards(pf, count, term, words, ranked);
      held.catch(() => holding.delete(key));
      holding.set(key, held);
    }
    return held;
  }

  /**
   * A search's results. Merged, a shard that lacks a word would add what its prefix fallback finds
   * ("bail" for "bailiffs"), and the shards would be interleaved by each one's own rank: so a search
   * with words, or sorted over merged shards, goes shard by shard (searchShards), and a shard, even
   * a bundle alone, adds its results only when it holds every word. So a search with results holds
   * its words.
   */
  async function search(term: string | null, filters: Filters, order: string, every: boolean): Promise<PagefindSearch | null> {
    const pf = every ? await loadAll() : await load();
    const count = (every ? shardUrls : newestUrls).length + 1;
    const words = term ? queryWords(term) : [];
    if (words.length === 0 && (count === 1 || !order)) return pf.search(term, order ? { filters, sort: sortBy(order) } : { filters });
    const plain = !order && Object.keys(filters).length === 0;
    // Once it is known which shards hold the words, the others are not searched again.
    const known = words.length > 0 ? await holding.get(holdingKey(every, term!)) : undefined;
    return searchShards(pf, count, term, filters, order, known, (ranked) =>
      words.length === 0
        ? Promise.resolve(ranked.map(() => true))
        : shardsHolding(pf, every, count, term!, words, plain ? ranked : undefined),
    );
  }

  const preload = async (term: string, every: boolean) => (await (every ? loadAll() : load())).preload(term);

  return {
    sharded: shardUrls.length > newestUrls.length,
    warm: load,
    search,
    preload,
    missing: (words, all) => missingWords((term, every) => search(term, {}, "", every), answer, words, all),
  };
}

/** Pagefind's sort option for an order, "newest" or "oldest". */
const sortBy = (order: string) => ({ date: order === "oldest" ? "asc" : "desc" });

/** The filter that keeps shard `k` of `count` merged (a bundle alone has no "shard" filter). */
const inShard = (k: number, count: number): Filters => (count === 1 ? {} : { shard: String(k) });

/**
 * A search of `count` merged shards, shard by shard (each carries a "shard" filter, its number),
 * of those `only` marks when given, less those that do not hold the query's words (`holding`,
 * given each shard's search in shard order); the rest joined, sorted by date in the shards' order
 * (shard 0 the newest), as they hold date ranges, else by Pagefind's score, as its own merge
 * orders them.
 */
async function searchShards(
  pf: Pagefind,
  count: number,
  term: string | null,
  filters: Filters,
  order: string,
  only: readonly boolean[] | undefined,
  holding: (parts: PagefindSearch[]) => Promise<boolean[]>,
): Promise<PagefindSearch | null> {
  const parts: PagefindSearch[] = [];
  for (let k = 0; k < count; k++) {
    if (only && !only[k]) {
      parts.push({ results: [], filters: {}, unfilteredResultCount: 0 });
      continue;
    }
    const options = { filters: { ...filters, ...inShard(k, count) } };
    const part = await pf.search(term, order ? { ...options, sort: sortBy(order) } : options);
    if (!part) return null;
    parts.push(part);
  }
  const held = await holding(parts);
  const kept = parts.filter((_, k) => held[k]);
  if (order === "oldest") kept.reverse();
  const joined = joinSearches(kept);
  if (!order) joined.results.sort((a, b) => b.score - a.score);
  return joined;
}

/**
 * Whether each of `count` merged shards holds every one of `words`: whether its best result by
 * relevance does, from `ranked` (each shard's search by relevance, unfiltered) or from a search of
 * each shard.
 */
async function holdingShards(
  pf: Pagefind,
  count: number,
  term: string,
  words: readonly string[],
  ranked?: PagefindSearch[],
): Promise<boolean[]> {
  const parts: (PagefindSearch | null)[] = ranked ?? [];
  for (let k = parts.length; k < count; k++) parts.push(await pf.search(term, { filters: inShard(k, count) }));
  return Promise.all(parts.map((part) => (part ? holdsWords(part, words) : false)));
}

/**
 * Whether a search's best result by relevance holds each of the words. Pagefind falls back to a
 * shorter word only for a word no page of the shard holds, and ranks a page with a longer word
 * that starts with it ("councillor" for "council") below one with the word itself.
 */
async function holdsWords(part: PagefindSearch, words: readonly string[]): Promise<boolean> {
  const best = part.results[0];
  if (!best) return false;
  const held = matchedWords(await best.data());
  return words.every((w) => held.some((m) => matchesWord(w, m)));
}

/**
 * The query's words that no decision searched holds, each with a word to offer; the words are
 * checked at once. A word is held when `search` finds it (its results, of shards that hold it); the
 * words to offer come from what `answer`, Pagefind's own answer, finds in its place. When every
 * decision is searched, the newest are asked first: a few shards answer what every shard would
 * (a word they hold, words near a mistyped one) for a fraction of the work.
 */
async function missingWords(search: Find, answer: Find, words: readonly string[], all: boolean): Promise<Missing> {
  const checks = await Promise.all(
    words.map(async (word) => {
      if (await holds(search, word, all)) return null;
      return { word, offer: await offerFor(search, answer, word, all) };
    }),
  );
  const missing = checks.filter((c) => c !== null);
  return { words: missing.map((c) => c.word), offers: missing.map((c) => c.offer) };
}

/** The scopes a word is looked for in, the newest decisions first, then every one when all are searched. */
const scopes = (all: boolean) => (all ? [false, true] : [false]);

/**
 * A real word near one no decision holds: the nearest of the words in the decisions Pagefind finds
 * for it and for its shorter prefixes ("bedroo" for "bedrooom" finds "bedroom"), at most
 * OFFER_TRIES prefixes, among the newest decisions first; offered only if a search for it finds it.
 */
async function offerFor(search: Find, answer: Find, word: string, all: boolean): Promise<string | null> {
  for (const every of scopes(all)) {
    const pool = await wordsFound(answer, word, every);
    for (let cut = 1; cut <= OFFER_TRIES && word.length - cut >= 4; cut++)
      pool.push(...(await wordsFound(answer, word.slice(0, -cut), every)));
    for (const offer of nearWords(word, pool).slice(0, OFFER_TRIES)) if (await holds(search, offer, all)) return offer;
  }
  return null;
}

/**
 * Whether the decisions searched hold a word itself, not only words it is a part of (an offer must
 * find what it says): the newest first, as a word they hold every decision holds.
 */
async function holds(search: Find, word: string, all: boolean): Promise<boolean> {
  for (const every of scopes(all)) if ((await wordsFound(search, word, every)).some((m) => matchesWord(word, m))) return true;
  return false;
}

/** The words of the best CHECKED results of a search for a term. */
async function wordsFound(find: Find, term: string, all: boolean): Promise<string[]> {
  const found = await find(term, all);
  const top = await Promise.all((found?.results ?? []).slice(0, CHECKED).map((r) => r.data()));
  return top.flatMap(matchedWords);
}

/**
 * The words of a result: its text's and its title's, which Pagefind searches too. Not only those at
 * its `locations`: Pagefind keeps one copy of a page's data, whose locations are those of whichever
 * search first asked for it, so a word searched at the same time can seem absent.
 */
function matchedWords(d: PagefindResultData): string[] {
  return `${d.content} ${d.meta["title"] ?? ""}`.split(/\s+/);
}

/** Searches of disjoint shards as one: results in order, counts per filter value summed. */
function joinSearches(parts: readonly PagefindSearch[]): PagefindSearch {
  const counts: Record<string, Record<string, number>> = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part.filters)) {
      const into = (counts[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return {
    results: parts.flatMap((p) => p.results),
    filters: counts,
    unfilteredResultCount: parts.reduce((sum, p) => sum + p.unfilteredResultCount, 0),
  };
}
