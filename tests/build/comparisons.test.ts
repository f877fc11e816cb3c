// The league table, a council's profile with its own feed and CSV, and the remedy ledger, on the
// shared test build. Expected figures are worked out by hand from the test decisions:
//   councils' decisions upheld: 21-000-259, 21-003-813, 21-018-990, 23-009-462, 22-100-001, 19-007-429 (6);
//   not upheld: 19-012-800, 23-200-002 (2); 24-400-004 names no body and 23-300-003 was closed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { attr, hasAttr, parseHtml, query, queryAll, text, type Element } from "../support/html.ts";

const site = inject("siteDir");
const read = (page: string) => readFileSync(path.join(site, page.replace(/^\//, ""), page.endsWith("/") ? "index.html" : ""), "utf8");
const html = (page: string) => parseHtml(read(page));
const cells = (tr: Element) => queryAll(tr, "th, td").map(text);

describe("the league table", () => {
  const doc = html("/councils/");

  it("lists every council by name, with other bodies apart and statements naming none left out", () => {
    const names = queryAll(doc, "table#councils tbody tr").map((tr) => text(query(tr, "th")));
    expect(names).toEqual([
      "Brighton & Hove City Council",
      "East Hertfordshire District Council",
      `Evil </title><script>alert(1)</script> " onmouseover="alert(1) <img src=x onerror=alert(1)> Council`,
      "Hampshire County Council",
      "Kent County Council",
      "Lancashire County Council",
      "Leicestershire County Council",
      "Rutland County Council",
    ]);
    expect(queryAll(doc, "table#others tbody tr").map((tr) => text(query(tr, "th")))).toEqual(["Meadowbank Care Ltd"]);
  });

  // 6 upheld of 10 councils' decisions (one about a council its header does not name): Wilson 31.3–83.2%.
  it("states all councils' rate in this sample with its base and 95% interval: 6 of 10, Wilson 31–83%", () => {
    expect(text(queryAll(doc, ".stats li")[1])).toBe(
      "Uphold rate of all councils in this casebook: 60% of 10 councils' decisions upheld or not upheld, 95% interval 31–83%",
    );
  });

  it("shows each council's figures, with no percentage below five decisions and none ranked below ten", () => {
    const row = (name: string) => queryAll(doc, "table#councils tbody tr").find((tr) => text(query(tr, "th")) === name)!;
    expect(cells(row("Kent County Council"))).toEqual([
      "Kent County Council",
      "1",
      "1 of 1",
      "too few",
      "–",
      "£200 in 1 of 1",
      "Children's care services (1)",
      "not ranked",
    ]);
    expect(cells(row("Leicestershire County Council"))).toEqual([
      "Leicestershire County Council",
      "2",
      "2 of 2",
      "too few",
      "–",
      "£100 in 1 of 2",
      "Children's care services (2)",
      "not ranked",
    ]);
    expect(cells(row("East Hertfordshire District Council")).slice(0, 6)).toEqual([
      "East Hertfordshire District Council",
      "1",
      "1 of 1",
      "too few",
      "–",
      "none known",
    ]);
    expect(attr(query(row("Kent County Council"), "td[data-sort]"), "data-sort")).toBe("1");
  });

  it("marks the table for sorting, its static order by name", () => {
    const table = query(doc, "table#councils")!;
    expect(hasAttr(table, "data-sortable")).toBe(true);
    expect(attr(query(table, "thead th")!, "aria-sort")).toBe("ascending");
    expect(attr(query(doc, "section.table-scroll[tabindex='0']"), "aria-label")).toBe("Councils compared");
  });
});

describe("a council's page", () => {
  const doc = html("/councils/leicestershire-county-council/");

  it("sets its figures against all councils' in the casebook", () => {
    expect(queryAll(doc, ".stats li").map(text).slice(0, 4)).toEqual([
      "2 decisions",
      "Upheld: 2 of 2 decisions upheld or not upheld",
      "All councils in this casebook: 60% of 10 councils' decisions upheld or not upheld",
      "Rank: not ranked ranked from 10 decisions",
    ]);
  });

  it("charts every year of the archive in order, empty ones as zero, bars linking within the council", () => {
    const rows = queryAll(
      queryAll(doc, "figure.chart").find((f) => text(query(f, "figcaption")) === "Decisions by year")!,
      "tbody tr",
    );
    expect(rows.map((tr) => [text(query(tr, "th")), text(query(tr, ".value"))])).toEqual([
      ["2018", "0"],
      ["2019", "0"],
      ["2020", "0"],
      ["2021", "0"],
      ["2022", "2"],
      ["2023", "0"],
      ["2024", "0"],
    ]);
    expect(attr(query(rows[4]!, "a"), "href")).toBe("/search/?council=Leicestershire+County+Council&year=2022");
    expect(query(rows[0]!, "a")).toBeNull();
  });

  it("links its remedies to its decisions, over the statements whose remedies are known", () => {
    const remedies = query(doc, "#remedies-h")!.parent as Element;
    expect(queryAll(remedies, "ul.remedy-figures li").map(text)).toEqual([
      "Apology: 1 of 2",
      "Payment: 1 of 2; median £100, from £100 to £100",
      "Service improvement: 1 of 2",
    ]);
    expect(attr(query(remedies, "ul.remedy-figures a"), "href")).toBe("/search/?council=Leicestershire+County+Council&remedy=Apology");
    expect(queryAll(remedies, "ul.amounts a").map((a) => attr(a, "href"))).toEqual(["/decisions/21-000-259/"]);
  });

  it("announces its own Atom feed in the head, and offers it and a CSV", () => {
    const feeds = queryAll(doc, 'head link[rel="alternate"][type="application/atom+xml"]').map((l) => attr(l, "href"));
    expect(feeds).toEqual(["/feed.xml", "/councils/leicestershire-county-council/feed.xml"]);
    const feed = read("/councils/leicestershire-county-council/feed.xml");
    expect([...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      "https://casebook.example/decisions/21-018-990/",
      "https://casebook.example/decisions/21-000-259/",
    ]);
    const csv = read("/councils/leicestershire-county-council/decisions.csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect((parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[]).map((r) => r["slug"])).toEqual([
      "21-018-990",
      "21-000-259",
    ]);
  });
});

describe("the remedy ledger", () => {
  it("gives each category and subcategory of upheld decisions its remedies and payments", () => {
    const rows = queryAll(html("/remedies/"), "table.ledger tbody tr").map((tr) => [
      text(query(tr, "th")),
      ...queryAll(tr, "td").slice(0, 8).map(text),
    ]);
    // Children's care services: 4 upheld, all complete; apologies 21-000-259, 21-003-813, 23-009-462;
    // payments £100 and £200 (median £150, quartiles £125 and £175); service improvements 21-003-813,
    // 21-018-990, 23-009-462. Housing: 22-100-001 (apology, £150) and the excerpt 19-007-429, remedies unknown.
    expect(rows).toEqual([
      ["Children's care services", "4", "4", "3 of 4", "2 of 4", "3 of 4", "£150", "£125–£175", "£100–£200"],
      ["Child protection", "3", "3", "2 of 3", "1 of 3", "3 of 3", "£200", "£200–£200", "£200–£200"],
      ["Other", "1", "1", "1 of 1", "1 of 1", "0 of 1", "£100", "£100–£100", "£100–£100"],
      ["Housing", "2", "1", "1 of 1", "1 of 1", "0 of 1", "£150", "£150–£150", "£150–£150"],
      ["Allocations", "2", "1", "1 of 1", "1 of 1", "0 of 1", "£150", "£150–£150", "£150–£150"],
    ]);
  });
  it("links each amount to its decision", () => {
    const doc = html("/remedies/");
    expect(queryAll(doc, "ul.amounts a").map((a) => attr(a, "href"))).toEqual([
      "/decisions/21-003-813/",
      "/decisions/21-000-259/",
      "/decisions/22-100-001/",
    ]);
  });
});
