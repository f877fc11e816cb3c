// Decision pages as the website serves them, read into the text the parser reads from copies.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DecisionParseError } from "../../../src/lib/decision/errors.ts";
import { htmlToText, parseDecisionPage, readChapterPage, readDecisionPage } from "../../../src/lib/decision/html.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { CORPUS, FIXTURES, fixture, SEEDS } from "../../paths.ts";
import { renderDecisionPage, renderReportChapters, statementFacts, VARIANTS } from "../../../scripts/support/decision-page.ts";

/** Every real statement with a header: the corpus's and the seeds. */
const statements = [
  ...readdirSync(join(CORPUS, "statements")).map((f) => join(CORPUS, "statements", f)),
  ...readdirSync(SEEDS).map((f) => join(SEEDS, f)),
].filter((file) => {
  try {
    parseDecision(readFileSync(file, "utf8"), file);
    return true;
  } catch {
    return false;
  }
});

describe("a decision page read as text", () => {
  it("covers the corpus statements that have a header, and the seeds", () => {
    expect(statements.length).toBe(105);
  });

  it.each(statements.map((file) => [relative(FIXTURES, file), file]))(
    "%s gives the same record and body as its text, in every markup variant",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const expected = parseDecision(text, file);
      for (const variant of VARIANTS) {
        // The bare variant carries no title: the listing's text stands in, as the manifest gives it.
        const got = parseDecisionPage(renderDecisionPage(text, variant), file, {
          title: variant === "bare" ? statementFacts(text).title : undefined,
        });
        expect(got.decision, variant).toEqual(expected.decision);
        expect(got.body, variant).toBe(expected.body);
      }
    },
  );

  it("lays the statement out as copied text: title, header fields, summary, headings, numbered paragraphs, bullets", () => {
    expect(
      htmlToText(renderDecisionPage(fixture("minimal.txt"), "spans"))
        .split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "Rutland County Council (20 123 456)",
      "Category : Housing > Allocations",
      "Decision : Upheld",
      "Decision date : 02 Jan 2023",
      "The Ombudsman's final decision:",
      "Summary: Mrs B complained the Council delayed her housing application. There was fault which caused Mrs B an injustice. The Council agreed to apologise and pay her £150.",
      "The complaint",
      "  1. Mrs B complains the Council:",
      "    1. delayed assessing her application; and",
      "    2. did not tell her why.",
      "  2. Mrs B says this caused her distress.",
      "Back to top",
      "What I found",
      "  1. The Housing Act 1996, section 166A says councils must have an allocations scheme.",
      "  2. The Council took six months to assess the application. This was fault.",
      "Back to top",
      "Agreed action",
      "  1. Within one month of the final decision the Council will:",
      "    • apologise to Mrs B; and",
      "    • pay Mrs B £150 for her distress.",
      "  2. The Council should provide us with evidence it has complied with the above actions.",
      "Back to top",
      "Final decision",
      "  1. I find fault causing injustice, as set out in paragraphs 3 and 4.",
      "Investigator's decision on behalf of the Ombudsman",
      "Print this page",
    ]);
  });

  it("leaves out the page's furniture: cookie banner, header, navigation, related decisions, footer, scripts", () => {
    for (const variant of VARIANTS) {
      const text = htmlToText(renderDecisionPage(fixture("minimal.txt"), variant), { title: "Rutland County Council (20 123 456)" });
      expect(text, variant).not.toMatch(
        /Privacy settings|These cookies|Accept analytical|Skip to main|Make a complaint|Information centre|Home|Related decisions|Another Council|PO Box|dataLayer|Fake > Field|LGO logogram/,
      );
    }
  });
});

