// How bodies compare and what remedies are worth: the league table of councils, each body's
// figures against the national one, and the remedy ledger by category. Each is one pass over the
// decisions. Remedy and payment figures count only upheld decisions whose remedies are known.

import { formatCount } from "./count-words.ts";
import { newestFirst, yearOf } from "./facets.ts";
import { pushTo } from "./multimap.ts";
import { isNotUpheld, isUpheld, MIN_BASE_FOR_PERCENT } from "./outcomes.ts";
import { formatGBP, paymentFigures, remedyKinds, type PaymentFigures } from "./payments.ts";
import type { BodyType, Decision } from "./decision/schema.ts";
import { proportion, spread, type Proportion, type Spread } from "./stats.ts";

/** A body is ranked by its uphold rate only with at least this many decisions. */
export const MIN_DECISIONS_TO_RANK = 10;

/** "40–89%": a rate's 95% interval, or "" below five decisions, where no percentage is shown. */
export function formatInterval(p: Proportion | null): string {
  if (p === null || p.base < MIN_BASE_FOR_PERCENT) return "";
  return `${Math.round(p.low * 100)}–${Math.round(p.high * 100)}%`;
}

/** "1.15×" a body's rate against the national one, or "" where no percentage is shown. */
export function formatRelative(row: Pick<BodyRow, "upheld" | "relative">): string {
  if (row.relative === null || row.upheld === null || row.upheld.base < MIN_BASE_FOR_PERCENT) return "";
  return `${row.relative.toFixed(2)}×`;
}

/** What a league table row shows beyond its name and counts, with each cell's sort key ("" sorts last). */
export interface LeagueCells {
  upheld: string;
  /** The uphold rate and its interval; null below five decisions, where no percentage is shown. */
  rate: { percent: string; interval: string } | null;
  rateSort: number | "";
  relativeSort: number | "";
  /** The payments stated and their base; null when no upheld decision has its remedies known. */
  paid: { figure: string; base: string } | null;
  paidSort: number | "";
}

export function leagueCells(row: BodyRow): LeagueCells {
  const upheld = row.upheld !== null && row.upheld.base >= MIN_BASE_FOR_PERCENT ? row.upheld : null;
  const p = row.paid;
  const figure = p.withAmount > 0 ? formatGBP(p.stated) : p.noAmount > 0 ? "no amount stated" : "none";
  const more = p.noAmount > 0 ? `; ${formatCount(p.noAmount)} more with no amount` : "";
  return {
    upheld: row.upheld ? `${formatCount(row.upheld.part)} of ${formatCount(row.upheld.base)}` : "–",
    rate: upheld && { percent: `${Math.round(upheld.rate * 100)}%`, interval: formatInterval(upheld) },
    rateSort: upheld ? upheld.rate : "",
    relativeSort: upheld ? (row.relative ?? "") : "",
    paid: p.base === 0 ? null : { figure, base: ` in ${formatCount(p.withAmount)} of ${formatCount(p.base)}${more}` },
    paidSort: p.base > 0 ? p.stated : "",
  };
}

/** Upheld out of upheld or not upheld. */
export function upheldRate(decisions: readonly Decision[]): Proportion | null {
  let upheld = 0;
  let investigated = 0;
  for (const d of decisions) {
    if (isUpheld(d)) upheld++;
    if (isUpheld(d) || isNotUpheld(d)) investigated++;
  }
  return proportion(upheld, investigated);
}

export interface Payment {
  amount: number;
  slug: string;
  reference: string;
}

export interface RemedyFigures {
  /** Upheld decisions whose remedies are known: the base of every figure here. */
  known: number;
  apology: number;
  payment: number;
  serviceImprovement: number;
  /** Each decision's total payment, where it agreed one with an amount, smallest first. */
  payments: Payment[];
  amounts: Spread | null;
}

export function remedyFigures(decisions: readonly Decision[]): RemedyFigures {
  const figures: RemedyFigures = { known: 0, apology: 0, payment: 0, serviceImprovement: 0, payments: [], amounts: null };
  for (const d of decisions) {
    if (!d.remediesKnown || !isUpheld(d)) continue;
    figures.known++;
    const kinds = remedyKinds(d);
    if (kinds.includes("apology")) figures.apology++;
    if (kinds.includes("payment")) figures.payment++;
    if (kinds.includes("service-improvement")) figures.serviceImprovement++;
    // A decision's total is its payments' only when every one of them states its amount.
    if (d.paymentTotalGBP !== null && d.paymentTotalGBP > 0 && d.paymentsWithoutAmount === 0)
      figures.payments.push({ amount: d.paymentTotalGBP, slug: d.slug, reference: d.reference });
  }
  figures.payments.sort((a, b) => a.amount - b.amount || (a.reference < b.reference ? -1 : 1));
  figures.amounts = spread(figures.payments.map((p) => p.amount));
  return figures;
}

