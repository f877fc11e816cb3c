// The progress line of a long fetch: windows done, decisions saved, gone and failed, the request
// rate, and an estimate of the time left from the requests still to make at the rate so far.

export interface FetchProgress {
  windowsDone: number;
  windowsTotal: number;
  saved: number;
  gone: number;
  failed: number;
  /** Requests made so far, listing pages and decision pages (retries included). */
  requests: number;
  /** Decisions listed and still to fetch. */
  queued: number;
  /** Decisions listed in the windows done, for estimating the windows to come. */
  listedInWindowsDone: number;
  elapsedMs: number;
}

export function describeProgress(p: FetchProgress): string {
  const rate = p.elapsedMs > 0 ? (p.requests * 1000) / p.elapsedMs : 0;
  const line = `windows ${p.windowsDone} of ${p.windowsTotal}, saved ${p.saved}, gone ${p.gone}, failed ${p.failed}, ${rate.toFixed(2)} requests/s`;
  const left = secondsLeft(p, rate);
  return left === null ? line : `${line}, about ${formatDuration(left)} left`;
}

function secondsLeft(p: FetchProgress, rate: number): number | null {
  if (rate === 0) return null;
  const windowsLeft = p.windowsTotal - p.windowsDone;
  if (windowsLeft > 0 && p.windowsDone === 0) return null;
  // Each window to come costs its listing pages (ten decisions a page) and its decisions.
  const perWindow = p.windowsDone > 0 ? p.listedInWindowsDone / p.windowsDone : 0;
  const requests = p.queued + windowsLeft * (perWindow * 1.1 + 1);
  return requests / rate;
}

export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}
