// Test pages: a statement's text rendered as an lgo.org.uk decision page, in three markup variants,
// with the site's furniture around it (cookie banner, header, nav, breadcrumbs, footer, scripts,
// "Back to top" and "Print this page" links). The structure comes from the parser's own reading of
// the text, so that a page and its text describe the same statement.

import { contentLines } from "../../src/lib/decision/chrome.ts";
import { readHeader, SUMMARY } from "../../src/lib/decision/header.ts";
import { normaliseText } from "../../src/lib/decision/normalise.ts";
import { readBlocks, type Block, type ListItem } from "../../src/lib/decision/structure.ts";

/**
 * - spans: the title in an <h1> above the article, header fields as span.label / span.value with
 *   category and subcategory in separate elements, sections as <h2>, paragraphs as <ol><li>.
 * - dl: the title only in <title>, header fields in a <dl>, <li><p> paragraphs with </li> left out,
 *   text with character references, "Back to top" links with an icon.
 * - bare: no title on the page at all (the listing's text must supply it), header in divs.
 */
export type Variant = "spans" | "dl" | "bare";
export const VARIANTS: readonly Variant[] = ["spans", "dl", "bare"];

export interface StatementFacts {
  title: string;
  reference: string;
  category: string;
  subcategory: string;
  outcome: string;
  /** As printed: "06 Sep 2022". */
  date: string;
}

const FINAL_DECISION = /^The Ombudsm[ae]n.s final decision:?$/;

/** What a listing shows of a statement, read from its text. */
export function statementFacts(text: string): StatementFacts {
  const lines = contentLines(normaliseText(text));
  const header = readHeader(lines, "<fixture>");
  const title = lines.find((l) => l.text.trim() !== "")!.text.trim();
  const date = lines.map((l) => /^Decision date\s*:\s*(.*)$/.exec(l.text.trim())?.[1]).find((d) => d !== undefined)!;
  return { title, reference: header.reference, category: header.category, subcategory: header.subcategory, outcome: header.outcome, date };
}

export function renderDecisionPage(text: string, variant: Variant, url?: string): string {
  const lines = contentLines(normaliseText(text));
  const header = readHeader(lines, "<fixture>");
  const facts = statementFacts(text);
  const body = lines.slice(header.bodyStart);
  const backToTop = body.some((l) => l.text.trim() === "Back to top");
  // A text cut off before its end has no "Back to top" after its last section.
  const endsWithTop = body.findLast((l) => l.text.trim() !== "" && l.text.trim() !== "Print this page")?.text.trim() === "Back to top";
  // The older report layout has no numbered paragraphs, only plain ones, which the parser numbers.
  const plain = !body.some((l) => /^ *(?:\d{1,3}\.|-)\s+\S/.test(l.text));
  const esc = variant === "dl" ? escapeWithReferences : escape;
  const opening = lines.slice(0, header.bodyStart).map((l) => l.text.trim());
  return pageDocument(facts, variant, url, esc, {
    fields: renderFields(facts, variant, esc),
    intro: renderIntro(opening, header.summary, variant, esc),
    narrative: renderBlocks(readBlocks(body), variant, { backToTop, endsWithTop, plain }, esc),
  });
}

/**
 * A statement as a report published in `count` chapters, as lgo.org.uk publishes public interest
 * reports: the pages of chapters 1 to `count`, split where sections begin. Each repeats the title
 * and header fields, lists the chapters in a <nav> in its article, and links to the next chapter
 * by its full path.
 */
