import { describe, expect, it } from "vitest";
import { proportion, quantileSorted, spread } from "../../src/lib/stats.ts";

describe("proportion", () => {
  // Wilson 95% intervals worked by hand from (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z = 1.96:
  //   7 of 10:  centre (0.7 + 0.19208) / 1.38415 = 0.64450, half (1.96 / 1.38415)·sqrt(0.021 + 0.0096) = 0.24770,
  //             so 0.3968 to 0.8922
  //   0 of 5:   centre 0.38415 / 1.76829 = 0.21724, half (1.96 / 1.76829)·sqrt(0.038415) = 0.21725: 0 to 0.4345
  it("gives the rate and its Wilson interval", () => {
    const p = proportion(7, 10)!;
    expect(p.rate).toBe(0.7);
    expect(p.low).toBeCloseTo(0.3968, 3);
    expect(p.high).toBeCloseTo(0.8922, 3);
    const none = proportion(0, 5)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.4345, 3);
    expect(proportion(5, 5)!.high).toBe(1);
  });
  it("is null of nothing", () => {
    expect(proportion(0, 0)).toBeNull();
  });
});

describe("quantiles", () => {
  it("interpolate between order statistics (type 7)", () => {
    // 100, 150, 200, 300, 1000: h = 4q; q1 at h = 1 -> 150; median 200; q3 at h = 3 -> 300.
    expect(spread([300, 100, 1000, 200, 150])).toEqual({ count: 5, min: 100, q1: 150, median: 200, q3: 300, max: 1000 });
    // 100, 200, 250, 500: median at h = 1.5 -> 225; q1 at h = 0.75 -> 175; q3 at h = 2.25 -> 312.5.
    expect(spread([500, 100, 250, 200])).toEqual({ count: 4, min: 100, q1: 175, median: 225, q3: 312.5, max: 500 });
    expect(spread([250])).toEqual({ count: 1, min: 250, q1: 250, median: 250, q3: 250, max: 250 });
    expect(spread([])).toBeNull();
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});
