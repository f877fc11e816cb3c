// Raw decision text in, validated Decision record and Markdown body out. Each pass is a
// module of its own; this file only runs them in order and validates the result.

import { bodyType } from "./body-type.ts";
import { contentLines } from "./chrome.ts";
import { endAtClosing, isComplete } from "./completeness.ts";
import { findReferences } from "./crossrefs.ts";
import { DecisionParseError } from "./errors.ts";
import { findFaults } from "./findings.ts";
import { readHeader } from "./header.ts";
import { extractLegislation } from "./legislation.ts";
import { toMarkdown } from "./markdown.ts";
import { normaliseText } from "./normalise.ts";
import { givenOfficialUrl, officialUrl } from "./official-url.ts";
import { decisionSchema, describeIssues, type CrossReference, type Decision } from "./schema.ts";
import { readBlocks, type Block } from "./structure.ts";
import { readVerdict } from "./verdict.ts";

export interface ParsedDecision {
  decision: Decision;
  /** The statement's text as Markdown, without the header fields kept in the record. */
  body: string;
}

/** "Mrs X", and two who complain together: "Mr and Mrs B". */
const COMPLAINANT = /\b((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) and )?(?:Mr|Mrs|Ms|Miss|Mx|Dr)) ([A-Z])(?![A-Za-z])/;
const NOT_TEXT = /[\u0000\ufffd]/;

export interface ParseOptions {
  /** Where the text was published, when known (the page it was fetched from); used if it is the statement's address on lgo.org.uk. */
  officialUrl?: string | undefined;
}

export function parseDecision(raw: string, file = "<input>", options: ParseOptions = {}): ParsedDecision {
  const binary = NOT_TEXT.exec(raw);
  if (binary) {
    const line = raw.slice(0, binary.index).split("\n").length;
    throw new DecisionParseError({ file, line }, "UTF-8 text of a decision statement", "binary data");
  }
  const lines = endAtClosing(contentLines(normaliseText(raw)));
  const header = readHeader(lines, file);
  const blocks = readBlocks(lines.slice(header.bodyStart));
  const paragraphs = blocks.filter((b) => b.kind === "paragraph");
  const paragraphCount = paragraphs.filter((p) => p.number !== null).length;

  const complete = isComplete(lines);

  const faults = findFaults(blocks);
  const body = bodyType(header.council, header.reference, { summary: header.summary, category: header.category });
  const verdict = readVerdict({ outcome: header.outcome, summary: header.summary, blocks, faults, complete, body });
  const texts = paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)]);

  const { bodyStart: _bodyStart, ...fields } = header;
  const record = {
    ...fields,
    slug: header.reference.replaceAll(" ", "-"),
    bodyType: body,
    complainant: complainant(header.summary, texts),
    sections: blocks.flatMap((b) => (b.kind === "section" ? [b.title] : [])),
    paragraphCount,
    complete,
    faultFound: verdict.faultFound,
    injustice: verdict.injustice,
    faults,
    closureReason: verdict.closureReason,
    remedies: verdict.remedies,
    remediesKnown: verdict.remediesKnown,
    paymentTotalGBP: verdict.paymentTotalGBP,
    paymentsWithoutAmount: verdict.paymentsWithoutAmount,
    legislation: extractLegislation([header.summary, ...texts]),
    crossReferences: crossReferences(blocks, paragraphCount),
    officialUrl:
      givenOfficialUrl(options.officialUrl, header.reference) ?? officialUrl(header.category, header.subcategory, header.reference),
  };
  const result = decisionSchema.safeParse(record);
  if (!result.success) {
    throw new DecisionParseError({ file, line: 1 }, "a record that passes the decision schema", describeIssues(result.error).join("; "));
  }
  return { decision: result.data, body: toMarkdown(blocks, paragraphCount) };
}

function complainant(summary: string, texts: readonly string[]): Decision["complainant"] {
  for (const text of [summary, ...texts]) {
    const match = COMPLAINANT.exec(text);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return null;
}

function crossReferences(blocks: readonly Block[], paragraphCount: number): CrossReference[] {
  return blocks.flatMap((block) => {
    if (block.kind !== "paragraph" || block.number === null) return [];
    const paragraph = block.number;
    return [block.text, ...block.items.map((i) => i.text)].flatMap((text) =>
      findReferences(text, paragraphCount).map((r) => ({ text: r.text, paragraph, targets: r.numbers.flatMap((n) => n.targets) })),
    );
  });
}
