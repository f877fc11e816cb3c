import { describe, expect, it } from "vitest";
import { describeProgress, formatDuration } from "../../../src/lib/archive/progress.ts";

describe("describeProgress", () => {
  it("says windows, saved, gone, failed, the rate and the time left", () => {
    // 10 of 130 windows took 1,000 requests in 1,000 s, 45 decisions a window; 5 still queued.
    const line = describeProgress({
      windowsDone: 10,
      windowsTotal: 130,
      saved: 440,
      gone: 3,
      failed: 1,
      requests: 1000,
      queued: 5,
      listedInWindowsDone: 450,
      elapsedMs: 1_000_000,
    });
    // 5 + 120 × (45 × 1.1 + 1) = 6,065 requests at 1 a second.
    expect(line).toBe("windows 10 of 130, saved 440, gone 3, failed 1, 1.00 requests/s, about 1 h 41 min left");
  });

  it("gives no estimate before the first window is done", () => {
    expect(
      describeProgress({
        windowsDone: 0,
        windowsTotal: 130,
        saved: 0,
        gone: 0,
        failed: 0,
        requests: 3,
        queued: 0,
        listedInWindowsDone: 0,
        elapsedMs: 3000,
      }),
    ).toBe("windows 0 of 130, saved 0, gone 0, failed 0, 1.00 requests/s");
  });
});

describe("formatDuration", () => {
  it("shows seconds, minutes or hours and minutes", () => {
    expect([0.12, 42, 600, 3600 * 17.6].map(formatDuration)).toEqual(["0.1 s", "42 s", "10 min", "17 h 36 min"]);
  });
});
