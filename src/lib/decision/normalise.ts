// First pass: make text copied from different browsers and systems read the same.
// Curly quotes in the body are kept as published; patterns that read the text accept both kinds.

const NBSP_AND_FRIENDS = /[\u00a0\u2007\u202f]/g;
// C0 controls other than tab and newline, DEL and C1 controls carry no text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ANY_SPECIAL = /[\u00a0\u2007\u202f\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Normalises line endings, BOM, non-breaking spaces, control characters and trailing whitespace. */
export function normaliseText(raw: string): string {
  const lines = raw.replace(/^\ufeff/, "").split(/\r\n?|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Most lines need nothing; test once before replacing three times.
    if (ANY_SPECIAL.test(line)) line = line.replace(NBSP_AND_FRIENDS, " ").replace(/\t/g, "    ").replace(CONTROL, "");
    lines[i] = line.trimEnd();
  }
  return lines.join("\n");
}

/** Folds curly quotes to straight ones, for comparing text written either way. */
const CURLY = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033]/;

export function foldQuotes(text: string): string {
  if (!CURLY.test(text)) return text;
  return text.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"');
}
