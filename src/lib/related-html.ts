// The "decisions like this one" section of a decision page as HTML, written as one string: it is
// on every one of the archive's pages, and a string costs a fraction of the same list rendered
// element by element through components. Every text is escaped; links are made by `href`.

import { decisionTitle } from "./citation.ts";
import { formatDate } from "./dates.ts";
import type { Decision } from "./decision/schema.ts";
import { escapeHtml } from "./escape-html.ts";
import { statedSumText } from "./payments.ts";
import type { Likeness } from "./related.ts";

type Listed = Pick<
  Decision,
  "slug" | "reference" | "council" | "decisionDate" | "outcome" | "paymentTotalGBP" | "paymentsWithoutAmount" | "remediesKnown"
>;

export interface RelatedLinks {
  /** A decision's page, by slug. */
  decision: (slug: string) => string;
  /** The About page's account of how the list is chosen. */
  howChosen: string;
}

export const NONE_RELATED = "No other decision in this casebook is alike enough to list here.";

/** What a listed decision paid: the sum stated ("and more" beside payments of no stated amount), else that no amount is stated. */
export function paidText(d: Listed): string {
  const sum = statedSumText(d);
  if (sum !== null) return `, ${sum}`;
  return d.remediesKnown && d.paymentsWithoutAmount > 0 ? ", payment of no stated amount" : "";
}

/** A listed decision: its link, then ", 19 May 2024: Upheld, £200". */
function entry(d: Listed, links: RelatedLinks): string {
  const link = `<a href="${escapeHtml(links.decision(d.slug))}">${escapeHtml(decisionTitle(d))}</a>`;
  return link + escapeHtml(`, ${formatDate(d.decisionDate)}: ${d.outcome}${paidText(d)}`);
}

/** The section's contents: the other parts of a joint decision, then the related list or the sentence saying there is none. */
export function relatedHtml(likeness: Likeness<Decision>, links: RelatedLinks): string {
  const out: string[] = [];
  const parts = likeness.jointParts;
  if (parts.length > 0) {
    const heading = parts.length === 1 ? "The other part of this joint decision" : "The other parts of this joint decision";
    out.push(`<h2 id="joint-h">${heading}</h2>`, `<ul class="joint">`, ...parts.map((p) => `<li>${entry(p, links)}</li>`), `</ul>`);
  }
  out.push(`<h2 id="related-h">Decisions like this one</h2>`);
  if (likeness.related.length === 0) {
    out.push(`<p class="none">${NONE_RELATED}</p>`);
    return out.join("\n");
  }
  out.push(
    `<p class="derived">Chosen by a program from what the records say and the words of the summaries, among the decisions in this casebook; ` +
      `each reason is as the program read the two records. <a href="${escapeHtml(links.howChosen)}">How they are chosen</a>.</p>`,
    `<ol>`,
    ...likeness.related.map(({ decision, reason }) => `<li>${entry(decision, links)} <span class="why">${escapeHtml(reason)}</span></li>`),
    `</ol>`,
  );
  return out.join("\n");
}
