// The search page's only script: runs Pagefind in the browser, with the query, filters, sort and
// page kept in the URL. Each change is a history entry (typing is debounced into one), so Back and
// Forward step through searches, restoring focus and scroll; a reload shows the same.
//
// What it downloads, and when: nothing from Pagefind until the form is used (the whole archive's
// counts are in the HTML); a filter's own index only when that filter is opened or used (Pagefind
// reports counts only for the filters it has loaded). A large archive's index comes in shards (scripts/build-index.ts, data-shards on the form):
// each is merged into the primary with mergeIndex and tagged with a "shard" filter. Shards hold
// date ranges, oldest first, so a sorted search runs shard by shard and joins the lists in order
// (Pagefind's own merge would interleave them by each shard's local rank).
//
// Pagefind answers a word it does not hold with its longest indexed prefix ("xyzzyq" finds "x");
// a word is checked against the words its best results matched (matchesWord) before they are shown.

import { formatDate } from "../lib/dates.ts";
import {
  FILTER_KEYS,
  matchesWord,
  normaliseWord,
  parseState,
  queryWords,
  referenceSlug,
  stateQuery,
  STOP_WORDS,
  summaryLine,
  yearRange,
  type FilterKey,
  type SearchState,
} from "../lib/search-query.ts";

interface PagefindResultData {
  url: string;
  raw_url?: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE = 20;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind's excerpt (escaped text with <mark>s) without marks on stop words or a leading "Summary." */
function cleanExcerpt(html: string): string {
  return html
    .replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) => (STOP_WORDS.has(normaliseWord(word)) ? word : whole))
    .replace(/^\s*(?:<mark>)?(?:Summary|The statement)\.(?:<\/mark>)?\s*/, "");
}

