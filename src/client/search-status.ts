// What the search page says about a search beside its results: notices (URL parameters it cannot
// use, operators it does not support), a council's page for a query that names the council, which
// decisions were searched, and, when nothing is found, why and what would find something. Each
// function writes into the places it is given, and keeps nothing.

import { formatCount } from "../lib/count-words.ts";
import { formatDate } from "../lib/dates.ts";
import {
  councilNamed,
  filtersInUse,
  isListing,
  printedReference,
  queryWords,
  referenceSlug,
  termOf,
  unsupportedOperators,
  type SearchState,
} from "../lib/search-query.ts";
import type { Controls } from "./search-form.ts";
import type { Archive, Found } from "./search-policy.ts";
import { stateLink } from "./search-view.ts";

/** Follows a link to another state of the search. */
type Go = (s: SearchState) => void;

export function showNotices(c: Controls, problems: readonly string[], s: SearchState): void {
  const operators = unsupportedOperators(s.q).notice;
  c.notices.replaceChildren(
    ...[...problems, ...(operators ? [operators] : [])].map((p) =>
      Object.assign(document.createElement("p"), { className: "notice", textContent: p }),
    ),
  );
}

/** For a query that is the name of one of `councils`, a link to the council's page. */
export function showCouncilOffer(c: Controls, councils: readonly string[], s: SearchState): void {
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
 * nothing for an archive of one shard, or for the newest page the HTML already lists (`found` null).
 */
export function showScope(c: Controls, archive: Archive, s: SearchState, found: Found | null, go: Go): void {
  const line = c.scope;
  const { total, newest, since } = archive;
  line.hidden = !archive.sharded || found === null || (isListing(s) && !found.all);
  if (line.hidden || !found) return;
  const theNewest = `the newest ${formatCount(newest)} decisions (decided since ${formatDate(since)})`;
  if (!found.all) {
    line.replaceChildren(
      `Searched ${theNewest}. `,
      stateLink({ ...s, scope: "all", page: 1 }, `Search all ${formatCount(total)} decisions`, go),
      " (a larger download).",
    );
  } else {
    line.textContent = found.why
      ? `${found.why}, so all ${formatCount(total)} decisions were searched.`
      : `Searched all ${formatCount(total)} decisions.`;
  }
}

/**
 * "No decisions contain ‘councl’." and, where a real word is near, "Did you mean council?"; the
 * search with only the words that are in some decision; the search without its filters. `clear`
 * empties the results, saying its message.
 */
export function showMissing(c: Controls, archive: Archive, s: SearchState, found: Found, go: Go, clear: (message: string) => void): void {
  const { missing } = found;
  const slug = referenceSlug(s.q);
  if (slug) {
    // The casebook holds no decision of that reference: how many it holds, and where the ombudsman's own search is.
    const held = found.all ? `all ${formatCount(archive.total)} decisions` : `the newest ${formatCount(archive.newest)} decisions`;
    clear(`The casebook holds no decision ${printedReference(slug)} (searched ${held} it holds). `);
    const official = Object.assign(document.createElement("a"), {
      href: "https://www.lgo.org.uk/decisions",
      rel: "external",
      textContent: "the ombudsman's own decisions search",
    });
    return c.status.append("It may be in ", official, ".");
  }
  const none = found.all ? "No decisions contain" : `None of the newest ${formatCount(archive.newest)} decisions contain`;
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
export function offerWithoutFilters(c: Controls, s: SearchState, go: Go): void {
  if (!filtersInUse(s)) return;
  const bare = { ...s, filters: {}, from: "", to: "", page: 1 };
  c.status.append(" ", stateLink(bare, "Search without the filters", go), ".");
}

/** No decision has every word (each is in some): each word's own search. */
export function offerAnyWord(c: Controls, s: SearchState, go: Go): void {
  const words = queryWords(termOf(s));
  if (words.length < 2 || referenceSlug(s.q)) return;
  c.status.append(" No decision has all of these words; search for one: ");
  words.forEach((word, i) => {
    if (i > 0) c.status.append(", ");
    c.status.append(stateLink({ ...s, q: word, page: 1 }, word, go));
  });
  c.status.append(".");
}
