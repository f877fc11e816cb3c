// robots.txt as RFC 9309 reads it: the group for our product token (else the "*" group), allow and
// disallow rules where the longest match wins and allow wins a tie, "*" and "$" in paths; plus
// the widely honoured Crawl-delay, which the RFC leaves out.

export interface RobotsRules {
  /** Whether a path (with its query string) may be fetched. */
  allows(path: string): boolean;
  /** Seconds to wait between requests, if the site asks; null if it does not. */
  crawlDelaySeconds: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

const LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

/** The rules for `agent` (a product token such as "casebook") in a robots.txt text. */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n?|\n/)) {
    const match = LINE.exec(raw.replace(/#.*$/, ""));
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    if (key === "user-agent") {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === "allow" || key === "disallow") {
      // An empty Disallow allows everything: it adds no rule.
      if (value !== "") current.rules.push({ allow: key === "allow", pattern: value });
    } else if (key === "crawl-delay") {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }

  const token = agent.toLowerCase();
  const ours = groups.filter((g) => g.agents.includes(token));
  const chosen = ours.length > 0 ? ours : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.flatMap((g) => (g.crawlDelay === null ? [] : [g.crawlDelay]));
  return {
    allows(path: string): boolean {
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!matches(rule.pattern, path)) continue;
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
      }
      return best?.allow ?? true;
    },
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : null,
  };
}

/**
 * Whether a robots.txt path pattern matches the start of a path: "*" is any run of characters and
 * a final "$" anchors the end. Leftmost matching of each literal piece in turn is exact for
 * patterns of literals and stars, and linear in the path.
 */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const pieces = (anchored ? pattern.slice(0, -1) : pattern).split("*");
  if (!path.startsWith(pieces[0]!)) return false;
  let at = pieces[0]!.length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (anchored && i === pieces.length - 1) return path.length - piece.length >= at && path.endsWith(piece);
    const found = path.indexOf(piece, at);
    if (found === -1) return false;
    at = found + piece.length;
  }
  return !anchored || at === path.length;
}
