// A polite HTTP client for mirroring one site: one request at a time with a pause between, retries
// with backoff that never come sooner than the server's Retry-After, the session's cookies kept as
// a browser keeps them, redirects followed within the site only, and every request bounded: an
// answer must be whole within `timeoutMs` (headers and body together, by a timer of its own that
// aborts the request), and no larger than `maxBytes` once unpacked, or it is given up.

import { setTimeout as sleep } from "node:timers/promises";
import { Cookie, CookieJar } from "tough-cookie";
import { isRetryable, MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, retryAfterMs, retryDelayMs } from "../src/lib/archive/retry.ts";
import { formatDuration } from "../src/lib/archive/progress.ts";

export interface Limits {
  /** Milliseconds an answer may take, from the request to its last byte. */
  timeoutMs: number;
  /** Bytes an answer may hold, counted after any gzip is unpacked. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutMs: 60_000, maxBytes: 10 * 1024 * 1024 };
/** Redirects followed for one request, within the site. */
const MAX_REDIRECTS = 5;
/**
 * Cookies kept at most, and the longest kept (its Set-Cookie header's length): what RFC 6265 (6.1)
 * asks a browser to keep at least. A server that sets more cannot grow them without bound, nor the
 * Cookie header every request carries; a cookie already kept may still be changed.
 */
const MAX_COOKIES = 50;
const MAX_COOKIE_BYTES = 4096;

/** A page, or why there is none (after the retries, when retrying could help). */
export type Fetched = { ok: true; status: number; body: Buffer; contentType: string } | { ok: false; detail: string };

/** Stops the whole run: here, a server asking for a longer pause than a run should wait; the fetch's own reasons too. */
export class FatalError extends Error {}

/** One exchange's failure that no retry mends: an answer too large, or a redirect away from the site. */
class Refused extends Error {}

/** One exchange that took longer than its deadline. */
class TooSlow extends Error {}

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

export class PoliteClient {
  requests = 0;
  private lastEnd = 0;
  /** No request before this time (a retry's pause), as well as the pace after the last answer. */
  private resumeAt = 0;
  private readonly jar = new CookieJar();

  constructor(
    /** The site: redirects elsewhere are refused. */
    readonly site: URL,
    readonly userAgent: string,
    public delayMs: number,
    private readonly signal: AbortSignal,
    readonly limits: Limits = DEFAULT_LIMITS,
  ) {}

