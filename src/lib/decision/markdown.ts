// Last pass: writes the body as Markdown. Sections are "##" headings, sub-headings "###";
// each numbered paragraph is an ordered-list item carrying its official number and its anchor
// ("19. text {#p19}"); sub-lists and bullets are nested under their paragraph. Text is data:
// every character Markdown or HTML would read as syntax is escaped, so nothing in a statement
// can become a link, markup or script. The only links are the cross-references we add.

import { findReferences } from "./crossrefs.ts";
import type { Block, ListItem } from "./structure.ts";

const SYNTAX = /[\\`*_{}[\]<>#|~&!$]/g;

/** Escapes text so that Markdown renders it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(SYNTAX, (c) => `\\${c}`)
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Escaped text with references to other paragraphs turned into links to their anchors. */
export function linkReferences(text: string, paragraphCount: number): string {
  let out = "";
  let at = 0;
  for (const reference of findReferences(text, paragraphCount)) {
    for (const number of reference.numbers) {
      const target = number.targets[number.targets.length - 1]!;
      out += escapeMarkdown(text.slice(at, number.start)) + `[${text.slice(number.start, number.end)}](#p${target})`;
      at = number.end;
    }
  }
  return out + escapeMarkdown(text.slice(at));
}

function renderItems(items: readonly ListItem[], indent: string, paragraphCount: number): string[] {
  let ordinal = 0;
  return items.map((item) => {
    ordinal = item.ordered ? ordinal + 1 : 0;
    const marker = item.ordered ? `${ordinal}.` : "-";
    return `${indent}${marker} ${linkReferences(item.text, paragraphCount)}`;
  });
}

export function toMarkdown(blocks: readonly Block[], paragraphCount: number): string {
  const chunks: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "section":
        chunks.push(`## ${escapeMarkdown(block.title)}`);
        break;
      case "heading":
        chunks.push(`### ${escapeMarkdown(block.title)}`);
        break;
      case "signature":
        chunks.push(`*${escapeMarkdown(block.text)}*`);
        break;
      case "paragraph": {
        const text = linkReferences(block.text, paragraphCount);
        if (block.number === null) {
          const lines = text === "" ? [] : [text];
          const items = renderItems(block.items, "", paragraphCount);
          chunks.push([...lines, ...(lines.length > 0 && items.length > 0 ? [""] : []), ...items].join("\n"));
        } else {
          const marker = `${block.number}. `;
          const items = renderItems(block.items, " ".repeat(marker.length), paragraphCount);
          chunks.push([`${marker}${text} {#p${block.number}}`, ...items].join("\n"));
        }
        break;
      }
    }
  }
  return `${chunks.join("\n\n")}\n`;
}
