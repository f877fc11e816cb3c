// Reads sums of money written with a pound sign ("£1,234.50", "£ 300"), or in words before
// "pounds" ("two hundred and fifty pounds", "300 pounds"). A sum that cannot be read exactly
// ("£1.2k", "£2m", "up to £500", "£50 a week") is reported as unreadable rather than guessed, so
// that a payment total is either exact or unknown, never a wrong number; a rate with the number of
// periods it is paid for ("£400 for each of the three terms") is read as the sum it comes to.

export interface Amount {
  /** The sum in pounds, or null when the text gives a sum that cannot be read exactly. */
  value: number | null;
  /** Where the sum starts in the text: its pound sign, or its first word. */
  index: number;
  /** Where the written sum ends. */
  end: number;
  /** The sum each of several people is paid, where the text gives it so ("£400 each"); value is then null. */
  each?: number;
}

// Digits grouped by commas, or plain digits, then optional pence. Bounded, so linear.
const SUM = /^£ ?(\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.(\d{1,3}))?/;
/** What may follow a sum that is read exactly: the end, a space or punctuation that closes it. */
const CLEAN_END = /^(?:$|[\s;:!?)\]"'’”/]|[.,](?!\d))/;
/** A scale or a rate after the sum makes it a different number from the one written. */
const SCALED =
  /^ ?(?:k|m|bn|million|billion|thousand)\b|^,? ?(?:for )?(?:each|every|per)\b|^ ?(?:a|an) (?:day|night|week|fortnight|month|year|hour|term|visit)\b/i;
/** A sum "each", at the end of its clause: what each of several people is paid ("pay Mr D and Mrs E £150 each"). */
const EACH = /^ each\b(?! (?:of|day|night|week|fortnight|month|year|hour|term|visit)\b)/i;
/** Words before the sum that make it a bound, an estimate or one of several, not a sum agreed. */
const ESTIMATE =
  /\b(?:up to|about|around|approximately|roughly|over|more than|less than|at least|at most|almost|nearly|between|some|circa|c\.|estimated? at|estimates (?:\w+ )?at|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|\d+|monthly|weekly|annual|regular) (?:\w+ )?(?:payments?|instalments?|sums?|amounts?) of)\s*$/i;

/** Every sum in the text, in the order written, with its value (null where it cannot be read exactly). */
export function amountsIn(text: string): Amount[] {
  return [...signedAmounts(text), ...amountsInWords(text)].sort((a, b) => a.index - b.index);
}

/** Every pound sign in the text, with the sum it gives. */
function signedAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (let index = text.indexOf("£"); index !== -1; index = text.indexOf("£", index + 1)) {
    const rest = text.slice(index, index + 40);
    const match = SUM.exec(rest);
    if (!match) {
      amounts.push({ value: null, index, end: index + 1 });
      continue;
    }
    const after = text.slice(index + match[0].length, index + match[0].length + 80);
    const pence = match[2];
    const readable =
      CLEAN_END.test(after) && (pence === undefined || pence.length === 2) && !ESTIMATE.test(text.slice(Math.max(0, index - 40), index));
    const written = Math.round(Number(match[1]!.replaceAll(",", "")) * 100 + Number(pence ?? 0)) / 100;
    const counted = readable ? countedSum(written, after) : null;
    const end = index + match[0].length;
    if (counted !== null) amounts.push({ value: counted, index, end });
    else if (readable && EACH.test(after)) amounts.push({ value: null, index, end, each: written });
    else amounts.push({ value: readable && !SCALED.test(after) ? written : null, index, end });
  }
  return amounts;
}

const UNITS =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
/** A period a rate is paid for. */
const PERIOD = "day|night|week|fortnight|month|year|term|visit";
/** A number of periods, in digits or words: "7", "seven". */
const COUNT = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/**
 * A rate with the number of periods it is paid for, which makes a sum read exactly: "£400 for each
 * of the three terms", "£150 a month for six months".
 */
const COUNTED = new RegExp(
  String.raw`^ (?:for |in )?each of (?:the |these |those |his |her |their )?${COUNT} [a-z]+|^ (?:a|an|per|each|every) (${PERIOD}) for (?:the |a period of )?(?:(?:next|following|further|first|last) )?${COUNT} (${PERIOD})s?\b`,
  "i",
);

/** The number a count gives, in digits or words. */
function countValue(count: string): number {
  return /^\d/.test(count) ? Number(count) : UNITS.indexOf(count.toLowerCase()) + 1 || (TENS.indexOf(count.toLowerCase()) + 2) * 10;
}

/**
 * The sum a rate comes to over the periods the text counts, or null when it counts none or counts
 * other periods than the rate's ("£50 a week for six months").
 */
function countedSum(written: number, after: string): number | null {
  const counted = COUNTED.exec(after);
  if (!counted) return null;
  const [, eachOf, rateUnit, count, countUnit] = counted;
  if (eachOf === undefined && rateUnit!.toLowerCase() !== countUnit!.toLowerCase()) return null;
  return Math.round(written * countValue(eachOf ?? count!) * 100) / 100;
}

/** A number in words or digits, then "pounds": "two hundred and fifty pounds", "a thousand pounds", "300 pounds". */
const IN_WORDS = new RegExp(
  String.raw`\b(?:(\d{1,3}(?:,\d{3})*|\d+)|((?:(?:a|${[...UNITS, ...TENS, "hundred", "thousand"].join("|")})(?:[\s-]+(?:and[\s-]+)?)){1,8}?))\s*pounds\b`,
  "gi",
);

/** The value of a number in words: "two hundred and fifty" 250, "a thousand" 1000, "one thousand five hundred" 1500. */
function wordsValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)) {
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    if (unit >= 0) current += unit + 1;
    else if (ten >= 0) current += (ten + 2) * 10;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    }
  }
  return total + current;
}

/** Every sum written before "pounds", in words or digits, read as the same rules read a sum with a pound sign. */
function amountsInWords(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(IN_WORDS)) {
    const index = match.index;
    // "£300 pounds" is the sum the pound sign gives.
    if (/£ ?$/.test(text.slice(Math.max(0, index - 2), index))) continue;
    const end = index + match[0].length;
    const value = match[1] !== undefined ? Number(match[1].replaceAll(",", "")) : wordsValue(match[2]!);
    // "a pounds" names no number.
    if (value === 0) continue;
    const exact = !SCALED.test(text.slice(end, end + 20)) && !ESTIMATE.test(text.slice(Math.max(0, index - 40), index));
    amounts.push({ value: exact ? value : null, index, end });
  }
  return amounts;
}

/** The single sum a text such as "£1,234.50" gives, or null when it gives none exactly. */
export function parseAmount(text: string): number | null {
  const amounts = amountsIn(text.trim());
  return amounts.length === 1 ? amounts[0]!.value : null;
}
