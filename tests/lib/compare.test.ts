// The league table, the body figures and the remedy ledger on a small archive whose figures are
// worked out by hand below.
import { describe, expect, it } from "vitest";
import {
  archiveYears,
  formatInterval,
  formatRelative,
  leagueCells,
  leagueTable,
  perYear,
  remedyFigures,
  remedyLedger,
  topCounts,
  upheldRate,
} from "../../src/lib/compare.ts";
import type { Decision } from "../../src/lib/decision/schema.ts";
import { apology, improvement, makeDecision, payment } from "../support/make-decision.ts";

const sen = { category: "Education", subcategory: "Special educational needs" };
const notUpheld = { outcome: "Not upheld", faultFound: false, injustice: false };

// Alpha Borough Council: 10 decisions, 7 upheld of 10 investigated. Of the upheld, five agreed an
// apology and a payment (£100 and £1,000 in Education, £150, £200, £300 in Housing; £150 and £200
// with a service improvement too), one an apology alone, and one is an excerpt whose remedies are unknown.
const alpha: Decision[] = [
  makeDecision({ council: "Alpha Borough Council", ...sen, remedies: [apology, payment(100)] }),
  makeDecision({ council: "Alpha Borough Council", ...sen, remedies: [apology, payment(1000)] }),
  makeDecision({ council: "Alpha Borough Council", remedies: [apology, payment(150), improvement] }),
  makeDecision({ council: "Alpha Borough Council", remedies: [apology, payment(200), improvement] }),
  makeDecision({ council: "Alpha Borough Council", remedies: [apology, payment(300)] }),
  makeDecision({ council: "Alpha Borough Council", remedies: [apology] }),
  makeDecision({ council: "Alpha Borough Council", complete: false, remediesKnown: false, faultFound: true, injustice: null }),
  ...[1, 2, 3].map(() => makeDecision({ council: "Alpha Borough Council", ...notUpheld })),
];
// Beta City Council: 11 decisions, 4 upheld and 6 not upheld (rate 0.4), one closed after initial enquiries.
const beta: Decision[] = [
  ...[1, 2, 3, 4].map(() => makeDecision({ council: "Beta City Council" })),
  ...[1, 2, 3, 4, 5, 6].map(() => makeDecision({ council: "Beta City Council", ...notUpheld })),
  makeDecision({
    council: "Beta City Council",
    outcome: "Closed after initial enquiries",
    faultFound: false,
    injustice: false,
    closureReason: "late",
  }),
];
// Gamma District Council: 3 decisions in 2018, all upheld: too few to rank.
const gamma = [1, 2, 3].map(() => makeDecision({ council: "Gamma District Council", decisionDate: "2018-03-01" }));
// A care provider with two upheld decisions paying £500 each, and a statement naming no body (2024).
const sunny = [1, 2].map(() => makeDecision({ council: "Sunny Days Care Ltd", bodyType: "care-provider", remedies: [payment(500)] }));
const unnamed = makeDecision({ council: null, bodyType: "other", decisionDate: "2024-01-10", ...notUpheld });
const archive = [...alpha, ...beta, ...gamma, ...sunny, unnamed];

describe("leagueTable", () => {
  const table = leagueTable(archive);
  const row = (name: string) => [...table.councils, ...table.others].find((r) => r.name === name)!;

  it("sets councils apart from other bodies, by name, and leaves out statements naming none", () => {
    expect(table.councils.map((r) => r.name)).toEqual(["Alpha Borough Council", "Beta City Council", "Gamma District Council"]);
    expect(table.others.map((r) => r.name)).toEqual(["Sunny Days Care Ltd"]);
  });

  it("takes the national rate over councils only: 14 upheld of 23 investigated", () => {
    expect(table.national).toMatchObject({ part: 14, base: 23 });
    expect(table.national!.rate).toBeCloseTo(0.6087, 4);
  });

  it("gives each body its rate, interval, rate against the national one, and rank", () => {
    expect(row("Alpha Borough Council").upheld).toMatchObject({ part: 7, base: 10 });
    expect(row("Alpha Borough Council").upheld!.low).toBeCloseTo(0.3968, 3);
    expect(row("Alpha Borough Council").relative).toBeCloseTo(0.7 / (14 / 23), 6); // 1.15
    expect(row("Beta City Council").upheld).toMatchObject({ part: 4, base: 10 });
    expect(row("Beta City Council").relative).toBeCloseTo(0.4 / (14 / 23), 6); // 0.66
    expect([row("Alpha Borough Council").rank, row("Beta City Council").rank, row("Gamma District Council").rank]).toEqual([1, 2, null]);
    expect(row("Sunny Days Care Ltd").rank).toBeNull();
  });

  it("counts remedies and payments over the upheld decisions whose remedies are known, with their median", () => {
    const alphaRemedies = row("Alpha Borough Council").remedies;
    // Alpha's seven upheld less the excerpt: six; its three not upheld count in no base.
    expect([alphaRemedies.known, alphaRemedies.apology, alphaRemedies.payment, alphaRemedies.serviceImprovement]).toEqual([6, 6, 5, 2]);
    expect(alphaRemedies.amounts).toEqual({ count: 5, min: 100, q1: 150, median: 200, q3: 300, max: 1000 });
    expect(row("Beta City Council").remedies).toMatchObject({ known: 4, payment: 0, amounts: null });
  });

  it("writes the interval and the relative rate, but not below five decisions", () => {
    expect(formatInterval(row("Alpha Borough Council").upheld)).toBe("40–89%");
    expect(formatRelative(row("Alpha Borough Council"))).toBe("1.15×");
    expect(formatRelative(row("Beta City Council"))).toBe("0.66×");
    expect(formatInterval(row("Gamma District Council").upheld)).toBe("");
    expect(formatRelative(row("Gamma District Council"))).toBe("");
  });

  it("names the top three categories", () => {
    expect(row("Alpha Borough Council").topCategories).toEqual([
      { name: "Housing", count: 8 },
      { name: "Education", count: 2 },
    ]);
  });
});