export interface Count {
  name: string;
  count: number;
}

/** Values by count, most first, ties by name. */
export function topCounts(values: readonly string[], limit = Infinity): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en-GB"))
    .slice(0, limit);
}

export interface BodyRow {
  name: string;
  bodyType: BodyType;
  decisions: Decision[];
  upheld: Proportion | null;
  /** The body's uphold rate divided by the national rate; null where either is unknown. */
  relative: number | null;
  /** Rank by uphold rate among ranked councils, 1 the highest; null when not ranked. */
  rank: number | null;
  remedies: RemedyFigures;
  /** Payments over the upheld decisions whose remedies are known, as every page counts them. */
  paid: PaymentFigures;
  topCategories: Count[];
}

export interface LeagueTable {
  /** Every council's decisions together: the figure each council is set against. */
  national: Proportion | null;
  councils: BodyRow[];
  others: BodyRow[];
}

/** Every named body's figures, councils apart from other bodies, by name. */
export function leagueTable(decisions: readonly Decision[]): LeagueTable {
  const byBody = new Map<string, Decision[]>();
  for (const d of newestFirst(decisions)) {
    if (d.council === null) continue;
    pushTo(byBody, d.council, d);
  }
  const national = upheldRate(decisions.filter((d) => d.bodyType === "council"));
  const rows: BodyRow[] = [...byBody].map(([name, list]) => {
    const upheld = upheldRate(list);
    return {
      name,
      bodyType: list[0]!.bodyType,
      decisions: list,
      upheld,
      relative: upheld && national && national.rate > 0 ? upheld.rate / national.rate : null,
      rank: null,
      remedies: remedyFigures(list),
      paid: paymentFigures(list),
      topCategories: topCounts(
        list.map((d) => d.category),
        3,
      ),
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const councils = rows.filter((r) => r.bodyType === "council");
  const ranked = councils
    .filter((r) => r.decisions.length >= MIN_DECISIONS_TO_RANK && r.upheld !== null)
    .sort((a, b) => b.upheld!.rate - a.upheld!.rate || a.name.localeCompare(b.name, "en-GB"));
  // Equal rates share a rank ("1, 2, 2, 4").
  ranked.forEach((row, i) => (row.rank = i > 0 && ranked[i - 1]!.upheld!.rate === row.upheld!.rate ? ranked[i - 1]!.rank : i + 1));
  return { national, councils, others: rows.filter((r) => r.bodyType !== "council") };
}

/** Every year from the first to the last in the archive, oldest first: one order everywhere. */
export function archiveYears(decisions: readonly Decision[]): string[] {
  if (decisions.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const d of decisions) {
    const year = Number(yearOf(d));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** Decisions a year over the given years, empty years as zero. */
export function perYear(decisions: readonly Decision[], years: readonly string[]): Count[] {
  const counts = new Map(years.map((y) => [y, 0]));
  for (const d of decisions) {
    const year = yearOf(d);
    if (counts.has(year)) counts.set(year, counts.get(year)! + 1);
  }
  return years.map((name) => ({ name, count: counts.get(name)! }));
}

export interface LedgerRow {
  category: string;
  /** Null for the row of the whole category. */
  subcategory: string | null;
  /** Upheld decisions. */
  upheld: number;
  /** The upheld decisions' remedies, counted over those whose remedies are known. */
  remedies: RemedyFigures;
}

/** The remedy ledger: for each category, then each of its subcategories, what upheld decisions agreed. */
export function remedyLedger(decisions: readonly Decision[]): LedgerRow[] {
  const byCategory = new Map<string, Map<string, Decision[]>>();
  for (const d of decisions) {
    if (!isUpheld(d)) continue;
    let subs = byCategory.get(d.category);
    if (!subs) byCategory.set(d.category, (subs = new Map()));
    pushTo(subs, d.subcategory, d);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, "en-GB");
  return [...byCategory.keys()].sort(byName).flatMap((category) => {
    const subs = byCategory.get(category)!;
    const all = [...subs.values()].flat();
    return [
      { category, subcategory: null, upheld: all.length, remedies: remedyFigures(all) },
      ...[...subs.keys()].sort(byName).map((subcategory) => ({
        category,
        subcategory,
        upheld: subs.get(subcategory)!.length,
        remedies: remedyFigures(subs.get(subcategory)!),
      })),
    ];
  });
}
