// What the casebook holds against what the ombudsman has published, so that no figure drawn from
// a sample reads as the ombudsman's own.

import { countOf, formatCount } from "./count-words.ts";
import { formatDate } from "./dates.ts";

/** About how many decision statements the ombudsman has published since 2016. */
export const PUBLISHED = 57_500;
/** The share of PUBLISHED from which the casebook counts as holding the archive, not a sample. */
const ARCHIVE_SHARE = 0.9;

export interface Coverage {
  held: number;
  /** Whether the casebook holds the ombudsman's archive (nearly all of it), not a sample. */
  archive: boolean;
  /** The newest decision date held, YYYY-MM-DD. */
  newest: string;
}

export function coverageOf(held: number, newest: string): Coverage {
  return { held, archive: held >= ARCHIVE_SHARE * PUBLISHED, newest };
}

/** One sentence on what the figures are drawn from. */
export function coverageText(c: Coverage): string {
  const held = countOf(c.held, "decision");
  if (c.archive)
    return `The casebook holds ${held}: the Ombudsman's published decision statements since 2016, to ${formatDate(c.newest)}. Its figures are the Ombudsman's published decisions.`;
  return `The casebook holds ${held}, a sample of the about ${formatCount(PUBLISHED)} decision statements the Ombudsman has published since 2016, not the whole archive: real statements chosen to test it on the variety of the archive's layouts, categories and outcomes, not at random. Its figures describe this sample only, not the Ombudsman's work or any council's record as a whole.`;
}

/** What "every council" is called beside a council's figures: national only when the archive is held. */
export function allCouncilsName(c: Coverage): string {
  return c.archive ? "National" : "All councils in this casebook";
}
