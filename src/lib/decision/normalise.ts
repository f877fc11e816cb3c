// First pass: make text copied from different browsers and systems read the same.
// Curly quotes in the body are kept as published; patterns that read the text accept both kinds.

const NBSP_AND_FRIENDS = /[\u00a0\u2007\u202f]/g;
// C0 controls other than tab and newline, DEL and C1 controls carry no text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const TRAILING_SPACE = /[ \t]+$/gm;

/** Normalises line endings, BOM, non-breaking spaces, control characters and trailing whitespace. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(NBSP_AND_FRIENDS, " ")
    .replace(/\t/g, "    ")
    .replace(CONTROL, "")
    .replace(TRAILING_SPACE, "");
}

/** Folds curly quotes to straight ones, for comparing text written either way. */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"');
}
