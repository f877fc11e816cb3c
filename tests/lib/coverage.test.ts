import { describe, expect, it } from "vitest";
import { allCouncilsName, coverageOf, coverageText } from "../../src/lib/coverage.ts";

describe("coverage", () => {
  it("calls a few thousand decisions a sample, and its figures the sample's", () => {
    const sample = coverageOf(103, "2025-06-01");
    expect(sample.archive).toBe(false);
    expect(coverageText(sample)).toBe(
      "The casebook holds 103 decisions, a sample of the about 57,500 decision statements the Ombudsman has published since 2016, not the whole archive: real statements chosen to test it on the variety of the archive's layouts, categories and outcomes, not at random. Its figures describe this sample only, not the Ombudsman's work or any council's record as a whole.",
    );
    expect(allCouncilsName(sample)).toBe("All councils in this casebook");
  });

  it("calls nearly all of them the archive, to the newest date held, and its rates national", () => {
    const archive = coverageOf(56_900, "2026-11-30");
    expect(archive.archive).toBe(true);
    expect(coverageText(archive)).toBe(
      "The casebook holds 56,900 decisions: the Ombudsman's published decision statements since 2016, to 30 November 2026. Its figures are the Ombudsman's published decisions.",
    );
    expect(allCouncilsName(archive)).toBe("National");
    expect(coverageOf(50_000, "2026-11-30").archive).toBe(false);
  });
});
