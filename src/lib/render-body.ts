// Renders a decision body (the Markdown the parser writes) to HTML. Raw HTML is off, so the
// only markup is Markdown's own; a core rule turns each numbered paragraph's "{#pN}" marker into
// id="pN" on its <li> with a visible self-link, gives section headings ids, and wraps each
// section in a <section> so the boilerplate one can be kept out of the search index.

import MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import { slugify } from "./facets.ts";

export interface BodyHeading {
  depth: 2 | 3;
  text: string;
  slug: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  /** The paragraph numbers that got an anchor, in order. */
  anchors: number[];
}

/**
 * Sections repeated in every statement: kept on the page, left out of the search index, so the
 * posting lists of words every statement uses ("council", "complaint") are shorter and a search
 * downloads less. "How I considered this complaint" is mostly the same sentences in every
 * statement ("I have considered the information provided by..."); the few particular words in it
 * (the guidance or manuals an investigator read) are not found by search any more.
 */
export const BOILERPLATE_SECTIONS = new Set([
  "the-ombudsmans-role-and-powers",
  "the-ombudsmans-role-and-powers-and-my-role",
  "how-i-considered-this-complaint",
]);

/** An unescaped " {#pN}" at the very end of a paragraph's source. */
const MARKER = /[ \t]*\{#p(\d+)\}$/;

function anchorParagraphs(state: StateCore): void {
  const tokens = state.tokens;
  const env = state.env as { anchors: number[]; headings: BodyHeading[] };
  const out: Token[] = [];
  const usedIds = new Set<string>();
  let sectionOpen = false;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "heading_open" && (token.tag === "h2" || token.tag === "h3")) {
      const slug = nameHeading(token, tokens[i + 1]!, usedIds, env.headings);
      if (token.tag === "h2") {
        if (sectionOpen) out.push(html(state, "</section>\n"));
        const ignore = BOILERPLATE_SECTIONS.has(slug.slice(2)) ? " data-pagefind-ignore" : "";
        out.push(html(state, `<section class="statement-section" aria-labelledby="${slug}"${ignore}>\n`));
        sectionOpen = true;
      }
    }
    if (token.type === "list_item_open" && /^[.)]$/.test(token.markup)) {
      // The item's first block is its paragraph; its inline token holds the marker.
      const n = anchorItem(state, token, tokens[i + 2]);
      if (n !== null) env.anchors.push(n);
    }
    out.push(token);
  }
  if (sectionOpen) out.push(html(state, "</section>\n"));
  state.tokens = out;
}

/** Gives a heading an id unique in the body ("s-the-complaint", "s-the-complaint-2") and records it; returns the id. */
function nameHeading(token: Token, inline: Token, usedIds: Set<string>, headings: BodyHeading[]): string {
  const text = inline.children?.map((c) => c.content).join("") ?? inline.content;
  const base = `s-${slugify(text).slice(0, 80).replace(/-+$/, "") || "section"}`;
  let slug = base;
  for (let n = 2; usedIds.has(slug); n++) slug = `${base}-${n}`;
  usedIds.add(slug);
  token.attrSet("id", slug);
  headings.push({ depth: token.tag === "h2" ? 2 : 3, text, slug });
  return slug;
}

/**
 * Turns a numbered item's " {#pN}" marker into id="pN" on the item and a self-link after its
 * text; returns N, or null when the item carries no marker.
 */
function anchorItem(state: StateCore, item: Token, inline: Token | undefined): number | null {
  const match = inline?.type === "inline" ? MARKER.exec(inline.content) : null;
  const last = inline?.children?.at(-1);
  if (!inline || !match || last?.type !== "text") return null;
  const textMatch = /[ \t]*\{#p\d+\}$/.exec(last.content);
  if (!textMatch) return null;
  const n = match[1]!;
  last.content = last.content.slice(0, textMatch.index);
  inline.content = inline.content.slice(0, match.index);
  item.attrSet("id", `p${n}`);
  item.attrSet("value", n);
  const open = new state.Token("link_open", "a", 1);
  open.attrSet("class", "pilcrow");
  open.attrSet("href", `#p${n}`);
  open.attrSet("aria-label", `Link to paragraph ${n}`);
  open.attrSet("data-pagefind-ignore", "");
  const text = new state.Token("text", "", 0);
  text.content = "¶";
  const close = new state.Token("link_close", "a", -1);
  const space = new state.Token("text", "", 0);
  space.content = " ";
  inline.children!.push(space, open, text, close);
  return Number(n);
}

function html(state: StateCore, content: string): Token {
  const t = new state.Token("html_block", "", 0);
  t.content = content;
  return t;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.core.ruler.push("paragraph_anchors", anchorParagraphs);

/** A line that ends as a sentence or a heading may: the text is not cut off in it. */
const ENDED = /[.!?:;)\]”’"'…]$/;

/**
 * An excerpt's body with an ellipsis where its text stops short, mid-sentence or mid-word ("We must
 * also co …"), so that the page shows the cut; a last line that ends a sentence is left as it is.
 */
export function markCutShort(markdown: string): string {
  const lines = markdown.split("\n");
  const last = lines.findLastIndex((l) => l.trim() !== "");
  if (last < 0) return markdown;
  const line = lines[last]!;
  const anchor = / \{#p\d+\}$/.exec(line)?.[0] ?? "";
  const text = line.slice(0, line.length - anchor.length).trimEnd();
  if (ENDED.test(text)) return markdown;
  lines[last] = `${text} …${anchor}`;
  return lines.join("\n");
}

export function renderBody(markdown: string): RenderedBody {
  const env = { anchors: [] as number[], headings: [] as BodyHeading[] };
  const html = md.render(markdown, env);
  return { html, headings: env.headings, anchors: env.anchors };
}
