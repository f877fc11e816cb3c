// Second pass: drop the page furniture (cookie banner, logo, print link) that the ombudsman's
// website wraps around every statement. Lines are kept with their original numbers for errors.

import { foldQuotes } from "./normalise.ts";

export interface Line {
  /** 1-based line number in the input file. */
  number: number;
  text: string;
}

const CHROME_LINES = new Set([
  "Print this page",
  "LGO logogram",
  "Review your privacy settings",
  "Privacy settings",
  "Required cookies",
  "View required cookies",
  "Analytical cookies",
  "View analytical cookies",
  "We recommend you set these 'ON'.",
]);

const CHROME_PREFIXES = [
  "These cookies enable the website to function properly.",
  "Google Analytics cookies help us improve the performance of the website",
  "In using Google Analytics, we do not collect or store personal information",
];

const LONGEST_CHROME_LINE = 400;

export function isChrome(text: string): boolean {
  // Banner lines stand at the start of a line; statement paragraphs are indented list items.
  if (text.length === 0 || text.length > LONGEST_CHROME_LINE || text.startsWith(" ")) return false;
  const t = foldQuotes(text.trim());
  return CHROME_LINES.has(t) || CHROME_PREFIXES.some((prefix) => t.startsWith(prefix));
}

/** Splits normalised text into numbered lines, leaving out page chrome. Blank lines are kept. */
export function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split("\n").forEach((value, index) => {
    if (!isChrome(value)) lines.push({ number: index + 1, text: value });
  });
  return lines;
}