export function startSearch(form: HTMLFormElement): void {
  const q = form.querySelector<HTMLInputElement>("#q")!;
  const sort = document.getElementById("sort") as HTMLSelectElement;
  const fromSel = document.getElementById("from") as HTMLSelectElement;
  const toSel = document.getElementById("to") as HTMLSelectElement;
  const boxes = [...document.querySelectorAll<HTMLInputElement>("input[data-filter]")];
  const facets = [...document.querySelectorAll<HTMLDetailsElement>("details[data-facet]")];
  const panel = document.getElementById("filter-panel")!;
  const toggle = document.getElementById("filter-toggle") as HTMLButtonElement;
  const filterN = document.getElementById("filter-n")!;
  const status = document.getElementById("status")!;
  const notices = document.getElementById("notices")!;
  const tags = document.getElementById("tags")!;
  const list = document.getElementById("results")!;
  const pages = document.getElementById("pages")!;
  const exportButton = document.getElementById("export") as HTMLButtonElement;
  const bundle = form.dataset.bundle!;
  const base = form.dataset.base ?? "/";
  const shardUrls = (form.dataset.shards ?? "").split(" ").filter(Boolean);
  const years = (panel.dataset.years ?? "").split(" ").filter(Boolean);
  const pfOptions = { baseUrl: base, highlightParam: "highlight", excerptLength: 40 };
  const known: Partial<Record<FilterKey, Set<string>>> = {};
  for (const box of boxes) (known[box.dataset.filter as FilterKey] ??= new Set()).add(box.value);

  let pagefind: Promise<Pagefind> | null = null;
  /** Filters whose index is loaded (Pagefind loads one when a search names it). */
  const loadedFilters = new Set<string>();
  let generation = 0;
  let state: SearchState;
  let problems: string[] = [];
  /** The slugs of every result of the current search, in order (for the CSV). */
  let currentResults: PagefindResult[] = [];

  history.scrollRestoration = "manual";
  toggle.hidden = false;
  panel.parentElement!.classList.add("collapsible");
  toggle.addEventListener("click", () => {
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });

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

  function formState(page = 1): SearchState {
    const filters: SearchState["filters"] = {};
    for (const box of boxes) if (box.checked) (filters[box.dataset.filter as FilterKey] ??= []).push(box.value);
    return { q: q.value.trim(), filters, from: fromSel.value, to: toSel.value, sort: sort.value, page };
  }

  /** A new history entry for a changed search; the one left behind keeps its scroll and focus. */
  function commit(next: SearchState) {
    const qs = stateQuery(next);
    if (qs === location.search) return run();
    history.replaceState({ scrollY: window.scrollY, focus: document.activeElement?.id ?? "" }, "", location.href);
    history.pushState(null, "", qs || location.pathname);
    problems = [];
    state = next;
    return run();
  }

  function load(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await module.options(pfOptions);
      await module.init();
      if (shardUrls.length > 0) {
        await module.options({ mergeFilter: { shard: "0" } });
        for (const [i, shardUrl] of shardUrls.entries())
          await module.mergeIndex(shardUrl, { ...pfOptions, mergeFilter: { shard: String(i + 1) } });
      }
      return module;
    })();
    pagefind.catch(() => (pagefind = null));
    return pagefind;
  }

  const facetKeys = (d: HTMLDetailsElement) => (d.dataset.facet === "category" ? ["category", "subcategory"] : [d.dataset.facet!]);

  function pagefindFilters(s: SearchState): Record<string, unknown> {
    const filters: Record<string, unknown> = {};
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

  /** One search over every shard; sorted searches shard by shard (see the top of this file). */
  async function searchAll(pf: Pagefind, term: string, filters: Record<string, unknown>, order: string): Promise<PagefindSearch | null> {
    if (!order) return pf.search(term || null, { filters });
    const sortBy = { date: order === "oldest" ? "asc" : "desc" };
    if (shardUrls.length === 0) return pf.search(term || null, { filters, sort: sortBy });
    const shards = Array.from({ length: shardUrls.length + 1 }, (_, k) => String(k));
    if (order !== "oldest") shards.reverse();
    const parts: PagefindSearch[] = [];
    for (const shard of shards) {
      const part = await pf.search(term || null, { filters: { ...filters, shard }, sort: sortBy });
      if (!part) return null;
      parts.push(part);
    }
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

  /**
   * The query's words that no decision holds: a word is held if one of its best few results
   * matched it (Pagefind ranks whole-word matches above its prefix fallback).
   */
  async function missingWords(pf: Pagefind, words: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const word of words) {
      const found = await pf.search(word);
      const top = await Promise.all((found?.results ?? []).slice(0, 3).map((r) => r.data()));
      const held = top.some((d) => {
        const contentWords = d.content.split(/\s+/);
        return d.locations.some((l) => matchesWord(word, contentWords[l] ?? ""));
      });
      if (!held) missing.push(word);
    }
    return missing;
  }

  /**
   * Counts per value of the given filters for a search. A filter's own choices are left out of its
   * counts (the values of one filter are alternatives), so a filter in use takes a search of its own.
   */
  async function countsFor(pf: Pagefind, s: SearchState, keys: readonly string[]): Promise<Record<string, Record<string, number>>> {
    const chosen = pagefindFilters(s);
    const term = termOf(s);
    const counts: Record<string, Record<string, number>> = {};
    const free = keys.filter((k) => !(k in chosen));
    if (free.length > 0) {
      const all = await searchAll(pf, term, { ...chosen, ...Object.fromEntries(free.map((k) => [k, { none: [] }])) }, "");
      for (const k of free) counts[k] = all?.filters[k] ?? {};
    }
    for (const k of keys.filter((k) => k in chosen)) {
      const { [k]: _own, ...others } = chosen;
      const without = await searchAll(pf, term, { ...others, [k]: { none: [] } }, "");
      counts[k] = without?.filters[k] ?? {};
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
    notices.replaceChildren(...problems.map((p) => Object.assign(document.createElement("p"), { className: "notice", textContent: p })));
  }

  /** Counts per option from the current search; a zero-count option cannot be chosen (unless chosen already). */
  function updateCounts(counts: Record<string, Record<string, number>> | null) {
    for (const box of boxes) {
      const key = box.dataset.filter!;
      const label = box.labels?.[0]?.querySelector(".count");
      const values = counts?.[key];
      const n = counts === null ? Number(box.dataset.count) : values === undefined ? undefined : (values[box.value] ?? 0);
      if (label) label.textContent = n === undefined ? "" : `(${n})`;
      box.disabled = n === 0 && !box.checked;
    }
  }

  function renderTags(s: SearchState) {
    const chosen: { label: string; clear: () => void }[] = [];
    for (const box of boxes) {
      if (!box.checked) continue;
      const facet = box.closest("details")?.querySelector("summary")?.textContent ?? box.dataset.filter!;
      const name = box.dataset.filter === "subcategory" ? "Subcategory" : facet;
      chosen.push({ label: `${name}: ${box.value}`, clear: () => (box.checked = false) });
    }
    if (s.from) chosen.push({ label: `From: ${s.from}`, clear: () => (fromSel.value = "") });
    if (s.to) chosen.push({ label: `To: ${s.to}`, clear: () => (toSel.value = "") });
    filterN.textContent = `(${chosen.length})`;
    tags.hidden = chosen.length === 0;
    const buttons = chosen.map((c) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "secondary tag";
      b.textContent = `${c.label} ×`;
      b.setAttribute("aria-label", `Remove filter ${c.label}`);
      b.addEventListener("click", () => {
        c.clear();
        void commit(formState()).then(() => (tags.querySelector("button") ?? q).focus());
      });
      return b;
    });
    if (chosen.length > 0) {
      const all = document.createElement("button");
      all.type = "button";
      all.className = "secondary";
      all.textContent = "Clear all";
      all.addEventListener("click", () => {
        for (const box of boxes) box.checked = false;
        fromSel.value = toSel.value = "";
        void commit(formState()).then(() => q.focus());
      });
      buttons.push(all);
    }
    tags.replaceChildren(...buttons);
  }

  function renderPages(s: SearchState, total: number) {
    const count = Math.ceil(total / PAGE);
    pages.hidden = count <= 1;
    const links: HTMLElement[] = [];
    const link = (page: number, text: string, rel?: string) => {
      if (page === s.page && !rel) {
        const here = document.createElement("span");
        here.setAttribute("aria-current", "page");
        here.textContent = text;
        return here;
      }
      const a = document.createElement("a");
      a.href = stateQuery({ ...s, page }) || location.pathname;
      a.textContent = text;
      if (rel) a.rel = rel;
      a.addEventListener("click", (e) => {
        e.preventDefault();
        void commit({ ...s, page }).then(() => {
          list.querySelector("a")?.focus();
        });
      });
      return a;
    };
    if (count > 1) {
      if (s.page > 1) links.push(link(s.page - 1, "Previous", "prev"));
      for (let p = 1; p <= count; p++) links.push(link(p, String(p)));
      if (s.page < count) links.push(link(s.page + 1, "Next", "next"));
    }
    pages.replaceChildren(...links);
  }

  /** A result's link, carrying the query's words (not stop words) for highlighting on the decision page. */
  function resultHref(d: PagefindResultData, s: SearchState): string {
    const target = new URL(d.raw_url ?? d.url.split("?")[0]!, location.href);
    if (referenceSlug(s.q)) return target.pathname;
    const words = queryWords(s.q).map((w) => w.replace(/\*$/, ""));
    for (const w of words) target.searchParams.append("highlight", w);
    return target.pathname + target.search;
  }

  async function run(restore?: { scrollY?: number; focus?: string }) {
    const mine = ++generation;
    const s = state;
    showNotices();
    renderTags(s);
    const filters = pagefindFilters(s);
    if (!s.q.trim() && Object.keys(filters).length === 0) {
      list.replaceChildren();
      pages.hidden = true;
      exportButton.hidden = true;
      currentResults = [];
      updateCounts(null);
      status.textContent = "Type some words, or choose a filter, to see decisions.";
      return;
    }
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      if (mine !== generation) return;
      status.textContent = "The search index could not be loaded. Search works on the built site (npm start), not the dev server.";
      return;
    }
    if (mine !== generation) return;
    const term = termOf(s);
    const missing = s.q.trim() ? await missingWords(pf, referenceSlug(s.q) ? [term] : queryWords(s.q)) : [];
    if (mine !== generation) return;
    const search = missing.length > 0 ? null : await searchAll(pf, term, filters, s.sort);
    if (mine !== generation) return;
    if (missing.length > 0 || !search) {
      currentResults = [];
      list.replaceChildren();
      pages.hidden = true;
      exportButton.hidden = true;
      updateCounts({});
      status.textContent =
        missing.length > 0 ? `No decisions contain ${missing.map((w) => `‘${w}’`).join(" or ")}.` : "No decisions found.";
      return;
    }
    const counts = await countsFor(pf, s, shownKeys(s));
    if (mine !== generation) return;
    currentResults = search.results;
    updateCounts(counts);
    const total = search.results.length;
    const lastPage = Math.max(1, Math.ceil(total / PAGE));
    const page = Math.min(s.page, lastPage);
    const batch = search.results.slice((page - 1) * PAGE, page * PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const slug = referenceSlug(s.q);
    if (slug) data.sort((a, b) => Number(b.url.includes(`/decisions/${slug}/`)) - Number(a.url.includes(`/decisions/${slug}/`)));
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement("li");
        const meta = [
          d.meta.reference ? escapeHtml(d.meta.reference) : "",
          d.meta.date ? `<time datetime="${escapeHtml(d.meta.date)}">${formatDate(d.meta.date)}</time>` : "",
          escapeHtml(d.meta.outcome ?? ""),
          escapeHtml(d.filters.category?.[0] ?? ""),
        ].filter(Boolean);
        // The title is the council and the reference; the meta line does not repeat the council.
        li.innerHTML = `<article><h3><a href="${escapeHtml(resultHref(d, s))}">${escapeHtml(d.meta.council ?? d.meta.title ?? d.url)}</a></h3>
          <p class="meta">${meta.join(" · ")}</p>
          <p class="excerpt">${cleanExcerpt(d.excerpt)}</p></article>`;
        return li;
      }),
    );
    renderPages({ ...s, page }, total);
    exportButton.hidden = total === 0;
    // Announced once, after the results are on the page.
    status.textContent =
      total === 0 ? "No decisions found." : `${summaryLine(page, PAGE, total)}${s.sort ? `, ${s.sort} first` : ", most relevant first"}.`;
    if (restore) {
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
      const pf = await load();
      const counts = await countsFor(pf, state, shownKeys(state));
      if (mine === generation) updateCounts(counts);
    } catch {
      // run() reports a missing index.
    }
  }

  async function exportCsv() {
    exportButton.disabled = true;
    try {
      const [all, data] = await Promise.all([
        fetch(`${base}decisions.json`).then((r) => r.json() as Promise<Record<string, unknown>[]>),
        Promise.all(currentResults.map((r) => r.data())),
      ]);
      const { csvText } = await import("./search-csv.ts");
      const bySlug = new Map(all.map((d) => [d.slug as string, d]));
      const rows = data.map((d) => bySlug.get(/\/decisions\/([^/]+)\//.exec(d.raw_url ?? d.url)?.[1] ?? "")).filter((d) => d !== undefined);
      const blob = new Blob([csvText(rows)], { type: "text/csv;charset=utf-8" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "decisions-search.csv";
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      exportButton.disabled = false;
    }
  }

  let timer: number | undefined;
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void commit(formState()), 400);
  });
  for (const el of [...boxes, sort, fromSel, toSel]) el.addEventListener("change", () => void commit(formState()));
  for (const d of facets) d.addEventListener("toggle", () => d.open && void prepareFacet(d));
  // Start fetching Pagefind as soon as the form is used, not on page load.
  form.addEventListener("focusin", () => void load().catch(() => {}), { once: true });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // Enter on a reference that exists opens its decision.
    const slug = referenceSlug(q.value);
    if (slug) {
      const page = `${base}decisions/${slug}/`;
      const ok = await fetch(page, { method: "HEAD" }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return location.assign(page);
    }
    await commit(formState());
  });
  exportButton.addEventListener("click", () => void exportCsv());
  window.addEventListener("popstate", (e) => {
    clearTimeout(timer);
    readUrl();
    void run((e.state as { scrollY?: number; focus?: string } | null) ?? {});
  });
  // A reload comes back to the same place.
  window.addEventListener("pagehide", () =>
    history.replaceState({ scrollY: window.scrollY, focus: document.activeElement?.id ?? "" }, "", location.href),
  );
  readUrl();
  void run((history.state as { scrollY?: number; focus?: string } | null) ?? undefined);
}
