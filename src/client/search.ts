// The search page's only script: runs Pagefind in the browser, with the query, filters, sort,
// scope and page kept in the URL. Each change is a history entry (typing is debounced into one),
// so Back and Forward step through searches, restoring focus and scroll; a reload shows the same.
// It is in parts, each of one concern: the URL and history (./search-history.ts); what is
// searched, over which shards, with which filters and counts (./search-policy.ts); the form; the
// results; and what is said about them. Last, startSearch wires the page's events to them.
//
// What it downloads, and when: nothing from Pagefind until the form is used (the whole archive's
// counts are in the HTML); a filter's own index only when that filter is opened or used (Pagefind
// reports counts only for the filters it has loaded); the index of the words typed so far while
// they are typed (typedSoFar); a result's data when it comes near the window (drawResults). A
// large archive is searched newest first: the newest shard alone, until the reader asks for all
// (scope=all), sorts oldest first, types a reference, or chooses years before the newest
// (./search-index.ts).

import { formatDate } from "../lib/dates.ts";
import {
  councilNamed,
  FILTER_KEYS,
  isListing,
  orderOf,
  orderYears,
  printedReference,
  queryWords,
  referenceSlug,
  RESULTS_PER_PAGE as PAGE,
  summaryLine,
  termOf,
  typedSoFar,
  unsupportedOperators,
  type FilterKey,
  type SearchState,
} from "../lib/search-query.ts";
import { arrive, followHistory, keptView, recordState, restoreView, urlState, type View } from "./search-history.ts";
import { openIndex, type PagefindResult, type PagefindSearch } from "./search-index.ts";
import { searchPolicy, type Archive, type Found } from "./search-policy.ts";
import {
  drawResults,
  narrowOptions,
  renderCounts,
  renderPages,
  renderTags,
  stateLink,
  type Chosen,
  type DrawnResults,
} from "./search-view.ts";

// The search page's form: its controls, found once; the state it shows and the state it holds;
// the tags of the filters chosen in it; and, on a small screen, the button its filters fold behind.

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The search page's controls, and the places it writes into. */
function controlsOf(form: HTMLFormElement) {
  return {
    q: form.querySelector<HTMLInputElement>("#q")!,
    sort: el<HTMLSelectElement>("sort"),
    from: el<HTMLSelectElement>("from"),
    to: el<HTMLSelectElement>("to"),
    boxes: [...document.querySelectorAll<HTMLInputElement>("input[data-filter]")],
    facets: [...document.querySelectorAll<HTMLDetailsElement>("details[data-facet]")],
    panel: el("filter-panel"),
    notices: el("notices"),
    status: el("status"),
    scope: el("scope"),
    list: el("results"),
    pages: el("pages"),
    tags: el("tags"),
    exportButton: el<HTMLButtonElement>("export"),
    exportStatus: el<HTMLElement>("export-status"),
    councilOffer: el("council-offer"),
  };
}

type Controls = ReturnType<typeof controlsOf>;

/** The values each filter offers. */
function knownValues(boxes: readonly HTMLInputElement[]): Partial<Record<FilterKey, Set<string>>> {
  const known: Partial<Record<FilterKey, Set<string>>> = {};
  for (const box of boxes) (known[box.dataset.filter as FilterKey] ??= new Set()).add(box.value);
  return known;
}

/** Shows a state in the form; an open facet shows what is chosen in it. */
function fillForm({ q, sort, from, to, boxes, facets }: Controls, s: SearchState): void {
  q.value = s.q;
  sort.value = s.sort;
  from.value = s.from;
  to.value = s.to;
  for (const box of boxes) box.checked = s.filters[box.dataset.filter as FilterKey]?.includes(box.value) ?? false;
  for (const d of facets) if (d.querySelector("input:checked")) d.open = true;
}

/** The form's state, on a page; a new query goes back to the newest decisions (the scope of `current` is for its query). */
function formState({ q, sort, from, to, boxes }: Controls, current: SearchState, page = 1): SearchState {
  const filters: SearchState["filters"] = {};
  for (const box of boxes) if (box.checked) (filters[box.dataset.filter as FilterKey] ??= []).push(box.value);
  const scope = q.value.trim() === current.q.trim() ? current.scope : "";
  return { q: q.value.trim(), filters, from: from.value, to: to.value, sort: sort.value, scope, page };
}

