import { describe, expect, it } from "vitest";
import { citation, citeAs } from "../../src/lib/citation.ts";
import { seeds } from "../support/seed-decisions.ts";

describe("citations", () => {
  const kent = seeds.find((d) => d.slug === "21-003-813")!;
  it("cites", () => {
    expect(citation(kent)).toBe("Kent County Council (21 003 813), 31 March 2022");
    expect(citeAs(kent)).toBe("Local Government and Social Care Ombudsman, decision 21 003 813 (Kent County Council), 31 March 2022");
    expect(citeAs({ ...kent, council: null })).toBe("Local Government and Social Care Ombudsman, decision 21 003 813, 31 March 2022");
  });
});
