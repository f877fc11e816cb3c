import { expect, it } from "vitest";
import { formatDate } from "../../src/lib/dates.ts";

it("writes an ISO date as the site shows it", () => {
  expect(formatDate("2020-11-06")).toBe("6 November 2020");
  expect(formatDate("2022-03-31")).toBe("31 March 2022");
});

it("shows what is not an ISO date as it is, rather than a wrong date", () => {
  expect(formatDate("2022-13-01")).toBe("2022-13-01");
  expect(formatDate("soon")).toBe("soon");
});
