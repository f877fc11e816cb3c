// The search page's only script: runs Pagefind in the browser, with the query, filters, sort,
// scope and page kept in the URL. Each change is a history entry (typing is debounced into one),
// so Back and Forward step through searches, restoring focus and scroll; a reload shows the same.
//
// What it downloads, and when: nothing from Pagefind until the form is used (the whole archive's
// counts are in the HTML); a filter's own index only when that filter is opened or used (Pagefind
// reports counts only for the filters it has loaded). A large archive is searched newest first:
// the newest shard alone, until the reader asks for all (scope=all), sorts oldest first, types a
// reference, or the newest shard has nothing (./search-index.ts).

import { formatDate } from "../lib/dates.ts";
import { FILTER_KEYS, parseState, queryWords, referenceSlug, stateQuery, summaryLine, yearRange } from "../lib/search-query.ts";
import type { FilterKey, SearchState } from "../lib/search-query.ts";
import { openIndex, type Filters, type Missing, type PagefindResult, type PagefindSearch } from "./search-index.ts";
import { renderCounts, renderPages, renderResults, renderTags, stateLink, type Chosen } from "./search-view.ts";

const PAGE = 20;
/** Typing pauses this long before it searches (and makes a history entry). */
const DEBOUNCE_MS = 300;

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
  /** The newest shard had nothing, so every decision was searched. */
  widened: boolean;
}

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number) => n.toLocaleString("en-GB");

