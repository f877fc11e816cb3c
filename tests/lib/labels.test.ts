import { describe, expect, it } from "vitest";
import { faultLabel } from "../../src/lib/labels.ts";

describe("faultLabel", () => {
  it("files a decision under fault found or not, and an excerpt that does not say under neither", () => {
    expect(faultLabel({ faultFound: true })).toBe("Fault found");
    expect(faultLabel({ faultFound: false })).toBe("No fault found");
    expect(faultLabel({ faultFound: null })).toBeNull();
  });
});
