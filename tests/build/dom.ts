// A few helpers over parse5, the WHATWG-conformant HTML parser: the tree it builds is the tree a
// browser builds, so "no element was created" means what it says.
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];
type Parent = DefaultTreeAdapterMap["parentNode"];

export const parseDocument = (html: string) => parse(html);
export const parseHtmlFragment = (html: string) => parseFragment(html);

const isElement = (n: Node): n is Element => "tagName" in n;
const childrenOf = (n: Node): Node[] => {
  const kids = "childNodes" in n ? (n as Parent).childNodes : [];
  // <template> keeps its children in .content.
  return isElement(n) && n.tagName === "template" ? [...kids, ...(n as DefaultTreeAdapterMap["template"]).content.childNodes] : kids;
};

/** Every element under a node, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const c of childrenOf(n)) {
      if (isElement(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
export const hasClass = (el: Element, name: string) => (attr(el, "class") ?? "").split(/\s+/).includes(name);

/** The text of a node (entities decoded), leaving out the subtrees `skip` says to. */
export function textOf(root: Node, skip: (el: Element) => boolean = () => false): string {
  let out = "";
  const walk = (n: Node) => {
    if (n.nodeName === "#text") out += (n as DefaultTreeAdapterMap["textNode"]).value;
    if (isElement(n) && skip(n)) return;
    for (const c of childrenOf(n)) walk(c);
  };
  walk(root);
  return out;
}

export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export function find(root: Node, test: (el: Element) => boolean): Element | undefined {
  return elements(root).find(test);
}
export function findAll(root: Node, test: (el: Element) => boolean): Element[] {
  return elements(root).filter(test);
}
