// Nothing lost: every word of a statement's text, page furniture excepted, is in the record or the
// Markdown body, in the same order, and the paragraph anchors run 1..N without gaps or repeats.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/lib/decision/chrome.ts";
import { normaliseText } from "../../../src/lib/decision/normalise.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { CORPUS, SEEDS } from "../../paths.ts";

const WORD = /[\p{L}\p{N}]+/gu;
const LIST_MARKER = /^\s*(?:\d{1,3}\.|[-•·▪◦●])\s+/;
const words = (text: string) => text.match(WORD) ?? [];

/**
 * The input's words after the header and summary (which the record holds), without list numbers
 * (the body renumbers them). The older report layout has no summary line: its body starts after
 * the date.
 */
function inputWords(raw: string): string[] {
  const lines = contentLines(normaliseText(raw)).map((l) => l.text);
  const summaryAt = lines.findIndex((l) => l.startsWith("Summary:"));
  const start = summaryAt >= 0 ? summaryAt : lines.findIndex((l) => l.startsWith("Decision date :"));
  // Page furniture: "Back to top", and a signature line the page repeats after it.
  const seen = new Set<string>();
  return lines
    .slice(start + 1)
    .filter((l) => l.trim() !== "Back to top")
    .filter((l) => {
      const folded = l.trim().replace(/[’‘]/g, "'");
      if (!/decision on behalf of the Ombudsm[ae]n$/.test(folded)) return true;
      if (seen.has(folded)) return false;
      seen.add(folded);
      return true;
    })
    .flatMap((l) => words(l.replace(LIST_MARKER, "")));
}

/** The body's words, without Markdown's list numbers, anchors and link targets. */
function bodyWords(body: string): string[] {
  return body.split("\n").flatMap((l) =>
    words(
      l
        .replace(LIST_MARKER, "")
        .replace(/ \{#p\d+\}$/, "")
        .replace(/\]\(#p\d+\)/g, "]")
        .replace(/\\(.)/g, "$1"),
    ),
  );
}

const statements = [
  ...readdirSync(SEEDS).map((f) => join(SEEDS, f)),
  ...readdirSync(join(CORPUS, "statements"))
    .map((f) => join(CORPUS, "statements", f))
    .filter((path) =>
      /^[^\n]+\(\d{2} \d{3} \d{3}[a-z]?\)\n+Category :/.test(
        readFileSync(path, "utf8").replace(/^[\s\S]*?\n(?=[^\n]+\(\d{2} \d{3} \d{3}[a-z]?\)\n)/, ""),
      ),
    ),
];

describe("text integrity", () => {
  it("covers the seeds and the corpus statements that have a header", () => {
    expect(statements.length).toBe(105);
  });

  it.each(statements.map((path) => [path.split("/").slice(-2).join("/"), path]))("%s: every word survives, in order", (_, path) => {
    const raw = readFileSync(path, "utf8");
    const { decision, body } = parseDecision(raw, path);
    expect(bodyWords(body)).toEqual(inputWords(raw));
    expect(words(decision.summary).length).toBeGreaterThan(0);
    const anchors = [...body.matchAll(/\{#p(\d+)\}$/gm)].map((m) => Number(m[1]));
    expect(anchors).toEqual(Array.from({ length: decision.paragraphCount }, (_, i) => i + 1));
  });
});
