// A decision page from lgo.org.uk, as `npm run fetch` saves it, read into the plain text the parser
// reads from copied statements: the title line "Body (NN NNN NNN)", the header fields, then the
// narrative with headings on lines of their own, numbered paragraphs as "  1. text" and bullets as
// "    • text". Everything outside <article id="article"> but the title is page furniture.

import type { AnyNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { DecisionParseError } from "./errors.ts";
import { parseDecision, type ParsedDecision } from "./parse.ts";

export interface PageOptions {
  /** "Body name (NN NNN NNN)" as the listing shows it, for a page that does not carry its title. */
  title?: string | undefined;
  /** The file (or address) errors name. */
  file?: string | undefined;
}

/** The statement's text, and for each of its lines the line of the HTML it came from. */
export interface PageText {
  text: string;
  sourceLines: number[];
  /** The page's own address, from <link rel="canonical"> or og:url, when it gives one. */
  url: string | null;
}

const PAGE_TITLE = /^(?:\S.{0,300}?\s*)?\(\d{2} \d{3} \d{3}[a-z]?\)$/;
const TITLE_PREFIX = /^(\S.{0,300}?\(\d{2} \d{3} \d{3}[a-z]?\))/;
const FIELD_NAMES = new Map([
  ["category", "Category"],
  ["decision", "Decision"],
  ["decision date", "Decision date"],
]);
const FIELD_LINE = /^(?:Category|Decision date|Decision)\s*:/;
/** Text between the label and value elements of the header: spaces, colons, the ">" between category and subcategory. */
const SEPARATOR = /^[\s\u00a0>›»:|]*$/;
const WHITESPACE = /[ \t\n\r\f]+/g;
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;
/** Links that are page controls: they stand on a line of their own, where the parser knows them. */
const PAGE_CONTROL = /^[^\p{L}]*(back to top|print this page)[^\p{L}]*$/iu;
const SUMMARY_HEADING = /^Summary\s*:?$/i;
/** The lines a page's text may end with that are the page's, not the statement's. */
const PAGE_END = new Set(["", "Print this page", "Back to top"]);
/** An address with a chapter of a report: ?chapter=2. */
const CHAPTER_LINK = /[?&]chapter=\d/i;
const CLOSED_ARTICLE = /<\/article\s*>$/i;
/** Real pages nest a few dozen elements deep; far deeper is not a page, and would exhaust the stack. */
const MAX_DEPTH = 400;

/** Elements whose content is never text. */
const NOT_TEXT = new Set(["script", "style", "noscript", "template"]);
/** Page furniture that may stand inside the article too. */
const SKIPPED = new Set([
  ...NOT_TEXT,
  "head",
  "title",
  "meta",
  "link",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "picture",
  "img",
  "form",
  "button",
  "select",
  "input",
  "textarea",
  "nav",
  "header",
  "footer",
  "aside",
  "dialog",
]);
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "ins",
  "kbd",
  "label",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
  "wbr",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const FURNITURE_CLASS = /(?:^|[\s_-])(?:cookie|cookies|consent)(?:$|[\s_-])/i;

/** The statement on a decision page as the text the parser reads. */
export function htmlToText(html: string, options: PageOptions = {}): string {
  return readDecisionPage(html, options).text;
}

/**
 * Reads a decision page: a page that is not one (a listing, an error page, a login wall, a page cut
 * off mid-download) is refused with the parser's DecisionParseError, naming the line of the HTML.
 */
export function readDecisionPage(html: string, options: PageOptions = {}): PageText {
  const { page, article, reader } = readArticle(html, options.file ?? "<input>");
  const title = findTitle(page, options.title, reader);
  if (!title) {
    throw new DecisionParseError(
      { file: reader.file, line: 1 },
      "the decision's title 'Body name (NN NNN NNN)' in a heading or the page's <title>, or in the manifest beside the page",
      page.titleText,
    );
  }
  const header = readFields(article, reader);
  if (title.element) header.consumed.add(title.element);
  const bodyLines = readBody(article, reader, header.consumed);
  if (header.fields.size === 0 && !bodyLines.some((l) => FIELD_LINE.test(l.text))) {
    throw new DecisionParseError(
      { file: reader.file, line: reader.lineAt(article.startIndex) },
      `the header fields (Category, Decision, Decision date) as label and value elements in <article id="article">`,
      bodyLines.find((l) => l.text !== "")?.text ?? "",
    );
  }
  return pageText([...headerLines(title, header.fields), ...bodyLines], page.url);
}

/**
 * Reads a later chapter of a report (the decision's address with ?chapter=N): the narrative of its
 * article only, as the title and header fields it repeats are the first chapter's. Refused, as a
 * decision page is, when it has no article or stops short.
 */
export function readChapterPage(html: string, options: { file?: string | undefined } = {}): PageText {
  const { page, article, reader } = readArticle(html, options.file ?? "<input>");
  const header = readFields(article, reader);
  const title = findTitle(page, undefined, reader);
  if (title?.element) header.consumed.add(title.element);
  return pageText(readBody(article, reader, header.consumed), page.url);
}

function pageText(lines: readonly TextLine[], url: string | null): PageText {
  return { text: lines.map((l) => l.text).join("\n"), sourceLines: lines.map((l) => l.source), url };
}

/** The page's parts and its whole <article id="article">, or the parser's error saying what is missing. */
function readArticle(html: string, file: string): { page: PageParts; article: Element; reader: Reader } {
  const lineAt = lineFinder(html);
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const reader: Reader = { file, lineAt };
  const page = scan(document.children, reader);
  const article = page.article;
  if (!article) {
    throw new DecisionParseError(
      { file, line: 1 },
      `a decision page from lgo.org.uk, with the statement in <article id="article">`,
      page.titleText,
    );
  }
  const end = article.endIndex ?? html.length - 1;
  if (!CLOSED_ARTICLE.test(html.slice(Math.max(0, end - 30), end + 1))) {
    throw new DecisionParseError(
      { file, line: lineAt(end) },
      `a whole page, its <article id="article"> closed by </article> (this one stops short: fetch it again)`,
      html.slice(Math.max(0, html.length - 60)).trim(),
    );
  }
  return { page, article, reader };
}

/** The narrative of the article as lines, the header's elements left out. */
function readBody(article: Element, reader: Reader, consumed: ReadonlySet<AnyNode>): TextLine[] {
  const body = new TextBuilder(reader.lineAt);
  walkBody(article.children, body, { ...reader, consumed }, 0, TOP);
  return body.finish();
}

/** The title line and the "Name : value" field lines, as a copied statement opens. */
function headerLines(title: { text: string; line: number }, fields: Header["fields"]): TextLine[] {
  const lines: TextLine[] = [
    { text: title.text, source: title.line },
    { text: "", source: title.line },
  ];
  for (const name of FIELD_NAMES.values()) {
    const field = fields.get(name);
    if (!field) continue;
    const value =
      name === "Category"
        ? field.parts
            .flatMap((p) => p.split(">"))
            .map((p) => p.trim())
            .filter((p) => p !== "")
            .join(" > ")
        : field.parts.join(" ");
    lines.push({ text: `${name} : ${value}`, source: field.line }, { text: "", source: field.line });
  }
  return lines;
}

/** A later chapter of a report: its page, and the file (or address) errors name. */
export interface ChapterPage {
  html: string;
  file: string;
}

/**
 * Parses a decision page into a record, as parseDecision does a text: errors name the file and line
 * of the HTML. A report published in chapters is one statement: the later chapters' narratives
 * follow the first's, in the order given. The page's own address becomes the official URL when it
 * is one on lgo.org.uk.
 */
export function parseDecisionPage(
  html: string,
  file: string,
  options: { title?: string | undefined; officialUrl?: string | undefined; chapters?: readonly ChapterPage[] } = {},
): ParsedDecision {
  const page = readDecisionPage(html, { title: options.title, file });
  const pages = [
    { file, ...page },
    ...(options.chapters ?? []).map((chapter) => ({ file: chapter.file, ...readChapterPage(chapter.html, { file: chapter.file }) })),
  ];
  const lines: string[] = [];
  const sources: { file: string; line: number }[] = [];
  const marksSections = pages.some((read) => read.text.includes("\nBack to top\n"));
  pages.forEach((read, i) => {
    const text = read.text.split("\n");
    // Each page ends with its own page controls: only the last page's end the statement.
    let end = text.length;
    if (i < pages.length - 1) while (end > 0 && PAGE_END.has(text[end - 1]!)) end--;
    if (i > 0) {
      // A chapter begins a section, marked as the statement marks the others: after "Back to top" where it has them.
      const join = marksSections ? ["", "Back to top", ""] : [""];
      lines.push(...join);
      sources.push(...join.map(() => ({ file: read.file, line: 1 })));
    }
    lines.push(...text.slice(0, end));
    sources.push(...read.sourceLines.slice(0, end).map((line) => ({ file: read.file, line })));
  });
  try {
    return parseDecision(lines.join("\n"), file, { officialUrl: options.officialUrl ?? page.url ?? undefined });
  } catch (error) {
    if (!(error instanceof DecisionParseError)) throw error;
    throw new DecisionParseError(sources[error.line - 1] ?? { file, line: 1 }, error.expected, error.found);
  }
}

interface Reader {
  file: string;
  lineAt: (index: number | null) => number;
}

interface TextLine {
  text: string;
  /** 1-based line of the HTML. */
  source: number;
}

interface PageParts {
  article: Element | null;
  titleText: string;
  headings: Element[];
  url: string | null;
}

/** One pass over the whole page for the parts outside the article: the article, <title>, headings, canonical address. */
function scan(nodes: readonly AnyNode[], reader: Reader): PageParts {
  const page: PageParts = { article: null, titleText: "", headings: [], url: null };
  let firstArticle: Element | null = null;
  const visit = (node: AnyNode, depth: number): void => {
    if (!isElement(node)) return;
    if (depth > MAX_DEPTH) tooDeep(node, reader);
    const name = node.name;
    if (NOT_TEXT.has(name)) return;
    if (name === "title") {
      page.titleText ||= collapse(textOf(node));
      return;
    }
    notePart(node, page);
    if (name === "article") firstArticle ??= node;
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const node of nodes) visit(node, 0);
  page.article ??= firstArticle;
  // The title stands above the article or in it (headings after it are other decisions'), and an
  // <h1> is likelier to be it than any other heading.
  const end = page.article?.endIndex ?? Number.POSITIVE_INFINITY;
  page.headings = page.headings.filter((h) => (h.startIndex ?? 0) < end).sort((a, b) => Number(a.name !== "h1") - Number(b.name !== "h1"));
  return page;
}

/** Notes an element that is one of the page's parts: its canonical address, a heading, the article. */
function notePart(node: Element, page: PageParts): void {
  const name = node.name;
  if (name === "link" && /\bcanonical\b/i.test(node.attribs["rel"] ?? "")) page.url ??= node.attribs["href"] ?? null;
  if (name === "meta" && node.attribs["property"] === "og:url") page.url ??= node.attribs["content"] ?? null;
  if (name === "h1" || name === "h2" || name === "h3") page.headings.push(node);
  if (node.attribs["id"] === "article") page.article ??= node;
}

/** The title from a heading on the page, else the page's <title>, else the listing's text. */
function findTitle(
  page: PageParts,
  listed: string | undefined,
  reader: Reader,
): { text: string; line: number; element: Element | null } | null {
  for (const heading of page.headings) {
    const text = collapse(textOf(heading));
    if (text.length <= 320 && PAGE_TITLE.test(text)) return { text, line: reader.lineAt(heading.startIndex), element: heading };
  }
  const fromTitle = TITLE_PREFIX.exec(page.titleText);
  if (fromTitle) return { text: fromTitle[1]!, line: 1, element: null };
  const text = collapse(listed ?? "");
  return text !== "" ? { text, line: 1, element: null } : null;
}

interface Header {
  fields: Map<string, { parts: string[]; line: number }>;
  /** Header elements and their containers, left out of the narrative. */
  consumed: Set<AnyNode>;
}

/**
 * The field a header label names: its name; "" for a label of header furniture or a field already
 * read (its values are consumed, not kept); null for a plain <dt> of another name, which may be the
 * statement's own.
 */
function fieldNamed(node: Element, labelled: boolean, fields: ReadonlyMap<string, unknown>): string | null {
  const name = FIELD_NAMES.get(collapse(textOf(node)).replace(/\s*:$/, "").toLowerCase()) ?? null;
  if (name === null) return labelled ? "" : null;
  return fields.has(name) ? "" : name;
}

/** What an element is in the header: a "label" (by class), a <dt> "term", a "value" (by class, or <dd>), or none. */
function headerRole(node: Element): "label" | "term" | "value" | null {
  const classes = ` ${node.attribs["class"] ?? ""} `;
  if (classes.includes(" label ")) return "label";
  if (node.name === "dt") return "term";
  return classes.includes(" value ") || node.name === "dd" ? "value" : null;
}

/** The label/value pairs of the header: elements with classes "label" and "value", or <dt> and <dd>. */
function readFields(article: Element, reader: Reader): Header {
  const fields = new Map<string, { parts: string[]; line: number }>();
  const consumed = new Set<AnyNode>();
  let current: string | null = null;
  const visit = (node: AnyNode, depth: number): void => {
    if (!isElement(node)) return;
    if (depth > MAX_DEPTH) tooDeep(node, reader);
    if (NOT_TEXT.has(node.name) || node.name === "form" || node.name === "nav") return;
    const role = headerRole(node);
    if (role === "label" || role === "term") {
      current = fieldNamed(node, role === "label", fields);
      if (current === null) return;
      consumed.add(node);
      if (current !== "") fields.set(current, { parts: [], line: reader.lineAt(node.startIndex) });
      return;
    }
    if (role === "value" && current !== null) {
      consumed.add(node);
      if (current !== "") fields.get(current)!.parts.push(collapse(textOf(node)));
      return;
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of article.children) visit(child, 0);
  withContainers(consumed, article);
  return { fields, consumed };
}

/** Adds to the header's elements each container that holds nothing but them and separators. */
function withContainers(consumed: Set<AnyNode>, article: Element): void {
  const pending = [...consumed];
  while (pending.length > 0) {
    const parent = pending.pop()!.parent;
    if (!parent || parent === article || !isElement(parent) || consumed.has(parent)) continue;
    const onlyHeader = parent.children.every(
      (c) => consumed.has(c) || (c.type === "text" && SEPARATOR.test(c.data)) || c.type === "comment",
    );
    if (onlyHeader) {
      consumed.add(parent);
      pending.push(parent);
    }
  }
}

/** Builds lines of text from inline content, each line remembering where in the HTML it began. */
class TextBuilder {
  private readonly lines: TextLine[] = [];
  private parts: string[] = [];
  private bufferStart: number | null = null;
  /** Nothing yet on the line, or it ends in a space or tab: a following space adds nothing. */
  private atBreak = true;
  constructor(private readonly lineAt: (index: number | null) => number) {}

  text(data: string, index: number | null): void {
    // Most text needs no collapsing: test before replacing.
    let text = COLLAPSIBLE.test(data) ? data.replace(WHITESPACE, " ") : data;
    if (this.atBreak && text.charCodeAt(0) === 32) text = text.slice(1);
    if (text === "") return;
    this.bufferStart ??= index;
    this.parts.push(text);
    this.atBreak = text.charCodeAt(text.length - 1) === 32;
  }

  /** A cell separator: copied tables keep their cells apart with tabs. */
  tab(): void {
    const last = this.parts.length - 1;
    if (last < 0) return;
    // Collapsed text ends in at most one space, which the tab replaces.
    if (this.parts[last]!.endsWith(" ")) this.parts[last] = this.parts[last]!.slice(0, -1);
    this.parts.push("\t");
    this.atBreak = true;
  }

  /** Ends the current line, giving it the prefix (a list marker or an indent); true if it held text. */
  flush(prefix = ""): boolean {
    const text = trimSpaces(this.parts.join(""));
    const start = this.bufferStart;
    this.parts = [];
    this.bufferStart = null;
    this.atBreak = true;
    if (text === "") return false;
    this.lines.push({ text: `${prefix}${text}`, source: this.lineAt(start) });
    return true;
  }

  line(text: string, index: number | null): void {
    this.flush();
    this.lines.push({ text, source: this.lineAt(index) });
  }

  blank(): void {
    this.flush();
    const last = this.lines.at(-1);
    if (last && last.text !== "") this.lines.push({ text: "", source: last.source });
  }

  finish(): TextLine[] {
    this.blank();
    return this.lines;
  }
}

interface BodyReader extends Reader {
  consumed: ReadonlySet<AnyNode>;
}

interface ListContext {
  /** How many lists enclose this point. */
  level: number;
  /** Inside a list item, where blocks are run together into the item's one line. */
  item: { prefix: string; continuation: string; started: boolean } | null;
}

const TOP: ListContext = { level: 0, item: null };

function walkBody(nodes: readonly AnyNode[], out: TextBuilder, reader: BodyReader, depth: number, list: ListContext): void {
  for (const node of nodes) {
    if (reader.consumed.has(node)) continue;
    if (node.type === "text") out.text(node.data, node.startIndex);
    else if (isElement(node)) walkElement(node, out, reader, depth, list);
  }
}

function walkElement(node: Element, out: TextBuilder, reader: BodyReader, depth: number, list: ListContext): void {
  if (depth > MAX_DEPTH) tooDeep(node, reader);
  const name = node.name;
  if (SKIPPED.has(name) || isFurniture(node) || onlyChapterLinks(node.children)) return;
  if (name === "br") {
    endLine(out, list);
  } else if (name === "a" && walkedNavigation(node, out, list)) {
    return;
  } else if (INLINE.has(name)) {
    walkBody(node.children, out, reader, depth + 1, list);
  } else if (name === "td" || name === "th") {
    out.tab();
    walkBody(node.children, out, reader, depth + 1, list);
  } else if (name === "ol" || name === "ul") {
    endLine(out, list);
    walkList(node, out, reader, depth, list.level + 1);
    if (list.level === 0) out.blank();
  } else {
    walkBlock(node, out, reader, depth, list);
  }
}

/**
 * A link that is the page's navigation: a chapter link is left out, "Back to top" and "Print this
 * page" stand on lines of their own. True when the link was one.
 */
function walkedNavigation(node: Element, out: TextBuilder, list: ListContext): boolean {
  if (isChapterNavigation(node)) return true;
  const control = PAGE_CONTROL.exec(collapse(textOf(node)));
  if (!control) return false;
  endLine(out, list);
  out.line(control[1]!.toLowerCase() === "back to top" ? "Back to top" : "Print this page", node.startIndex);
  if (!list.item) out.blank();
  return true;
}

/** A block element: run into a list item's line, a heading's own line, or a paragraph of its own. */
function walkBlock(node: Element, out: TextBuilder, reader: BodyReader, depth: number, list: ListContext): void {
  if (list.item) {
    // Paragraphs inside a list item are one official paragraph: run them into its line.
    out.text(" ", null);
    walkBody(node.children, out, reader, depth + 1, list);
    out.text(" ", null);
    return;
  }
  if (HEADINGS.has(node.name)) {
    out.flush();
    const text = collapse(textOf(node));
    if (text !== "") out.line(SUMMARY_HEADING.test(text) ? "Summary:" : text, node.startIndex);
    out.blank();
    return;
  }
  out.flush();
  walkBody(node.children, out, reader, depth + 1, list);
  if (node.name === "tr" || node.name === "dt" || node.name === "dd") out.flush();
  else out.blank();
}

function walkList(listElement: Element, out: TextBuilder, reader: BodyReader, depth: number, level: number): void {
  const ordered = listElement.name === "ol";
  let n = ordered ? Number.parseInt(listElement.attribs["start"] ?? "1", 10) || 1 : 0;
  for (const child of listElement.children) {
    if (reader.consumed.has(child)) continue;
    if (!isElement(child) || child.name !== "li") {
      // Text or elements straight inside a list belong to no item; keep their words.
      walkBody([child], out, reader, depth + 1, { level, item: null });
      out.flush();
      continue;
    }
    if (isFurniture(child)) continue;
    const value = Number.parseInt(child.attribs["value"] ?? "", 10);
    if (ordered && Number.isInteger(value)) n = value;
    // As copied text has them: paragraphs "  1. ", their sub-items "    1. ", bullets "    • " at either level.
    const prefix = ordered ? `${"  ".repeat(level)}${n}. ` : `${"  ".repeat(Math.max(level, 2))}• `;
    const item = { prefix, continuation: " ".repeat(prefix.length), started: false };
    walkBody(child.children, out, reader, depth + 1, { level, item });
    endLine(out, { level, item });
    if (ordered) n++;
  }
}

/** Ends a line of inline text: a list item's first line takes its marker, later ones its indent. */
function endLine(out: TextBuilder, list: ListContext): void {
  const item = list.item;
  if (!item) {
    out.flush();
    return;
  }
  if (out.flush(item.started ? item.continuation : item.prefix)) item.started = true;
}

/**
 * A link to a chapter of a report (?chapter=N) that stands on its own, beside nothing but other
 * such links and separators: the report's navigation ("Next chapter"), not its text. One within a
 * sentence is the sentence's.
 */
function isChapterNavigation(link: Element): boolean {
  return isChapterLink(link) && onlyChapterLinks(link.parent?.children ?? []);
}

/** Nodes holding chapter links and nothing else but separators: a line of the report's navigation. */
function onlyChapterLinks(nodes: readonly AnyNode[]): boolean {
  let links = 0;
  const only = nodes.every((node) => {
    if (node.type === "text") return SEPARATOR.test(node.data);
    if (!isElement(node) || node.name === "br") return true;
    if (isChapterLink(node)) return ++links > 0;
    return false;
  });
  return only && links > 0;
}

function isChapterLink(element: Element): boolean {
  return element.name === "a" && CHAPTER_LINK.test(element.attribs["href"] ?? "");
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function isFurniture(element: Element): boolean {
  const a = element.attribs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  const names = a["class"] === undefined ? a["id"] : a["id"] === undefined ? a["class"] : `${a["class"]} ${a["id"]}`;
  return names !== undefined && FURNITURE_CLASS.test(names);
}

/** The text inside an element, scripts and hidden furniture left out. */
function textOf(element: Element): string {
  let text = "";
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text") text += node.data;
    else if (isElement(node) && node.name !== "script" && node.name !== "style" && !isFurniture(node)) {
      if (node.name === "br") text += " ";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return text;
}

/** Trims spaces and tabs only: a non-breaking space stays, as it does in copied text. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function collapse(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

function tooDeep(element: Element, reader: Reader): never {
  throw new DecisionParseError(
    { file: reader.file, line: reader.lineAt(element.startIndex) },
    `HTML nested at most ${MAX_DEPTH} elements deep`,
    `<${element.name}> nested deeper`,
  );
}

/** Turns an offset into the HTML into its 1-based line number. */
function lineFinder(html: string): (index: number | null) => number {
  const starts = [0];
  for (let i = html.indexOf("\n"); i !== -1; i = html.indexOf("\n", i + 1)) starts.push(i + 1);
  return (index) => {
    if (index === null) return 1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
