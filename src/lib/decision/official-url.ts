// The address of a statement on the ombudsman's own website, which follows from the record:
// https://www.lgo.org.uk/decisions/<category>/<subcategory>/<reference with hyphens>.

const OFFICIAL_SITE = "https://www.lgo.org.uk/decisions";

/** Lower case, with every run of characters other than letters and digits turned into one hyphen. */
export function officialPathSegment(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

export function officialUrl(category: string, subcategory: string, reference: string): string {
  return `${OFFICIAL_SITE}/${officialPathSegment(category)}/${officialPathSegment(subcategory)}/${reference.replaceAll(" ", "-")}`;
}

const DECISION_PATH = /^\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/(\d{2}-\d{3}-\d{3}[a-z]?)\/?$/i;

/**
 * The address a statement was fetched from, as its official URL: an https://www.lgo.org.uk decision
 * page for this reference, without the query string (`?displaypref=0`) or fragment. Null for any
 * other address (a local mirror, another decision), which the derived address then stands in for.
 */
export function givenOfficialUrl(url: string | undefined, reference: string): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const { protocol, host, pathname } = new URL(url);
  const slug = DECISION_PATH.exec(pathname)?.[1];
  if (protocol !== "https:" || host !== "www.lgo.org.uk" || slug?.toLowerCase() !== reference.replaceAll(" ", "-").toLowerCase())
    return null;
  return `https://www.lgo.org.uk${pathname.replace(/\/$/, "")}`;
}
