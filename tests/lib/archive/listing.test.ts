import { describe, expect, it } from "vitest";
import { ListingChangedError, listingPath, pageCount, parseListing, readDate } from "../../../src/lib/archive/listing.ts";

const ADDRESS = "https://www.lgo.org.uk/Decisions/SearchResults?fd=2022-09-01&td=2022-09-30&page=1";

const labelled = `<html><head><script>var x = '<a href="/decisions/a/b/20-000-001">x</a> Your search has 99 results';</script></head><body>
<nav><a href="/decisions/housing">Housing</a></nav>
<p>Your search has <strong>1,234</strong> results</p>
<ul>
  <li><h3><a href="/decisions/children-s-care-services/child-protection/21-018-990">Leicestershire County Council (21 018 990)</a></h3>
    <dl><dt class="label">Decision :</dt><dd class="value">Upheld</dd><dt>Category</dt><dd>Child protection</dd><dt>Decision date</dt><dd>06 Sep 2022</dd></dl>
    <p>Summary: Mr X complained about child protection enquiries. Not upheld in part.</p>
    <a href="https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/21-018-990?displaypref=0">Read more</a></li>
  <li><h3><a href="decisions/ignored/relative/21-000-000">not a root path</a></h3></li>
  <li><h3><a href="/decisions/health/mental-health-services/22-009-742a/">NHS Cheshire and Merseyside Integrated Care Board (22 009 742a)</a></h3>
    <div>Statement Not upheld Mental health services 21-Sep-2022</div></li>
</ul></body></html>`;

describe("parseListing", () => {
  it("reads the result count and, for each decision linked, its path, link text, outcome, category and date", () => {
    expect(parseListing(labelled, ADDRESS, 1)).toEqual({
      total: 1234,
      decisions: [
        {
          reference: "21 018 990",
          path: "/decisions/children-s-care-services/child-protection/21-018-990",
          title: "Leicestershire County Council (21 018 990)",
          outcome: "Upheld",
          category: "Child protection",
          date: "2022-09-06",
        },
        {
          reference: "22 009 742a",
          path: "/decisions/health/mental-health-services/22-009-742a",
          title: "NHS Cheshire and Merseyside Integrated Care Board (22 009 742a)",
          outcome: "Not upheld",
          category: null,
          date: "2022-09-21",
        },
      ],
    });
  });

  it("takes the link text that reads as a title when a result links twice", () => {
    const html = `<p>Your search has 1 result</p><div><a href="/decisions/a/b/23-001-002">Read more</a> <a href="/decisions/a/b/23-001-002">Some Council (23 001 002)</a></div>`;
    expect(parseListing(html, ADDRESS, 1).decisions.map((d) => d.title)).toEqual(["Some Council (23 001 002)"]);
  });

  it("accepts an empty month", () => {
    expect(parseListing("<main><p>Your search has 0 results</p></main>", ADDRESS, 1)).toEqual({ total: 0, decisions: [] });
  });

  it("fails loudly when the result count is missing", () => {
    const attempt = () =>
      parseListing(`<p>Showing 10 of 1,234 decisions</p><a href="/decisions/a/b/21-018-990">Council (21 018 990)</a>`, ADDRESS, 1);
    expect(attempt).toThrow(ListingChangedError);
    expect(attempt).toThrow(`the listing's markup has changed: ${ADDRESS}: no "Your search has N results" on the page`);
  });

  it("fails loudly when results are counted but none is linked", () => {
    const attempt = () =>
      parseListing(`<p>Your search has 25 results</p><a href="/decision/21-018-990">Council (21 018 990)</a>`, ADDRESS, 3);
    expect(attempt).toThrow(
      `the listing's markup has changed: ${ADDRESS}: it says "Your search has 25 results" but links to no /decisions/{category}/{subcategory}/{NN-NNN-NNN} page`,
    );
    // Past the last page, no links is what the count says.
    expect(parseListing(`<p>Your search has 25 results</p>`, ADDRESS, 4).decisions).toEqual([]);
  });
});

describe("listing pages", () => {
  it("addresses a month's page", () => {
    expect(listingPath({ from: "2022-09-01", to: "2022-09-30" }, 3)).toBe("/Decisions/SearchResults?fd=2022-09-01&td=2022-09-30&page=3");
  });

  it("counts pages from the size of the first", () => {
    expect([pageCount(0, 0), pageCount(7, 7), pageCount(10, 10), pageCount(11, 10), pageCount(482, 10), pageCount(45, 20)]).toEqual([
      1, 1, 1, 2, 49, 3,
    ]);
  });
});

describe("readDate", () => {
  it("reads the ways a listing prints a date, and refuses impossible ones", () => {
    expect(["06 Sep 2022", "6-Sep-2022", "21 September 2022", "2022-09-06", "on 06/Sep/2022"].map(readDate)).toEqual([
      "2022-09-06",
      "2022-09-06",
      "2022-09-21",
      "2022-09-06",
      "2022-09-06",
    ]);
    expect(["31 Feb 2023", "2023-13-01", "yesterday"].map(readDate)).toEqual([null, null, null]);
  });
});
