import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRow, CSV_COLUMNS } from "../../src/lib/export.ts";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { decisionSchema, type Decision } from "../../src/lib/decision/schema.ts";
import { absoluteUrl, decisionDescription, decisionJsonLd, jsonLdText, truncate } from "../../src/lib/publish.ts";

const kent: Decision = decisionSchema.parse(
  readDecisionFile(readFileSync(path.resolve(import.meta.dirname, "../../decisions/21-003-813.md"), "utf8")).data,
);

describe("jsonLdText", () => {
  const hostile = { name: `Evil </script><script>alert(1)</script> " Council <!-- & \u2028\u2029`, n: 1 };

  it("is the same JSON, with no character that could end the script element", () => {
    const out = jsonLdText(hostile);
    expect(JSON.parse(out)).toEqual(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain('\\"');
  });

  it("leaves ordinary JSON alone", () => {
    expect(jsonLdText({ a: "Kent County Council", b: [1, true, null] })).toBe('{"a":"Kent County Council","b":[1,true,null]}');
  });
});

describe("truncate and descriptions", () => {
  it("keeps short text, and cuts long text at a word with an ellipsis", () => {
    expect(truncate("  a   short\ntext ")).toBe("a short text");
    const long = "word ".repeat(100);
    const cut = truncate(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(word )*word…$/);
  });

  it("describes a decision by its citation, outcome and summary", () => {
    const description = decisionDescription(kent);
    expect(description.startsWith("Kent County Council (21 003 813), 31 March 2022. Upheld. Mr X complained")).toBe(true);
    expect(description.length).toBeLessThanOrEqual(300);
  });
});

describe("absoluteUrl", () => {
  it("puts a based path on the public origin", () => {
    expect(absoluteUrl("/casebook/decisions/21-003-813/", "https://example.org")).toBe(
      "https://example.org/casebook/decisions/21-003-813/",
    );
    expect(absoluteUrl("/", new URL("https://casebook.example/"))).toBe("https://casebook.example/");
  });
});

describe("decisionJsonLd", () => {
  it("describes the decision as a schema.org Report by the Ombudsman about the council", () => {
    const page = "https://example.org/casebook/decisions/21-003-813/";
    const ld = decisionJsonLd(kent, page, "https://example.org/casebook/");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Report",
      name: "Kent County Council (21 003 813)",
      identifier: "21 003 813",
      datePublished: "2022-03-31",
      publisher: { "@type": "GovernmentOrganization", name: "Local Government and Social Care Ombudsman", url: "https://www.lgo.org.uk" },
      about: { "@type": "GovernmentOrganization", name: "Kent County Council" },
      url: page,
      sameAs: kent.officialUrl,
      isBasedOn: kent.officialUrl,
      copyrightHolder: { name: "Commission for Local Administration in England" },
    });
    expect(kent.officialUrl).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\/.+\/21-003-813$/);
  });

  it("calls a care provider an Organization", () => {
    const ld = decisionJsonLd({ ...kent, council: "Sunrise Care Homes Ltd" }, "https://x/", "https://x/");
    expect(ld["about"]).toEqual({ "@type": "Organization", name: "Sunrise Care Homes Ltd" });
  });
});

describe("csvRow", () => {
  it("ends with the official statement and the page on this site", () => {
    const row = csvRow(kent, "https://example.org/casebook/decisions/21-003-813/");
    expect(CSV_COLUMNS.slice(-2)).toEqual(["officialUrl", "url"]);
    expect(row.slice(-2)).toEqual([kent.officialUrl, "https://example.org/casebook/decisions/21-003-813/"]);
    expect(csvRow(kent).at(-1)).toBe("");
  });
});
