// The search page's only script: runs Pagefind in the browser, with the query, filters, sort,
// scope and page kept in the URL. Each change is a history entry (typing is debounced into one),
// so Back and Forward step through searches, restoring focus and scroll; a reload shows the same.
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
  namesDecision,
  orderYears,
  isListing,
  orderOf,
  parseState,
  printedReference,
  queryWords,
  referenceSlug,
  RESULTS_PER_PAGE,
  stateQuery,
  summaryLine,
  termOf,
  typedSoFar,
  unsupportedOperators,
  whyEveryDecision,
  yearRange,
} from "../lib/search-query.ts";
import type { FilterKey, SearchState } from "../lib/search-query.ts";
import {
  openIndex,
  slugOf,
  type Filters,
  type Missing,
  type PagefindResult,
  type PagefindSearch,
  type SearchIndex,
} from "./search-index.ts";
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

const PAGE = RESULTS_PER_PAGE;
/** Typing pauses this long before it searches. */
const DEBOUNCE_MS = 200;
/** Searches typed within this long of the last are one history entry (the words as they grow). */
const TYPING_ENTRY_MS = 2000;

interface View {
  scrollY?: number;
  focus?: string;
}

/** What a search found, and over which decisions. */
interface Found {
  search: PagefindSearch | null;
  missing: Missing;
  /** Every decision searched (not the newest shard alone). */
  all: boolean;
  /** Why every decision was searched when the reader did not ask (scope=all): a sentence, or "". */
  why: string;
}

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number) => n.toLocaleString("en-GB");

export function startSearch(form: HTMLFormElement): void {
  new SearchPage(form).start();
}

