import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/lib/decision/chrome.ts";
import { extractLegislation } from "../../../src/lib/decision/legislation.ts";
import { legislationLink, provisionLabel } from "../../../src/lib/decision/legislation-links.ts";
import { normaliseText } from "../../../src/lib/decision/normalise.ts";
import { CORPUS, SEEDS } from "../../paths.ts";

describe("legislationLink", () => {
  it.each([
    ["Local Government Act 1974", undefined, "https://www.legislation.gov.uk/ukpga/1974/7"],
    ["Local Government Act 1974", "26B", "https://www.legislation.gov.uk/ukpga/1974/7/section/26B"],
    ["Local Government Act 1974", "26(6)(a)", "https://www.legislation.gov.uk/ukpga/1974/7/section/26"],
    ["Local Government Act 1974", "26A(1)", "https://www.legislation.gov.uk/ukpga/1974/7/section/26A"],
    ["Local Government Act 1974", "34H(i)", "https://www.legislation.gov.uk/ukpga/1974/7/section/34H"],
    ["Children Act 1989", "47", "https://www.legislation.gov.uk/ukpga/1989/41/section/47"],
    ["Care Act 2014", undefined, "https://www.legislation.gov.uk/ukpga/2014/23"],
    ["Mental Health Act 1983", "117", "https://www.legislation.gov.uk/ukpga/1983/20/section/117"],
    ["Wildlife & Countryside Act 1981", undefined, "https://www.legislation.gov.uk/ukpga/1981/69"],
    ["the Housing Act 1996", undefined, "https://www.legislation.gov.uk/ukpga/1996/52"],
    ["Special Educational Needs and Disability Regulations 2014", "12", "https://www.legislation.gov.uk/uksi/2014/1530/regulation/12"],
    [
      "Town and Country Planning (General Permitted Development) (England) Order 2015",
      "3",
      "https://www.legislation.gov.uk/uksi/2015/596/article/3",
    ],
    ["UK GDPR", undefined, "https://www.legislation.gov.uk/eur/2016/679/contents"],
    ["UK GDPR", "15", "https://www.legislation.gov.uk/eur/2016/679/article/15"],
    ["Local Government Act 1974", "Schedule 5", "https://www.legislation.gov.uk/ukpga/1974/7/schedule/5"],
    ["Local Government Act 1974", "Schedule 5A", "https://www.legislation.gov.uk/ukpga/1974/7/schedule/5A"],
    ["Local Government Act 1974", "Schedule 5 paragraph 5(2)", "https://www.legislation.gov.uk/ukpga/1974/7/schedule/5/paragraph/5"],
  ] as const)("%s %s -> %s", (title, section, href) => {
    expect(legislationLink(title, section)).toEqual({ href, exact: true });
  });

  it("labels a provision as its instrument calls it", () => {
    expect(provisionLabel("Care Act 2014", "42(1)")).toBe("s.42(1)");
    expect(provisionLabel("Care and Support (Charging) Regulations 2014", "12")).toBe("reg.12");
    expect(provisionLabel("Town and Country Planning (Use Classes) Order 1987", "3")).toBe("art.3");
    expect(provisionLabel("UK GDPR", "15")).toBe("art.15");
    expect(provisionLabel("Local Government Act 1974", "Schedule 5 paragraph 5(2)")).toBe("Schedule 5 paragraph 5(2)");
  });

  it("links a title with commas, whatever its spacing", () => {
    expect(legislationLink("Anti-social Behaviour, Crime and Policing Act 2014")).toEqual({
      href: "https://www.legislation.gov.uk/ukpga/2014/12",
      exact: true,
    });
    expect(legislationLink("Anti-social Behaviour Crime and Policing Act 2014").exact).toBe(true);
  });

  it("does not guess the whole title from its end: a shortened title is searched for", () => {
    expect(legislationLink("Crime and Policing Act 2014").exact).toBe(false);
  });

  it("searches by title for an Act the table does not know", () => {
    expect(legislationLink("Pet Animals Act 1951", "1")).toEqual({
      href: "https://www.legislation.gov.uk/all?title=Pet%20Animals%20Act%201951",
      exact: false,
    });
  });

  it("links every Act and regulation the corpus and seeds cite to the Act itself", () => {
    const titles = new Set<string>();
    for (const dir of [join(CORPUS, "statements"), SEEDS]) {
      for (const file of readdirSync(dir)) {
        const lines = contentLines(normaliseText(readFileSync(join(dir, file), "utf8"))).map((l) => l.text);
        for (const cited of extractLegislation(lines)) titles.add(cited.title);
      }
    }
    expect(titles.size).toBeGreaterThan(8);
    expect([...titles].filter((title) => !legislationLink(title).exact)).toEqual([]);
  });
});
