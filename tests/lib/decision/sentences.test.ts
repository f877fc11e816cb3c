import { expect, it } from "vitest";
import { splitSentences } from "../../../src/lib/decision/sentences.ts";

it("splits at sentence ends followed by a capital, not inside section numbers or quotes", () => {
  expect(splitSentences("This is fault. The Council (section 26(1)) agreed. “Working Together” says so.")).toEqual([
    "This is fault.",
    "The Council (section 26(1)) agreed.",
    "“Working Together” says so.",
  ]);
});
