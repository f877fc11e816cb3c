// Decisions like this one, where a payment sits, and the category and subcategory feeds, on the
// shared test build. Expected values are worked out by hand from the test decisions:
//   Children's care services: Child protection 23-009-462, 21-018-990, 21-003-813 (£200, upheld),
//   19-012-800; Other 21-000-259 (£100, upheld). So 21 003 813's payment is one of 2 stated in the
//   category's upheld decisions (the subcategory has 1, under 10), too few (under 5) to compare.
//   24-400-004 (Environment and regulation) and 23-300-003 (Benefits and tax) are alone in their
//   categories with nothing else in common: none is listed. 24-500-005a and b are one joint decision.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, inject, it } from "vitest";
import { attr, parseHtml, query, queryAll, text } from "../support/html.ts";

const site = inject("siteDir");
const read = (page: string) => readFileSync(path.join(site, page.replace(/^\//, ""), page.endsWith("/") ? "index.html" : ""), "utf8");
const html = (page: string) => parseHtml(read(page));
const decisionSlugs = readdirSync(path.join(site, "decisions")).filter((s) => /^\d{2}-\d{3}-\d{3}[a-z]?$/.test(s));

describe("decisions like this one", () => {
  it("lists them on a decision page with council, date, outcome, link and the reason, said to be read by a program", () => {
    const section = query(html("/decisions/21-003-813/"), "section.related")!;
    expect(text(query(section, "h2"))).toBe("Decisions like this one");
    expect(text(query(section, ".derived"))).toContain("Chosen by a program");
    const items = queryAll(section, "ol li");
    expect(items.map((li) => attr(query(li, "a")!, "href"))).toEqual([
      "/decisions/23-009-462/",
      "/decisions/21-018-990/",
      "/decisions/21-000-259/",
      "/decisions/19-012-800/",
    ]);
    expect(text(items[0])).toBe(
      "Lancashire County Council (23 009 462), 19 May 2024: Upheld same subcategory, fault found in both, both cite Children Act 1989 s.47, both agreed a service improvement and an apology, summaries share “protection”, “child”",
    );
    // With its payment.
    expect(text(items[2])).toMatch(
      /^Leicestershire County Council \(21 000 259\), 12 May 2022: Upheld, £100 same category, fault found in both/,
    );
  });

  it("says so when there are none", () => {
    for (const slug of ["24-400-004", "23-300-003"]) {
      const section = query(html(`/decisions/${slug}/`), "section.related")!;
      expect(queryAll(section, "li"), slug).toHaveLength(0);
      expect(text(query(section, "p.none"))).toBe("No other decision in this casebook is alike enough to list here.");
    }
  });

  it("lists the other part of a joint decision apart, never among those alike", () => {
    const section = query(html("/decisions/24-500-005a/"), "section.related")!;
    expect(text(query(section, "#joint-h"))).toBe("The other part of this joint decision");
    expect(queryAll(section, "ul.joint a").map((a) => attr(a, "href"))).toEqual(["/decisions/24-500-005b/"]);
    expect(queryAll(section, "ol a").map((a) => attr(a, "href"))).toEqual(["/decisions/23-200-002/"]);
  });

  it("is on every decision page, in its HTML, never linking the decision itself", () => {
    expect(decisionSlugs).toHaveLength(12);
    for (const slug of decisionSlugs) {
      const section = query(html(`/decisions/${slug}/`), "section.related");
      expect(section, slug).not.toBeNull();
      const links = queryAll(section!, "ol a").map((a) => attr(a, "href"));
      expect(links.length > 0 || query(section!, "p.none") !== null, slug).toBe(true);
      expect(links, slug).not.toContain(`/decisions/${slug}/`);
      for (const li of queryAll(section!, "ol li")) expect(text(query(li, ".why")), slug).not.toBe("");
    }
  });
});

describe("where a payment sits", () => {
  it("is placed beside a stated payment by the page's script, from its group's file beside the category's page", () => {
    const line = query(html("/decisions/21-003-813/"), ".findings .place")!;
    // Hidden and empty until the script has placed it (tests/browser/comparisons.test.ts).
    expect(attr(line, "hidden")).toBe("");
    expect(text(line)).toBe("");
    expect(attr(line, "data-pence")).toBe("20000");
    expect(attr(line, "data-among")).toBe("/categories/childrens-care-services/payments.json");
    expect(JSON.parse(read("/categories/childrens-care-services/payments.json"))).toEqual({
      group: "category",
      name: "Children's care services",
      pence: [10000, 20000],
    });
  });

  it("is not said without a stated payment", () => {
    // 23-009-462 agreed no payment; 19-007-429 is an excerpt whose remedies are not known.
    for (const slug of ["23-009-462", "19-007-429", "19-012-800"]) expect(query(html(`/decisions/${slug}/`), ".place"), slug).toBeNull();
  });

  it("has a file for each group a payment is placed in, and no other", () => {
    const files = readdirSync(path.join(site, "categories"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith("payments.json"),
    );
    const named = decisionSlugs.flatMap((slug) => {
      const among = query(html(`/decisions/${slug}/`), ".place");
      return among ? [attr(among, "data-among")!.replace(/^\/categories\//, "")] : [];
    });
    expect(files.sort()).toEqual([...new Set(named)].sort());
  });
});

describe("decisions.json", () => {
  const records = JSON.parse(read("/decisions.json")) as { slug: string; related: unknown; jointParts: unknown; paymentPlace: unknown }[];
  const record = (slug: string) => records.find((r) => r.slug === slug)!;

  it("holds each decision's related decisions, joint parts and payment's place, as its page shows them", () => {
    expect((record("21-003-813").related as unknown[])[0]).toEqual({
      slug: "23-009-462",
      reference: "23 009 462",
      reason:
        "same subcategory, fault found in both, both cite Children Act 1989 s.47, both agreed a service improvement and an apology, summaries share “protection”, “child”",
    });
    expect(record("21-003-813").paymentPlace).toMatchObject({
      amountGBP: 200,
      group: "category",
      name: "Children's care services",
      base: 2,
      below: null,
    });
    expect(record("24-500-005a").jointParts).toEqual(["24-500-005b"]);
    expect(record("24-400-004")).toMatchObject({ related: [], jointParts: [], paymentPlace: null });
  });
});

describe("category and subcategory feeds", () => {
  const feedIds = (file: string) => {
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(
      read(file),
      "text/xml",
    );
    expect(errors, file).toEqual([]);
    expect(xml.documentElement?.namespaceURI, file).toBe("http://www.w3.org/2005/Atom");
    const title = xml.getElementsByTagName("title")[0]?.textContent;
    const ids = [...xml.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("id")[0]?.textContent);
    return { title, ids };
  };

  it("a category's page announces its feed in the head and links it; the feed holds its decisions newest first", () => {
    const doc = html("/categories/childrens-care-services/");
    const feeds = queryAll(doc, 'head link[rel="alternate"][type="application/atom+xml"]').map((l) => attr(l, "href"));
    expect(feeds).toEqual(["/feed.xml", "/categories/childrens-care-services/feed.xml"]);
    expect(attr(query(doc, "p.follow a"), "href")).toBe("/categories/childrens-care-services/feed.xml");
    expect(feedIds("categories/childrens-care-services/feed.xml")).toEqual({
      title: "The casebook: Children's care services",
      ids: ["23-009-462", "21-018-990", "21-000-259", "21-003-813", "19-012-800"].map((s) => `https://casebook.example/decisions/${s}/`),
    });
  });

  it("so does a subcategory's", () => {
    const doc = html("/categories/childrens-care-services/child-protection/");
    const feeds = queryAll(doc, 'head link[rel="alternate"][type="application/atom+xml"]').map((l) => attr(l, "href"));
    expect(feeds).toEqual(["/feed.xml", "/categories/childrens-care-services/child-protection/feed.xml"]);
    expect(attr(query(doc, "p.follow a"), "href")).toBe("/categories/childrens-care-services/child-protection/feed.xml");
    expect(feedIds("categories/childrens-care-services/child-protection/feed.xml")).toEqual({
      title: "The casebook: Children's care services › Child protection",
      ids: ["23-009-462", "21-018-990", "21-003-813", "19-012-800"].map((s) => `https://casebook.example/decisions/${s}/`),
    });
  });

  it("every category and subcategory has a well-formed feed that its page announces", () => {
    const categories = readdirSync(path.join(site, "categories"), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(categories.length).toBeGreaterThan(3);
    for (const c of categories) {
      const subs = readdirSync(path.join(site, "categories", c.name), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name))
        .map((e) => `${c.name}/${e.name}`);
      for (const page of [c.name, ...subs]) {
        const { ids } = feedIds(`categories/${page}/feed.xml`);
        expect(ids.length, page).toBeGreaterThan(0);
        const head = query(html(`/categories/${page}/`), `head link[rel="alternate"][href="/categories/${page}/feed.xml"]`);
        expect(head, page).not.toBeNull();
      }
    }
  });
});
