// Publishing metadata: absolute URLs on this site, page descriptions, and the schema.org JSON-LD
// of a decision. Pure; no Astro imports.
import { citation, decisionTitle } from "./citation.ts";
import type { Decision } from "./decision/schema.ts";

export const SITE_NAME = "The casebook";

export const LGSCO = {
  "@type": "GovernmentOrganization",
  name: "Local Government and Social Care Ombudsman",
  url: "https://www.lgo.org.uk",
} as const;

/** The copyright holder of the statements. */
export const COPYRIGHT_HOLDER = "Commission for Local Administration in England";

/**
 * An absolute URL on this site from a path that already carries the base (as url() returns):
 * absoluteUrl("/casebook/decisions/x/", "https://example.org") -> "https://example.org/casebook/decisions/x/".
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? "http://localhost:4321").href;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max = 300): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The meta description of a decision page: unique (it names the reference), then the summary. */
export function decisionDescription(d: Pick<Decision, "council" | "reference" | "decisionDate" | "outcome" | "summary">): string {
  return truncate(`${citation(d)}. ${d.outcome}. ${d.summary}`);
}

const PUBLIC_BODY = /\b(council|authority|borough|county|city|district|corporation|nhs|trust|board|police|fire)\b/i;

/** schema.org description of a decision statement, as published by the Ombudsman and mirrored here. */
export function decisionJsonLd(d: Decision, pageUrl: string, siteUrl: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: decisionTitle(d),
    headline: decisionTitle(d),
    description: d.summary,
    identifier: d.reference,
    reportNumber: d.reference,
    datePublished: d.decisionDate,
    inLanguage: "en-GB",
    genre: d.outcome,
    keywords: [d.category, d.subcategory, d.outcome],
    author: LGSCO,
    publisher: LGSCO,
    copyrightHolder: { "@type": "Organization", name: COPYRIGHT_HOLDER },
    ...(d.council === null
      ? {}
      : { about: { "@type": PUBLIC_BODY.test(d.council) ? "GovernmentOrganization" : "Organization", name: d.council } }),
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    sameAs: d.officialUrl,
    isBasedOn: d.officialUrl,
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: siteUrl },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify, then `<`, `>` and `&`
 * as \u escapes (still the same JSON), so no text in the data can close the element
 * ("</script>") or open a comment ("<!--"); U+2028/2029 are escaped too.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