describe("years", () => {
  it("run from the first year to the last, empty ones as zero", () => {
    const years = archiveYears(archive);
    expect(years).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(perYear(gamma, years).map((y) => y.count)).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(archiveYears([])).toEqual([]);
  });
});

describe("remedyLedger", () => {
  it("gives each category and subcategory its upheld decisions and their remedies", () => {
    const ledger = remedyLedger(archive).map((r) => ({
      row: r.subcategory ? `${r.category} > ${r.subcategory}` : r.category,
      upheld: r.upheld,
      known: r.remedies.known,
      kinds: [r.remedies.apology, r.remedies.payment, r.remedies.serviceImprovement],
      amounts: r.remedies.amounts,
    }));
    // Education: £100 and £1,000: median 550, quartiles at h = 0.25 and 0.75 of the gap: 325 and 775.
    // Housing: Alpha's five other upheld (one an excerpt), Beta's 4, Gamma's 3, Sunny's 2 = 14, 13 known;
    // apologies 3 + 1, payments £150, £200, £300, £500, £500 (median £300, quartiles £200 and £500).
    const education = { upheld: 2, known: 2, kinds: [2, 2, 0], amounts: { count: 2, min: 100, q1: 325, median: 550, q3: 775, max: 1000 } };
    const housing = { upheld: 14, known: 13, kinds: [4, 5, 2], amounts: { count: 5, min: 150, q1: 200, median: 300, q3: 500, max: 500 } };
    expect(ledger).toEqual([
      { row: "Education", ...education },
      { row: "Education > Special educational needs", ...education },
      { row: "Housing", ...housing },
      { row: "Housing > Allocations", ...housing },
    ]);
  });
  it("links each amount to its decision, smallest first", () => {
    const housing = remedyLedger(archive).find((r) => r.category === "Housing" && r.subcategory === null)!;
    expect(housing.remedies.payments.map((p) => p.amount)).toEqual([150, 200, 300, 500, 500]);
    expect(housing.remedies.payments[0]!.slug).toBe(alpha[2]!.slug);
  });
});

describe("helpers", () => {
  it("count values most first, ties by name", () => {
    expect(topCounts(["b", "a", "b", "c", "a", "b"], 2)).toEqual([
      { name: "b", count: 3 },
      { name: "a", count: 2 },
    ]);
  });
  it("take the upheld rate over upheld and not upheld only", () => {
    expect(upheldRate(beta)).toMatchObject({ part: 4, base: 10 });
    expect(upheldRate([])).toBeNull();
    expect(remedyFigures([]).known).toBe(0);
  });
});

describe("leagueCells", () => {
  it("shows a rate only from five decisions, and payments with their base", () => {
    const upheld = (remedies: Decision["remedies"]) => makeDecision({ council: "Beta Council", remedies });
    const rows = leagueTable([
      upheld([payment(250)]),
      upheld([apology]),
      ...Array.from({ length: 3 }, () => makeDecision({ council: "Beta Council", ...notUpheld })),
    ]);
    const beta = rows.councils.find((r) => r.name === "Beta Council")!;
    expect(leagueCells(beta)).toEqual({
      upheld: "2 of 5",
      rate: { percent: "40%", interval: "12–77%" },
      rateSort: 0.4,
      relativeSort: 1,
      paid: { figure: "£250", base: " in 1 of 2" },
      paidSort: 250,
    });
    const few = leagueTable([upheld([])]).councils[0]!;
    expect(leagueCells(few)).toMatchObject({
      upheld: "1 of 1",
      rate: null,
      rateSort: "",
      relativeSort: "",
      paid: { figure: "none", base: " in 0 of 1" },
    });
  });
});
