// Calendar dates as the listing takes them (YYYY-MM-DD), and the month-long windows the archive is
// walked in, so that no one search runs into a pagination ceiling.

export interface Window {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** One window per calendar month from `from` to `to` (both inclusive, clipped to them), oldest first. */
export function monthWindows(from: string, to: string): Window[] {
  const windows: Window[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const first = `${year}-${String(month).padStart(2, "0")}-01`;
    if (first > to) break;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
    const last = addDays(next, -1);
    windows.push({ from: first < from ? from : first, to: last > to ? to : last });
    year = Number(next.slice(0, 4));
    month = Number(next.slice(5, 7));
  }
  return windows;
}
