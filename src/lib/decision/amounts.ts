// Reads sums of money written with a pound sign ("£1,234.50", "£ 300"). A sum that cannot be
// read exactly ("£1.2k", "£2m", "up to £500", "£50 a week") is reported as unreadable rather than
// guessed, so that a payment total is either exact or unknown, never a wrong number.

export interface Amount {
  /** The sum in pounds, or null when the text gives a sum that cannot be read exactly. */
  value: number | null;
  /** Where the pound sign stands in the text. */
  index: number;
  /** Where the written sum ends. */
  end: number;
}

// Digits grouped by commas, or plain digits, then optional pence. Bounded, so linear.
const SUM = /^£ ?(\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.(\d{1,3}))?/;
/** What may follow a sum that is read exactly: the end, a space or punctuation that closes it. */
const CLEAN_END = /^(?:$|[\s;:!?)\]"'’”/]|[.,](?!\d))/;
/** A scale or a rate after the sum makes it a different number from the one written. */
const SCALED =
  /^ ?(?:k|m|bn|million|billion|thousand)\b|^,? ?(?:for )?(?:each|every|per)\b|^ ?(?:a|an) (?:day|night|week|fortnight|month|year|hour|term|visit)\b/i;
/** Words before the sum that make it a bound, an estimate or one of several, not a sum agreed. */
const ESTIMATE =
  /\b(?:up to|about|around|approximately|roughly|over|more than|less than|at least|at most|almost|nearly|between|some|circa|c\.|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|\d+|monthly|weekly|annual|regular) (?:\w+ )?(?:payments?|instalments?|sums?|amounts?) of)\s*$/i;

/** Every pound sign in the text, with the sum it gives (null where it cannot be read exactly). */
export function amountsIn(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (let index = text.indexOf("£"); index !== -1; index = text.indexOf("£", index + 1)) {
    const rest = text.slice(index, index + 40);
    const match = SUM.exec(rest);
    if (!match) {
      amounts.push({ value: null, index, end: index + 1 });
      continue;
    }
    const after = rest.slice(match[0].length);
    const pence = match[2];
    const exact =
      CLEAN_END.test(after) &&
      !SCALED.test(after) &&
      (pence === undefined || pence.length === 2) &&
      !ESTIMATE.test(text.slice(Math.max(0, index - 40), index));
    const value = exact ? Math.round(Number(match[1]!.replaceAll(",", "")) * 100 + Number(pence ?? 0)) / 100 : null;
    amounts.push({ value, index, end: index + match[0].length });
  }
  return amounts;
}

/** The single sum a text such as "£1,234.50" gives, or null when it gives none exactly. */
export function parseAmount(text: string): number | null {
  const amounts = amountsIn(text.trim());
  return amounts.length === 1 ? amounts[0]!.value : null;
}
