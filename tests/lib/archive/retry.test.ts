import { describe, expect, it } from "vitest";
import { isRetryable, MAX_BACKOFF_MS, retryAfterMs, retryDelayMs } from "../../../src/lib/archive/retry.ts";

describe("retries", () => {
  it("retries 408, 429 and 5xx answers, not 2xx, 3xx or other 4xx", () => {
    expect([408, 429, 500, 502, 503, 504].map(isRetryable)).toEqual([true, true, true, true, true, true]);
    expect([200, 301, 400, 403, 404, 410].map(isRetryable)).toEqual([false, false, false, false, false, false]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2024-05-01T12:00:00Z");
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs("Wed, 01 May 2024 12:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Wed, 01 May 2024 11:00:00 GMT", now)).toBe(0);
    expect([retryAfterMs(null, now), retryAfterMs("soon", now)]).toEqual([null, null]);
  });

  it("backs off exponentially from the request delay, capped, never sooner than Retry-After", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, 1000, null))).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(retryDelayMs(20, 1000, null)).toBe(MAX_BACKOFF_MS);
    expect(retryDelayMs(1, 1000, 30_000)).toBe(30_000);
    expect(retryDelayMs(3, 1000, 1000)).toBe(8000);
  });
});
