// The search page's only script: runs Pagefind in the browser, with the query, filters, sort,
// scope and page kept in the URL. Each change is a history entry (typing is debounced into one),
// so Back and Forward step through searches, restoring focus and scroll; a reload shows the same.
// This module wires the page's events to its parts, each of one concern: the URL and history
// (./search-history.ts); what is searched, over which shards, with which filters and counts
// (./search-policy.ts); and the view: the form (./search-form.ts), the results
// (./search-results.ts) and what is said about them (./search-status.ts).
//
// What it downloads, and when: nothing from Pagefind until the form is used (the whole archive's
// counts are in the HTML); a filter's own index only when that filter is opened or used (Pagefind
// reports counts only for the filters it has loaded); the index of the words typed so far while
// they are typed (typedSoFar); a result's data when it comes near the window (drawResults). A
// large archive is searched newest first: the newest shards alone, until the reader asks for all
// (scope=all), sorts oldest first, types a reference, or chooses years before the newest
// (./search-index.ts).

import { formatCount } from "../lib/count-words.ts";
import { isListing, isNewestPage, termOf, typedSoFar, type SearchState } from "../lib/search-query.ts";
import {
  controlsOf,
  facetKeys,
  fillForm,
  formState,
  knownValues,
  openFilters,
  setUpFilterToggle,
  showTags,
  yearsInOrder,
} from "./search-form.ts";
import { arrive, followHistory, keptView, restoreView, stateRecorder, urlState, type View } from "./search-history.ts";
import { openIndex } from "./search-index.ts";
import { searchPolicy, type Found } from "./search-policy.ts";
import { searchResults } from "./search-results.ts";
import { offerAnyWord, offerWithoutFilters, showCouncilOffer, showMissing, showNotices, showScope } from "./search-status.ts";
import { narrowOptions, renderCounts } from "./search-view.ts";

/** Typing pauses this long before it searches. */
const DEBOUNCE_MS = 200;
/** A search not answered within this long says it is searching, and over how many decisions. */
const WAIT_MS = 400;