describe("the title", () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}<article id="article">
<p><span class="label">Category :</span><span class="value">Housing</span><span class="value">Allocations</span></p>
<p><span class="label">Decision :</span><span class="value">Upheld</span></p>
<p><span class="label">Decision date :</span><span class="value">02 Jan 2023</span></p>
<p>Summary: Mrs B complained.</p><ol><li>Mrs B complains.</li></ol></article></body></html>`;
  const first = (html: string, title?: string) => htmlToText(html, { title }).split("\n")[0];

  it("comes from a heading above or in the article, the page's <title>, or else the listing", () => {
    expect(first(page("", "<h1>Rutland County Council (20 123 456)</h1>"))).toBe("Rutland County Council (20 123 456)");
    expect(
      first(page("<title>Rutland County Council (20 123 456) - Local Government and Social Care Ombudsman</title>", "<h1>Decisions</h1>")),
    ).toBe("Rutland County Council (20 123 456)");
    expect(first(page("<title>Decision</title>", ""), "Rutland County Council (20 123 456)")).toBe("Rutland County Council (20 123 456)");
  });

  it("is taken from the page before the listing, and not from another decision's heading after the article", () => {
    const html = page("<title>Decision</title>", "<h1>Rutland County Council (20 123 456)</h1>").replace(
      "</article>",
      "</article><h3>Kent County Council (20 000 001)</h3>",
    );
    expect(first(html, "Listed Council (20 123 456)")).toBe("Rutland County Council (20 123 456)");
  });

  it("is refused when neither the page nor the listing gives it", () => {
    expect(() => htmlToText(page("<title>Decision - LGO</title>", ""), { file: "archive/20-123-456.html" })).toThrow(
      `archive/20-123-456.html:1: expected the decision's title 'Body name (NN NNN NNN)' in a heading or the page's <title>, or in the manifest beside the page, found "Decision - LGO"`,
    );
  });
});

describe("pages that hold no decision", () => {
  const refused = (html: string) => {
    try {
      htmlToText(html, { file: "page.html", title: "Rutland County Council (20 123 456)" });
    } catch (error) {
      expect(error).toBeInstanceOf(DecisionParseError);
      return (error as Error).message;
    }
    throw new Error("not refused");
  };

  it("refuses a listing, an error page or a login wall, saying what was expected", () => {
    const expected = `page.html:1: expected a decision page from lgo.org.uk, with the statement in <article id="article">, found`;
    expect(refused(`<html><head><title>Decisions search results</title></head><body><p>Your search has 3 results</p></body></html>`)).toBe(
      `${expected} "Decisions search results"`,
    );
    expect(refused(`<html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>`)).toBe(
      `${expected} "Sign in"`,
    );
    expect(refused(`<h1>Service unavailable</h1>`)).toBe(`${expected} nothing`);
    expect(refused(fixture("page.html.txt"))).toBe(`${expected} nothing`);
  });

  it("refuses an article without the header fields, at the article's line", () => {
    expect(refused(`<html>\n<body>\n<h1>News</h1>\n<article id="article"><p>Our annual review is out.</p></article></body></html>`)).toBe(
      `page.html:4: expected the header fields (Category, Decision, Decision date) as label and value elements in <article id="article">, found "Our annual review is out."`,
    );
  });

  it("refuses a page cut off before its article ends: a half-fetched page never becomes a record", () => {
    const whole = renderDecisionPage(fixture("minimal.txt"), "spans");
    const [start, end] = [whole.indexOf(`<article id="article" class="decision">`), whole.lastIndexOf("</article>")];
    for (const fraction of [0.1, 0.5, 0.99]) {
      const cut = whole.slice(0, start + Math.floor((end - start) * fraction));
      expect(refused(cut), String(fraction)).toMatch(
        /^page\.html:\d+: expected a whole page, its <article id="article"> closed by <\/article> \(this one stops short: fetch it again\), found "/,
      );
    }
  });

  it("refuses HTML nested absurdly deep with a located error, not a stack overflow", () => {
    const deep = `<html><body><h1>X (20 123 456)</h1><article id="article">\n${"<div>".repeat(10_000)}text${"</div>".repeat(10_000)}</article></body></html>`;
    expect(refused(deep)).toBe(`page.html:2: expected HTML nested at most 400 elements deep, found "<div> nested deeper"`);
  });
});

describe("markup around and inside the statement", () => {
  const html = `<!DOCTYPE html>