export function renderReportChapters(text: string, variant: Variant, count: number, path: string): string[] {
  const lines = contentLines(normaliseText(text));
  const header = readHeader(lines, "<fixture>");
  const facts = statementFacts(text);
  const body = lines.slice(header.bodyStart);
  const blocks = readBlocks(body);
  const sections = blocks.flatMap((b, i) => (b.kind === "section" && i > 0 ? [i] : []));
  if (sections.length < count - 1) throw new Error(`${facts.reference} has ${sections.length + 1} sections, too few for ${count} chapters`);
  const cuts = [
    0,
    ...Array.from({ length: count - 1 }, (_, k) => sections[Math.floor(((k + 1) * sections.length) / count)]!),
    blocks.length,
  ];
  const plain = !body.some((l) => /^ *(?:\d{1,3}\.|-)\s+\S/.test(l.text));
  const backToTop = body.some((l) => l.text.trim() === "Back to top");
  const esc = variant === "dl" ? escapeWithReferences : escape;
  const opening = lines.slice(0, header.bodyStart).map((l) => l.text.trim());
  const contents = Array.from({ length: count }, (_, k) => `<li><a href="?chapter=${k + 1}">Chapter ${k + 1}</a></li>`).join("");
  return Array.from({ length: count }, (_, k) => {
    const next = k + 1 < count ? `<p class="next"><a href="${escape(path)}?chapter=${k + 2}">Next chapter</a></p>` : "";
    return pageDocument(facts, variant, undefined, esc, {
      fields: `${renderFields(facts, variant, esc)}\n<nav class="chapters" aria-label="Chapters"><ol>${contents}</ol></nav>`,
      intro: k === 0 ? renderIntro(opening, header.summary, variant, esc) : "",
      narrative: `${renderBlocks(blocks.slice(cuts[k], cuts[k + 1]), variant, { backToTop, endsWithTop: backToTop && k + 1 < count, plain }, esc)}\n${next}`,
    });
  });
}

/** "The Ombudsman's final decision" and the summary, where the text labels them. */
function renderIntro(opening: readonly string[], summary: string, variant: Variant, esc: (text: string) => string): string {
  const finalDecision = opening.find((l) => FINAL_DECISION.test(l));
  const summaryLabelled = opening.some((l) => SUMMARY.test(l));
  return [
    finalDecision
      ? variant === "spans"
        ? `<h2>${esc(finalDecision)}</h2>`
        : `<p class="final-decision"><strong>${esc(finalDecision)}</strong></p>`
      : "",
    summaryLabelled
      ? variant === "dl"
        ? `<h3>Summary</h3>\n<p>${esc(summary)}</p>`
        : `<p><strong>Summary:</strong> ${esc(summary)}</p>`
      : "",
  ].join("\n");
}

/** The whole page around the article's parts: the site's furniture, and the title where the variant puts it. */
function pageDocument(
  facts: StatementFacts,
  variant: Variant,
  url: string | undefined,
  esc: (text: string) => string,
  { fields, intro, narrative }: { fields: string; intro: string; narrative: string },
): string {
  const pageTitle =
    variant === "dl"
      ? `${facts.title} - Local Government and Social Care Ombudsman`
      : "Decision - Local Government and Social Care Ombudsman";
  const canonical = url ? `<link rel="canonical" href="${escape(url)}">` : "";
  const heading =
    variant === "spans" ? `<h1 class="decision-title">${esc(facts.title)}</h1>` : `<h1 class="visually-hidden">Decisions</h1>`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(pageTitle)}</title>
${canonical}
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>.label { font-weight: bold } .cookie-banner { position: fixed }</style>
<script>window.dataLayer = window.dataLayer || []; var template = '<article id="article"><span class="label">Category :</span></article>';</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog">
<h2>Privacy settings</h2>
<p>These cookies enable the website to function properly. You can only disable these by changing your browser preferences.</p>
<button type="button">Accept analytical cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a href="/"><img src="/images/logo.svg" alt="LGO logogram"></a>
<nav aria-label="Main"><ul><li><a href="/make-a-complaint">Make a complaint</a></li><li><a href="/decisions">Decisions</a></li><li><a href="/information-centre">Information centre</a></li></ul></nav>
</header>
<main id="main"><div id="top"></div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/decisions">Decisions</a></li><li>${esc(facts.category)}</li></ol></nav>
${heading}
<article id="article" class="decision">
${fields}
<div class="articleContent">
${intro}
${narrative}
</div>
<p class="print"><a href="javascript:window.print()">Print this page</a></p>
</article>
<aside class="related"><h2>Related decisions</h2><ul><li><a href="/decisions/housing/allocations/20-003-093">Another Council (20 003 093)</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH</p><p><a href="#top">Back to top</a></p></footer>
<script src="/scripts/site.js"></script>
<script>document.querySelectorAll(".label").forEach(function (l) { l.title = "</p><p>Category : Fake > Field"; });</script>
</body>
</html>
`;
}

function renderFields(facts: StatementFacts, variant: Variant, esc: (text: string) => string): string {
  if (variant === "spans") {
    return `<div class="articleHeader">
