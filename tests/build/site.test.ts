// The built site, checked as HTML. The build (seeds, one excerpt, tests/fixtures/site) is made once
// by tests/setup/build-site.ts.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { buildSite, makeWorkDir } from "../setup/build-site.ts";
import { attr, hasAttr, parseHtml, parseXml, query, queryAll, text, textOf, type Document } from "../support/html.ts";

const site = inject("siteDir");
const ROOT = path.resolve(import.meta.dirname, "../..");

function read(page: string): string {
  const file = path.join(site, page.replace(/^\//, ""), page.endsWith("/") ? "index.html" : "");
  return readFileSync(file, "utf8");
}
function html(page: string): Document {
  return parseHtml(read(page));
}

describe("decision page", () => {
  const doc = html("/decisions/21-003-813/");

  it("has one h1 and the landmarks", () => {
    expect(queryAll(doc, "h1")).toHaveLength(1);
    expect(text(query(doc, "h1"))).toBe("Kent County Council (21 003 813)");
    for (const landmark of ["header", "main", "footer", "nav"]) expect(query(doc, landmark), landmark).not.toBeNull();
    expect(attr(query(doc, "a.skip-link"), "href")).toBe("#main");
  });

  it("shows the fields, each linking to its facet page", () => {
    const dl = query(doc, "dl.decision-header")!;
    const field = (name: string) =>
      query(
        queryAll(dl, "div").find((d) => text(query(d, "dt")) === name)!,
        "dd",
      )!;
    expect(attr(query(field("Body complained about"), "a"), "href")).toBe("/councils/kent-county-council/");
    expect(text(field("Body complained about"))).toBe("Kent County Council Council");
    expect(text(field("Reference"))).toBe("21 003 813");
    const category = queryAll(field("Category"), "a").map((a) => [text(a), attr(a, "href")]);
    expect(category).toEqual([
      ["Children's care services", "/categories/childrens-care-services/"],
      ["Child protection", "/categories/childrens-care-services/child-protection/"],
    ]);
    expect(attr(query(field("Outcome"), "a"), "href")).toBe("/outcomes/upheld/");
    const time = query(field("Decision date"), "time")!;
    expect(attr(time, "datetime")).toBe("2022-03-31");
    expect(text(time)).toBe("31 March 2022");
    expect(attr(query(field("Decision date"), "a"), "href")).toBe("/years/2022/");
  });

  it("shows what was found and agreed, each remedy linked to its paragraph, and says the program read it", () => {
    const box = query(doc, ".findings")!;
    expect(queryAll(box, "dt").map(text)).toEqual(["Fault found", "Injustice caused"]);
    expect(queryAll(box, "dd").map(text)).toEqual(["Yes", "Yes"]);
    expect(queryAll(box, "li")).toHaveLength(4);
    expect(queryAll(box, "li a.at").map((a) => attr(a, "href"))).toEqual(["#p62", "#p62", "#p62", "#p62"]);
    for (const a of queryAll(box, "li a.at")) expect(query(doc, `li${attr(a, "href")}`)).not.toBeNull();
    expect(text(box)).toContain("£200");
    expect(text(query(box, ".total"))).toBe("Total payments agreed: £200");
    expect(text(query(box, ".derived"))).toMatch(/^Read from the text by a program, and it can be wrong/);
    expect(query(doc, "#excerpt-notice")).toBeNull();
  });

  it("says an excerpt is one, above and below its text, and shows what it does not reach as unknown", () => {
    const excerpt = html("/decisions/19-007-429/");
    const notice = query(excerpt, "#excerpt-notice")!;
    expect(text(notice)).toBe("This is the opening part of the statement, not all of it. Read it in full on lgo.org.uk.");
    expect(attr(query(notice, "a"), "href")).toBe("https://www.lgo.org.uk/decisions/housing/allocations/19-007-429");
    expect(attr(query(excerpt, ".excerpt-end a"), "href")).toBe("https://www.lgo.org.uk/decisions/housing/allocations/19-007-429");
    // Its text stops mid-sentence ("… and issue"): an ellipsis shows the cut.
    expect(text(queryAll(excerpt, ".statement-text li").at(-1)!)).toMatch(/we can complete our investigation and issue … ¶$/);
    const box = query(excerpt, ".findings")!;
    expect(text(box)).not.toMatch(/\bNone\b|Total payments|£0/);
    expect(text(box)).toContain("Not in this excerpt");
  });

  it("says when a statement names no body, and files it under its own entry", () => {
    const page = html("/decisions/24-400-004/");
    expect(text(query(page, "h1"))).toBe("Decision (24 400 004)");
    expect(text(query(page, ".notice"))).toBe("The statement does not name the body complained about, so this page does not either.");
    const dd = query(
      queryAll(page, "dl.decision-header div").find((d) => text(query(d, "dt")) === "Body complained about")!,
      "dd",
    )!;
    expect([text(dd), attr(query(dd, "a"), "href")]).toEqual(["Not named in the statement", "/councils/body-not-named/"]);
    expect(query(page, ".neighbours")).toBeNull();
    expect(text(query(html("/councils/body-not-named/"), "h1"))).toBe("Body not named");
  });

  it("links each fault to its paragraph, and the paragraph exists", () => {
    const links = queryAll(doc, "ul.faults a").map((a) => attr(a, "href"));
    expect(links).toEqual(["#p50", "#p51", "#p53"]);
    for (const href of links) expect(query(doc, `li${href}`)).not.toBeNull();
  });

  it("gives every numbered paragraph an anchor and a self-link, markers gone", () => {
    const body = query(doc, ".statement-text")!;
    for (let n = 1; n <= 64; n++) {
      const li = query(body, `li#p${n}`);
      expect(li, `#p${n}`).not.toBeNull();
      expect(attr(query(li!, `a.pilcrow[href="#p${n}"]`), "aria-label")).toBe(`Link to paragraph ${n}`);
    }
    expect(query(body, "li#p65")).toBeNull();
    expect(textOf(body)).not.toMatch(/\{#p\d+\}/);
  });

  it("links 'paragraphs 19 and 20' to #p19 and #p20", () => {
    const p54 = query(doc, "li#p54")!;
    expect(text(p54)).toContain("paragraphs 19 and 20");
    const refs = queryAll(p54, "a:not(.pilcrow)").map((a) => [text(a), attr(a, "href")]);
    expect(refs).toEqual([
      ["19", "#p19"],
      ["20", "#p20"],
    ]);
  });

  it("has a table of contents of the sections, whose targets exist", () => {
    const toc = queryAll(doc, "nav.toc a");
    expect(toc.map(text)).toEqual([
      "The complaint",
      "What I investigated",
      "The Ombudsman’s role and powers",
      "How I considered this complaint",
      "What I found",
      "Agreed actions",
      "Final decision",
      "Parts of the complaint that I did not investigate",
    ]);
    for (const a of toc) expect(query(doc, `h2${attr(a, "href")}`), attr(a, "href")!).not.toBeNull();
  });

  it("links legislation to legislation.gov.uk, and offers a citation and permalink", () => {
    const law = queryAll(doc, "ul.law a").map((a) => attr(a, "href"));
    expect(law).toContain("https://www.legislation.gov.uk/ukpga/1974/7");
    // Each section cited links to that section: 21 003 813 cites section 26(1) of the 1974 Act, among others.
    expect(law).toContain("https://www.legislation.gov.uk/ukpga/1974/7/section/26");
    // 21 000 259 cites Schedules 5 and 5A of the 1974 Act: each is named and linked as a Schedule.
    const schedules = queryAll(html("/decisions/21-000-259/"), "ul.law a").filter((a) => text(a).startsWith("Schedule"));
    expect(schedules.map((a) => [text(a), attr(a, "href")])).toEqual([
      ["Schedule 5", "https://www.legislation.gov.uk/ukpga/1974/7/schedule/5"],
      ["Schedule 5A", "https://www.legislation.gov.uk/ukpga/1974/7/schedule/5A"],
    ]);
    expect(text(query(doc, "p#citation"))).toBe(
      "Local Government and Social Care Ombudsman, decision 21 003 813 (Kent County Council), 31 March 2022",
    );
    expect(attr(query(doc, "input#permalink"), "value")).toBe("https://casebook.example/decisions/21-003-813/");
    expect(query(doc, 'link[rel="stylesheet"][media="print"]')).not.toBeNull();
    expect(attr(query(doc, ".official a"), "href")).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\/.*21-003-813/);
  });

  it("carries Pagefind body, meta, filters and sort, and keeps boilerplate out of the index", () => {
    const bodies = queryAll(doc, "[data-pagefind-body]");
    expect(bodies).toHaveLength(1);
    expect(attr(bodies[0]!, "data-pagefind-sort")).toBe("date:2022-03-31");
    expect(attr(bodies[0]!, "data-pagefind-meta")).toBe("title:Kent County Council (21 003 813)");
    const filters = Object.fromEntries(
      ["council", "outcome", "category", "subcategory", "year"].map((f) => [f, text(query(doc, `[data-pagefind-filter="${f}"]`))]),
    );
    expect(filters).toEqual({
      council: "Kent County Council",
      outcome: "Upheld",
      category: "Children's care services",
      subcategory: "Children's care services > Child protection",
      year: "2022",
    });
    expect(queryAll(doc, '[data-pagefind-filter="remedy"]').map(text).sort()).toEqual([
      "Apology",
      "Other action",
      "Payment",
      "Service improvement",
    ]);
    for (const boilerplate of ["s-the-ombudsmans-role-and-powers", "s-how-i-considered-this-complaint"]) {
      expect(hasAttr(query(doc, `section[aria-labelledby="${boilerplate}"]`)!, "data-pagefind-ignore"), boilerplate).toBe(true);
    }
    expect(hasAttr(query(doc, 'section[aria-labelledby="s-what-i-found"]')!, "data-pagefind-ignore")).toBe(false);
  });

  it("links to the same council's earlier and later decisions", () => {
    const leic = html("/decisions/21-000-259/");
    expect(attr(query(leic, '.neighbours a[rel="next"]'), "href")).toBe("/decisions/21-018-990/");
    expect(query(leic, '.neighbours a[rel="prev"]')).toBeNull();
    const later = html("/decisions/21-018-990/");
    expect(attr(query(later, '.neighbours a[rel="prev"]'), "href")).toBe("/decisions/21-000-259/");
  });

  it("does not turn statute text into links", () => {
    const page = html("/decisions/21-000-259/");
    const p = queryAll(page, ".statement-text li[id]").find((li) => text(li).includes("Schedule 5/5A, paragraph 1/3"))!;
    expect(p).toBeDefined();
    expect(queryAll(p, "a:not(.pilcrow)")).toHaveLength(0);
  });

  it("shows <script> in a statement as text", () => {
    const raw = read("/decisions/22-100-001/");
    expect(raw).not.toContain("<script>alert(1)</script>");
    const page = parseHtml(raw);
    expect(text(query(page, "li#p2"))).toContain("<script>alert(1)</script>");
    expect(queryAll(page, ".statement-text script")).toHaveLength(0);
  });
});

describe("facet pages", () => {
  it("counts a council's decisions by outcome, newest first", () => {
    const doc = html("/councils/leicestershire-county-council/");
    expect(text(query(doc, "h1"))).toBe("Leicestershire County Council");
    expect(text(query(doc, ".stats li"))).toBe("2 decisions");
    expect(text(queryAll(doc, ".stats li")[1])).toBe("Upheld: 2 of 2 decisions upheld or not upheld");
    expect(queryAll(doc, ".decision-list h3 a").map((a) => attr(a, "href"))).toEqual(["/decisions/21-018-990/", "/decisions/21-000-259/"]);
  });

  it("lists outcomes with counts, upheld share and payments with their bases", () => {
    const rows = queryAll(html("/outcomes/"), "table.facet-table tbody tr").map((tr) => queryAll(tr, "th, td").map(text));
    // Payments count over upheld decisions whose remedies are known: the upheld excerpt 19-007-429
    // counts in neither the sum nor the base; £200 (21 003 813), £100 and £150 (22 100 001) are stated.
    expect(rows).toEqual([
      ["Closed after initial enquiries", "1", "–", "–", "–"],
      ["Not upheld", "5", "0% of 5", "–", "–"],
      ["Upheld", "6", "100% of 6", "£450", "3 of 5"],
    ]);
    expect(text(query(html("/outcomes/"), "table.facet-table caption"))).toContain(
      "payments over the upheld decisions whose remedies are known",
    );
  });

  it("has outcome, category (with subcategories) and year pages", () => {
    expect(text(query(html("/outcomes/upheld/"), ".stats li"))).toBe("6 decisions (1 of them an excerpt)");
    expect(text(query(html("/outcomes/not-upheld/"), ".stats li"))).toBe("5 decisions");
    const cat = html("/categories/childrens-care-services/");
    expect(queryAll(cat, 'ul[aria-label="Subcategories"] li').map(text)).toEqual(["Child protection 4 decisions", "Other 1 decision"]);
    expect(text(query(html("/categories/childrens-care-services/child-protection/"), ".stats li"))).toBe("4 decisions");
    expect(text(query(html("/years/2022/"), ".stats li"))).toBe("3 decisions");
    expect(text(query(html("/years/2023/"), ".stats li"))).toBe("2 decisions");
    expect(text(query(html("/years/2020/"), ".stats li"))).toBe("2 decisions (1 of them an excerpt)");
  });

  it("lists every decision newest first at /decisions/, linked from the home page", () => {
    const doc = html("/decisions/");
    expect(text(query(doc, "h1"))).toBe("All decisions");
    expect(queryAll(doc, ".decision-list h3 a").map((a) => attr(a, "href"))).toEqual([
      "/decisions/24-500-005a/",
      "/decisions/24-500-005b/",
      "/decisions/23-009-462/",
      "/decisions/24-400-004/",
      "/decisions/23-200-002/",
      "/decisions/22-100-001/",
      "/decisions/21-018-990/",
      "/decisions/21-000-259/",
      "/decisions/21-003-813/",
      "/decisions/19-012-800/",
      "/decisions/19-007-429/",
      "/decisions/23-300-003/",
    ]);
    expect(queryAll(doc, "script")).toHaveLength(0);
    expect(queryAll(html("/"), 'a[href="/decisions/"]').length).toBeGreaterThan(0);
  });

  it("says on the home, councils and about pages how many decisions it holds, and that they are a sample", () => {
    for (const page of ["/", "/councils/", "/about/"])
      expect(text(query(html(page), "p.coverage")), page).toMatch(
        /^The casebook holds 12 decisions, a sample of the about 57,500 decision statements the Ombudsman has published since 2016, not the whole archive: real statements chosen to test it/,
      );
  });

  it("home page shows the totals and the newest decisions", () => {
    const doc = html("/");
    expect(queryAll(doc, ".stats li").map(text)).toEqual([
      "12 decisions",
      "8 councils and 1 other body",
      "Upheld: 55% of 11 decisions upheld or not upheld",
      "Payments: £450 stated in 3 of 5 upheld decisions whose remedies are known",
    ]);
    expect(query(doc, 'form[action="/search/"][method="get"] input[name="q"]')).not.toBeNull();
    expect(queryAll(doc, "figure.chart figcaption").map(text)).toEqual(["Decisions by year", "Decisions by outcome"]);
    // Every year from the first decision (2018) to the last (2024), oldest first, empty years as zero.
    const years = queryAll(queryAll(doc, "figure.chart")[0]!, "tbody tr").map((tr) => [text(query(tr, "th")), text(query(tr, ".value"))]);
    expect(years).toEqual([
      ["2018", "1"],
      ["2019", "0"],
      ["2020", "2"],
      ["2021", "0"],
      ["2022", "3"],
      ["2023", "2"],
      ["2024", "4"],
    ]);
    expect(attr(query(doc, ".newest .decision-list a"), "href")).toBe("/decisions/24-500-005a/");
  });
});

describe("data and feeds", () => {
  it("decisions.json holds every record without the body", () => {
    const records = JSON.parse(read("/decisions.json")) as Record<string, unknown>[];
    expect(records.map((r) => r["slug"])).toEqual([
      "24-500-005a",
      "24-500-005b",
      "23-009-462",
      "24-400-004",
      "23-200-002",
      "22-100-001",
      "21-018-990",
      "21-000-259",
      "21-003-813",
      "19-012-800",
      "19-007-429",
      "23-300-003",
    ]);
    expect(records[8]).toMatchObject({
      council: "Kent County Council",
      paymentTotalGBP: 200,
      outcome: "Upheld",
      complete: true,
      remediesKnown: true,
    });
    expect(records[10]).toMatchObject({
      council: "East Hertfordshire District Council",
      complete: false,
      remediesKnown: false,
      paymentTotalGBP: null,
    });
    // Its header names no body; its summary is about "the Council".
    expect(records[3]).toMatchObject({ council: null, bodyType: "council", complete: true });
    expect(records.every((r) => !("body" in r) && !("checksum" in r))).toBe(true);
  });

  it("decisions.csv parses with one row per decision", () => {
    const raw = read("/decisions.csv");
    expect(raw.startsWith("\ufeffreference,")).toBe(true);
    const rows = parseCsv(raw, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r["slug"] === "19-007-429")).toMatchObject({ complete: "false", remediesKnown: "false", paymentTotalGBP: "" });
    const kent = rows.find((r) => r["slug"] === "21-003-813")!;
    expect(kent).toMatchObject({
      council: "Kent County Council",
      reference: "21 003 813",
      paymentTotalGBP: "200",
      decisionDate: "2022-03-31",
    });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("feed.xml is an Atom feed of the newest decisions", () => {
    const xml = parseXml(read("/feed.xml"));
    const entries = queryAll(xml, "entry");
    expect(entries).toHaveLength(12);
    expect(text(query(entries[0]!, "id"))).toBe("https://casebook.example/decisions/24-500-005a/");
    expect(read("/feed.xml")).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  });

  it("has robots.txt, a sitemap and a 404 page", () => {
    expect(read("/robots.txt")).toContain("Sitemap: https://casebook.example/sitemap-index.xml");
    expect(existsSync(path.join(site, "sitemap-0.xml"))).toBe(true);
    expect(read("/sitemap-0.xml")).toContain("https://casebook.example/decisions/21-003-813/");
    expect(text(query(html("/404.html"), "h1"))).toBe("Page not found");
  });

  it("has a Pagefind index, in one shard: the search page merges nothing", () => {
    expect(existsSync(path.join(site, "pagefind/pagefind.js"))).toBe(true);
    expect(JSON.parse(read("/pagefind/shards.json")).bundles).toEqual(["pagefind/"]);
    expect(existsSync(path.join(site, "pagefind-1"))).toBe(false);
    expect(attr(query(html("/search/index.html"), "form#search-form")!, "data-shards")).toBe("");
  });
});

describe("a bad decision file", () => {
  it("fails the build, naming the file and the field", () => {
    const work = makeWorkDir("bad-");
    const dir = path.join(work, "decisions");
    mkdirSync(dir);
    const good = readFileSync(path.join(ROOT, "decisions/21-003-813.md"), "utf8");
    writeFileSync(path.join(dir, "21-003-813.md"), good.replace("decisionDate: '2022-03-31'", "decisionDate: 'last Tuesday'"));
    let output = "";
    try {
      buildSite(work, dir);
    } catch (error) {
      output = (error as Error).message;
    }
    expect(output).toContain("21-003-813.md");
    expect(output).toContain("decisionDate");
    rmSync(work, { recursive: true, force: true });
  });
});

// The build under a base path and another host (SITE_URL, BASE_PATH) is tested in tests/build/publish.test.ts.
