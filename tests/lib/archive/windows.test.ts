import { describe, expect, it } from "vitest";
import { addDays, monthWindows } from "../../../src/lib/archive/windows.ts";

describe("monthWindows", () => {
  it("splits a range into calendar months, oldest first, clipped to the range", () => {
    expect(monthWindows("2023-11-15", "2024-02-10")).toEqual([
      { from: "2023-11-15", to: "2023-11-30" },
      { from: "2023-12-01", to: "2023-12-31" },
      { from: "2024-01-01", to: "2024-01-31" },
      { from: "2024-02-01", to: "2024-02-10" },
    ]);
  });

  it("knows leap years and month lengths", () => {
    expect(monthWindows("2024-02-01", "2024-04-30").map((w) => w.to)).toEqual(["2024-02-29", "2024-03-31", "2024-04-30"]);
    expect(monthWindows("2023-02-01", "2023-02-28")).toEqual([{ from: "2023-02-01", to: "2023-02-28" }]);
  });

  it("gives one window for a range inside one month, and 132 for 2016 to 2026", () => {
    expect(monthWindows("2022-09-06", "2022-09-06")).toEqual([{ from: "2022-09-06", to: "2022-09-06" }]);
    expect(monthWindows("2016-01-01", "2026-12-31")).toHaveLength(132);
  });
});

describe("dates", () => {
  it("adds and subtracts days across months and years", () => {
    expect([addDays("2024-03-01", -1), addDays("2023-12-25", 14), addDays("2022-09-06", -14)]).toEqual([
      "2024-02-29",
      "2024-01-08",
      "2022-08-23",
    ]);
  });
});
