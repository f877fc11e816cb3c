import { expect, it } from "vitest";
import { formatDate, isIsoDate } from "../../src/lib/dates.ts";

it("writes an ISO date as the site shows it", () => {
  expect(formatDate("2020-11-06")).toBe("6 November 2020");
  expect(formatDate("2022-03-31")).toBe("31 March 2022");
});

it("shows what is not an ISO date as it is, rather than a wrong date", () => {
  expect(formatDate("2022-13-01")).toBe("2022-13-01");
  expect(formatDate("soon")).toBe("soon");
});

it("accepts real YYYY-MM-DD dates only", () => {
  expect(["2024-02-29", "2016-01-01"].map(isIsoDate)).toEqual([true, true]);
  expect(["2023-02-29", "2022-02-31", "2024-13-01", "2024-1-01", "06 Sep 2022", ""].map(isIsoDate)).toEqual([
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
});
