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
