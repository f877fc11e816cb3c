// What the search page asks of Pagefind for a state: which decisions a search looks at (a large
// archive's newest shards, or every decision: searchScope), its words checked against the index,
// its filters, the counts on the filter options, and the one decision a reference names. It draws
// nothing; the rules themselves are pure, in src/lib/search-query.ts.

import {
  countSearches,
  namedFirst,
  orderOf,
  pageNamed,
  pagefindFilters,
  queryWords,
  referenceSlug,
  RESULTS_PER_PAGE as PAGE,
  searchScope,
  shownFilters,
  termOf,
  type NewestShards,
  type SearchState,
} from "../lib/search-query.ts";
import type { Missing, PagefindResult, PagefindSearch, SearchIndex } from "./search-index.ts";

/** What the search page knows of the archive: its decisions, and those of its newest shards. */
export interface Archive extends NewestShards {
  total: number;
  /** Whether the archive has older shards, so a search of the newest is not a search of all. */
  sharded: boolean;
}

/** What a search found, and over which decisions. */
export interface Found {
  search: PagefindSearch | null;
  missing: Missing;
  /** Every decision searched (not the newest shards alone). */
  all: boolean;
  /** Why every decision was searched when the reader did not ask (scope=all): a sentence, or "". */
  why: string;
}

/** Decisions per value of each filter. */
type Counts = Record<string, Record<string, number>>;

/** The searches of the search page, over this index, of this archive with these years. */
export function searchPolicy(index: SearchIndex, archive: Archive, years: readonly string[]) {
  /** Filters whose index is loaded (Pagefind loads one when a search names it). */
  const loaded = new Set<string>();
  const scopeOf = (s: SearchState) => searchScope(s, archive.sharded ? archive : null, PAGE);
  return {
    /** Whether a search looks at every decision, and why it must when the reader did not ask for it. */
    scopeOf,

    /**
     * Searches the newest decisions, or every decision when the reader asks (scope=all) or the
     * search could not be answered by the newest: sorted oldest first, a reference (of any year), or
     * years before the newest. Nothing else widens a search, as that costs many times the download.
     */
    async find(s: SearchState): Promise<Found> {
      const term = termOf(s);
      const words = referenceSlug(s.q) ? [term] : queryWords(term);
      const { all, why } = scopeOf(s);
      const search = await index.search(term || null, pagefindFilters(s, years), orderOf(s), all);
      // A result holds every word (search-index.ts), so the words are checked only when there is none.
      const found = (search?.results.length ?? 0) > 0;
      const missing = found || words.length === 0 ? { words: [], offers: [] } : await index.missing(words, all);
      return { search: missing.words.length > 0 ? null : search, missing, all, why };
    },

    /** Whether the index of each of these filters is loaded. */
    loaded: (keys: readonly string[]) => keys.every((k) => loaded.has(k)),

    /**
     * Counts per value of the filters shown (those loaded, those of the facets `opened`, and
     * those in use) for a search. A filter in use takes a search of its own (countSearches).
     */
    async counts(s: SearchState, opened: readonly string[], all: boolean): Promise<Counts> {
      const keys = shownFilters(loaded, opened, s);
      const term = termOf(s) || null;
      const counts: Counts = {};
      for (const one of countSearches(pagefindFilters(s, years), keys)) {
        const found = await index.search(term, one.filters, "", all);
        for (const k of one.keys) counts[k] = found?.filters[k] ?? {};
      }
      for (const k of keys) loaded.add(k);
      return counts;
    },

    /** The page of the one decision a query that is a reference names (one part of a joint decision, or a decision whole); null otherwise. */
    async onlyDecision(query: string): Promise<string | null> {
      const slug = referenceSlug(query);
      if (!slug) return null;
      try {
        const found = await index.search(slug.replace(/-/g, ""), {}, "", true);
        const data = await Promise.all((found?.results ?? []).slice(0, PAGE).map((r) => r.data()));
        return pageNamed(
          slug,
          data.map((d) => d.url),
        );
      } catch {
        return null;
      }
    },

    /**
     * A page of results as they are drawn. For a reference, every result's data is fetched first,
     * so the decision it names comes first whatever its rank.
     */
    async pageOfResults(s: SearchState, results: PagefindResult[]): Promise<Pick<PagefindResult, "data">[]> {
      const slug = referenceSlug(s.q);
      if (!slug) return results;
      const data = await Promise.all(results.map((r) => r.data()));
      return namedFirst(slug, data).map((d) => ({ data: () => Promise.resolve(d) }));
    },
  };
}
