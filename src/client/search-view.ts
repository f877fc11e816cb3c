// What the search page draws from a search: the results, the page links, the filter tags and the
// counts on the filter options. Each function is given what it draws into; none keeps state but
// drawResults, whose results fill in as they come into view.

import { formatDate } from "../lib/dates.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { normaliseWord, queryWords, referenceSlug, STOP_WORDS, stateQuery, type SearchState } from "../lib/search-query.ts";
import type { PagefindResult, PagefindResultData } from "./search-index.ts";

/** Pagefind's excerpt (escaped text with <mark>s) without marks on stop words or a leading "Summary." */
function cleanExcerpt(html: string): string {
  return html
    .replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) => (STOP_WORDS.has(normaliseWord(word)) ? word : whole))
    .replace(/^\s*(?:<mark>)?(?:Summary|The statement)\.(?:<\/mark>)?\s*/, "");
}

/** A result's link, carrying the query's words (not stop words) for highlighting on the decision page. */
function resultHref(d: PagefindResultData, s: SearchState): string {
  // Pagefind's url has the site's base path (raw_url is the path as indexed) and its own highlight parameter.
  const target = new URL(d.url.split("?")[0]!, location.href);
  if (referenceSlug(s.q)) return target.pathname;
  const words = queryWords(s.q).map((w) => w.replace(/\*$/, ""));
  for (const w of words) target.searchParams.append("highlight", w);
  return target.pathname + target.search;
}

/** How far below the window a result's data is fetched, before it is scrolled to. */
const AHEAD_PX = 300;

/**
 * A result's item, filled in: council (the title), then reference, date, outcome, category and
 * subcategory, and whether it is an excerpt; what it agreed; then the excerpt of its text.
 */
function fillResult(li: HTMLLIElement, d: PagefindResultData, s: SearchState): void {
  const meta = [
    d.meta.reference ? escapeHtml(d.meta.reference) : "",
    d.meta.date ? `<time datetime="${escapeHtml(d.meta.date)}">${formatDate(d.meta.date)}</time>` : "",
    escapeHtml(d.meta.outcome ?? ""),
    escapeHtml(d.filters.subcategory?.[0] ?? d.filters.category?.[0] ?? ""),
    d.meta.excerpt ? "excerpt" : "",
  ].filter(Boolean);
  const agreed = d.meta.agreed ? `\n      <p class="agreed">${escapeHtml(d.meta.agreed)}</p>` : "";
  li.innerHTML = `<article><h3><a href="${escapeHtml(resultHref(d, s))}">${escapeHtml(d.meta.council ?? d.meta.title ?? d.url)}</a></h3>
      <p class="meta">${meta.join(" · ")}</p>${agreed}
      <p class="excerpt">${cleanExcerpt(d.excerpt)}</p></article>`;
}

/** A result's place in the list until its data comes. */
function pendingResult(n: number): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "pending";
  li.setAttribute("aria-busy", "true");
  li.textContent = `Loading result ${n}…`;
  return li;
}

const nearWindow = (li: HTMLElement) => {
  const box = li.getBoundingClientRect();
  return box.top < window.innerHeight + AHEAD_PX && box.bottom > -AHEAD_PX;
};

export interface DrawnResults {
  /** Resolves once the results near the window when they were drawn are filled in. */
  shown: Promise<void>;
  /** Fills in every result (before a scroll position is restored); resolves when they are. */
  all(): Promise<void>;
  /** Fills in no more: a new search is replacing these. */
  stop(): void;
}

/**
 * Draws a page of results as Pagefind's own UI does: each is a placeholder until its place comes
 * within AHEAD_PX of the window, and only then is its data fetched (its fragment: the decision's
 * indexed text, about 5 KB gzipped), so a search downloads what the reader can see. The focus
 * entering the list fills in every result, so Tab reaches each one.
 */
export function drawResults(
  list: HTMLElement,
  results: readonly Pick<PagefindResult, "data">[],
  s: SearchState,
  first: number,
): DrawnResults {
  const items = results.map((_, i) => pendingResult(first + i));
  list.replaceChildren(...items);
  let stopped = false;
  const filling: Promise<void>[] = [];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) void fill(items.indexOf(e.target as HTMLLIElement));
    },
    { rootMargin: `0px 0px ${AHEAD_PX}px` },
  );
  const fill = (i: number): Promise<void> => {
    const li = items[i]!;
    observer.unobserve(li);
    const settled = () => {
      li.className = "";
      li.removeAttribute("aria-busy");
      return !stopped;
    };
    return (filling[i] ??= results[i]!.data().then(
      (d) => void (settled() && fillResult(li, d, s)),
      () => void (settled() && (li.textContent = `Result ${first + i} could not be loaded.`)),
    ));
  };
  const all = () => Promise.all(items.map((_, i) => fill(i))).then(() => {});
  // Each result reports its own failure in its place, so the whole never rejects.
  const fillAll = () => void all();
  list.addEventListener("focusin", fillAll);
  for (const li of items) observer.observe(li);
  // Measured now, not left to the observer, whose first call waits for the next frame.
  const inView = items.flatMap((li, i) => (nearWindow(li) ? [fill(i)] : []));
  return {
    shown: Promise.all(inView).then(() => {}),
    all,
    stop: () => {
      stopped = true;
      observer.disconnect();
      list.removeEventListener("focusin", fillAll);
    },
  };
}

