import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aboutAnotherBody, bodyType } from "../../../src/lib/decision/body-type.ts";
import { GOLDEN } from "../../paths.ts";
import { corpusLabels } from "../../support/corpus-labels.ts";

const labels = corpusLabels();
const seeds = Object.values(
  (JSON.parse(readFileSync(GOLDEN, "utf8")) as { decisions: Record<string, { reference: string; council: string }> }).decisions,
);

/** The bodies in the corpus that are not councils, read by hand from their names and statements. */
const NOT_COUNCILS: Record<string, string> = {
  "19 016 311": "care-provider",
  "21 012 809": "care-provider",
  "23 003 109": "care-provider",
  "21 004 034": "school",
  "17 010 997b": "nhs",
  "19 018 519c": "nhs",
  "22 009 742a": "nhs",
  "23 017 881a": "nhs",
  "24 020 611b": "nhs",
};

describe("bodyType", () => {
  const named = [...labels, ...seeds].filter((l) => l.council !== "");
  it.each(named.map((l) => [l.council, l.reference] as const))("%s (%s)", (council, reference) => {
    expect(bodyType(council, reference)).toBe(NOT_COUNCILS[reference] ?? "council");
  });

  it.each([
    ["London Borough of Hounslow", "24 013 763", "council"],
    ["Royal Borough of Greenwich", "24 009 885", "council"],
    ["Oadby & Wigston Borough Council", "24 013 733", "council"],
    ["City of London", "22 000 001", "council"],
    ["Council of the Isles of Scilly", "22 000 002", "council"],
    ["Sussex Partnership NHS Foundation Trust", "22 000 003", "nhs"],
    ["Barchester Healthcare Homes Limited", "22 000 004", "care-provider"],
    ["Sunrise Senior Living", "22 000 005", "care-provider"],
    ["The Governing Body of St Mary's Church of England Primary School", "22 000 006", "school"],
    ["Greenwood Academies Trust", "22 000 007", "school"],
    ["Transport for London", "22 000 008", "other"],
    ["Hampshire Fire and Rescue Authority", "22 000 009", "other"],
    ["Gloucestershire Clinical Commissioning Group", "17 010 997", "nhs"],
    ["Northamptonshire Integrated Care Board", "22 009 742", "nhs"],
  ] as const)("%s (%s) is %s", (council, reference, expected) => {
    expect(bodyType(council, reference)).toBe(expected);
  });

  it("takes a joint decision's letter suffix as the NHS body's copy, unless the name says otherwise", () => {
    expect(bodyType("Three Counties Partnership", "22 000 010a")).toBe("nhs");
    expect(bodyType("Kent County Council", "22 000 011a")).toBe("council");
    expect(bodyType("Meadowbank Care Ltd", "22 000 014b")).toBe("care-provider");
    expect(bodyType(null, "22 000 012b")).toBe("nhs");
    expect(bodyType(null, "22 000 013")).toBe("other");
  });
});

describe("bodyType of a statement whose header names no body", () => {
  it("reads the body the summary names first, then a category only councils answer for", () => {
    expect(bodyType(null, "15 012 036", { summary: "Mr X complained the Council delayed his repairs." })).toBe("council");
    expect(bodyType(null, "15 012 036", { summary: "Mrs Y complained the care home lost her mother's clothes." })).toBe("care-provider");
    expect(bodyType(null, "15 012 036", { summary: "Ms Z complains about her bill.", category: "Benefits and tax > Council tax" })).toBe(
      "council",
    );
    expect(bodyType(null, "15 012 036", { summary: "Ms Z complains about her care.", category: "Adult care services > Charging" })).toBe(
      "other",
    );
  });
  it("takes a lettered reference for the NHS body's copy of a joint decision", () => {
    expect(bodyType(null, "22 009 742a", { summary: "Mr X complained the Council and the Trust failed him." })).toBe("nhs");
  });
});

describe("aboutAnotherBody", () => {
  it("is true of words that name only a body of another kind", () => {
    expect(aboutAnotherBody("The Trust has agreed to:", "council")).toBe(true);
    expect(aboutAnotherBody("Within one month the Council will:", "nhs")).toBe(true);
    expect(aboutAnotherBody("The Council and the ICB will:", "nhs")).toBe(false);
    expect(aboutAnotherBody("We recommend that within one month:", "council")).toBe(false);
  });
  it("reads the page's own body in any case, and a care provider as the council's on its page", () => {
    expect(aboutAnotherBody("the council and the NHS foundation trust will each", "council")).toBe(false);
    expect(aboutAnotherBody("The care home will apologise", "council")).toBe(false);
    expect(aboutAnotherBody("The Council will apologise", "care-provider")).toBe(true);
  });
});