  /** GET a page of the site: its answer once it is not one to retry, or why there is none. */
  async get(url: URL): Promise<Fetched> {
    let detail = "";
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let retryAfter: number | null = null;
      try {
        const answer = await this.follow(url);
        if (!isRetryable(answer.status))
          return { ok: true, status: answer.status, body: answer.body, contentType: answer.headers.get("content-type") ?? "" };
        detail = `HTTP ${answer.status}`;
        retryAfter = retryAfterMs(answer.headers.get("retry-after"), Date.now());
        if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS)
          throw new FatalError(
            `${url.origin} answered ${url.pathname} with HTTP ${answer.status} and asks for no requests for ${formatDuration(retryAfter / 1000)} (Retry-After); stopping here, run again later`,
          );
      } catch (error) {
        if (error instanceof FatalError || this.signal.aborted) throw error;
        if (error instanceof Refused) return { ok: false, detail: error.message };
        const untrusted = untrustedCertificate(error);
        if (untrusted)
          throw new FatalError(
            `${url.origin} presented a TLS certificate that cannot be trusted (${untrusted}); nothing is fetched over a connection that cannot be checked, and asking again would not change it: check --base-url, the machine's clock and its CA certificates`,
          );
        if (causeOf(error)?.code === "ENOTFOUND")
          throw new FatalError(
            `${url.hostname} has no address (ENOTFOUND: the name server says no such host); asking again would not change it: check --base-url and the machine's DNS`,
          );
        detail = error instanceof TooSlow ? error.message : describeNetworkError(error);
      }
      if (attempt === MAX_ATTEMPTS) break;
      const pause = retryDelayMs(attempt, this.delayMs, retryAfter);
      console.error(
        `fetch: ${url.href}: ${detail}; trying again in ${formatDuration(pause / 1000)} (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
      );
      this.resumeAt = Date.now() + pause;
    }
    return { ok: false, detail: `${detail} after ${MAX_ATTEMPTS} attempts` };
  }

  /** One request, and the redirects it leads to within the site. */
  private async follow(start: URL): Promise<Answer> {
    let url = start;
    for (let hop = 0; ; hop++) {
      const answer = await this.exchange(url);
      const location = answer.status >= 300 && answer.status < 400 ? answer.headers.get("location") : null;
      if (location === null) return answer;
      const next = new URL(location, url);
      if (next.origin !== this.site.origin) throw new Refused(`redirected to another site (${next.href}); not followed, nothing saved`);
      if (hop === MAX_REDIRECTS) throw new Refused(`more than ${MAX_REDIRECTS} redirects (the last to ${next.href})`);
      url = next;
    }
  }

  /** One HTTP exchange after the pause, bounded in time and size, its cookies kept. */
  private async exchange(url: URL): Promise<Answer> {
    // A timer can end a millisecond before the clock says its time is up (it counts from the event
    // loop's last reading of it), so the pause is checked against the clock until it has passed.
    const due = () => Math.max(this.lastEnd + this.delayMs, this.resumeAt) - Date.now();
    for (let wait = due(); wait > 0; wait = due()) await sleep(wait, undefined, { signal: this.signal });
    this.requests++;
    const controller = new AbortController();
    const stop = () => controller.abort();
    this.signal.addEventListener("abort", stop);
    if (this.signal.aborted) stop();
    let late = false;
    const deadline = setTimeout(() => {
      late = true;
      controller.abort();
    }, this.limits.timeoutMs);
    try {
      const cookie = await this.jar.getCookieString(url.href);
      const response = await fetch(url, {
        headers: { "user-agent": this.userAgent, accept: "text/html,text/plain;q=0.9,*/*;q=0.1", ...(cookie ? { cookie } : {}) },
        redirect: "manual",
        signal: controller.signal,
      });
      for (const set of response.headers.getSetCookie()) await this.keepCookie(set, url);
      // The whole body before judging: a connection cut short is an error, and retried.
      const body = await this.readBody(response, controller);
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (late) throw new TooSlow(`no whole answer within ${this.limits.timeoutMs / 1000} s`);
      throw error;
    } finally {
      clearTimeout(deadline);
      this.signal.removeEventListener("abort", stop);
      this.lastEnd = Date.now();
    }
  }

  /** Keeps a cookie the server sets, within MAX_COOKIES and MAX_COOKIE_BYTES; one that cannot be read is passed over. */
  private async keepCookie(header: string, url: URL): Promise<void> {
    if (header.length > MAX_COOKIE_BYTES) return;
    const key = Cookie.parse(header)?.key;
    if (key === undefined) return;
    const kept = await this.jar.store.getAllCookies();
    if (kept.length >= MAX_COOKIES && !kept.some((c) => c.key === key)) return;
    await this.jar.setCookie(header, url.href, { ignoreError: true });
  }

  /**
   * The body, read as it comes, given up past the size limit: at once when the server says it is
   * larger (a packed body is judged as it unpacks, as its stated size is the packed one).
   */
  private async readBody(response: Response, controller: AbortController): Promise<Buffer> {
    if (!response.body) return Buffer.alloc(0);
    const stated = Number(response.headers.get("content-length") ?? Number.NaN);
    const packed = (response.headers.get("content-encoding") ?? "identity") !== "identity";
    const tooLarge = () => {
      controller.abort();
      return new Refused(`larger than ${formatBytes(this.limits.maxBytes)} (stopped reading); not saved`);
    };
    if (!packed && stated > this.limits.maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > this.limits.maxBytes) throw tooLarge();
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
}

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`);

/** Why a TLS certificate was refused, when it was: the same answer every time, so no retry mends it. */
const UNTRUSTED_CERTIFICATE = new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "CERT_SIGNATURE_FAILURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** The cause fetch gives for a network error: its code ("ECONNRESET"), message, or none. */
const causeOf = (error: unknown) => (error as { cause?: { code?: unknown; message?: unknown } }).cause;

function untrustedCertificate(error: unknown): string | null {
  const code = causeOf(error)?.code;
  return typeof code === "string" && UNTRUSTED_CERTIFICATE.has(code) ? code : null;
}

function describeNetworkError(error: unknown): string {
  const cause = causeOf(error);
  return `network error (${String(cause?.code ?? cause?.message ?? (error as Error).message)})`;
}
