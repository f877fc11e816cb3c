// Counts as the pages write them: thousands separated ("12,345"), and with their noun, singular
// for one ("1 decision", "12,345 decisions").

/** A count with its thousands separated: "12,345". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

/** A count and its noun, singular for one: "1 decision", "12,345 decisions", "2 bodies" (`many` given). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
