// The built site, checked as HTML. The build (seeds, one excerpt, tests/fixtures/site) is made once
// by tests/setup/build-site.ts.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, inject, it } from "vitest";
import { buildSite, makeWorkDir } from "../setup/build-site.ts";

const site = inject("siteDir");
const ROOT = path.resolve(import.meta.dirname, "../..");

function read(page: string): string {
  const file = path.join(site, page.replace(/^\//, ""), page.endsWith("/") ? "index.html" : "");
  return readFileSync(file, "utf8");
}
function html(page: string): HTMLElement {
  return parse(read(page));
}
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("decision page", () => {
  const doc = html("/decisions/21-003-813/");

  it("has one h1 and the landmarks", () => {
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    expect(text(doc.querySelector("h1"))).toBe("Kent County Council (21 003 813)");
    for (const landmark of ["header", "main", "footer", "nav"]) expect(doc.querySelector(landmark), landmark).not.toBeNull();
    expect(doc.querySelector("a.skip-link")?.getAttribute("href")).toBe("#main");
  });

  it("shows the fields, each linking to its facet page", () => {
    const dl = doc.querySelector("dl.decision-header")!;
    const field = (name: string) =>
      dl
        .querySelectorAll("div")
        .find((d) => text(d.querySelector("dt")) === name)!
        .querySelector("dd")!;
    expect(field("Body complained about").querySelector("a")?.getAttribute("href")).toBe("/councils/kent-county-council/");
    expect(text(field("Body complained about"))).toBe("Kent County Council Council");
    expect(text(field("Reference"))).toBe("21 003 813");
    const category = field("Category")
      .querySelectorAll("a")
      .map((a) => [text(a), a.getAttribute("href")]);
    expect(category).toEqual([
      ["Children's care services", "/categories/childrens-care-services/"],
      ["Child protection", "/categories/childrens-care-services/child-protection/"],
    ]);
    expect(field("Outcome").querySelector("a")?.getAttribute("href")).toBe("/outcomes/upheld/");
    const time = field("Decision date").querySelector("time")!;
    expect(time.getAttribute("datetime")).toBe("2022-03-31");
    expect(text(time)).toBe("31 March 2022");
    expect(field("Decision date").querySelector("a")?.getAttribute("href")).toBe("/years/2022/");
  });

  it("shows what was found and agreed, each remedy linked to its paragraph, and says the program read it", () => {
    const box = doc.querySelector(".findings")!;
    expect(box.querySelectorAll("dt").map(text)).toEqual(["Fault found", "Injustice caused"]);
    expect(box.querySelectorAll("dd").map(text)).toEqual(["Yes", "Yes"]);
    expect(box.querySelectorAll("li")).toHaveLength(4);
    expect(box.querySelectorAll("li a.at").map((a) => a.getAttribute("href"))).toEqual(["#p62", "#p62", "#p62", "#p62"]);
    for (const a of box.querySelectorAll("li a.at")) expect(doc.querySelector(`li${a.getAttribute("href")}`)).not.toBeNull();
    expect(text(box)).toContain("£200");
    expect(text(box.querySelector(".total"))).toBe("Total payments agreed: £200");
    expect(text(box.querySelector(".derived"))).toMatch(/^Read from the text by a program, and it can be wrong/);
    expect(doc.querySelector("#excerpt-notice")).toBeNull();
  });

  it("says an excerpt is one, above and below its text, and shows what it does not reach as unknown", () => {
    const excerpt = html("/decisions/19-007-429/");
    const notice = excerpt.querySelector("#excerpt-notice")!;
    expect(text(notice)).toBe("This is the opening part of the statement, not all of it. Read it in full on lgo.org.uk.");
    expect(notice.querySelector("a")?.getAttribute("href")).toBe("https://www.lgo.org.uk/decisions/housing/allocations/19-007-429");
    expect(excerpt.querySelector(".excerpt-end a")?.getAttribute("href")).toBe(
      "https://www.lgo.org.uk/decisions/housing/allocations/19-007-429",
    );
    // Its text stops mid-sentence ("… and issue"): an ellipsis shows the cut.
    expect(text(excerpt.querySelectorAll(".statement-text li").at(-1)!)).toMatch(/we can complete our investigation and issue … ¶$/);
    const box = excerpt.querySelector(".findings")!;
    expect(text(box)).not.toMatch(/\bNone\b|Total payments|£0/);
    expect(text(box)).toContain("Not in this excerpt");
  });

  it("says when a statement names no body, and files it under its own entry", () => {
    const page = html("/decisions/24-400-004/");
    expect(text(page.querySelector("h1"))).toBe("Decision (24 400 004)");
    expect(text(page.querySelector(".notice"))).toBe(
      "The statement does not name the body complained about, so this page does not either.",
    );
    const dd = page
      .querySelectorAll("dl.decision-header div")
      .find((d) => text(d.querySelector("dt")) === "Body complained about")!
      .querySelector("dd")!;
    expect([text(dd), dd.querySelector("a")?.getAttribute("href")]).toEqual(["Not named in the statement", "/councils/body-not-named/"]);
    expect(page.querySelector(".neighbours")).toBeNull();
    expect(text(html("/councils/body-not-named/").querySelector("h1"))).toBe("Body not named");
  });

  it("links each fault to its paragraph, and the paragraph exists", () => {
    const links = doc.querySelectorAll("ul.faults a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(["#p50", "#p51", "#p53"]);
    for (const href of links) expect(doc.querySelector(`li${href}`)).not.toBeNull();
  });

  it("gives every numbered paragraph an anchor and a self-link, markers gone", () => {
    const body = doc.querySelector(".statement-text")!;
    for (let n = 1; n <= 64; n++) {
      const li = body.querySelector(`li#p${n}`);
      expect(li, `#p${n}`).not.toBeNull();
      expect(li!.querySelector(`a.pilcrow[href="#p${n}"]`)?.getAttribute("aria-label")).toBe(`Link to paragraph ${n}`);
    }
    expect(body.querySelector("li#p65")).toBeNull();
    expect(body.textContent).not.toMatch(/\{#p\d+\}/);
  });

  it("links 'paragraphs 19 and 20' to #p19 and #p20", () => {
    const p54 = doc.querySelector("li#p54")!;
    expect(text(p54)).toContain("paragraphs 19 and 20");
    const refs = p54.querySelectorAll("a:not(.pilcrow)").map((a) => [text(a), a.getAttribute("href")]);
    expect(refs).toEqual([
      ["19", "#p19"],
      ["20", "#p20"],
    ]);
  });

  it("has a table of contents of the sections, whose targets exist", () => {
    const toc = doc.querySelectorAll("nav.toc a");
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
    for (const a of toc) expect(doc.querySelector(`h2${a.getAttribute("href")}`), a.getAttribute("href")!).not.toBeNull();
  });

  it("links legislation to legislation.gov.uk, and offers a citation and permalink", () => {
    const law = doc.querySelectorAll("ul.law a").map((a) => a.getAttribute("href"));
    expect(law).toContain("https://www.legislation.gov.uk/ukpga/1974/7");
    // Each section cited links to that section: 21 003 813 cites section 26(1) of the 1974 Act, among others.
    expect(law).toContain("https://www.legislation.gov.uk/ukpga/1974/7/section/26");
    expect(text(doc.querySelector("p#citation"))).toBe(
      "Local Government and Social Care Ombudsman, decision 21 003 813 (Kent County Council), 31 March 2022",
    );
    expect(doc.querySelector("input#permalink")?.getAttribute("value")).toBe("https://casebook.example/decisions/21-003-813/");
    expect(doc.querySelector('link[rel="stylesheet"][media="print"]')).not.toBeNull();
    expect(doc.querySelector(".official a")?.getAttribute("href")).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\/.*21-003-813/);
  });

  it("carries Pagefind body, meta, filters and sort, and keeps boilerplate out of the index", () => {
    const bodies = doc.querySelectorAll("[data-pagefind-body]");
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.getAttribute("data-pagefind-sort")).toBe("date:2022-03-31");
    expect(bodies[0]!.getAttribute("data-pagefind-meta")).toBe("title:Kent County Council (21 003 813)");
    const filters = Object.fromEntries(
      ["council", "outcome", "category", "subcategory", "year"].map((f) => [f, text(doc.querySelector(`[data-pagefind-filter="${f}"]`))]),
    );
    expect(filters).toEqual({
      council: "Kent County Council",
      outcome: "Upheld",
      category: "Children's care services",
      subcategory: "Children's care services > Child protection",
      year: "2022",
    });
    expect(doc.querySelectorAll('[data-pagefind-filter="remedy"]').map(text).sort()).toEqual([
      "Apology",
      "Other action",
      "Payment",
      "Service improvement",
    ]);
    for (const boilerplate of ["s-the-ombudsmans-role-and-powers", "s-how-i-considered-this-complaint"]) {
      expect(doc.querySelector(`section[aria-labelledby="${boilerplate}"]`)!.hasAttribute("data-pagefind-ignore"), boilerplate).toBe(true);
    }
    expect(doc.querySelector('section[aria-labelledby="s-what-i-found"]')!.hasAttribute("data-pagefind-ignore")).toBe(false);
  });

  it("links to the same council's earlier and later decisions", () => {
    const leic = html("/decisions/21-000-259/");
    expect(leic.querySelector('.neighbours a[rel="next"]')?.getAttribute("href")).toBe("/decisions/21-018-990/");
    expect(leic.querySelector('.neighbours a[rel="prev"]')).toBeNull();
    const later = html("/decisions/21-018-990/");
    expect(later.querySelector('.neighbours a[rel="prev"]')?.getAttribute("href")).toBe("/decisions/21-000-259/");
  });

  it("does not turn statute text into links", () => {
    const page = html("/decisions/21-000-259/");
    const p = page.querySelectorAll(".statement-text li[id]").find((li) => text(li).includes("Schedule 5/5A, paragraph 1/3"))!;
    expect(p).toBeDefined();
    expect(p.querySelectorAll("a:not(.pilcrow)")).toHaveLength(0);
  });

  it("shows <script> in a statement as text", () => {
    const raw = read("/decisions/22-100-001/");
    expect(raw).not.toContain("<script>alert(1)</script>");
    const page = parse(raw);
    expect(text(page.querySelector("li#p2"))).toContain("<script>alert(1)</script>");
    expect(page.querySelectorAll(".statement-text script")).toHaveLength(0);
  });
});

describe("facet pages", () => {
  it("counts a council's decisions by outcome, newest first", () => {
    const doc = html("/councils/leicestershire-county-council/");
    expect(text(doc.querySelector("h1"))).toBe("Leicestershire County Council");
    expect(text(doc.querySelector(".stats li"))).toBe("2 decisions");
    expect(text(doc.querySelectorAll(".stats li")[1])).toBe("Upheld: 2 of 2 decisions upheld or not upheld");
    expect(doc.querySelectorAll(".decision-list h3 a").map((a) => a.getAttribute("href"))).toEqual([
      "/decisions/21-018-990/",
      "/decisions/21-000-259/",
    ]);
  });

  it("lists outcomes with counts, upheld share and payments with their bases", () => {
    const rows = html("/outcomes/")
      .querySelectorAll("table.facet-table tbody tr")
      .map((tr) => tr.querySelectorAll("th, td").map(text));
    // Payments count over upheld decisions whose remedies are known: the upheld excerpt 19-007-429
    // counts in neither the sum nor the base; £200 (21 003 813), £100 and £150 (22 100 001) are stated.
    expect(rows).toEqual([
      ["Closed after initial enquiries", "1", "–", "–", "–"],
      ["Not upheld", "5", "0% of 5", "–", "–"],
      ["Upheld", "6", "100% of 6", "£450", "3 of 5"],
    ]);
    expect(text(html("/outcomes/").querySelector("table.facet-table caption"))).toContain(
      "payments over the upheld decisions whose remedies are known",
    );
  });

  it("has outcome, category (with subcategories) and year pages", () => {
    expect(text(html("/outcomes/upheld/").querySelector(".stats li"))).toBe("6 decisions (1 of them an excerpt)");
    expect(text(html("/outcomes/not-upheld/").querySelector(".stats li"))).toBe("5 decisions");
    const cat = html("/categories/childrens-care-services/");
    expect(cat.querySelectorAll('ul[aria-label="Subcategories"] li').map(text)).toEqual([
      "Child protection 4 decisions",
      "Other 1 decision",
    ]);
    expect(text(html("/categories/childrens-care-services/child-protection/").querySelector(".stats li"))).toBe("4 decisions");
    expect(text(html("/years/2022/").querySelector(".stats li"))).toBe("3 decisions");
    expect(text(html("/years/2023/").querySelector(".stats li"))).toBe("2 decisions");
    expect(text(html("/years/2020/").querySelector(".stats li"))).toBe("2 decisions (1 of them an excerpt)");
  });

  it("lists every decision newest first at /decisions/, linked from the home page", () => {
    const doc = html("/decisions/");
    expect(text(doc.querySelector("h1"))).toBe("All decisions");
    expect(doc.querySelectorAll(".decision-list h3 a").map((a) => a.getAttribute("href"))).toEqual([
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
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(html("/").querySelectorAll('a[href="/decisions/"]').length).toBeGreaterThan(0);
  });

  it("says on the home, councils and about pages how many decisions it holds, and that they are a sample", () => {
    for (const page of ["/", "/councils/", "/about/"])
      expect(text(html(page).querySelector("p.coverage")), page).toMatch(
        /^The casebook holds 12 decisions, a sample of the about 57,500 decision statements the Ombudsman has published since 2016, not the whole archive: real statements chosen to test it/,
      );
  });

  it("home page shows the totals and the newest decisions", () => {
    const doc = html("/");
    expect(doc.querySelectorAll(".stats li").map(text)).toEqual([
      "12 decisions",
      "8 councils and 1 other body",
      "Upheld: 55% of 11 decisions upheld or not upheld",
      "Payments: £450 stated in 3 of 5 upheld decisions whose remedies are known",
    ]);
    expect(doc.querySelector('form[action="/search/"][method="get"] input[name="q"]')).not.toBeNull();
    expect(doc.querySelectorAll("figure.chart figcaption").map(text)).toEqual(["Decisions by year", "Decisions by outcome"]);
    // Every year from the first decision (2018) to the last (2024), oldest first, empty years as zero.
    const years = doc
      .querySelectorAll("figure.chart")[0]!
      .querySelectorAll("tbody tr")
      .map((tr) => [text(tr.querySelector("th")), text(tr.querySelector(".value"))]);
    expect(years).toEqual([
      ["2018", "1"],
      ["2019", "0"],
      ["2020", "2"],
      ["2021", "0"],
      ["2022", "3"],
      ["2023", "2"],
      ["2024", "4"],
    ]);
    expect(doc.querySelector(".newest .decision-list a")?.getAttribute("href")).toBe("/decisions/24-500-005a/");
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
    const xml = parse(read("/feed.xml"), { parseNoneClosedTags: true } as never);
    const entries = xml.querySelectorAll("entry");
    expect(entries).toHaveLength(12);
    expect(text(entries[0]!.querySelector("id"))).toBe("https://casebook.example/decisions/24-500-005a/");
    expect(read("/feed.xml")).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  });

  it("has robots.txt, a sitemap and a 404 page", () => {
    expect(read("/robots.txt")).toContain("Sitemap: https://casebook.example/sitemap-index.xml");
    expect(existsSync(path.join(site, "sitemap-0.xml"))).toBe(true);
    expect(read("/sitemap-0.xml")).toContain("https://casebook.example/decisions/21-003-813/");
    expect(text(html("/404.html").querySelector("h1"))).toBe("Page not found");
  });

  it("has a Pagefind index, in one shard: the search page merges nothing", () => {
    expect(existsSync(path.join(site, "pagefind/pagefind.js"))).toBe(true);
    expect(JSON.parse(read("/pagefind/shards.json")).bundles).toEqual(["pagefind/"]);
    expect(existsSync(path.join(site, "pagefind-1"))).toBe(false);
    expect(html("/search/index.html").querySelector("form#search-form")!.getAttribute("data-shards")).toBe("");
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
