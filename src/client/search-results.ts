// The search page's results: the list, the page links, the CSV button and the status line's
// summary of what is shown. Keeps the page of results on show, which fills in as it is scrolled,
// and every result of the search, for the CSV.

import { isListing, orderOf, RESULTS_PER_PAGE as PAGE, summaryLine, type SearchState } from "../lib/search-query.ts";
import type { Controls } from "./search-form.ts";
import type { PagefindResult, PagefindSearch } from "./search-index.ts";
import type { Archive } from "./search-policy.ts";
import { drawResults, renderPages, type DrawnResults } from "./search-view.ts";

/** The results of the search page with these controls, of this archive; `go` follows a page link. */
export function searchResults(c: Controls, archive: Archive, go: (s: SearchState) => void) {
  /** The page of results on show, filling in as it is scrolled. */
  let drawn: DrawnResults | undefined;
  /** Every result of the current search, in order (for the CSV). */
  let current: PagefindResult[] = [];
  /** The first page of every decision, newest first, as the page came with it. */
  const newestPage = [...c.list.children].map((li) => li.cloneNode(true));

  /** No results, and `message` in the status line. */
  function clear(message: string) {
    current = [];
    drawn?.stop();
    drawn = undefined;
    c.list.replaceChildren();
    c.pages.hidden = true;
    c.exportButton.hidden = true;
    c.exportStatus.textContent = "";
    c.status.textContent = message;
  }

  return {
    clear,
    /** Every result of the current search, in order. */
    current: () => current,
    /** Fills in every result on show; resolves when they are. */
    fillAll: () => drawn?.all(),

    /**
     * Shows a page of a search's results (`all`: of every decision), put in order by `ordered`,
     * and says so once they are on the page; returns how many results there are, or null when
     * `stale` says a newer search has begun and nothing more was shown.
     */
    async show(
      s: SearchState,
      search: PagefindSearch,
      all: boolean,
      ordered: (s: SearchState, page: PagefindResult[]) => Promise<Pick<PagefindResult, "data">[]>,
      stale: () => boolean,
    ): Promise<number | null> {
      current = search.results;
      // The list of every decision, newest first, from the newest shards alone: its pages are the
      // first of the whole list, which is as long as the archive.
      const total = isListing(s) && !all ? archive.total : search.results.length;
      const lastPage = Math.max(1, Math.ceil(total / PAGE));
      const page = Math.min(s.page, lastPage);
      const shown = await ordered(s, search.results.slice((page - 1) * PAGE, page * PAGE));
      if (stale()) return null;
      drawn?.stop();
      drawn = drawResults(c.list, shown, s, (page - 1) * PAGE + 1);
      await drawn.shown;
      if (stale()) return null;
      renderPages(c.pages, { ...s, page }, lastPage, go);
      c.exportButton.hidden = total === 0;
      // Announced once, after the results are on the page.
      const order = orderOf(s);
      c.status.textContent =
        total === 0 ? "No decisions found." : `${summaryLine(page, PAGE, total)}${order ? `, ${order} first` : ", most relevant first"}.`;
      return total;
    },

    /** The first page of every decision, newest first, from the page's own HTML: no download. */
    showNewest(s: SearchState) {
      const total = archive.total;
      clear(`${summaryLine(1, PAGE, total)}, newest first.`);
      c.list.replaceChildren(...newestPage.map((li) => li.cloneNode(true)));
      renderPages(c.pages, s, Math.ceil(total / PAGE), go);
      c.exportButton.hidden = total === 0;
    },
  };
}
