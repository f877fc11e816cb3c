// When to try a request again: 429, 408 and 5xx answers and network errors are retried with
// exponential backoff, never sooner than the server's Retry-After (seconds or an HTTP date).
// Not a retry library (p-retry and the like): the pause must also honour Retry-After, which can
// stop the run, and the client's pace between every request, which such a library does not know.

export const MAX_ATTEMPTS = 6;
/** No wait between tries grows beyond this, however many tries have failed. */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** A server asking for a longer pause than this is asked nothing more by this run. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The pause a Retry-After header asks for, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The pause before try `attempt + 1` (attempt 1 is the first that failed): base × 2^attempt, capped, and at least what Retry-After asks. */
export function retryDelayMs(attempt: number, baseMs: number, retryAfter: number | null): number {
  const backoff = Math.min(MAX_BACKOFF_MS, Math.max(baseMs, 50) * 2 ** attempt);
  return Math.max(backoff, retryAfter ?? 0);
}
