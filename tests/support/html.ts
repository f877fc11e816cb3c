// HTML in tests, read with the parser the site's own code uses: htmlparser2, into its DOM
// (domhandler), queried with css-select (the version built on htmlparser2's domhandler) and read
// with the DomUtils htmlparser2 ships.
//
// What the parser promises: it reads markup much as HTML's tokenizer does. Every start tag
// becomes an element and every attribute an attribute (a repeated one keeps its first value);
// names are lower-cased; entities are decoded in text and attribute values. <script>, <style>,
// <textarea> and <xmp> hold their text as written (a browser decodes a <textarea>'s entities),
// <title> its text with entities decoded; a <noscript>'s content is read as markup. It does not
// build the tree as a browser does: no implied <html>, <head>, <body> or <tbody>, no foster
// parenting, no moving of misnested tags, and a <template>'s children are its children. So markup
// that escaped from text shows up here as an element or attribute, as it would in a browser;
// where a page's tags are misnested, the shape of the tree around them can differ from a browser's.
import { selectAll, selectOne } from "css-select";
import { hasChildren, isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

const { getAttributeValue, hasAttrib, textContent } = DomUtils;

export type { Document, Element };

/** A whole page or a fragment of HTML: the root holds what the markup holds, nothing implied. */
export const parseHtml = (html: string): Document => parseDocument(html);
/** An XML document (e.g. an Atom feed): names keep their case, no element is void or raw text. */
export const parseXml = (xml: string): Document => parseDocument(xml, { xmlMode: true });

/** The first element under `root` (not `root` itself) that matches a CSS selector, or null. */
export const query = (root: AnyNode, selector: string): Element | null => selectOne<AnyNode, Element>(selector, root);
/** Every element under `root` (not `root` itself) that matches a CSS selector, in document order. */
export const queryAll = (root: AnyNode, selector: string): Element[] => selectAll<AnyNode, Element>(selector, root);

/** Every element under a node, in document order. */
export function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode) => {
    if (!hasChildren(n)) return;
    for (const c of n.children) {
      if (isTag(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** An attribute's value (entities decoded), or undefined when the element or the attribute is missing. */
export const attr = (el: Element | null | undefined, name: string): string | undefined => (el ? getAttributeValue(el, name) : undefined);
export const hasAttr = (el: Element, name: string): boolean => hasAttrib(el, name);
/** An element's attributes, in the order written. */
export const attrs = (el: Element): { name: string; value: string }[] =>
  Object.entries(el.attribs).map(([name, value]) => ({ name, value }));
export const hasClass = (el: Element, name: string) => (attr(el, "class") ?? "").split(/\s+/).includes(name);

/** The text of a node (entities decoded; a <script>'s as written), leaving out the subtrees `skip` says to. */
export function textOf(root: AnyNode, skip?: (el: Element) => boolean): string {
  if (!skip) return textContent(root);
  let out = "";
  const walk = (n: AnyNode) => {
    if (isText(n)) out += n.data;
    if (isTag(n) && skip(n)) return;
    if (hasChildren(n)) for (const c of n.children) walk(c);
  };
  walk(root);
  return out;
}

export const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** An element's text as a reader sees it: whitespace squashed; "" for no element. */
export const text = (el: Element | null | undefined): string => squash(el ? textOf(el) : "");

export function find(root: AnyNode, test: (el: Element) => boolean): Element | undefined {
  return elements(root).find(test);
}
export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  return elements(root).filter(test);
}
