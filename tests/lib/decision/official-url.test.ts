import { describe, expect, it } from "vitest";
import { givenOfficialUrl, officialUrl } from "../../../src/lib/decision/official-url.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { fixture } from "../../paths.ts";
import { corpusLabels } from "../../support/corpus-labels.ts";

describe("officialUrl", () => {
  it("follows the ombudsman's address scheme", () => {
    expect(officialUrl("Children's care services", "Friends and family carers", "18 009 200")).toBe(
      "https://www.lgo.org.uk/decisions/children-s-care-services/friends-and-family-carers/18-009-200",
    );
    expect(officialUrl("Housing", "Allocations", "20 003 093")).toBe("https://www.lgo.org.uk/decisions/housing/allocations/20-003-093");
  });

  const labels = corpusLabels().filter((l) => l.category !== "" && new URL(l.url).pathname.startsWith("/decisions/"));

  it.each(labels.map((l) => [l.reference, l] as const))("%s: matches where the corpus says it was published", (reference, label) => {
    const [category, subcategory] = label.category.split(" > ");
    // Hosts vary (www or not, http or https) and some carry ?displaypref=; the path is the address.
    expect(new URL(officialUrl(category!, subcategory!, reference)).pathname).toBe(new URL(label.url).pathname);
  });

  it("covers every labelled statement with a category and an official address", () => {
    expect(labels.length).toBe(100);
  });
});

describe("givenOfficialUrl", () => {
  it("keeps the address a statement was fetched from, without its query string or fragment", () => {
    expect(
      givenOfficialUrl("https://www.lgo.org.uk/decisions/adult-care-services/direct-payments/18-012-204?displaypref=0", "18 012 204"),
    ).toBe("https://www.lgo.org.uk/decisions/adult-care-services/direct-payments/18-012-204");
    expect(givenOfficialUrl("https://www.lgo.org.uk/decisions/health/other/17-010-997b/#p3", "17 010 997b")).toBe(
      "https://www.lgo.org.uk/decisions/health/other/17-010-997b",
    );
  });

  it("refuses an address that is not this statement's page on https://www.lgo.org.uk", () => {
    const refused = [
      "http://www.lgo.org.uk/decisions/housing/allocations/20-003-093",
      "https://lgo.org.uk/decisions/housing/allocations/20-003-093",
      "http://127.0.0.1:4000/decisions/housing/allocations/20-003-093",
      "https://www.lgo.org.uk/decisions/housing/allocations/20-003-094",
      "https://www.lgo.org.uk/decisions/housing/20-003-093",
      "https://www.lgo.org.uk/Decisions/SearchResults?fd=2022-01-01",
      "not a url",
      undefined,
    ];
    expect(refused.map((url) => givenOfficialUrl(url, "20 003 093"))).toEqual(refused.map(() => null));
  });

  it("becomes the record's officialUrl when parseDecision is given it, and the derived address stands otherwise", () => {
    const text = fixture("minimal.txt");
    expect(
      parseDecision(text, "m.txt", { officialUrl: "https://www.lgo.org.uk/decisions/housing/homelessness/20-123-456?displaypref=2" })
        .decision.officialUrl,
    ).toBe("https://www.lgo.org.uk/decisions/housing/homelessness/20-123-456");
    expect(
      parseDecision(text, "m.txt", { officialUrl: "http://127.0.0.1:4000/decisions/housing/homelessness/20-123-456" }).decision.officialUrl,
    ).toBe("https://www.lgo.org.uk/decisions/housing/allocations/20-123-456");
  });
});
