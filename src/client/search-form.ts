// The search page's form: its controls, found once; the state it shows and the state it holds;
// the tags of the filters chosen in it; and, on a small screen, the button its filters fold behind.

import { orderYears, type FilterKey, type SearchState } from "../lib/search-query.ts";
import { renderTags, type Chosen } from "./search-view.ts";

const el = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The search page's controls, and the places it writes into. */
export function controlsOf(form: HTMLFormElement) {
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

export type Controls = ReturnType<typeof controlsOf>;

/** The values each filter offers. */
export function knownValues(boxes: readonly HTMLInputElement[]): Partial<Record<FilterKey, Set<string>>> {
  const known: Partial<Record<FilterKey, Set<string>>> = {};
  for (const box of boxes) (known[box.dataset.filter as FilterKey] ??= new Set()).add(box.value);
  return known;
}

/** Shows a state in the form; an open facet shows what is chosen in it. */
export function fillForm({ q, sort, from, to, boxes, facets }: Controls, s: SearchState): void {
  q.value = s.q;
  sort.value = s.sort;
  from.value = s.from;
  to.value = s.to;
  for (const box of boxes) box.checked = s.filters[box.dataset.filter as FilterKey]?.includes(box.value) ?? false;
  for (const d of facets) if (d.querySelector("input:checked")) d.open = true;
}

/** The form's state, on a page; a new query goes back to the newest decisions (the scope of `current` is for its query). */
export function formState({ q, sort, from, to, boxes }: Controls, current: SearchState, page = 1): SearchState {
  const filters: SearchState["filters"] = {};
  for (const box of boxes) if (box.checked) (filters[box.dataset.filter as FilterKey] ??= []).push(box.value);
  const scope = q.value.trim() === current.q.trim() ? current.scope : "";
  return { q: q.value.trim(), filters, from: from.value, to: to.value, sort: sort.value, scope, page };
}

/** A state whose years were chosen backwards, swapped, in the form too, with a notice saying so put in `problems`. */
export function yearsInOrder(c: Controls, next: SearchState, problems: string[]): SearchState {
  const { from, to, notice } = orderYears(next.from, next.to);
  if (!notice) return next;
  c.from.value = from;
  c.to.value = to;
  problems.push(notice);
  return { ...next, from, to };
}

/** The filters a facet's options set: the category facet holds subcategories too. */
export const facetKeys = (d: HTMLDetailsElement) => (d.dataset.facet === "category" ? ["category", "subcategory"] : [d.dataset.facet!]);

/** The filters of the facets open. */
export const openFilters = (c: Controls) => c.facets.flatMap((d) => (d.open ? facetKeys(d) : []));

/** The tags of the filters chosen in the form, each of which clears its filter, with their number on the filter button. */
export function showTags(c: Controls, s: SearchState, changed: (focusNext: boolean) => void): void {
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
export function setUpFilterToggle(panel: HTMLElement): void {
  const toggle = el<HTMLButtonElement>("filter-toggle");
  toggle.hidden = false;
  panel.parentElement!.classList.add("collapsible");
  toggle.addEventListener("click", () => {
    const open = !panel.classList.contains("open");
    panel.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
}
