import { describe, expect, it } from "vitest";
import { contentLines, isChrome } from "../../../src/lib/decision/chrome.ts";

describe("contentLines", () => {
  it("drops the cookie banner, logo and print link but keeps line numbers of the rest", () => {
    const text = ["Privacy settings", "", "LGO logogram", "Kent County Council (21 003 813)", "Print this page"].join("\n");
    expect(contentLines(text)).toEqual([
      { number: 2, text: "" },
      { number: 4, text: "Kent County Council (21 003 813)" },
    ]);
  });
  it("recognises banner sentences by their opening words, with either kind of quote", () => {
    expect(isChrome("We recommend you set these ‘ON’.")).toBe(true);
    expect(
      isChrome("These cookies enable the website to function properly. You can only disable these by changing your browser preferences."),
    ).toBe(true);
  });
  it("keeps statement text that merely mentions printing", () => {
    expect(isChrome("Print this page and send it to the Council.")).toBe(false);
  });
});
