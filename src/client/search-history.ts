// The search page's URL and history: the state of a search is its URL, and each change of it is
// a history entry (typing goes on in one entry while it goes on), so Back and Forward step through
// searches. Each entry keeps the scroll position and focus it was left with, which come back with it.

import { parseState, stateQuery, type FilterKey, type SearchState } from "../lib/search-query.ts";

/** Searches typed within this long of the last are one history entry (the words as they grow). */
const TYPING_ENTRY_MS = 2000;

/** Where the reader was on the page: what a history entry keeps. */
export interface View {
  scrollY?: number;
  focus?: string;
}

const currentView = (): View => ({ scrollY: window.scrollY, focus: document.activeElement?.id ?? "" });

/** The state in the URL, and what in it cannot be used (values no decision has, years that are not the decisions'). */
export const urlState = (known: Partial<Record<FilterKey, ReadonlySet<string>>>, years: readonly string[]) =>
  parseState(location.search, known, years);

/**
 * What makes a state the URL's: a new history entry, the one left behind keeping its scroll and
 * focus; typing goes on in one entry until it pauses for TYPING_ENTRY_MS. It answers false, and
 * makes no entry, when the URL holds that state already.
 */
export function stateRecorder(): (next: SearchState, typing: boolean) => boolean {
  /** When typing last made an entry (performance.now()). */
  let lastTyped = -Infinity;
  return (next, typing) => {
    const qs = stateQuery(next);
    if (qs === location.search) return false;
    const now = performance.now();
    const sameEntry = typing && now - lastTyped < TYPING_ENTRY_MS;
    lastTyped = typing ? now : -Infinity;
    // The new entry starts with the focus and scroll of the moment it was made (the control that
    // made it), and keeps them up to date from then on (keepView).
    if (sameEntry) history.replaceState(currentView(), "", qs || location.pathname);
    else {
      history.replaceState(currentView(), "", location.href);
      history.pushState(currentView(), "", qs || location.pathname);
    }
    return true;
  };
}

/** Starts keeping each entry's view, and calls `moved` with the view of the entry Back or Forward comes to. */
export function followHistory(moved: (view: View) => void): void {
  window.addEventListener("popstate", (e) => moved((e.state as View | null) ?? {}));
  keepView();
  history.scrollRestoration = "manual";
}

/** The view the current entry keeps, if any (the page was reloaded, or come back to from another). */
export const keptView = () => (history.state as View | null) ?? undefined;

/**
 * A search from the home page's form (?go=1): a reference that names one decision (`open` finds
 * its page) opens it, replacing this page, and true is returned; anything else is to be searched,
 * and the URL loses the flag.
 */
export async function arrive(open: (query: string) => Promise<string | null>): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  if (!params.has("go")) return false;
  const page = await open(params.get("q") ?? "");
  if (page) {
    location.replace(page);
    return true;
  }
  params.delete("go");
  const qs = params.toString();
  history.replaceState(history.state, "", qs ? `?${qs}` : location.pathname);
  return false;
}

/**
 * Puts the page back as an entry's view had it: the results above its scroll position filled in
 * first (`fillAll`), or it would not be the same place; then its scroll and focus, unless `stale`
 * says a newer search has begun.
 */
export async function restoreView(view: View, fillAll: () => Promise<void> | undefined, stale: () => boolean): Promise<void> {
  if (view.scrollY) await fillAll();
  if (stale()) return;
  window.scrollTo(0, view.scrollY ?? 0);
  if (view.focus) document.getElementById(view.focus)?.focus({ preventScroll: true });
}

/**
 * The current history entry keeps its scroll position and focus as they change, so whichever way
 * the reader comes back to it (Back, Forward, a reload) finds the page as it was left.
 */
function keepView() {
  let timer: number | undefined;
  const save = () => history.replaceState(currentView(), "", location.href);
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