/** A link to another state of the search, followed in the page (go) rather than by loading it. */
export function stateLink(s: SearchState, text: string, go: (s: SearchState) => void, rel?: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = stateQuery(s) || location.pathname;
  a.textContent = text;
  if (rel) a.rel = rel;
  a.addEventListener("click", (e) => {
    e.preventDefault();
    go(s);
  });
  return a;
}

function currentPage(page: number): HTMLElement {
  const here = document.createElement("span");
  here.setAttribute("aria-current", "page");
  here.textContent = String(page);
  return here;
}

/** Previous, the numbered pages and Next; the current page is marked, not linked. */
export function renderPages(nav: HTMLElement, s: SearchState, count: number, go: (s: SearchState) => void): void {
  nav.hidden = count <= 1;
  const links: HTMLElement[] = [];
  if (count > 1) {
    if (s.page > 1) links.push(stateLink({ ...s, page: s.page - 1 }, "Previous", go, "prev"));
    for (let p = 1; p <= count; p++) links.push(p === s.page ? currentPage(p) : stateLink({ ...s, page: p }, String(p), go));
    if (s.page < count) links.push(stateLink({ ...s, page: s.page + 1 }, "Next", go, "next"));
  }
  nav.replaceChildren(...links);
}

export interface Chosen {
  label: string;
  clear: () => void;
}

/** A removable tag a chosen filter ("Council: Kent County Council ×") and "Clear all". */
export function renderTags(box: HTMLElement, chosen: readonly Chosen[], changed: (focusNext: boolean) => void): void {
  box.hidden = chosen.length === 0;
  const button = (text: string, label: string, clear: () => void, focusNext: boolean) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary tag";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", () => {
      clear();
      changed(focusNext);
    });
    return b;
  };
  const buttons = chosen.map((c) => button(`${c.label} ×`, `Remove filter ${c.label}`, c.clear, true));
  if (chosen.length > 0) {
    const all = button("Clear all", "Clear all filters", () => chosen.forEach((c) => c.clear()), false);
    all.classList.remove("tag");
    buttons.push(all);
  }
  box.replaceChildren(...buttons);
}

/**
 * Counts on the filter options: the archive's own (counts null), a search's, or none yet for a
 * filter not loaded. An option with no decisions cannot be chosen, unless it is chosen already.
 */
export function renderCounts(boxes: readonly HTMLInputElement[], counts: Record<string, Record<string, number>> | null): void {
  for (const box of boxes) {
    const label = box.labels?.[0]?.querySelector(".count");
    const values = counts?.[box.dataset.filter!];
    const n = counts === null ? Number(box.dataset.count) : values === undefined ? undefined : (values[box.value] ?? 0);
    if (label) label.textContent = n === undefined ? "" : `(${n})`;
    box.disabled = n === 0 && !box.checked;
  }
  for (const list of new Set(boxes.map((b) => b.closest("ul")))) if (list) emptyLast(list);
}

/**
 * Puts a list's options that no decision of the search has after the others, each group in its
 * first order. No option moves from under the pointer: while it is over the list, the new order
 * waits until it leaves.
 */
function emptyLast(list: HTMLUListElement): void {
  if (list.matches(":hover")) {
    if (list.dataset.reorder === "waiting") return;
    list.dataset.reorder = "waiting";
    const later = () => {
      delete list.dataset.reorder;
      emptyLast(list);
    };
    list.addEventListener("pointerleave", later, { once: true });
    return;
  }
  const items = [...list.children] as HTMLLIElement[];
  items.forEach((li, i) => (li.dataset.order ??= String(i)));
  const empty = (li: HTMLLIElement) => Number(li.querySelector<HTMLInputElement>(":scope > input")?.disabled ?? false);
  const sorted = [...items].sort((a, b) => empty(a) - empty(b) || Number(a.dataset.order) - Number(b.dataset.order));
  if (sorted.every((li, i) => li === items[i])) return;
  // Moving the options takes them out of the page for a moment: keep the focus and the scroll position.
  const focused = document.activeElement;
  const { scrollX, scrollY } = window;
  list.replaceChildren(...sorted);
  if (focused instanceof HTMLElement && list.contains(focused)) focused.focus({ preventScroll: true });
  window.scrollTo(scrollX, scrollY);
}

/**
 * A box that narrows a long list of options to those whose name holds what is typed; the options
 * chosen stay in view.
 */
export function narrowOptions(input: HTMLInputElement, list: HTMLElement): void {
  input.addEventListener("input", () => {
    const typed = input.value.trim().toLowerCase();
    for (const li of list.querySelectorAll<HTMLLIElement>(":scope > li")) {
      const box = li.querySelector<HTMLInputElement>(":scope > input");
      const name = li.querySelector(":scope > label")?.textContent?.toLowerCase() ?? "";
      li.hidden = typed !== "" && !name.includes(typed) && !box?.checked;
    }
  });
}