/** The search page's controls, found once. */
function controlsOf(form: HTMLFormElement) {
  return {
    q: form.querySelector<HTMLInputElement>("#q")!,
    sort: el<HTMLSelectElement>("sort"),
    from: el<HTMLSelectElement>("from"),
    to: el<HTMLSelectElement>("to"),
    boxes: [...document.querySelectorAll<HTMLInputElement>("input[data-filter]")],
    facets: [...document.querySelectorAll<HTMLDetailsElement>("details[data-facet]")],
    panel: el("filter-panel"),
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

const facetKeys = (d: HTMLDetailsElement) => (d.dataset.facet === "category" ? ["category", "subcategory"] : [d.dataset.facet!]);
const currentView = (): View => ({ scrollY: window.scrollY, focus: document.activeElement?.id ?? "" });

class SearchPage {
  private readonly c: ReturnType<typeof controlsOf>;
  private readonly base: string;
  private readonly index: SearchIndex;
  private readonly archive: { total: number; newest: number; since: string };
  private readonly years: string[];
  private readonly known: Partial<Record<FilterKey, Set<string>>> = {};
  /** Filters whose index is loaded (Pagefind loads one when a search names it). */
  private readonly loadedFilters = new Set<string>();
  private generation = 0;
  private state!: SearchState;
  private problems: string[] = [];
  /** The page of results on show, filling in as it is scrolled. */
  private drawn: DrawnResults | undefined;
  /** Every result of the current search, in order (for the CSV). */
  private currentResults: PagefindResult[] = [];
  /** Whether the current search was of every decision (its filter counts are then the archive's). */
  private searchedAll: boolean;
  private timer: number | undefined;
  /** When typing last made a search (performance.now()). */
  private lastTyped = -Infinity;
  /** The first page of every decision, newest first, as the page came with it. */
  private readonly newestPage: Node[];

  constructor(private readonly form: HTMLFormElement) {
    this.c = controlsOf(form);
    const data = form.dataset;
    this.base = data.base ?? "/";
    this.index = openIndex(data.bundle!, this.base, (data.shards ?? "").split(" ").filter(Boolean));
    this.archive = { total: Number(data.total), newest: Number(data.newest), since: data.newestFrom ?? "" };
    this.years = (this.c.panel.dataset.years ?? "").split(" ").filter(Boolean);
    for (const box of this.c.boxes) (this.known[box.dataset.filter as FilterKey] ??= new Set()).add(box.value);
    this.searchedAll = !this.index.sharded;
    this.newestPage = [...this.c.list.children].map((li) => li.cloneNode(true));
  }

  start(): void {
    const { q, boxes, sort, from, to, facets, exportButton, exportStatus } = this.c;
    setUpFilterToggle(this.c.panel);
    for (const input of document.querySelectorAll<HTMLInputElement>("input[data-narrow]")) {
      input.hidden = false;
      narrowOptions(input, input.nextElementSibling as HTMLElement);
    }
    q.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.commit(this.formState(), true), DEBOUNCE_MS);
      // The words' index is fetched while the reader types, not after the pause.
      const s = this.formState();
      const typed = typedSoFar(termOf(s));
      if (typed) void this.index.preload(typed, this.scopeOf(s).all).catch(() => {});
    });
    for (const control of [...boxes, sort, from, to]) control.addEventListener("change", () => void this.commit(this.formState()));
    for (const d of facets) d.addEventListener("toggle", () => d.open && void this.prepareFacet(d));
    // Start fetching Pagefind as soon as the form is used, not on page load.
    this.form.addEventListener("focusin", () => void this.index.warm().catch(() => {}), { once: true });
    this.form.addEventListener("submit", (e) => void this.submit(e));
    exportButton.addEventListener("click", () => {
      const results = this.currentResults;
      const listing = isListing(this.state);
      void import("./export-results.ts").then(({ downloadResults }) =>
        downloadResults(exportButton, exportStatus, this.base, listing ? "every decision" : results),
      );
    });
    window.addEventListener("popstate", (e) => {
      clearTimeout(this.timer);
      this.readUrl();
      void this.run((e.state as View | null) ?? {});
    });
    keepView(currentView);
    history.scrollRestoration = "manual";
    // The page comes with the newest decisions listed; a search in the URL replaces them.
    if (location.search) this.clearResults("Searching…");
    void this.arrive().then((left) => {
      if (left) return;
      this.readUrl();
      return this.run((history.state as View | null) ?? undefined);
    });
  }

  private readUrl() {
    const { q, sort, from, to, boxes, facets } = this.c;
    ({ state: this.state, problems: this.problems } = parseState(location.search, this.known, this.years));
    q.value = this.state.q;
    sort.value = this.state.sort;
    from.value = this.state.from;
    to.value = this.state.to;
    for (const box of boxes) box.checked = this.state.filters[box.dataset.filter as FilterKey]?.includes(box.value) ?? false;
    // An open facet shows what is chosen in it.
    for (const d of facets) if (d.querySelector("input:checked")) d.open = true;
  }

  /** The form's state; a new query goes back to the newest decisions and page 1. */
  private formState(page = 1): SearchState {
    const { q, sort, from, to, boxes } = this.c;
    const filters: SearchState["filters"] = {};
    for (const box of boxes) if (box.checked) (filters[box.dataset.filter as FilterKey] ??= []).push(box.value);
    const scope = q.value.trim() === this.state.q.trim() ? this.state.scope : "";
    return { q: q.value.trim(), filters, from: from.value, to: to.value, sort: sort.value, scope, page };
  }

  /** A state whose years were chosen backwards, swapped, in the form too, with a notice saying so. */
  private inOrder(next: SearchState): SearchState {
    const { from, to, notice } = orderYears(next.from, next.to);
    if (!notice) return next;
    this.c.from.value = from;
    this.c.to.value = to;
    this.problems.push(notice);
    return { ...next, from, to };
  }

  /**
   * A new history entry for a changed search; the one left behind keeps its scroll and focus.
   * Typing goes on in one entry until it pauses for TYPING_ENTRY_MS.
   */
  private commit(wanted: SearchState, typing = false): Promise<void> {
    this.problems = [];
    const next = this.inOrder(wanted);
    const qs = stateQuery(next);
    if (qs === location.search) return this.run();
    const now = performance.now();
    const sameEntry = typing && now - this.lastTyped < TYPING_ENTRY_MS;
    this.lastTyped = typing ? now : -Infinity;
    // The new entry starts with the focus and scroll of the moment it was made (the control that
    // made it), and keeps them up to date from then on (keepView).
    if (sameEntry) history.replaceState(currentView(), "", qs || location.pathname);
    else {
      history.replaceState(currentView(), "", location.href);
      history.pushState(currentView(), "", qs || location.pathname);
    }
    this.state = next;
    return this.run();
  }

  /**
   * Follows a link to another state of the search, and puts the focus on the first result (filled
   * in first: the link may be far down the page, the first result out of the window).
   */
  private readonly go = (next: SearchState) =>
    void this.commit(next)
      .then(() => this.drawn?.all())
      .then(() => this.c.list.querySelector("a")?.focus());

  /** Enter on a reference that names one decision opens it; otherwise the form is searched. */
  private async submit(e: SubmitEvent) {
    e.preventDefault();
    clearTimeout(this.timer);
    const page = await this.onlyDecision(this.c.q.value);
    if (page) return location.assign(page);
    await this.commit(this.formState());
  }

  /** The page of the one decision a query that is a reference names (one part of a joint decision, or a decision whole); null otherwise. */
  private async onlyDecision(query: string): Promise<string | null> {
    const slug = referenceSlug(query);
    if (!slug) return null;
    try {
      const found = await this.index.search(slug.replace(/-/g, ""), {}, "", true);
      const data = await Promise.all((found?.results ?? []).slice(0, PAGE).map((r) => r.data()));
      const named = data.filter((d) => namesDecision(slug, slugOf(d.url)));
      return named.length === 1 ? named[0]!.url.split("?")[0]! : null;
    } catch {
      return null;
    }
  }

  /**
   * A search from the home page's form (?go=1): a reference that names one decision opens it, as
   * Enter does here; anything else is searched, and the URL loses the flag.
   */
  private async arrive(): Promise<boolean> {
    const params = new URLSearchParams(location.search);
    if (!params.has("go")) return false;
    const page = await this.onlyDecision(params.get("q") ?? "");
    if (page) {
      location.replace(page);
      return true;
    }
    params.delete("go");
    const qs = params.toString();
    history.replaceState(history.state, "", qs ? `?${qs}` : location.pathname);
    return false;
  }

  private pagefindFilters(s: SearchState): Filters {
    const filters: Filters = {};
    for (const key of FILTER_KEYS) if (s.filters[key]?.length) filters[key] = { any: s.filters[key] };
    const range = yearRange(s.from, s.to, this.years);
    if (range) filters.year = { any: range };
    return filters;
  }

  /**
   * Searches the newest decisions, or every decision when the reader asks (scope=all) or the
   * search could not be answered by the newest: sorted oldest first, a reference (of any year), or
   * years before the newest. Nothing else widens a search, as that costs many times the download.
   */
  private async find(s: SearchState): Promise<Found> {
    const term = termOf(s);
    const words = referenceSlug(s.q) ? [term] : queryWords(term);
    const { all, why } = this.scopeOf(s);
    // The words are checked while the search runs: their index is the same, and results wait for neither.
    const [missing, search] = await Promise.all([
      words.length > 0 ? this.index.missing(words, all) : { words: [], offers: [] },
      this.index.search(term || null, this.pagefindFilters(s), orderOf(s), all),
    ]);
    return { search: missing.words.length > 0 ? null : search, missing, all, why };
  }

  /** Whether a search looks at every decision, and why it must when the reader did not ask for it. */
  private scopeOf(s: SearchState): { all: boolean; why: string } {
    if (!this.index.sharded || s.scope === "all") return { all: true, why: "" };
    const why = whyEveryDecision(s, this.archive, PAGE);
    return { all: why !== "", why };
  }

  /**
   * Counts per value of the given filters for a search. A filter's own choices are left out of its
   * counts (the values of one filter are alternatives), so a filter in use takes a search of its own.
   */
  private async countsFor(s: SearchState, keys: readonly string[], all: boolean): Promise<Record<string, Record<string, number>>> {
    const chosen = this.pagefindFilters(s);
    const term = termOf(s) || null;
    const counts: Record<string, Record<string, number>> = {};
    const free = keys.filter((k) => !(k in chosen));
    if (free.length > 0) {
      const found = await this.index.search(term, { ...chosen, ...Object.fromEntries(free.map((k) => [k, { none: [] }])) }, "", all);
      for (const k of free) counts[k] = found?.filters[k] ?? {};
    }
    for (const k of keys.filter((k) => k in chosen)) {
      const { [k]: _own, ...others } = chosen;
      const found = await this.index.search(term, { ...others, [k]: { none: [] } }, "", all);
      counts[k] = found?.filters[k] ?? {};
    }
    for (const k of keys) this.loadedFilters.add(k);
    return counts;
  }

  /** The filters whose counts are shown: those opened, and those in use. */
  private shownKeys(s: SearchState): string[] {
    const keys = new Set<string>(this.loadedFilters);
    for (const d of this.c.facets) if (d.open) for (const k of facetKeys(d)) keys.add(k);
    for (const k of FILTER_KEYS) if (s.filters[k]?.length) keys.add(k);
    return [...keys];
  }

  private showNotices(s: SearchState) {
    const operators = unsupportedOperators(s.q).notice;
    el("notices").replaceChildren(
      ...[...this.problems, ...(operators ? [operators] : [])].map((p) =>
        Object.assign(document.createElement("p"), { className: "notice", textContent: p }),
      ),
    );
  }

  /** For a query that is a council's name, a link to the council's page. */
  private showCouncilOffer(s: SearchState) {
    const offer = this.c.councilOffer;
    const council = councilNamed(s.q, [...(this.known.council ?? [])]);
    const page = this.c.boxes.find((b) => b.dataset.filter === "council" && b.value === council)?.dataset.page;
    offer.hidden = council === null || page === undefined;
    if (council === null || page === undefined) return offer.replaceChildren();
    const link = Object.assign(document.createElement("a"), { href: page, textContent: council });
    offer.replaceChildren(link, ": its page has every decision about it, and how it compares.");
  }

  private chosenFilters(s: SearchState): Chosen[] {
    const { boxes, from, to } = this.c;
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

  private showTags(s: SearchState) {
    const chosen = this.chosenFilters(s);
    const { tags, q } = this.c;
    el("filter-n").textContent = `(${chosen.length})`;
    renderTags(
      tags,
      chosen,
      (focusNext) => void this.commit(this.formState()).then(() => ((focusNext && tags.querySelector("button")) || q).focus()),
    );
  }

  /** Which decisions were searched, with a link to search all of them when it was the newest alone. */
  private showScope(s: SearchState, found: Found | null) {
    const line = this.c.scope;
    const { total, newest, since } = this.archive;
    line.hidden = !this.index.sharded || found === null || (isListing(s) && !found.all);
    if (line.hidden || !found) return;
    const theNewest = `the newest ${count(newest)} decisions (decided since ${formatDate(since)})`;
    if (!found.all) {
      line.replaceChildren(
        `Searched ${theNewest}. `,
        stateLink({ ...s, scope: "all", page: 1 }, `Search all ${count(total)} decisions`, this.go),
        " (a larger download).",
      );
    } else {
      line.textContent = found.why
        ? `${found.why}, so all ${count(total)} decisions were searched.`
        : `Searched all ${count(total)} decisions.`;
    }
  }

  private clearResults(message: string) {
    this.currentResults = [];
    this.drawn?.stop();
    this.drawn = undefined;
    this.c.list.replaceChildren();
    this.c.pages.hidden = true;
    this.c.exportButton.hidden = true;
    this.c.exportStatus.textContent = "";
    this.c.status.textContent = message;
  }

  /**
   * "No decisions contain ‘councl’." and, where a real word is near, "Did you mean council?"; the
   * search with only the words that are in some decision; the search without its filters.
   */
  private showMissing(s: SearchState, found: Found) {
    const { missing } = found;
    const slug = referenceSlug(s.q);
    if (slug) return this.showUnknownReference(slug, found);
    const none = found.all ? "No decisions contain" : `None of the newest ${count(this.archive.newest)} decisions contain`;
    this.clearResults(`${none} ${missing.words.map((w) => `‘${w}’`).join(" or ")}.`);
    const status = this.c.status;
    const offered = missing.words.reduce((query, word, i) => {
      const offer = missing.offers[i];
      return offer ? query.replace(word, offer) : query;
    }, s.q);
    if (offered !== s.q) status.append(" Did you mean ", stateLink({ ...s, q: offered, page: 1 }, offered, this.go), "?");
    const held = queryWords(termOf(s)).filter((w) => !missing.words.includes(w));
    if (held.length > 0) {
      const rest = held.join(" ");
      status.append(" Search for ", stateLink({ ...s, q: rest, page: 1 }, rest, this.go), " instead.");
    }
    this.offerWithoutFilters(s);
  }

  /** "The casebook holds no decision 23 999 998", how many it holds, and where the ombudsman's own search is. */
  private showUnknownReference(slug: string, found: Found) {
    const held = found.all ? `all ${count(this.archive.total)} decisions` : `the newest ${count(this.archive.newest)} decisions`;
    this.clearResults(`The casebook holds no decision ${printedReference(slug)} (searched ${held} it holds). `);
    const official = Object.assign(document.createElement("a"), {
      href: "https://www.lgo.org.uk/decisions",
      rel: "external",
      textContent: "the ombudsman's own decisions search",
    });
    this.c.status.append("It may be in ", official, ".");
  }

  /** When filters are in use and nothing was found: the same words, every decision. */
  private offerWithoutFilters(s: SearchState) {
    const filtered = Object.keys(this.pagefindFilters(s)).length > 0;
    if (!filtered) return;
    const bare = { ...s, filters: {}, from: "", to: "", page: 1 };
    this.c.status.append(" ", stateLink(bare, "Search without the filters", this.go), ".");
  }

  /** No decision has every word (each is in some): each word's own search. */
  private offerAnyWord(s: SearchState) {
    const words = queryWords(termOf(s));
    if (words.length < 2 || referenceSlug(s.q)) return;
    this.c.status.append(" No decision has all of these words; search for one: ");
    words.forEach((word, i) => {
      if (i > 0) this.c.status.append(", ");
      this.c.status.append(stateLink({ ...s, q: word, page: 1 }, word, this.go));
    });
    this.c.status.append(".");
  }

  private async showResults(s: SearchState, found: Found, mine: number) {
    const search = found.search!;
    this.currentResults = search.results;
    // The list of every decision, newest first, from the newest shard alone: its pages are the
    // first of the whole list, which is as long as the archive.
    const total = isListing(s) && !found.all ? this.archive.total : search.results.length;
    const lastPage = Math.max(1, Math.ceil(total / PAGE));
    const page = Math.min(s.page, lastPage);
    const shown = await this.pageOfResults(s, search.results.slice((page - 1) * PAGE, page * PAGE));
    if (mine !== this.generation) return;
    this.drawn?.stop();
    this.drawn = drawResults(this.c.list, shown, s, (page - 1) * PAGE + 1);
    await this.drawn.shown;
    if (mine !== this.generation) return;
    renderPages(this.c.pages, { ...s, page }, lastPage, this.go);
    this.c.exportButton.hidden = total === 0;
    // Announced once, after the results are on the page.
    const order = orderOf(s);
    this.c.status.textContent =
      total === 0 ? "No decisions found." : `${summaryLine(page, PAGE, total)}${order ? `, ${order} first` : ", most relevant first"}.`;
    if (total === 0) {
      this.offerAnyWord(s);
      this.offerWithoutFilters(s);
    }
    // The filters' counts come after the results, which do not wait for them; a search of every
    // decision without words or filters has the archive's own, printed in the page.
    const everything = found.all && isListing(s);
    const counts = everything ? null : await this.countsFor(s, this.shownKeys(s), found.all);
    if (mine === this.generation) renderCounts(this.c.boxes, counts);
  }

  /**
   * A page of results as they are drawn. For a reference, every result's data is fetched first,
   * so the decision it names comes first whatever its rank.
   */
  private async pageOfResults(s: SearchState, results: PagefindResult[]): Promise<Pick<PagefindResult, "data">[]> {
    const slug = referenceSlug(s.q);
    if (!slug) return results;
    const data = await Promise.all(results.map((r) => r.data()));
    const isIt = (url: string) => Number(namesDecision(slug, slugOf(url)));
    data.sort((a, b) => isIt(b.url) - isIt(a.url));
    return data.map((d) => ({ data: () => Promise.resolve(d) }));
  }

  /** Runs the current state's search and draws it; the results list is aria-busy meanwhile. */
  private async run(restore?: View) {
    const mine = ++this.generation;
    this.c.list.setAttribute("aria-busy", "true");
    try {
      await this.searchAndShow(this.state, mine);
    } finally {
      if (mine === this.generation) this.c.list.setAttribute("aria-busy", "false");
    }
    if (restore && mine === this.generation) {
      // The results above the place scrolled back to are filled in first, or it would not be the same place.
      if (restore.scrollY) await this.drawn?.all();
      if (mine !== this.generation) return;
      window.scrollTo(0, restore.scrollY ?? 0);
      if (restore.focus) document.getElementById(restore.focus)?.focus({ preventScroll: true });
    }
  }

  private async searchAndShow(s: SearchState, mine: number) {
    this.showNotices(s);
    this.showTags(s);
    this.showCouncilOffer(s);
    if (this.isNewestPage(s)) return this.showNewestPage(s);
    let found: Found;
    try {
      found = await this.find(s);
    } catch {
      if (mine === this.generation) {
        this.clearResults("The search index could not be loaded. Search works on the built site (npm start), not the dev server.");
      }
      return;
    }
    if (mine !== this.generation) return;
    this.searchedAll = found.all;
    this.showScope(s, found);
    if (found.missing.words.length > 0) this.showMissing(s, found);
    else if (!found.search) this.clearResults("No decisions found.");
    else await this.showResults(s, found, mine);
    if (found.missing.words.length > 0 || !found.search) renderCounts(this.c.boxes, {});
  }

  /** Whether a state is the first page of every decision, newest first, which the page holds already. */
  private isNewestPage(s: SearchState): boolean {
    return isListing(s) && orderOf(s) === "newest" && s.page === 1;
  }

  /** The first page of every decision, newest first, from the page's own HTML: no download. */
  private showNewestPage(s: SearchState) {
    const total = this.archive.total;
    this.clearResults(`${summaryLine(1, PAGE, total)}, newest first.`);
    this.c.list.replaceChildren(...this.newestPage.map((li) => li.cloneNode(true)));
    renderPages(this.c.pages, s, Math.ceil(total / PAGE), this.go);
    this.c.exportButton.hidden = total === 0;
    renderCounts(this.c.boxes, null);
    this.showScope(s, null);
  }

  /** A facet opened during a search: load its index and put counts on its options. */
  private async prepareFacet(details: HTMLDetailsElement) {
    const keys = facetKeys(details);
    const s = this.state;
    if (keys.every((k) => this.loadedFilters.has(k)) || isListing(s)) return;
    const mine = this.generation;
    try {
      const counts = await this.countsFor(s, this.shownKeys(s), this.searchedAll);
      if (mine === this.generation) renderCounts(this.c.boxes, counts);
    } catch {
      // run() reports a missing index.
    }
  }
}

/** On a small screen the filters fold behind a "Filter (n)" button, so the results come first. */
function setUpFilterToggle(panel: HTMLElement) {
  const toggle = el<HTMLButtonElement>("filter-toggle");
  toggle.hidden = false;
  panel.parentElement!.classList.add("collapsible");
  toggle.addEventListener("click", () => {
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
}

/**
 * The current history entry keeps its scroll position and focus as they change, so whichever way
 * the reader comes back to it (Back, Forward, a reload) finds the page as it was left.
 */
function keepView(view: () => View) {
  let timer: number | undefined;
  const save = () => history.replaceState(view(), "", location.href);
  window.addEventListener(
    "scroll",
    () => {
      clearTimeout(timer);
      timer = window.setTimeout(save, 150);
    },
    { passive: true },
  );
  document.addEventListener("focusin", save);
  window.addEventListener("pagehide", save);
}
