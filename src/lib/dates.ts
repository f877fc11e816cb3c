// Dates as the site shows them, shared by the pages and the search page's client script
// (which is why this is a few lines of its own rather than a date library in the bundle).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD ("2022-02-31" is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** "2022-03-31" -> "31 March 2022" (no time zones involved); anything else is shown as it is. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d && m <= 12 ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}
