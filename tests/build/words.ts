// Words of a decision body and of its rendered text, for the integrity tests: words are runs of
// letters and digits; Markdown's list markers, {#pN} anchors, [text](#pN) link syntax and backslash
// escapes are syntax, not words ("[5](#p5)A" is the word "5A", as on the page).

const WORD = /[\p{L}\p{N}]+/gu;
export const words = (text: string): string[] => text.match(WORD) ?? [];

/** The body's words, without Markdown's list markers, {#pN} anchors, (#pN) link targets and backslash escapes. */
export function bodyWords(body: string): string[] {
  return body.split("\n").flatMap((line) =>
    words(
      line
        .replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+/, "")
        .replace(/[ \t]*\{#p\d+\}$/, "")
        .replace(/(?<!\\)\[([^\]\\]*)\]\(#p\d+\)/g, "$1")
        .replace(/\\(.)/g, "$1"),
    ),
  );
}

/** Where `needle` stops being a subsequence of `hay`: -1 when all of it is. */
export function firstMissing(needle: readonly string[], hay: readonly string[]): number {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < hay.length && hay[j] !== needle[i]) j++;
    if (j === hay.length) return i;
    j++;
  }
  return -1;
}
