// Splits a paragraph into sentences, for findings that are stated one sentence at a time.

const BOUNDARY = /[.?!]["”’)]?(\s+)(?=[A-Z“"‘(])/g;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length - match[1]!.length;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== "");
}
