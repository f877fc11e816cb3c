import { describe, expect, it } from "vitest";
import { escapeMarkdown, linkReferences, toMarkdown } from "../../../src/lib/decision/markdown.ts";

describe("escapeMarkdown", () => {
  it("makes HTML, links and emphasis literal", () => {
    expect(escapeMarkdown("<script>alert(1)</script> [x](javascript:y) *b* & _c_")).toBe(
      "\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*b\\* \\& \\_c\\_",
    );
  });
  it("stops a line opening like a list, heading or quote from becoming one", () => {
    expect(["1. x", "- x", "# x", "> x"].map(escapeMarkdown)).toEqual(["1\\. x", "\\- x", "\\# x", "\\> x"]);
  });
});

describe("linkReferences", () => {
  it("links each paragraph number to its anchor and escapes the rest", () => {
    expect(linkReferences("see paragraphs 19 and 20 <b>", 30)).toBe("see paragraphs [19](#p19) and [20](#p20) \\<b\\>");
  });
});

describe("toMarkdown", () => {
  it("writes sections, sub-headings, numbered paragraphs with anchors and nested lists", () => {
    const markdown = toMarkdown(
      [
        { kind: "section", title: "The complaint", line: 1 },
        {
          kind: "paragraph",
          number: 1,
          text: "Mr X complains the Council:",
          line: 2,
          items: [
            { ordered: true, text: "failed; and", line: 3 },
            { ordered: true, text: "delayed.", line: 4 },
          ],
        },
        { kind: "heading", title: "Background", line: 5 },
        { kind: "paragraph", number: null, text: "An unnumbered note.", line: 6, items: [{ ordered: false, text: "a bullet", line: 7 }] },
        { kind: "paragraph", number: 10, text: "See paragraph 1.", line: 8, items: [] },
        { kind: "signature", text: "Investigator’s decision on behalf of the Ombudsman", line: 9 },
      ],
      10,
    );
    expect(markdown).toBe(
      [
        "## The complaint",
        "",
        "1. Mr X complains the Council: {#p1}",
        "   1. failed; and",
        "   2. delayed.",
        "",
        "### Background",
        "",
        "An unnumbered note.",
        "",
        "- a bullet",
        "",
        "10. See paragraph [1](#p1). {#p10}",
        "",
        "*Investigator’s decision on behalf of the Ombudsman*",
        "",
      ].join("\n"),
    );
  });
});
