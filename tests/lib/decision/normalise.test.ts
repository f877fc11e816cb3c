import { describe, expect, it } from "vitest";
import { foldQuotes, normaliseText } from "../../../src/lib/decision/normalise.ts";

describe("normaliseText", () => {
  it("turns Windows and old Mac line endings into newlines", () => {
    expect(normaliseText("a\r\nb\rc")).toBe("a\nb\nc");
  });
  it("drops a UTF-8 byte order mark", () => {
    expect(normaliseText("\ufeffKent County Council (21 003 813)")).toBe("Kent County Council (21 003 813)");
  });
  it("turns non-breaking and narrow spaces into plain spaces", () => {
    expect(normaliseText("nurseries.\u00a0The\u202fend")).toBe("nurseries. The end");
  });
  it("removes trailing whitespace and control characters but keeps the words", () => {
    expect(normaliseText("Decision : Upheld \t\nSummary\u0007: x")).toBe("Decision : Upheld\nSummary: x");
  });
});

describe("foldQuotes", () => {
  it("reads curly and straight quotes alike", () => {
    expect(foldQuotes("The Ombudsman’s “final” decision")).toBe(`The Ombudsman's "final" decision`);
  });
});
