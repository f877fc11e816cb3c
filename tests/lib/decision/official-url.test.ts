import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { officialUrl } from "../../../src/lib/decision/official-url.ts";
import { CORPUS } from "../../paths.ts";

describe("officialUrl", () => {
  it("follows the ombudsman's address scheme", () => {
    expect(officialUrl("Children's care services", "Friends and family carers", "18 009 200")).toBe(
      "https://www.lgo.org.uk/decisions/children-s-care-services/friends-and-family-carers/18-009-200",
    );
    expect(officialUrl("Housing", "Allocations", "20 003 093")).toBe("https://www.lgo.org.uk/decisions/housing/allocations/20-003-093");
  });

  const labels = (parse(readFileSync(join(CORPUS, "labels.tsv"), "utf8"), { delimiter: "\t", columns: true, relax_quotes: true }) as Record<string, string>[]).filter(
    (l) => l["category"] !== "" && new URL(l["url"]!).pathname.startsWith("/decisions/"),
  );

  it.each(labels.map((l) => [l["reference"]!, l] as const))("%s: matches where the corpus says it was published", (reference, label) => {
    const [category, subcategory] = label["category"]!.split(" > ");
    // Hosts vary (www or not, http or https) and some carry ?displaypref=; the path is the address.
    expect(new URL(officialUrl(category!, subcategory!, reference)).pathname).toBe(new URL(label["url"]!).pathname);
  });

  it("covers every labelled statement with a category and an official address", () => {
    expect(labels.length).toBe(100);
  });
});