export function startSearch(form: HTMLFormElement): void {
  const q = form.querySelector<HTMLInputElement>("#q")!;
  const [sort, fromSel, toSel] = [el<HTMLSelectElement>("sort"), el<HTMLSelectElement>("from"), el<HTMLSelectElement>("to")];
  const boxes = [...document.querySelectorAll<HTMLInputElement>("input[data-filter]")];
  const facets = [...document.querySelectorAll<HTMLDetailsElement>("details[data-facet]")];
  const [panel, status, scopeLine, list, pages] = [el("filter-panel"), el("status"), el("scope"), el("results"), el("pages")];
  const exportButton = el<HTMLButtonElement>("export");
  const data = form.dataset;
  const index = openIndex(data.bundle!, data.base ?? "/", (data.shards ?? "").split(" ").filter(Boolean));
  const archive = { total: Number(data.total), newest: Number(data.newest), since: data.newestFrom ?? "" };
  const years = (panel.dataset.years ?? "").split(" ").filter(Boolean);
  const known: Partial<Record<FilterKey, Set<string>>> = {};
  for (const box of boxes) (known[box.dataset.filter as FilterKey] ??= new Set()).add(box.value);

  /** Filters whose index is loaded (Pagefind loads one when a search names it). */
  const loadedFilters = new Set<string>();
  let generation = 0;
  let state: SearchState;
  let problems: string[] = [];
  /** Every result of the current search, in order (for the CSV). */
  let currentResults: PagefindResult[] = [];
  /** Whether the current search was of every decision (its filter counts are then the archive's). */
  let searchedAll = !index.sharded;

  setUpFilterToggle(panel);

  function readUrl() {
    ({ state, problems } = parseState(location.search, known, years));
    q.value = state.q;
    sort.value = state.sort;
    fromSel.value = state.from;
    toSel.value = state.to;
    for (const box of boxes) box.checked = state.filters[box.dataset.filter as FilterKey]?.includes(box.value) ?? false;
    // An open facet shows what is chosen in it.
    for (const d of facets) if (d.querySelector("input:checked")) d.open = true;
  }

  /** The form's state; a new query goes back to the newest decisions and page 1. */
  function formState(page = 1): SearchState {
    const filters: SearchState["filters"] = {};
    for (const box of boxes) if (box.checked) (filters[box.dataset.filter as FilterKey] ??= []).push(box.value);
    const scope = q.value.trim() === state.q.trim() ? state.scope : "";
    return { q: q.value.trim(), filters, from: fromSel.value, to: toSel.value, sort: sort.value, scope, page };
  }

  const currentView = (): View => ({ scrollY: window.scrollY, focus: document.activeElement?.id ?? "" });

  /** A new history entry for a changed search; the one left behind keeps its scroll and focus. */
  function commit(next: SearchState): Promise<void> {
    const qs = stateQuery(next);
    if (qs === location.search) return run();
    history.replaceState(currentView(), "", location.href);
    history.pushState(null, "", qs || location.pathname);
    problems = [];
    state = next;
    return run();
  }

  const go = (next: SearchState) => void commit(next).then(() => list.querySelector("a")?.focus());

  const facetKeys = (d: HTMLDetailsElement) => (d.dataset.facet === "category" ? ["category", "subcategory"] : [d.dataset.facet!]);

  function pagefindFilters(s: SearchState): Filters {
    const filters: Filters = {};
    for (const key of FILTER_KEYS) if (s.filters[key]?.length) filters[key] = { any: s.filters[key] };
    const range = yearRange(s.from, s.to, years);
    if (range) filters.year = { any: range };
    return filters;
  }

  /** The term Pagefind is given: a reference in any form becomes the one word the index holds for it. */
  const termOf = (s: SearchState) => {
    const slug = referenceSlug(s.q);
    return slug ? slug.replace(/-/g, "") : s.q;
  };

  /** Searches the newest decisions, or all of them when the state asks or the newest have nothing. */
  async function find(s: SearchState): Promise<Found> {
    const words = referenceSlug(s.q) ? [termOf(s)] : queryWords(s.q);
    // Sorted oldest first, or a reference (of any year): every decision.
    const asked = !index.sharded || s.scope === "all" || s.sort === "oldest" || referenceSlug(s.q) !== null;
    for (const all of asked ? [true] : [false, true]) {
      const missing = s.q.trim() ? await index.missing(words, all) : { words: [], offers: [] };
      const search = missing.words.length > 0 ? null : await index.search(termOf(s) || null, pagefindFilters(s), s.sort, all);
      if (all || (search?.results.length ?? 0) > 0) return { search, missing, all, widened: all && !asked };
    }
    throw new Error("unreachable");
  }

  /**
   * Counts per value of the given filters for a search. A filter's own choices are left out of its
   * counts (the values of one filter are alternatives), so a filter in use takes a search of its own.
   */
  async function countsFor(s: SearchState, keys: readonly string[], all: boolean): Promise<Record<string, Record<string, number>>> {
    const chosen = pagefindFilters(s);
    const term = termOf(s) || null;
    const counts: Record<string, Record<string, number>> = {};
    const free = keys.filter((k) => !(k in chosen));
    if (free.length > 0) {
      const found = await index.search(term, { ...chosen, ...Object.fromEntries(free.map((k) => [k, { none: [] }])) }, "", all);
      for (const k of free) counts[k] = found?.filters[k] ?? {};
    }
    for (const k of keys.filter((k) => k in chosen)) {
      const { [k]: _own, ...others } = chosen;
      const found = await index.search(term, { ...others, [k]: { none: [] } }, "", all);
      counts[k] = found?.filters[k] ?? {};
    }
    for (const k of keys) loadedFilters.add(k);
    return counts;
  }

  /** The filters whose counts are shown: those opened, and those in use. */
  function shownKeys(s: SearchState): string[] {
    const keys = new Set<string>(loadedFilters);
    for (const d of facets) if (d.open) for (const k of facetKeys(d)) keys.add(k);
    for (const k of FILTER_KEYS) if (s.filters[k]?.length) keys.add(k);
    return [...keys];
  }

  function showNotices() {
    el("notices").replaceChildren(
      ...problems.map((p) => Object.assign(document.createElement("p"), { className: "notice", textContent: p })),
    );
  }

  function chosenFilters(s: SearchState): Chosen[] {
    const chosen: Chosen[] = [];
    for (const box of boxes) {
      if (!box.checked) continue;
      const facet = box.closest("details")?.querySelector("summary")?.textContent ?? box.dataset.filter!;
      const name = box.dataset.filter === "subcategory" ? "Subcategory" : facet;
      chosen.push({ label: `${name}: ${box.value}`, clear: () => (box.checked = false) });
    }
    if (s.from) chosen.push({ label: `From: ${s.from}`, clear: () => (fromSel.value = "") });
    if (s.to) chosen.push({ label: `To: ${s.to}`, clear: () => (toSel.value = "") });
    return chosen;
  }

  function showTags(s: SearchState) {
    const chosen = chosenFilters(s);
    el("filter-n").textContent = `(${chosen.length})`;
    const tags = el("tags");
    renderTags(
      tags,
      chosen,
      (focusNext) => void commit(formState()).then(() => ((focusNext && tags.querySelector("button")) || q).focus()),
    );
  }

  /** Which decisions were searched, with a link to search all of them when it was the newest alone. */
  function showScope(s: SearchState, found: Found | null) {
    scopeLine.hidden = !index.sharded || found === null;
    if (scopeLine.hidden || !found) return;
    const newest = `the newest ${count(archive.newest)} decisions (decided since ${formatDate(archive.since)})`;
    if (!found.all) {
      scopeLine.replaceChildren(
        `Searched ${newest}. `,
        stateLink({ ...s, scope: "all", page: 1 }, `Search all ${count(archive.total)} decisions`, go),
      );
    } else {
      scopeLine.textContent = found.widened
        ? `None of ${newest} matched, so all ${count(archive.total)} were searched.`
        : `Searched all ${count(archive.total)} decisions.`;
    }
  }

  function clearResults(message: string) {
    currentResults = [];
    list.replaceChildren();
    pages.hidden = true;
    exportButton.hidden = true;
    status.textContent = message;
  }

  /** "No decisions contain ‘councl’." and, where a real word is near, "Did you mean council?" */
  function showMissing(s: SearchState, missing: Missing) {
    clearResults(`No decisions contain ${missing.words.map((w) => `‘${w}’`).join(" or ")}.`);
    const offered = missing.words.reduce((query, word, i) => {
      const offer = missing.offers[i];
      return offer ? query.replace(word, offer) : query;
    }, s.q);
    if (offered !== s.q) status.append(" Did you mean ", stateLink({ ...s, q: offered, page: 1 }, offered, go), "?");
  }

  async function showResults(s: SearchState, found: Found, mine: number) {
    const search = found.search!;
    const counts = await countsFor(s, shownKeys(s), found.all);
    if (mine !== generation) return;
    currentResults = search.results;
    renderCounts(boxes, counts);
    const total = search.results.length;
    const lastPage = Math.max(1, Math.ceil(total / PAGE));
    const page = Math.min(s.page, lastPage);
    const data = await Promise.all(search.results.slice((page - 1) * PAGE, page * PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    const slug = referenceSlug(s.q);
    const isIt = (url: string) => Number(url.includes(`/decisions/${slug}/`));
    if (slug) data.sort((a, b) => isIt(b.url) - isIt(a.url));
    renderResults(list, data, s);
    renderPages(pages, { ...s, page }, lastPage, go);
    exportButton.hidden = total === 0;
    // Announced once, after the results are on the page.
    status.textContent =
      total === 0 ? "No decisions found." : `${summaryLine(page, PAGE, total)}${s.sort ? `, ${s.sort} first` : ", most relevant first"}.`;
  }

  async function run(restore?: View) {
    const mine = ++generation;
    const s = state;
    showNotices();
    showTags(s);
    if (!s.q.trim() && Object.keys(pagefindFilters(s)).length === 0) {
      clearResults("Type some words, or choose a filter, to see decisions.");
      renderCounts(boxes, null);
      showScope(s, null);
      return;
    }
    let found: Found;
    try {
      found = await find(s);
    } catch {
      if (mine === generation) {
        clearResults("The search index could not be loaded. Search works on the built site (npm start), not the dev server.");
      }
      return;
    }
    if (mine !== generation) return;
    searchedAll = found.all;
    showScope(s, found);
    if (found.missing.words.length > 0) showMissing(s, found.missing);
    else if (!found.search) clearResults("No decisions found.");
    else await showResults(s, found, mine);
    if (found.missing.words.length > 0 || !found.search) renderCounts(boxes, {});
    if (restore && mine === generation) {
      window.scrollTo(0, restore.scrollY ?? 0);
      if (restore.focus) document.getElementById(restore.focus)?.focus({ preventScroll: true });
    }
  }

  /** A facet opened during a search: load its index and put counts on its options. */
  async function prepareFacet(details: HTMLDetailsElement) {
    const keys = facetKeys(details);
    if (keys.every((k) => loadedFilters.has(k)) || (!state.q.trim() && Object.keys(pagefindFilters(state)).length === 0)) return;
    const mine = generation;
    try {
      const counts = await countsFor(state, shownKeys(state), searchedAll);
      if (mine === generation) renderCounts(boxes, counts);
    } catch {
      // run() reports a missing index.
    }
  }

  let timer: number | undefined;
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void commit(formState()), DEBOUNCE_MS);
  });
  for (const control of [...boxes, sort, fromSel, toSel]) control.addEventListener("change", () => void commit(formState()));
  for (const d of facets) d.addEventListener("toggle", () => d.open && void prepareFacet(d));
  // Start fetching Pagefind as soon as the form is used, not on page load.
  form.addEventListener("focusin", () => void index.warm().catch(() => {}), { once: true });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // Enter on a reference that exists opens its decision.
    const slug = referenceSlug(q.value);
    if (slug) {
      const page = `${data.base ?? "/"}decisions/${slug}/`;
      const ok = await fetch(page, { method: "HEAD" }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return location.assign(page);
    }
    await commit(formState());
  });
  exportButton.addEventListener("click", () => void exportCsv(exportButton, data.base ?? "/", currentResults));
  window.addEventListener("popstate", (e) => {
    clearTimeout(timer);
    readUrl();
    void run((e.state as View | null) ?? {});
  });
  keepView(currentView);
  history.scrollRestoration = "manual";
  readUrl();
  void run((history.state as View | null) ?? undefined);
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

/** "Download these results (CSV)": the rows of decisions.json for every result, in order. */
async function exportCsv(button: HTMLButtonElement, base: string, results: readonly PagefindResult[]) {
  button.disabled = true;
  try {
    const [all, found] = await Promise.all([
      fetch(`${base}decisions.json`).then((r) => r.json() as Promise<Record<string, unknown>[]>),
      Promise.all(results.map((r) => r.data())),
    ]);
    const { csvText } = await import("./search-csv.ts");
    const bySlug = new Map(all.map((d) => [d.slug as string, d]));
    const rows = found.map((d) => bySlug.get(/\/decisions\/([^/]+)\//.exec(d.raw_url ?? d.url)?.[1] ?? "")).filter((d) => d !== undefined);
    const blob = new Blob([csvText(rows)], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions-search.csv";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } finally {
    button.disabled = false;
  }
}