/** A state whose years were chosen backwards, swapped, in the form too, with a notice saying so put in `problems`. */
function yearsInOrder(c: Controls, next: SearchState, problems: string[]): SearchState {
  const { from, to, notice } = orderYears(next.from, next.to);
  if (!notice) return next;
  c.from.value = from;
  c.to.value = to;
  problems.push(notice);
  return { ...next, from, to };
}

/** The filters a facet's options set: the category facet holds subcategories too. */
const facetKeys = (d: HTMLDetailsElement) => (d.dataset.facet === "category" ? ["category", "subcategory"] : [d.dataset.facet!]);

/** The filters of the facets open. */
const openFilters = (c: Controls) => c.facets.flatMap((d) => (d.open ? facetKeys(d) : []));

/** The tags of the filters chosen in the form, each of which clears its filter, with their number on the filter button. */
function showTags(c: Controls, s: SearchState, changed: (focusNext: boolean) => void): void {
  const chosen = chosenFilters(c, s);
  el("filter-n").textContent = `(${chosen.length})`;
  renderTags(c.tags, chosen, changed);
}

function chosenFilters({ boxes, from, to }: Controls, s: SearchState): Chosen[] {
  const chosen: Chosen[] = [];
  for (const box of boxes) {
    if (!box.checked) continue;
    const facet = box.closest("details")?.querySelector("summary")?.textContent ?? box.dataset.filter!;
    const name = box.dataset.filter === "subcategory" ? "Subcategory" : facet;
    chosen.push({ label: `${name}: ${box.value}`, clear: () => (box.checked = false) });
  }
  if (s.from) chosen.push({ label: `From: ${s.from}`, clear: () => (from.value = "") });
  if (s.to) chosen.push({ label: `To: ${s.to}`, clear: () => (to.value = "") });
  return chosen;
}