<html><head><title>Kent County Council (22 001 002) | LGSCO</title>
<link rel="canonical" href="https://www.lgo.org.uk/decisions/housing/homelessness/22-001-002?displaypref=0"></head>
<body><div class="cookie-notice"><p>We use cookies.</p></div>
<article id="article">
<dl>
<dt class="label">Category:</dt><dd class="value">Housing &gt; Homelessness</dd>
<dt class="label">Reference:</dt><dd class="value">22 001 002</dd>
<dt class="label">Decision:</dt><dd class="value">Not upheld</dd>
<dt class="label">Decision date:</dt><dd class="value">14&nbsp;Mar 2023</dd>
</dl>
<h2>Summary</h2>
<p>Mr&nbsp;Y complained about the Council&rsquo;s <a href="/glossary#x">homelessness</a> decision. We found no fault.</p>
<h2>The complaint</h2>
<ol><li><p>Mr Y complains the Council:</p><ol><li>delayed;</li><li>did not reply.</li></ol></li>
<li>He says it caused distress.<br>He wants an apology.</li></ol>
<table><tr><th>Date</th><th>Event</th></tr><tr><td>1 May</td><td>Application</td></tr></table>
<h2>Final decision</h2>
<ol start="5"><li value="5">I find no fault.</li></ol>
<p><a href="#top">Back to top ↑</a></p>
<script>document.write("Decision : Upheld")</script>
</article>
<footer>© LGSCO</footer></body></html>`;

  it("reads a <dl> header, skips fields it does not know, and keeps the narrative's words, lists and tables", () => {
    expect(
      htmlToText(html)
        .split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "Kent County Council (22 001 002)",
      "Category : Housing > Homelessness",
      "Decision : Not upheld",
      "Decision date : 14\u00a0Mar 2023",
      "Summary:",
      "Mr\u00a0Y complained about the Council’s homelessness decision. We found no fault.",
      "The complaint",
      "  1. Mr Y complains the Council:",
      "    1. delayed;",
      "    2. did not reply.",
      "  2. He says it caused distress.",
      "     He wants an apology.",
      "Date\tEvent",
      "1 May\tApplication",
      "Final decision",
      "  5. I find no fault.",
      "Back to top",
    ]);
  });

  it("parses into a record whose official URL is the page's own address, without its query string", () => {
    const { decision } = parseDecisionPage(html, "22-001-002.html");
    expect([decision.reference, decision.council, decision.outcome, decision.decisionDate, decision.summary, decision.officialUrl]).toEqual(
      [
        "22 001 002",
        "Kent County Council",
        "Not upheld",
        "2023-03-14",
        "Mr Y complained about the Council’s homelessness decision. We found no fault.",
        "https://www.lgo.org.uk/decisions/housing/homelessness/22-001-002",
      ],
    );
    expect(readDecisionPage(html).url).toBe("https://www.lgo.org.uk/decisions/housing/homelessness/22-001-002?displaypref=0");
  });

  it("takes the official URL from the fetch's address over the page's, and derives it when the address is not lgo.org.uk's", () => {
    const fetched = parseDecisionPage(html, "x.html", {
      officialUrl: "https://www.lgo.org.uk/decisions/housing/homeless-applications/22-001-002",
    });
    expect(fetched.decision.officialUrl).toBe("https://www.lgo.org.uk/decisions/housing/homeless-applications/22-001-002");
    const local = parseDecisionPage(html.replace(/<link[^>]*>/, ""), "x.html", {
      officialUrl: "http://127.0.0.1:8080/decisions/housing/homelessness/22-001-002",
    });
    expect(local.decision.officialUrl).toBe("https://www.lgo.org.uk/decisions/housing/homelessness/22-001-002");
  });

  it("names the line of the HTML in a parse error", () => {
    const page = renderDecisionPage(fixture("minimal.txt"), "spans").replace("02 Jan 2023</span>", "31 Feb 2023</span>");
    const line = page.split("\n").findIndex((l) => l.includes("31 Feb 2023")) + 1;
    expect(() => parseDecisionPage(page, "archive/20-123-456.html")).toThrow(
      `archive/20-123-456.html:${line}: expected a decision date such as '06 Sep 2022', found "31 Feb 2023"`,
    );
  });
});

describe("a report published in chapters", () => {
  // Every statement with sections enough for three chapters, in each markup variant.
  const reports = statements.filter((file) => {
    try {
      return renderReportChapters(readFileSync(file, "utf8"), "spans", 3, "/decisions/a/b/c").length === 3;
    } catch {
      return false;
    }
  });

  it("is read, its chapters in order, into the same record and body as the whole statement", () => {
    expect(reports.length).toBeGreaterThan(20);
    for (const file of reports) {
      const text = readFileSync(file, "utf8");
      const expected = parseDecision(text, file);
      for (const variant of VARIANTS) {
        const [first, ...later] = renderReportChapters(text, variant, 3, "/decisions/a/b/c");
        const got = parseDecisionPage(first!, file, {
          title: variant === "bare" ? statementFacts(text).title : undefined,
          chapters: later.map((html, i) => ({ html, file: `chapter-${i + 2}.html` })),
        });
        expect(got.decision, `${file} ${variant}`).toEqual(expected.decision);
        expect(got.body, `${file} ${variant}`).toBe(expected.body);
      }
    }
  });

  it("keeps a chapter link within a sentence as text, and drops one standing alone as navigation", () => {
    const page = (inner: string) =>
      `<html><body><article id="article"><h1>Kent County Council (22 001 002)</h1>${inner}</article></body></html>`;
    expect(readChapterPage(page(`<p>As <a href="?chapter=3">chapter 3</a> explains, the Council was at fault.</p>`)).text).toBe(
      "As chapter 3 explains, the Council was at fault.\n",
    );
    expect(
      readChapterPage(
        page(`<p>Text.</p><p><a href="?chapter=1">Previous</a> | <a href="/decisions/x/y/22-001-002?chapter=3">Next chapter</a></p>`),
      ).text,
    ).toBe("Text.\n");
  });

  it("names the chapter's file and line when a chapter is not a page of the report", () => {
    const [first, second] = renderReportChapters(fixture("minimal.txt"), "spans", 2, "/decisions/a/b/c");
    const cut = second!.slice(0, second!.lastIndexOf("</article>"));
    expect(() => parseDecisionPage(first!, "20-123-456.html", { chapters: [{ html: cut, file: "20-123-456.chapter-2.html" }] })).toThrow(
      /^20-123-456\.chapter-2\.html:\d+: expected a whole page, its <article id="article"> closed by <\/article>/,
    );
  });
});