/** Starts the search page of this form: its events, and the search in the URL. */
export function startSearch(form: HTMLFormElement): void {
  const c = controlsOf(form);
  const data = form.dataset;
  const base = data.base ?? "/";
  const index = openIndex(data.bundle!, base, (data.shards ?? "").split(" ").filter(Boolean), Number(data.newestShards ?? 1));
  const archive = { total: Number(data.total), newest: Number(data.newest), since: data.newestFrom ?? "", sharded: index.sharded };
  const years = (c.panel.dataset.years ?? "").split(" ").filter(Boolean);
  const known = knownValues(c.boxes);
  const policy = searchPolicy(index, archive, years);
  const recordState = stateRecorder();
  /** The number of the latest search: one that finds a greater number is stale, and shows no more. */
  let generation = 0;
  /** The state searched: the URL's. */
  let state: SearchState;
  /** What in the state could not be used, for the notices. */
  let problems: string[] = [];
  /** Whether the current search was of every decision (its filter counts are then the archive's). */
  let searchedAll = !index.sharded;
  let timer: number | undefined;

  /** Makes a changed state the search's, in the URL and history (typing is one entry while it goes on), and runs it. */
  const commit = (wanted: SearchState, typing = false): Promise<void> => {
    problems = [];
    const next = yearsInOrder(c, wanted, problems);
    if (recordState(next, typing)) state = next;
    return run();
  };

  /**
   * Follows a link to another state of the search, and puts the focus on the first result (filled
   * in first: the link may be far down the page, the first result out of the window).
   */
  const go = (next: SearchState) =>
    void commit(next)
      .then(() => results.fillAll())
      .then(() => c.list.querySelector("a")?.focus());

  const results = searchResults(c, archive, go);

  /** Makes the URL's state the search's, and shows it in the form. */
  const readUrl = () => {
    ({ state, problems } = urlState(known, years));
    fillForm(c, state);
  };

  /** Runs the current state's search and draws it; the results list is aria-busy meanwhile. */
  async function run(restore?: View) {
    const mine = ++generation;
    const stale = () => mine !== generation;
    c.list.setAttribute("aria-busy", "true");
    try {
      await searchAndShow(state, stale);
    } finally {
      if (!stale()) c.list.setAttribute("aria-busy", "false");
    }
    if (restore && !stale()) await restoreView(restore, results.fillAll, stale);
  }

  /** Shows what is said of a search, then searches and shows the results, unless `stale` says a newer search has begun. */
  async function searchAndShow(s: SearchState, stale: () => boolean) {
    showNotices(c, problems, s);
    showTags(
      c,
      s,
      (focusNext) => void commit(formState(c, state)).then(() => ((focusNext && c.tags.querySelector("button")) || c.q).focus()),
    );
    showCouncilOffer(c, [...(known.council ?? [])], s);
    if (isNewestPage(s)) {
      results.showNewest(s);
      renderCounts(c.boxes, null);
      return showScope(c, archive, s, null, go);
    }
    let found: Found;
    // Every decision of a large archive takes seconds: the status says the results shown meanwhile are not this search's.
    const all = policy.scopeOf(s).all;
    const waiting = window.setTimeout(() => {
      if (!stale()) c.status.textContent = all ? `Searching all ${formatCount(archive.total)} decisions…` : "Searching…";
    }, WAIT_MS);
    try {
      found = await policy.find(s);
    } catch {
      if (!stale()) results.clear("The search index could not be loaded. Search works on the built site (npm start), not the dev server.");
      return;
    } finally {
      clearTimeout(waiting);
    }
    if (stale()) return;
    searchedAll = found.all;
    showScope(c, archive, s, found, go);
    if (found.missing.words.length > 0) showMissing(c, archive, s, found, go, results.clear);
    else if (!found.search) results.clear("No decisions found.");
    else await showResults(s, found, stale);
    if (found.missing.words.length > 0 || !found.search) renderCounts(c.boxes, {});
  }

  /** A search's results, help when there are none, and then the counts on the filters. */
  async function showResults(s: SearchState, found: Found, stale: () => boolean) {
    const total = await results.show(s, found.search!, found.all, policy.pageOfResults, stale);
    if (total === null) return;
    if (total === 0) {
      offerAnyWord(c, s, go);
      offerWithoutFilters(c, s, go);
    }
    // The filters' counts come after the results, which do not wait for them; a search of every
    // decision without words or filters has the archive's own, printed in the page.
    const everything = found.all && isListing(s);
    const counts = everything ? null : await policy.counts(s, openFilters(c), found.all);
    if (!stale()) renderCounts(c.boxes, counts);
  }

  /** A facet opened during a search: load its index and put counts on its options. */
  async function prepareFacet(details: HTMLDetailsElement) {
    const s = state;
    if (policy.loaded(facetKeys(details)) || isListing(s)) return;
    const mine = generation;
    try {
      const counts = await policy.counts(s, openFilters(c), searchedAll);
      if (mine === generation) renderCounts(c.boxes, counts);
    } catch {
      // run() reports a missing index.
    }
  }

  /** Enter on a reference that names one decision opens it; otherwise the form is searched. */
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    clearTimeout(timer);
    const page = await policy.onlyDecision(c.q.value);
    if (page) return location.assign(page);
    await commit(formState(c, state));
  }

  // The page's events.
  const { q, boxes, sort, from, to, facets, exportButton, exportStatus } = c;
  setUpFilterToggle(c.panel);
  for (const input of document.querySelectorAll<HTMLInputElement>("input[data-narrow]")) {
    input.hidden = false;
    narrowOptions(input, input.nextElementSibling as HTMLElement);
  }
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void commit(formState(c, state), true), DEBOUNCE_MS);
    // The words' index is fetched while the reader types, not after the pause.
    const s = formState(c, state);
    const typed = typedSoFar(termOf(s));
    if (typed) void index.preload(typed, policy.scopeOf(s).all).catch(() => {});
  });
  for (const control of [...boxes, sort, from, to]) control.addEventListener("change", () => void commit(formState(c, state)));
  for (const d of facets) d.addEventListener("toggle", () => d.open && void prepareFacet(d));
  // Start fetching Pagefind as soon as the form is used, not on page load.
  form.addEventListener("focusin", () => void index.warm().catch(() => {}), { once: true });
  form.addEventListener("submit", (e) => void submit(e));
  exportButton.addEventListener("click", () => {
    const current = results.current();
    const listing = isListing(state);
    void import("./export-results.ts").then(({ downloadResults }) =>
      downloadResults(exportButton, exportStatus, base, listing ? "every decision" : current),
    );
  });
  followHistory((view) => {
    clearTimeout(timer);
    readUrl();
    void run(view);
  });
  // The form holds the URL's search at once, so that a control used before the first search
  // starts (while a reference from the home page is looked up) has a state to change.
  readUrl();
  // The page comes with the newest decisions listed; a search in the URL replaces them.
  if (location.search) results.clear("Searching…");
  void arrive(policy.onlyDecision).then((left) => {
    if (left) return;
    readUrl();
    return run(keptView());
  });
}