<p><span class="label">Category :</span> <span class="value">${esc(facts.category)}</span> &gt; <span class="value">${esc(facts.subcategory)}</span></p>
<p><span class="label">Decision :</span> <span class="value">${esc(facts.outcome)}</span></p>
<p><span class="label">Decision date :</span> <span class="value">${esc(facts.date)}</span></p>
</div>`;
  }
  if (variant === "dl") {
    return `<dl class="decision-details">
  <dt>Category</dt><dd>${esc(facts.category)} &gt; ${esc(facts.subcategory)}</dd>
  <dt>Decision</dt><dd>${esc(facts.outcome)}</dd>
  <dt>Decision date</dt><dd><time datetime="${isoDate(facts.date)}">${esc(facts.date)}</time></dd>
</dl>`;
  }
  return `<div class="articleHeader">
<div class="row"><div class="label">Category:</div><div class="value"><span>${esc(facts.category)}</span><span class="sep"> &gt; </span><span>${esc(facts.subcategory)}</span></div></div>
<div class="row"><div class="label">Decision:</div><div class="value">${esc(facts.outcome)}</div></div>
<div class="row"><div class="label">Decision date:</div><div class="value">${esc(facts.date)}</div></div>
</div>`;
}

function renderBlocks(
  blocks: readonly Block[],
  variant: Variant,
  { backToTop, endsWithTop, plain }: { backToTop: boolean; endsWithTop: boolean; plain: boolean },
  esc: (text: string) => string,
): string {
  const out: string[] = [];
  let openList = false;
  let sections = 0;
  const closeList = () => {
    if (openList) out.push("</ol>");
    openList = false;
  };
  const top = backToTopLink(variant);
  for (const block of blocks) {
    if (block.kind !== "paragraph") {
      closeList();
      if (block.kind === "section" && backToTop && sections > 0) out.push(top);
      if (block.kind === "section") sections++;
      out.push(renderMark(block, esc));
    } else if (block.number !== null && !plain) {
      if (!openList) out.push(`<ol class="paragraphs">`);
      openList = true;
      const text = variant === "dl" ? `<p>${esc(block.text)}</p>` : esc(block.text);
      out.push(`<li>${text}${renderItems(block.items, esc)}${variant === "dl" ? "" : "</li>"}`);
    } else {
      closeList();
      if (block.text !== "") out.push(`<p>${esc(block.text)}</p>`);
      if (block.items.length > 0) out.push(renderItems(block.items, esc));
    }
  }
  closeList();
  if (endsWithTop) out.push(top);
  return out.join("\n");
}

/** The "Back to top" link between sections, as each markup writes it. */
function backToTopLink(variant: Variant): string {
  return variant === "dl"
    ? `<a class="back-to-top" href="#top"><span aria-hidden="true">↑</span> Back to top</a>`
    : `<p class="back-to-top"><a href="#top">Back to top</a></p>`;
}

/** A section or heading title, or the signature, as its element. */
function renderMark(block: Exclude<Block, { kind: "paragraph" }>, esc: (text: string) => string): string {
  if (block.kind === "section") return `<h2>${esc(block.title)}</h2>`;
  if (block.kind === "heading") return `<h3>${esc(block.title)}</h3>`;
  return `<p class="signature">${esc(block.text)}</p>`;
}

/** Sub-items as nested lists, a new list whenever they change between numbered and bulleted. */
function renderItems(items: readonly ListItem[], esc: (text: string) => string): string {
  let html = "";
  let kind: "ol" | "ul" | null = null;
  for (const item of items) {
    const wanted = item.ordered ? "ol" : "ul";
    if (kind !== wanted) {
      if (kind) html += `</${kind}>`;
      html += `<${wanted}>`;
      kind = wanted;
    }
    html += `<li>${esc(item.text)}</li>`;
  }
  return kind ? `${html}</${kind}>` : html;
}

function escape(text: string): string {
  // Runs of spaces in the text are non-breaking spaces on the page (the text stores them as spaces).
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/ {2,}/g, (run) => `${"&nbsp;".repeat(run.length - 1)} `);
}

function escapeWithReferences(text: string): string {
  return escape(text).replace(/[^\x00-\x7f]/gu, (c) => (c === "\u00a0" ? "&nbsp;" : `&#${c.codePointAt(0)};`));
}

function isoDate(printed: string): string {
  return new Date(`${printed} UTC`).toISOString().slice(0, 10);
}
