import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderBody } from "../../src/lib/render-body.ts";
import { DecisionFileError, validateDecisionText } from "../../src/lib/validate-decision-file.ts";
import { SEED_DIR, SEED_FILES } from "../support/seed-decisions.ts";

describe("body rendering", () => {
  it("anchors numbered paragraphs and drops the markers", () => {
    const { html, anchors } = renderBody(
      "## The complaint\n\n1. Mr X complains. {#p1}\n\n2. See paragraph [1](#p1). {#p2}\n   - a bullet\n",
    );
    expect(anchors).toEqual([1, 2]);
    expect(html).toContain('<li id="p1" value="1">');
    expect(html).toContain('<a class="pilcrow" href="#p2" aria-label="Link to paragraph 2" data-pagefind-ignore="">¶</a>');
    expect(html).not.toContain("{#p");
    expect(html).toContain('<h2 id="s-the-complaint">');
  });
  it("keeps escaped text literal, including an escaped marker", () => {
    const { html, anchors } = renderBody("1. \\<script\\>alert(1)\\</script\\> and \\{#p9\\} {#p1}\n");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; and {#p9}");
    expect(anchors).toEqual([1]);
    expect(renderBody("1. text \\{#p1\\}\n").anchors).toEqual([]);
  });
  it("renders every seed with one anchor per counted paragraph", () => {
    for (const f of SEED_FILES) {
      const { decision, markdown } = validateDecisionText(f, readFileSync(path.join(SEED_DIR, f), "utf8"));
      expect(renderBody(markdown).anchors, f).toEqual(Array.from({ length: decision.paragraphCount }, (_, i) => i + 1));
    }
  });
  it("names the file and the field of a bad record", () => {
    const text = readFileSync(path.join(SEED_DIR, "21-003-813.md"), "utf8").replace("council: Kent County Council", "council: ''");
    expect(() => validateDecisionText("decisions/21-003-813.md", text)).toThrow(DecisionFileError);
    expect(() => validateDecisionText("decisions/21-003-813.md", text)).toThrow(/decisions\/21-003-813\.md[\s\S]*council/);
  });
});
