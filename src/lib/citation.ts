// How a decision is named and cited: its body as the site shows it, its title, and a citation
// for a letter or a complaint.

import { formatDate } from "./dates.ts";
import type { Decision } from "./decision/schema.ts";

/** What the site calls a body whose statement names none: its own entry on the council facet. */
export const BODY_NOT_NAMED = "Body not named";

/** The body complained about as the site shows it. */
export function councilName(decision: Pick<Decision, "council">): string {
  return decision.council ?? BODY_NOT_NAMED;
}

/** "Kent County Council (21 003 813)" */
export function decisionTitle(decision: Pick<Decision, "council" | "reference">): string {
  return `${councilName(decision)} (${decision.reference})`;
}

/**
 * How to cite a decision in a letter or a complaint: "Local Government and Social Care Ombudsman,
 * decision 21 003 813 (Kent County Council), 31 March 2022".
 */
export function citeAs(decision: Pick<Decision, "council" | "reference" | "decisionDate">): string {
  const body = decision.council === null ? "" : ` (${decision.council})`;
  return `Local Government and Social Care Ombudsman, decision ${decision.reference}${body}, ${formatDate(decision.decisionDate)}`;
}

/** A decision's short title with its date, for lists and feeds: "Kent County Council (21 003 813), 31 March 2022" */
export function citation(decision: Pick<Decision, "council" | "reference" | "decisionDate">): string {
  return `${decisionTitle(decision)}, ${formatDate(decision.decisionDate)}`;
}
