import { describe, expect, it } from "vitest";
import { countOf, formatCount } from "../../src/lib/count-words.ts";

describe("counts in words", () => {
  it("separates thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(57500)).toBe("57,500");
    expect(formatCount(1234567)).toBe("1,234,567");
  });

  it("gives the noun in the singular for one alone", () => {
    expect(countOf(1, "decision")).toBe("1 decision");
    expect(countOf(0, "decision")).toBe("0 decisions");
    expect(countOf(2, "decision")).toBe("2 decisions");
    expect(countOf(12345, "decision")).toBe("12,345 decisions");
    expect(countOf(1, "body", "bodies")).toBe("1 body");
    expect(countOf(3, "body", "bodies")).toBe("3 bodies");
  });
});
