import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/lib/escape-html.ts";

describe("escapeHtml", () => {
  it("escapes what could end a text or an attribute, and nothing else", () => {
    expect(escapeHtml(`Evil </title><script>alert("1")</script> & 'x'`)).toBe(
      "Evil &#60;/title&#62;&#60;script&#62;alert(&#34;1&#34;)&#60;/script&#62; &#38; &#39;x&#39;",
    );
    expect(escapeHtml("Mrs Y’s £200 — café")).toBe("Mrs Y’s £200 — café");
  });
});
