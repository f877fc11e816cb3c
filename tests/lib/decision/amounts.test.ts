import { describe, expect, it } from "vitest";
import { amountsIn, parseAmount } from "../../../src/lib/decision/amounts.ts";

describe("parseAmount", () => {
  it.each([
    ["£1,234.50", 1234.5],
    ["£ 300", 300],
    ["£300", 300],
    ["£3,000", 3000],
    ["£1200", 1200],
    ["£100.10", 100.1],
    ["£1,000,000", 1000000],
    ["three hundred pounds", 300],
  ])("%s -> %s", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each([["£1.2k"], ["£2m"], ["£1.5 million"], ["£"], ["£1,23"], ["£300.5"], ["£50 a week"], ["£.50"], ["300"]])(
    "%s is left out rather than read as a wrong number",
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );
});

describe("amountsIn", () => {
  it("gives each sum with its place, and null for a bound or estimate", () => {
    expect(amountsIn("pay Mr X £500, and Mr and Mrs L £3,000; up to £200 more").map((a) => a.value)).toEqual([500, 3000, null]);
  });
  it("reads a pound sign at the end of the text as no sum", () => {
    expect(amountsIn("it cost £")).toEqual([{ value: null, index: 8, end: 9 }]);
  });
  it("reads a sum written in words or digits before 'pounds', in the order written", () => {
    const values = (text: string) => amountsIn(text).map((a) => a.value);
    expect(values("pay Mrs F two hundred and fifty pounds and Mr F £100")).toEqual([250, 100]);
    expect(values("pay him a thousand pounds")).toEqual([1000]);
    expect(values("a payment of one thousand five hundred pounds")).toEqual([1500]);
    expect(values("pay her seventy-five pounds for her trouble")).toEqual([75]);
    expect(values("pay 300 pounds and then 1,200 pounds")).toEqual([300, 1200]);
    expect(amountsIn("pay Ms R ninety pounds.")).toEqual([{ value: 90, index: 9, end: 22 }]);
  });
  it("reads a sum in words as a bound, an estimate or a rate as it reads one with a pound sign, and '£300 pounds' once", () => {
    const values = (text: string) => amountsIn(text).map((a) => a.value);
    expect(values("up to five hundred pounds")).toEqual([null]);
    expect(values("fifty pounds a week")).toEqual([null]);
    expect(values("£300 pounds")).toEqual([300]);
    expect(values("the pounds and pence of it")).toEqual([]);
    expect(values("paid in a pounds-and-pence sum")).toEqual([]);
  });
  it("reads a rate with the number of periods it is paid for as the sum it comes to, and one without as no sum", () => {
    const values = (text: string) => amountsIn(text).map((a) => a.value);
    expect(values("£700 for each of the two terms")).toEqual([1400]);
    expect(values("£150 a month for six months")).toEqual([900]);
    expect(values("£25.50 per week for 10 weeks")).toEqual([255]);
    expect(values("£150 for each month she waited")).toEqual([null]);
    expect(values("£200 a month until the plan is issued")).toEqual([null]);
    // Periods other than the rate's are not counted: the sum is not known.
    expect(values("£50 a week for six months")).toEqual([null]);
    expect(values("£150 a month for two years")).toEqual([null]);
  });
  it("reads an estimate as no sum", () => {
    expect(amountsIn("arrears, which it estimates at £3,412").map((a) => a.value)).toEqual([null]);
    expect(amountsIn("the loss, estimated at £900").map((a) => a.value)).toEqual([null]);
  });
  it("gives a sum paid 'each' as what each is paid, not as a sum", () => {
    expect(amountsIn("£400 each.")).toEqual([{ value: null, index: 0, end: 4, each: 400 }]);
    expect(amountsIn("£400 each month")[0]).toEqual({ value: null, index: 0, end: 4 });
  });
});
