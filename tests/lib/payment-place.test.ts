import { describe, expect, it } from "vitest";
import {
  paymentGroups,
  paymentPlaces,
  placeAmong,
  placedAmongJson,
  readPlacedAmong,
  statedPaymentPence,
  subcategoryName,
} from "../../src/lib/payment-place.ts";
import { makeDecision, payment } from "../support/make-decision.ts";

const ADULT = { category: "Adult care services" };
const assessment = (amount: number) => makeDecision({ ...ADULT, subcategory: "Assessment and care plan", remedies: [payment(amount)] });
const unstated = { kind: "payment" as const, text: "Pay Mrs X a sum for her time and trouble.", paragraph: 23 };

// Adult care services, Assessment and care plan: ten upheld decisions with stated payments,
//   100, 200, 300, 300, 300, 500, 500, 750, 1000, 2000 (ten: compared within the subcategory);
// Charging: 150 and 250 (two: compared with the whole category, twelve payments);
//   sorted 100, 150, 200, 250, 300, 300, 300, 500, 500, 750, 1000, 2000, median (300 + 300) / 2 = 300.
// None of the following counts: a payment not upheld, an excerpt's payment, a payment of no stated amount.
const subcategory = [100, 200, 300, 300, 300, 500, 500, 750, 1000, 2000].map(assessment);
const charging = [150, 250].map((amount) => makeDecision({ ...ADULT, subcategory: "Charging", remedies: [payment(amount)] }));
const notUpheld = makeDecision({ ...ADULT, subcategory: "Assessment and care plan", outcome: "Not upheld", remedies: [payment(1)] });
const excerpt = makeDecision({
  ...ADULT,
  subcategory: "Assessment and care plan",
  complete: false,
  remediesKnown: false,
  remedies: [payment(1)],
});
const noAmount = makeDecision({ ...ADULT, subcategory: "Assessment and care plan", remedies: [unstated] });
const partly = makeDecision({ ...ADULT, subcategory: "Charging", remedies: [payment(5), unstated] });
const housing = [100, 200, 300].map((amount) =>
  makeDecision({ category: "Housing", subcategory: "Allocations", remedies: [payment(amount)] }),
);
const all = [...subcategory, ...charging, notUpheld, excerpt, noAmount, partly, ...housing];
const places = paymentPlaces(all);

describe("a decision's stated payment", () => {
  it("is the sum of its payments in pence, only when upheld, known in full and every amount stated", () => {
    expect(statedPaymentPence(makeDecision({ remedies: [payment(100.1), payment(200.2)] }))).toBe(30030);
    expect(statedPaymentPence(notUpheld)).toBeNull();
    expect(statedPaymentPence(excerpt)).toBeNull();
    expect(statedPaymentPence(noAmount)).toBeNull();
    expect(statedPaymentPence(partly)).toBeNull();
    expect(statedPaymentPence(makeDecision({ remedies: [] }))).toBeNull();
  });
});

