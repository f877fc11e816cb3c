// robots.txt as the fetch obeys it, read by robots-parser (Google's reading of RFC 9309: the group
// for our product token, else "*"; the longest matching rule wins and Allow wins a tie; "*" and "$"
// in paths), plus the widely honoured Crawl-delay, which the RFC leaves out.
import robotsParser from "robots-parser";

export interface RobotsRules {
  /** Whether a path (with its query string) may be fetched. */
  allows(path: string): boolean;
  /** Seconds to wait between requests, if the site asks; null if it does not. */
  crawlDelaySeconds: number | null;
}

/** Where the rules are read as if they were served: paths are judged on one origin. */
const ORIGIN = "https://robots.invalid";

/** The rules for `agent` (a product token such as "casebook") in a robots.txt text. */
export function parseRobots(text: string, agent: string): RobotsRules {
  const robots = robotsParser(`${ORIGIN}/robots.txt`, text);
  const delay = robots.getCrawlDelay(agent);
  return {
    // A path robots.txt says nothing of is allowed.
    allows: (path) => robots.isAllowed(new URL(path, ORIGIN).href, agent) !== false,
    crawlDelaySeconds: delay !== undefined && Number.isFinite(delay) ? delay : null,
  };
}
