// Every internal link goes through url(), which prefixes the configured base path.
import { FACETS, slugify, type Facet } from "../lib/facets.ts";
import type { PageRef } from "../lib/list-pages.ts";

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** url("decisions/21-003-813/") -> "/casebook/decisions/21-003-813/" under BASE_PATH=/casebook */
export function url(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

/** The site's base as an absolute URL on SITE_URL, e.g. https://example.org/casebook/. */
export function siteBase(site: URL | undefined): URL {
  return new URL(url(), site ?? "http://localhost:4321");
}

export function decisionUrl(slug: string): string {
  return url(`decisions/${slug}/`);
}

export function facetUrl(facet: Facet, value: string, page: PageRef = "front"): string {
  const slug = facet === "year" ? value : slugify(value);
  return listPageUrl(url(`${FACETS[facet].path}/${slug}/`), page);
}

/** A page of a list whose front page is at `front`: the front page itself, or "<front>7/". */
export function listPageUrl(front: string, page: PageRef): string {
  return page === "front" ? front : `${front}${page}/`;
}

/** The breadcrumbs of a facet value's page: the facet's index, then the value, a link from its older pages. */
export function facetCrumbs(facet: Facet, value: string, page: PageRef): { label: string; href?: string | undefined }[] {
  return [
    { label: FACETS[facet].plural, href: url(`${FACETS[facet].path}/`) },
    { label: value, href: page === "front" ? undefined : facetUrl(facet, value) },
  ];
}

export function subcategoryUrl(category: string, subcategory: string): string {
  return url(`categories/${slugify(category)}/${slugify(subcategory)}/`);
}

/**
 * The file of a group of stated payments (payment-place.ts) under the output folder, beside its
 * category's or subcategory's page: "categories/housing/allocations/payments.json".
 */
export function paymentGroupFile(group: { category: string; subcategory: string | null }): string {
  const sub = group.subcategory === null ? "" : `${slugify(group.subcategory)}/`;
  return `categories/${slugify(group.category)}/${sub}payments.json`;
}

/** A search page link with filters preselected, e.g. searchUrl({ council: "Kent County Council" }). */
export function searchUrl(filters: Record<string, string> = {}): string {
  const params = new URLSearchParams(filters);
  const qs = params.toString();
  return url(`search/${qs ? `?${qs}` : ""}`);
}
