// A set of decisions in figures, as the home page and the index pages head them: how many, of how
// many bodies, the uphold share with its base, the payments and how many are excerpts.

import type { Decision } from "./decision/schema.ts";
import { investigatedCount, upheldShare } from "./outcomes.ts";
import { paymentFigures, type PaymentFigures } from "./payments.ts";

export interface Totals {
  decisions: number;
  /** Distinct councils (body type council), not care providers, NHS bodies or schools. */
  councils: number;
  /** Distinct bodies of any kind that a statement names. */
  bodies: number;
  upheldShare: number | null;
  investigated: number;
  payments: PaymentFigures;
  /** Decisions whose text is an excerpt that stops before the statement's end. */
  excerpts: number;
}

export function totals(decisions: readonly Decision[]): Totals {
  const named = decisions.filter((d) => d.council !== null);
  return {
    decisions: decisions.length,
    councils: new Set(named.filter((d) => d.bodyType === "council").map((d) => d.council)).size,
    bodies: new Set(named.map((d) => d.council)).size,
    upheldShare: upheldShare(decisions),
    investigated: investigatedCount(decisions),
    payments: paymentFigures(decisions),
    excerpts: decisions.filter((d) => !d.complete).length,
  };
}
