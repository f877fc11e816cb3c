// Outcomes counted: upheld and not upheld, the uphold share over the decisions investigated, and
// a share with its base in words.

import { formatCount } from "./count-words.ts";
import type { Decision } from "./decision/schema.ts";

export function isUpheld(decision: Pick<Decision, "outcome">): boolean {
  return decision.outcome.trim().toLowerCase() === "upheld";
}

export function upheldCount(decisions: readonly Decision[]): number {
  return decisions.filter(isUpheld).length;
}

export function isNotUpheld(decision: Pick<Decision, "outcome">): boolean {
  return decision.outcome.trim().toLowerCase() === "not upheld";
}

/**
 * The share of investigated decisions that were upheld: upheld / (upheld + not upheld), as the
 * Ombudsman counts its uphold rate. Decisions closed without a finding do not count. Null when
 * there is nothing to divide by.
 */
export function upheldShare(decisions: readonly Decision[]): number | null {
  let upheld = 0;
  let investigated = 0;
  for (const d of decisions) {
    if (isUpheld(d)) {
      upheld++;
      investigated++;
    } else if (isNotUpheld(d)) investigated++;
  }
  return investigated === 0 ? null : upheld / investigated;
}

export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** Below this many decisions a share is given as a count ("3 of 4"), not a percentage. */
export const MIN_BASE_FOR_PERCENT = 5;

/** A share with its base: "72% of 58", "3 of 4" below five, "–" of none. */
export function shareOf(part: number, base: number): string {
  if (base === 0) return "–";
  if (base < MIN_BASE_FOR_PERCENT) return `${part} of ${base}`;
  return `${Math.round((part / base) * 100)}% of ${formatCount(base)}`;
}

/** How many decisions the upheld share is taken over: those upheld or not upheld. */
export function investigatedCount(decisions: readonly Decision[]): number {
  return decisions.filter((d) => isUpheld(d) || isNotUpheld(d)).length;
}