describe("where a payment sits", () => {
  it("counts the subcategory's payments smaller and the same, with its median (ten payments)", () => {
    // £500: 100, 200, 300, 300, 300 are smaller (5), one other £500; median (300 + 500) / 2 = 400.
    expect(places.get(subcategory[5]!.slug)).toEqual({
      amountGBP: 500,
      group: "subcategory",
      name: "Assessment and care plan",
      base: 10,
      below: 5,
      same: 1,
      medianGBP: 400,
      text: "£500: more than 5, the same as 1, of the 10 stated payments in upheld Assessment and care plan decisions in this casebook (median £400)",
    });
    // £2,000: more than the other nine.
    expect(places.get(subcategory[9]!.slug)?.text).toBe(
      "£2,000: more than 9 of the 10 stated payments in upheld Assessment and care plan decisions in this casebook (median £400)",
    );
    expect(places.get(subcategory[0]!.slug)).toMatchObject({ below: 0, same: 0 });
  });

  it("compares a subcategory of fewer than ten payments with its whole category", () => {
    // £250 among the category's twelve: 100, 150, 200 are smaller; median 300.
    expect(places.get(charging[1]!.slug)).toMatchObject({
      group: "category",
      name: "Adult care services",
      base: 12,
      below: 3,
      same: 0,
      medianGBP: 300,
    });
    expect(places.get(charging[1]!.slug)?.text).toBe(
      "£250: more than 3 of the 12 stated payments in upheld Adult care services decisions in this casebook (median £300)",
    );
  });

  it("says there are too few below five payments", () => {
    expect(places.get(housing[1]!.slug)).toMatchObject({ group: "category", base: 3, below: null, same: null, medianGBP: null });
    expect(places.get(housing[1]!.slug)?.text).toBe(
      "£200: too few stated payments in upheld Housing decisions in this casebook to compare (3; at least 5 are needed)",
    );
  });

  it("gives no line where there is no stated payment, and counts no unknown amount as £0", () => {
    for (const d of [notUpheld, excerpt, noAmount, partly]) expect(places.has(d.slug), d.slug).toBe(false);
    expect(places.size).toBe(10 + 2 + 3);
  });

  it("names a subcategory called Other by its category", () => {
    expect(subcategoryName({ category: "Housing", subcategory: "Other" })).toBe("Housing (other)");
    expect(subcategoryName({ category: "Housing", subcategory: "Allocations" })).toBe("Allocations");
  });
});

describe("the groups of payments", () => {
  const { groups, payments } = paymentGroups(all);

  it("are the groups some payment is placed in, each with its payments smallest first", () => {
    // Assessment and care plan has ten (its own group); Charging's two are placed in Adult care
    // services, which holds all twelve; Allocations' three in Housing. Charging has no group.
    expect(groups.map(({ group, category, subcategory, name, pence }) => ({ group, category, subcategory, name, pence }))).toEqual([
      {
        group: "subcategory",
        category: "Adult care services",
        subcategory: "Assessment and care plan",
        name: "Assessment and care plan",
        pence: [100, 200, 300, 300, 300, 500, 500, 750, 1000, 2000].map((gbp) => gbp * 100),
      },
      {
        group: "category",
        category: "Adult care services",
        subcategory: null,
        name: "Adult care services",
        pence: [100, 150, 200, 250, 300, 300, 300, 500, 500, 750, 1000, 2000].map((gbp) => gbp * 100),
      },
      { group: "category", category: "Housing", subcategory: null, name: "Housing", pence: [10000, 20000, 30000] },
    ]);
    expect(payments.get(charging[0]!.slug)).toEqual({ pence: 15000, group: groups[1] });
    expect(payments.has(noAmount.slug)).toBe(false);
  });

  it("place a payment from a group's file as the build places it", () => {
    for (const [slug, { pence, group }] of payments) {
      expect(placeAmong(readPlacedAmong(JSON.parse(placedAmongJson(group))), pence), slug).toEqual(places.get(slug));
    }
  });

  it("refuse to place a payment that is not one of the group's, as from a page and a file of different builds", () => {
    const housingFile = { group: "category" as const, name: "Housing", pence: [10000, 20000, 30000] };
    expect(() => placeAmong(housingFile, 25000)).toThrow(
      "£250 is not one of the stated payments in upheld Housing decisions in this casebook: the page and its group's file are of different builds",
    );
    expect(() => placeAmong(housingFile, 40000)).toThrow(/not one of/);
  });

  it("read a group's file only when it holds a group, a name and whole pence smallest first", () => {
    const good = { group: "subcategory", name: "Allocations", pence: [100, 100, 250] };
    expect(readPlacedAmong(good)).toEqual(good);
    expect(() => readPlacedAmong(null)).toThrow("a group of payments is an object");
    expect(() => readPlacedAmong({ ...good, group: "council" })).toThrow("a subcategory or a category, not council");
    expect(() => readPlacedAmong({ ...good, name: 7 })).toThrow("has a name");
    for (const pence of [[250, 100], [1.5], ["100"], [0], "100"])
      expect(() => readPlacedAmong({ ...good, pence }), JSON.stringify(pence)).toThrow("whole numbers of pence, smallest first");
  });
});
