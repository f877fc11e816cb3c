// Where a build's time went, as Astro's log tells it: each route's pages are written from the line
// that starts the route ("14:02:07 ▶ src/pages/decisions/[slug].astro", "λ" for an endpoint) to
// the line that starts the next, or to the "✓ Completed in" line after the last. A route's time is
// its getStaticPaths and its pages, however many render at once. Astro stamps its lines to the
// second, so the times are known to the second.

export interface SectionTime {
  /** The files the section's routes wrote. */
  pages: number;
  seconds: number;
}

const ROUTE = /^(\d{2}):(\d{2}):(\d{2}) [▶λ] src\/pages\/(\S+)/;
const DONE = /^(\d{2}):(\d{2}):(\d{2}) .*✓ Completed in /;
const PAGE = /[├└]─ \//;

/**
 * The section of the site a route's files are in: the first folder of its path under src/pages
 * ("decisions" for decisions/[slug].astro), a top-level file's name without its extension
 * ("about", "decisions.json"), and "(top level)" for the home and 404 pages.
 */
export function sectionOf(route: string): string {
  const first = route.split("/")[0]!;
  if (first !== route) return first;
  const name = route.replace(/\.(?:astro|ts|js|md)$/, "");
  return name === "index" || name === "404" ? "(top level)" : name;
}

/** The build's time and files by section of the site ("decisions", "councils", "about"), the most time first. */
export function sectionTimes(log: string): Map<string, SectionTime> {
  const sections = new Map<string, SectionTime>();
  let open: { section: string; at: number; pages: number } | null = null;
  let day = 0;
  let last = -1;
  // The seconds since the log's first midnight: a build that runs past midnight starts its clock again.
  const secondsOf = (m: RegExpExecArray) => {
    let at = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + day;
    if (at < last) {
      day += 86_400;
      at += 86_400;
    }
    last = at;
    return at;
  };
  const close = (at: number) => {
    if (!open) return;
    const entry = sections.get(open.section) ?? { pages: 0, seconds: 0 };
    entry.pages += open.pages;
    entry.seconds += at - open.at;
    sections.set(open.section, entry);
    open = null;
  };
  // CI=true makes Astro colour its log even into a pipe: colours off first.
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const route = ROUTE.exec(line);
    if (route) {
      const at = secondsOf(route);
      close(at);
      open = { section: sectionOf(route[4]!), at, pages: 0 };
      continue;
    }
    if (!open) continue;
    const done = DONE.exec(line);
    if (done) {
      close(secondsOf(done));
      break;
    }
    if (PAGE.test(line)) open.pages++;
  }
  return new Map([...sections].sort((a, b) => b[1].seconds - a[1].seconds));
}
