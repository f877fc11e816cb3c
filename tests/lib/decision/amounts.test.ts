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
  ])("%s -> %s", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each([
    ["£1.2k"],
    ["£2m"],
    ["£1.5 million"],
    ["three hundred pounds"],
    ["£"],
    ["£1,23"],
    ["£300.5"],
    ["£50 a week"],
    ["£.50"],
    ["300"],
  ])("%s is left out rather than read as a wrong number", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("amountsIn", () => {
  it("gives each sum with its place, and null for a bound or estimate", () => {
    expect(amountsIn("pay Mr X £500, and Mr and Mrs L £3,000; up to £200 more").map((a) => a.value)).toEqual([500, 3000, null]);
  });
  it("reads a pound sign at the end of the text as no sum", () => {
    expect(amountsIn("it cost £")).toEqual([{ value: null, index: 8, end: 9 }]);
  });
});
