// Dates as the site shows them, shared by the pages and the search page's client script
// (which is why this is a few lines of its own rather than a date library in the bundle).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2022-03-31" -> "31 March 2022" (no time zones involved); anything else is shown as it is. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d && m <= 12 ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}
