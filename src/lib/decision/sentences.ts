// Splits a paragraph into sentences, for findings that are stated one sentence at a time.

const BOUNDARY = /(?<=[.?!]["”’)]?)\s+(?=[A-Z“"‘(])/;

export function splitSentences(text: string): string[] {
  return text
    .split(BOUNDARY)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}
