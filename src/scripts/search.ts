// The search page's only script: runs Pagefind in the browser, with the query, filters and sort
// kept in the URL (so a search can be bookmarked, shared and reloaded).

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
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
  debouncedSearch(term: string | null, o?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
}

const PAGE = 20;
const FILTER_KEYS = ["council", "outcome", "category", "subcategory", "year", "remedy"] as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const formatDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
};

export function startSearch(form: HTMLFormElement): void {
  const q = form.querySelector<HTMLInputElement>("#q")!;
  const sort = form.querySelector<HTMLSelectElement>("#sort")!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  const status = document.getElementById("status")!;
  const list = document.getElementById("results")!;
  const more = document.getElementById("more") as HTMLButtonElement;
  const bundle = form.dataset.bundle!;

  let pagefind: Promise<Pagefind> | null = null;
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

  function updateCounts(counts: Record<string, Record<string, number>>) {
    for (const s of selects) {
      const values = counts[s.name] ?? {};
      for (const option of s.options) {
        const label = option.dataset.label;
        if (label === undefined) continue;
        const n = values[label] ?? 0;
        option.textContent = `${label} (${n})`;
      }
    }
  }

  function load(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: form.dataset.base, highlightParam: "highlight", excerptLength: 40 });
      await module.init();
      // Loads every filter's index, so searches report counts for every filter, not only the ones in use.
      await module.filters();
      return module;
    })();
    pagefind.catch(() => (pagefind = null));
    return pagefind;
  }

  async function run() {
    const mine = ++generation;
    writeUrl();
    const { term, filters, sort: order } = state();
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      if (mine !== generation) return;
      status.textContent = "The search index could not be loaded. Search works on the built site (npm start), not the dev server.";
      return;
    }
    if (!term && Object.keys(filters).length === 0) {
      const all = await pf.filters();
      if (mine !== generation) return;
      current = null;
      list.replaceChildren();
      more.hidden = true;
      updateCounts(all);
      status.textContent = "Type some words, or choose a filter, to see decisions.";
      return;
    }
    status.textContent = "Searching…";
    const options: Record<string, unknown> = { filters };
    if (order) options.sort = { date: order === "oldest" ? "asc" : "desc" };
    const search = await pf.search(term || null, options);
    if (mine !== generation || !search) return;
    current = search;
    updateCounts(search.filters);
    list.replaceChildren();
    shown = 0;
    const n = search.results.length;
    status.textContent = n === 0 ? "No decisions found." : `${n} ${n === 1 ? "decision" : "decisions"} found${order ? `, ${order} first` : ", most relevant first"}.`;
    await showMore(mine);
  }

  async function showMore(mine = generation) {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
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
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener("reset", () => setTimeout(run, 0));
  more.addEventListener("click", () => showMore());
  run();
}