/** On a small screen the filters fold behind a "Filter (n)" button, so the results come first. */
function setUpFilterToggle(panel: HTMLElement): void {
  const toggle = el<HTMLButtonElement>("filter-toggle");
  toggle.hidden = false;
  panel.parentElement!.classList.add("collapsible");
  toggle.addEventListener("click", () => {
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
}

// The search page's results: the list, the page links, the CSV button and the status line's
// summary of what is shown. Keeps the page of results on show, which fills in as it is scrolled,
// and every result of the search, for the CSV.

/** The results of the search page with these controls, of this archive; `go` follows a page link. */
function searchResults(c: Controls, archive: Archive, go: (s: SearchState) => void) {
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
      // The list of every decision, newest first, from the newest shard alone: its pages are the
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

// What the search page says about a search beside its results: notices (URL parameters it cannot
// use, operators it does not support), a council's page for a query that names the council, which
// decisions were searched, and, when nothing is found, why and what would find something. Each
// function writes into the places it is given, and keeps nothing.

/** Follows a link to another state of the search. */
type Go = (s: SearchState) => void;

const count = (n: number) => n.toLocaleString("en-GB");

function showNotices(c: Controls, problems: readonly string[], s: SearchState): void {
  const operators = unsupportedOperators(s.q).notice;
  c.notices.replaceChildren(
    ...[...problems, ...(operators ? [operators] : [])].map((p) =>
      Object.assign(document.createElement("p"), { className: "notice", textContent: p }),
    ),
  );
}

/** For a query that is the name of one of `councils`, a link to the council's page. */
function showCouncilOffer(c: Controls, councils: readonly string[], s: SearchState): void {
  const offer = c.councilOffer;
  const council = councilNamed(s.q, councils);
  const page = c.boxes.find((b) => b.dataset.filter === "council" && b.value === council)?.dataset.page;
  offer.hidden = council === null || page === undefined;
  if (council === null || page === undefined) return offer.replaceChildren();
  const link = Object.assign(document.createElement("a"), { href: page, textContent: council });
  offer.replaceChildren(link, ": its page has every decision about it, and how it compares.");
}

/**
 * Which decisions were searched, with a link to search all of them when it was the newest alone;
 * nothing for an archive of one shard, or before a search (`found` null).
 */
function showScope(c: Controls, archive: Archive, s: SearchState, found: Found | null, go: Go): void {
  const line = c.scope;
  const { total, newest, since } = archive;
  line.hidden = !archive.sharded || found === null || (isListing(s) && !found.all);
  if (line.hidden || !found) return;
  const theNewest = `the newest ${count(newest)} decisions (decided since ${formatDate(since)})`;
  if (!found.all) {
    line.replaceChildren(
      `Searched ${theNewest}. `,
      stateLink({ ...s, scope: "all", page: 1 }, `Search all ${count(total)} decisions`, go),
      " (a larger download).",
    );
  } else {
    line.textContent = found.why
      ? `${found.why}, so all ${count(total)} decisions were searched.`
      : `Searched all ${count(total)} decisions.`;
  }
}

/**
 * "No decisions contain ‘councl’." and, where a real word is near, "Did you mean council?"; the
 * search with only the words that are in some decision; the search without its filters. `clear`
 * empties the results, saying its message.
 */
function showMissing(c: Controls, archive: Archive, s: SearchState, found: Found, go: Go, clear: (message: string) => void): void {
  const { missing } = found;
  const slug = referenceSlug(s.q);
  if (slug) {
    // The casebook holds no decision of that reference: how many it holds, and where the ombudsman's own search is.
    const held = found.all ? `all ${count(archive.total)} decisions` : `the newest ${count(archive.newest)} decisions`;
    clear(`The casebook holds no decision ${printedReference(slug)} (searched ${held} it holds). `);
    const official = Object.assign(document.createElement("a"), {
      href: "https://www.lgo.org.uk/decisions",
      rel: "external",
      textContent: "the ombudsman's own decisions search",
    });
    return c.status.append("It may be in ", official, ".");
  }
  const none = found.all ? "No decisions contain" : `None of the newest ${count(archive.newest)} decisions contain`;
  clear(`${none} ${missing.words.map((w) => `‘${w}’`).join(" or ")}.`);
  const status = c.status;
  const offered = missing.words.reduce((query, word, i) => {
    const offer = missing.offers[i];
    return offer ? query.replace(word, offer) : query;
  }, s.q);
  if (offered !== s.q) status.append(" Did you mean ", stateLink({ ...s, q: offered, page: 1 }, offered, go), "?");
  const held = queryWords(termOf(s)).filter((w) => !missing.words.includes(w));
  if (held.length > 0) {
    const rest = held.join(" ");
    status.append(" Search for ", stateLink({ ...s, q: rest, page: 1 }, rest, go), " instead.");
  }
  offerWithoutFilters(c, s, go);
}

/** When filters are in use and nothing was found: the same words, every decision. */
function offerWithoutFilters(c: Controls, s: SearchState, go: Go): void {
  // Any filter with a value, or a year range: what the search gives Pagefind as filters.
  const filtered = s.from || s.to || FILTER_KEYS.some((k) => s.filters[k]?.length);
  if (!filtered) return;
  const bare = { ...s, filters: {}, from: "", to: "", page: 1 };
  c.status.append(" ", stateLink(bare, "Search without the filters", go), ".");
}

/** No decision has every word (each is in some): each word's own search. */
function offerAnyWord(c: Controls, s: SearchState, go: Go): void {
  const words = queryWords(termOf(s));
  if (words.length < 2 || referenceSlug(s.q)) return;
  c.status.append(" No decision has all of these words; search for one: ");
  words.forEach((word, i) => {
    if (i > 0) c.status.append(", ");
    c.status.append(stateLink({ ...s, q: word, page: 1 }, word, go));
  });
  c.status.append(".");
}

// The page's events, wired to the parts above.

/** Typing pauses this long before it searches. */
const DEBOUNCE_MS = 200;

/** Starts the search page of this form: its events, and the search in the URL. */
export function startSearch(form: HTMLFormElement): void {
  const c = controlsOf(form);
  const data = form.dataset;
  const base = data.base ?? "/";
  const index = openIndex(data.bundle!, base, (data.shards ?? "").split(" ").filter(Boolean));
  const archive = { total: Number(data.total), newest: Number(data.newest), since: data.newestFrom ?? "", sharded: index.sharded };
  const years = (c.panel.dataset.years ?? "").split(" ").filter(Boolean);
  const known = knownValues(c.boxes);
  const policy = searchPolicy(index, archive, years);
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
    // The first page of every decision, newest first, is in the page already.
    if (isListing(s) && orderOf(s) === "newest" && s.page === 1) {
      results.showNewest(s);
      renderCounts(c.boxes, null);
      return showScope(c, archive, s, null, go);
    }
    let found: Found;
    try {
      found = await policy.find(s);
    } catch {
      if (!stale()) results.clear("The search index could not be loaded. Search works on the built site (npm start), not the dev server.");
      return;
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
  // The page comes with the newest decisions listed; a search in the URL replaces them.
  if (location.search) results.clear("Searching…");
  void arrive(policy.onlyDecision).then((left) => {
    if (left) return;
    readUrl();
    return run(keptView());
  });
}
