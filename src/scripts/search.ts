// The search page's only script: runs Pagefind in the browser, with the query, filters and sort
// kept in the URL (so a search can be bookmarked, shared and reloaded).
//
// What it downloads, and when: nothing from Pagefind until the form is used (the whole archive's
// counts are in the HTML); a filter's own index only when that filter is focused or used (Pagefind
// reports counts only for the filters it has loaded, so until then a search shows that filter's
// options without counts). A large archive's index comes in shards (scripts/build-index.ts, data-shards on the form):
// each is merged into the primary with mergeIndex and tagged with a "shard" filter. Shards hold
// date ranges, oldest first, so a sorted search runs shard by shard and joins the lists in order
// (Pagefind's own merge would interleave them by each shard's local rank).

import { formatDate } from "../lib/dates.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE = 20;
const FILTER_KEYS = ["council", "outcome", "category", "subcategory", "year", "remedy", "body", "closure"] as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function startSearch(form: HTMLFormElement): void {
  const q = form.querySelector<HTMLInputElement>("#q")!;
  const sort = form.querySelector<HTMLSelectElement>("#sort")!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  const status = document.getElementById("status")!;
  const list = document.getElementById("results")!;
  const more = document.getElementById("more") as HTMLButtonElement;
  const bundle = form.dataset.bundle!;
  const shardUrls = (form.dataset.shards ?? "").split(" ").filter(Boolean);
  const pfOptions = { baseUrl: form.dataset.base, highlightParam: "highlight", excerptLength: 40 };

  let pagefind: Promise<Pagefind> | null = null;
  /** Filters whose index is loaded (Pagefind loads one when a search names it). */
  const loadedFilters = new Set<string>();
  let current: PagefindSearch | null = null;
  let shown = 0;
  let generation = 0;

  // State from the URL into the form.
  const params = new URLSearchParams(location.search);
  q.value = params.get("q") ?? "";
  sort.value = params.get("sort") ?? "";
  for (const s of selects) s.value = params.get(s.name) ?? "";

  function state() {
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    return { term: q.value.trim(), filters, sort: sort.value };
  }

  function writeUrl() {
    const { term, filters, sort: order } = state();
    const next = new URLSearchParams();
    if (term) next.set("q", term);
    for (const key of FILTER_KEYS) if (filters[key]) next.set(key, filters[key]);
    if (order) next.set("sort", order);
    const qs = next.toString();
    history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
  }

  /** Counts per option; a filter whose index is not loaded yet shows its options without one. */
  function updateCounts(counts: Record<string, Record<string, number>> | null) {
    for (const s of selects) {
      const values = counts?.[s.name];
      for (const option of s.options) {
        const label = option.dataset.label;
        if (label === undefined) continue;
        // null: the whole archive, as printed in the HTML.
        const n = counts === null ? option.dataset.count : values === undefined ? undefined : (values[label] ?? 0);
        option.textContent = n === undefined ? label : `${label} (${n})`;
      }
    }
  }

  function load(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await module.options(pfOptions);
      await module.init();
      if (shardUrls.length > 0) {
        await module.options({ mergeFilter: { shard: "0" } });
        for (const [i, shardUrl] of shardUrls.entries()) await module.mergeIndex(shardUrl, { ...pfOptions, mergeFilter: { shard: String(i + 1) } });
      }
      return module;
    })();
    pagefind.catch(() => (pagefind = null));
    return pagefind;
  }

  /** One search over every shard; sorted searches shard by shard (see the top of this file). */
  async function searchAll(pf: Pagefind, term: string, filters: Record<string, unknown>, order: string): Promise<PagefindSearch | null> {
    if (!order) return pf.search(term || null, { filters });
    const sort = { date: order === "oldest" ? "asc" : "desc" };
    if (shardUrls.length === 0) return pf.search(term || null, { filters, sort });
    const shards = Array.from({ length: shardUrls.length + 1 }, (_, k) => String(k));
    if (order !== "oldest") shards.reverse();
    const parts: PagefindSearch[] = [];
    for (const shard of shards) {
      const part = await pf.search(term || null, { filters: { ...filters, shard }, sort });
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
    return { results: parts.flatMap((p) => p.results), filters: counts, unfilteredResultCount: parts.reduce((sum, p) => sum + p.unfilteredResultCount, 0) };
  }

  async function run() {
    const mine = ++generation;
    writeUrl();
    const { term, filters, sort: order } = state();
    if (!term && Object.keys(filters).length === 0) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
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
    status.textContent = "Searching…";
    const search = await searchAll(pf, term, filters, order);
    if (mine !== generation || !search) return;
    for (const key of Object.keys(filters)) loadedFilters.add(key);
    current = search;
    updateCounts(search.filters);
    shown = 0;
    // The count is announced once the first results are on the page.
    await showMore(mine, true);
    if (mine !== generation) return;
    const n = search.results.length;
    status.textContent = n === 0 ? "No decisions found." : `${n} ${n === 1 ? "decision" : "decisions"} found${order ? `, ${order} first` : ", most relevant first"}.`;
  }

  /**
   * A filter about to be used (focused) during a search: load that filter's index alone and put
   * counts on its options. Naming a filter with an empty "none" loads its index without narrowing
   * the search. With no search, the options keep the archive's counts and nothing is loaded.
   */
  async function prepareFilter(select: HTMLSelectElement) {
    const key = select.name;
    const { term, filters, sort: order } = state();
    if (loadedFilters.has(key) || (!term && Object.keys(filters).length === 0)) return;
    const mine = generation;
    try {
      const pf = await load();
      const search = await searchAll(pf, term, { ...filters, [key]: filters[key] ?? { none: [] } }, order);
      loadedFilters.add(key);
      if (mine === generation && search) updateCounts(search.filters);
    } catch {
      // run() reports a missing index.
    }
  }

  async function showMore(mine = generation, fresh = false) {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    if (fresh) list.replaceChildren();
    for (const d of data) {
      const li = document.createElement("li");
      const meta = [d.meta.council, d.meta.outcome, d.meta.date ? `<time datetime="${escapeHtml(d.meta.date)}">${formatDate(d.meta.date)}</time>` : ""].filter(Boolean);
      // Pagefind's excerpt is escaped text with <mark> around the matched words.
      li.innerHTML = `<article><h3><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h3>
        <p class="meta">${meta.map((m, i) => (i < 2 ? escapeHtml(m!) : m)).join(" · ")}</p>
        <p class="excerpt">${d.excerpt}</p></article>`;
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= current.results.length;
  }

  let timer: number | undefined;
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  });
  for (const s of [...selects, sort]) s.addEventListener("change", run);
  for (const s of selects) s.addEventListener("focus", () => void prepareFilter(s));
  // Start fetching Pagefind as soon as the form is used, not on page load.
  form.addEventListener("focusin", () => void load().catch(() => {}), { once: true });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener("reset", () => setTimeout(run, 0));
  more.addEventListener("click", () => showMore());
  run();
}
