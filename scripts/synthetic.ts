// Synthetic decision statements for the archive-scale benchmark: raw texts in the ombudsman's
// page layout, recombined from the paragraphs of real statements, deterministic for a seed.
// Strings in, strings out: the caller reads the real texts and writes the results.

export interface Labels {
  /** "Area > Subarea" pairs, as in labels.tsv. */
  categories: string[];
  outcomes: string[];
}

type Kind = "complaint" | "role" | "considered" | "found" | "assessment" | "final" | "other";

interface PoolParagraph {
  text: string;
  /** Bullets that follow a paragraph ending in ":". */
  items: string[];
  category: string | null;
}

export interface Pool {
  paragraphs: Record<Kind, PoolParagraph[]>;
  /** Summaries by the outcome of the statement they came from. */
  summaries: Map<string, string[]>;
  /** Sub-headings seen inside "What I found". */
  headings: string[];
  labels: Labels;
}

export interface SyntheticDecision {
  reference: string;
  council: string;
  category: string;
  outcome: string;
  /** As printed, e.g. "06 Sep 2022". */
  decisionDate: string;
  year: number;
  paymentGBP: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per decision so any one decision can be made on its own.

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

// ---------------------------------------------------------------------------------------------
// The pool: paragraphs of the real statements, sorted by the section they stood in.

const SECTION_KINDS: [RegExp, Kind][] = [
  [/^the complaint$/, "complaint"],
  [/^the ombudsm[ae]n's role/, "role"],
  [/^how i considered/, "considered"],
  [/^what i (?:have )?(?:found|investigated)|^conclusions?$|^analysis$|^findings$/, "found"],
  [/^my assessment$/, "assessment"],
  [/^final decision$|^decision$/, "final"],
  [
    /^agreed actions?$|^recommended actions?$|^recommendations$|^parts of the complaint|^what i have (?:and have )?not investigated/,
    "other",
  ],
];

const CHROME = /cookie|privacy settings|print this page|logogram|google analytics|^we recommend you set/i;
const SIGNATURE = /decision on behalf of the ombudsm[ae]n$/i;
const ITEM = /^\s*(?:\d{1,3}\.|-|•)\s+(\S.*)$/;
const HEADER_FIELD = /^(Category|Decision date|Decision)\s*:\s*(.*)$/;
const TITLE = /^\S.*\(\d{2} \d{3} \d{3}[a-z]?\)$/;

const fold = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function sectionKind(line: string): Kind | null {
  const lower = fold(line.trim()).toLowerCase();
  for (const [pattern, kind] of SECTION_KINDS) if (pattern.test(lower)) return kind;
  return null;
}

/** A heading line: short, capitalised, no sentence punctuation at the end. */
function isHeading(line: string): boolean {
  return line.length <= 80 && /^[A-Z]/.test(line) && !/[.:;,?!]$/.test(line) && !/\. [A-Z]/.test(line);
}

/** Parses labels.tsv (reference, file, url, council, category, outcome, ...). */
export function readLabels(tsv: string): Labels {
  const rows = tsv
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"));
  const distinct = (column: number) => [...new Set(rows.map((r) => (r[column] ?? "").trim()).filter((v) => v !== ""))].sort();
  return { categories: distinct(4).filter((c) => / > /.test(c)), outcomes: distinct(5) };
}

/** Builds the paragraph pool from the texts of real statements and the corpus labels. */
export function buildPool(texts: readonly string[], labelsTsv: string): Pool {
  const paragraphs: Record<Kind, PoolParagraph[]> = {
    complaint: [],
    role: [],
    considered: [],
    found: [],
    assessment: [],
    final: [],
    other: [],
  };
  const summaries = new Map<string, string[]>();
  const headings = new Set<string>();
  const seen = new Set<string>();

  for (const raw of texts) {
    const complete = /decision on behalf of the Ombudsm[ae]n/.test(raw);
    const lines = raw
      .replace(/\r\n?/g, "\n")
      .replace(/\u00a0/g, " ")
      .split("\n");
    // A statement cut off mid-way ends in a broken paragraph: leave its last line out.
    if (!complete) lines.pop();
    let category: string | null = null;
    let outcome: string | null = null;
    let kind: Kind | null = null;
    let last: PoolParagraph | null = null;
    for (const line of lines) {
      const text = line.trim();
      if (text === "" || text === "Back to top" || CHROME.test(text) || SIGNATURE.test(fold(text)) || TITLE.test(text)) continue;
      const field = HEADER_FIELD.exec(text);
      if (field && kind === null) {
        if (field[1] === "Category") category = field[2]!.trim();
        if (field[1] === "Decision") outcome = field[2]!.trim();
        continue;
      }
      const summary = /^Summary\s*:\s*(\S.*)$/.exec(text);
      if (summary) {
        const key = outcome ?? "";
        summaries.set(key, [...(summaries.get(key) ?? []), summary[1]!]);
        continue;
      }
      const section = sectionKind(text);
      if (section) {
        kind = section;
        last = null;
        continue;
      }
      if (kind === null) continue;
      const item = ITEM.exec(line);
      const indent = line.length - line.trimStart().length;
      const body = item ? item[1]!.trim() : text;
      if (last && last.text.endsWith(":") && (indent >= 4 || line.trimStart().startsWith("•"))) {
        last.items.push(body);
        continue;
      }
      if (!item && isHeading(text)) {
        if (kind === "found") headings.add(text);
        continue;
      }
      // Fragments of a flattened list ("there is no ...", "(Local Government Act ...)") are not paragraphs.
      if (body.length < 40 || !/^[A-Z]/.test(body) || seen.has(body)) continue;
      seen.add(body);
      last = { text: body, items: [], category };
      paragraphs[kind].push(last);
    }
  }
  return { paragraphs, summaries, headings: [...headings].sort(), labels: readLabels(labelsTsv) };
}

// ---------------------------------------------------------------------------------------------
// Councils: about 350 plausible names, the same for every seed.

const COUNTIES =
  "Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon Dorset Durham Essex Gloucestershire Hampshire Hertfordshire Kent Lancashire Leicestershire Lincolnshire Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire Somerset Staffordshire Suffolk Surrey Warwickshire Wiltshire Worcestershire".split(
    " ",
  );
const CITIES =
  "Birmingham Bradford Brighton Bristol Cambridge Canterbury Carlisle Chester Chichester Coventry Derby Durham Exeter Gloucester Hereford Hull Lancaster Leeds Leicester Lichfield Lincoln Liverpool Manchester Newcastle Norwich Nottingham Oxford Peterborough Plymouth Portsmouth Preston Salford Salisbury Sheffield Southampton Stoke Sunderland Truro Wakefield Wells Westminster Winchester Wolverhampton Worcester York".split(
    " ",
  );
const LONDON =
  "Barking and Dagenham,Barnet,Bexley,Brent,Bromley,Camden,Croydon,Ealing,Enfield,Greenwich,Hackney,Hammersmith and Fulham,Haringey,Harrow,Havering,Hillingdon,Hounslow,Islington,Lambeth,Lewisham,Merton,Newham,Redbridge,Richmond upon Thames,Southwark,Sutton,Tower Hamlets,Waltham Forest,Wandsworth".split(
    ",",
  );
const TOWNS =
  "Adur Allerdale Amber Valley Arun Ashfield Ashford Babergh Barnsley Barrow Basildon Basingstoke Bassetlaw Bedford Blaby Blackburn Blackpool Bolsover Bolton Boston Bournemouth Bracknell Braintree Breckland Brentwood Broadland Bromsgrove Broxbourne Broxtowe Burnley Bury Calderdale Cannock Castle Point Charnwood Chelmsford Cheltenham Cherwell Chesterfield Chorley Colchester Copeland Corby Craven Crawley Dacorum Darlington Dartford Daventry Doncaster Dover Dudley Eastbourne Eastleigh Eden Elmbridge Epping Forest Epsom Erewash Fareham Fenland Folkestone Gateshead Gedling Gosport Gravesham Guildford Halton Harborough Harlow Harrogate Hart Hartlepool Hastings Havant Hertsmere Hinckley Horsham Huntingdonshire Hyndburn Ipswich Kettering Kirklees Knowsley Luton Maidstone Maldon Malvern Hills Mansfield Medway Melton Mendip Middlesbrough Milton Keynes Mole Valley Newark New Forest Northampton Nuneaton Oadby Oldham Pendle Redcar Redditch Reigate Ribble Valley Rochdale Rochford Rossendale Rother Rotherham Rugby Runnymede Rushcliffe Rushmoor Ryedale Scarborough Sedgemoor Sefton Selby Sevenoaks Slough Solihull Spelthorne Stevenage Stockport Stockton Stroud Swale Swindon Tameside Tamworth Tandridge Teignbridge Tendring Test Valley Tewkesbury Thanet Thurrock Tonbridge Torbay Torridge Trafford Tunbridge Wells Uttlesford Walsall Warrington Watford Waverley Wealden Wellingborough Welwyn Hatfield Wigan Windsor Wirral Woking Wokingham Worthing Wychavon Wyre".split(
    / (?=[A-Z])/,
  );
const TOWN_TYPES = [
  "Borough Council",
  "District Council",
  "Council",
  "Borough Council",
  "District Council",
  "Metropolitan Borough Council",
];
const DIRECTIONS = ["North", "South", "East", "West", "Mid"];

/** About 350 council names; the list is fixed, so a council keeps its name across seeds. */
export function councilNames(count = 350): string[] {
  const names = new Set<string>();
  const random = mulberry32(350);
  for (const county of COUNTIES) names.add(`${county} County Council`);
  for (const city of CITIES) names.add(random() < 0.2 ? `City of ${city} Council` : `${city} City Council`);
  for (const borough of LONDON) names.add(`London Borough of ${borough}`);
  for (const town of TOWNS) names.add(`${town} ${pick(random, TOWN_TYPES)}`);
  while (names.size < count) names.add(`${pick(random, DIRECTIONS)} ${pick(random, [...COUNTIES, ...TOWNS])} ${pick(random, TOWN_TYPES)}`);
  return [...names].slice(0, count);
}

// ---------------------------------------------------------------------------------------------
// One decision.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FIRST_YEAR = 2010;
const YEARS = 15;
const COMPLAINANTS = ["Mr X", "Mrs X", "Ms X", "Miss X", "Mr Y", "Mrs Y", "Ms B", "Mr C", "Mrs D", "Ms F"];
const AMOUNTS = [100, 150, 200, 250, 300, 350, 400, 500, 750, 1000, 1200, 1500, 2000, 2500, 3850];
const DISTRESS = ["distress", "frustration and uncertainty", "time and trouble", "avoidable distress", "uncertainty", "lost opportunity"];
const FAULT_PHRASES = [
  "the delay in completing its assessment",
  "its poor complaint handling",
  "its failure to keep proper records",
  "the delay in responding to the complaint",
  "its failure to follow its own policy",
  "the faults identified in this statement",
  "its failure to communicate clearly",
  "the delay in making a decision",
];
const IMPROVEMENTS = [
  "Remind relevant officers of the importance of recording discussions with partner agencies appropriately.",
  "Review its procedures so that complaints are answered within the timescales in its policy.",
  "Provide training to staff on the requirements of the statutory guidance.",
  "Remind staff to keep written records of all meetings and phone calls.",
  "Review its policy on assessments to ensure decisions are made without delay.",
  "Share the learning from this complaint with the relevant team managers.",
  "Update its guidance to staff so that it reflects the law and statutory guidance.",
  "Introduce a system to monitor cases that are awaiting a decision.",
];

function money(amount: number): string {
  return `£${amount.toLocaleString("en-GB")}`;
}

/** A reference unique for every index below 1,000,000, whatever the year. */
function reference(index: number, seed: number, year: number, random: Random): string {
  const n = (index * 7919 + (mix(seed, 0) % 1_000_000)) % 1_000_000;
  const digits = String(n).padStart(6, "0");
  const received = (year - (random() < 0.6 ? 1 : 0)) % 100;
  return `${String(received).padStart(2, "0")} ${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/** Moves "March 2019"-style dates in a borrowed paragraph to the years before the decision. */
function redate(text: string, year: number, random: Random): string {
  return text.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d{2}\b/g,
    (_, month: string) => `${month} ${year - between(random, 0, 2)}`,
  );
}

/** The complainant of the statement a paragraph came from; other people in it keep their names. */
const PERSON = /\b(?:Mr|Mrs|Ms|Miss|Mx) X\b/g;

interface Writer {
  lines: string[];
  size: number;
}

function section(out: Writer, title: string, paragraphs: string[][]): void {
  const block = [title, "", ...paragraphs.flatMap((p) => p), "", "Back to top", ""];
  out.lines.push(...block);
  out.size += block.reduce((sum, line) => sum + line.length + 1, 0);
}

/** One numbered paragraph, "  1. ...", with its bullets. */
function numbered(n: number, text: string, items: readonly string[] = []): string[] {
  return [`  ${n}. ${text}`, ...items.map((item) => `    • ${item}`)];
}

/** Makes decision number `index` (0-based) of a synthetic archive. */
export function generateDecision(pool: Pool, index: number, seed = 1, councils = councilNames()): SyntheticDecision {
  const random = mulberry32(mix(seed, index));
  const { categories, outcomes } = pool.labels;

  // Larger councils see more complaints: a gentle skew over the list.
  const council = councils[Math.floor(councils.length * random() ** 1.3)]!;
  const category = pick(random, categories);
  const outcomeWeights: Record<string, number> = { Upheld: 48, "Not upheld": 14, "Closed after initial enquiries": 38 };
  const weights = outcomes.map((o) => outcomeWeights[o] ?? 2);
  let roll = random() * weights.reduce((a, b) => a + b, 0);
  const outcome = outcomes[weights.findIndex((w) => (roll -= w) < 0)] ?? outcomes[0]!;
  const year = FIRST_YEAR + Math.floor(random() * YEARS);
  const month = between(random, 0, 11);
  const day = between(random, 1, 28);
  const decisionDate = `${String(day).padStart(2, "0")} ${MONTHS[month]} ${year}`;
  const ref = reference(index, seed, year, random);
  const person = pick(random, COMPLAINANTS);
  const closed = /^Closed/.test(outcome);
  const upheld = outcome === "Upheld";
  const target = between(random, 10_000, 19_000);

  const used = new Set<PoolParagraph>();
  const draw = (kind: Kind, preferCategory = false): PoolParagraph => {
    const list = pool.paragraphs[kind].length > 0 ? pool.paragraphs[kind] : pool.paragraphs.found;
    const own = preferCategory ? list.filter((p) => p.category === category && !used.has(p)) : [];
    for (let tries = 0; tries < 8; tries++) {
      const p = own.length > 0 && random() < 0.7 ? pick(random, own) : pick(random, list);
      if (!used.has(p) || tries === 7) {
        used.add(p);
        return p;
      }
    }
    return pick(random, list);
  };
  const voice = (text: string) => redate(text.replace(PERSON, person), year, random);
  let n = 0;
  const para = (p: PoolParagraph): string[] => numbered(++n, voice(p.text), p.items.map(voice));

  // Remedies first: the summary and the final decision speak of them.
  const payment = upheld && random() < 0.55 ? pick(random, AMOUNTS) : 0;
  const remedies: string[] = [];
  if (upheld) {
    if (random() < 0.85)
      remedies.push(`Apologise to ${person} for the ${pick(random, DISTRESS)} caused by ${pick(random, FAULT_PHRASES)}.`);
    if (payment > 0) {
      remedies.push(
        random() < 0.5
          ? `Pay ${person} ${money(payment)} to acknowledge the ${pick(random, DISTRESS)} caused by the faults identified in this statement.`
          : `Make a payment to ${person} of ${money(payment)} in recognition of ${pick(random, FAULT_PHRASES)}.`,
      );
    }
    const improvements = between(random, remedies.length === 0 ? 1 : 0, 3);
    for (let i = 0; i < improvements; i++) remedies.push(pick(random, IMPROVEMENTS));
  }

  const borrowed = pool.summaries.get(outcome) ?? [...pool.summaries.values()].flat();
  let summary = voice(pick(random, borrowed));
  if (upheld) {
    // The borrowed summary's own remedy would contradict this decision's: keep only its findings.
    const findings = summary.split(/(?<=\.) (?=[A-Z])/).filter((s) => !/agreed|£|apologi|\bpay|will\b|should\b/i.test(s));
    summary = findings.length > 0 ? findings.join(" ") : `${person} complained about the Council. We found fault.`;
    const agreed = [
      remedies.some((r) => r.startsWith("Apologise")) ? "apologise" : null,
      payment > 0 ? `pay ${person} ${money(payment)}` : null,
      remedies.some((r) => !/^(?:Apologise|Pay|Make a payment)/.test(r)) ? "improve its services" : null,
    ].filter(Boolean);
    summary = `${summary} The Council has agreed to ${agreed.join(" and ")}.`;
  }

  const out: Writer = { lines: [], size: 0 };
  const header = [
    `${council} (${ref})`,
    "",
    `Category : ${category}`,
    "",
    `Decision : ${outcome}`,
    "",
    `Decision date : ${decisionDate}`,
    "",
    "The Ombudsman's final decision:",
    "",
    `Summary: ${summary}`,
    "",
  ];
  out.lines.push(...header);

  section(
    out,
    "The complaint",
    Array.from({ length: between(random, 1, 3) }, () => para(draw("complaint", true))),
  );
  section(
    out,
    "The Ombudsman’s role and powers",
    Array.from({ length: between(random, 2, 6) }, () => para(draw("role"))),
  );
  section(
    out,
    "How I considered this complaint",
    Array.from({ length: between(random, 2, 3) }, () => para(draw("considered"))),
  );

  const closing: string[][] = [];
  if (closed) {
    const assessment: string[][] = [];
    while (out.size + assessment.flat().join("\n").length < target - 600)
      assessment.push(para(draw(random() < 0.6 ? "assessment" : "found", true)));
    section(out, "My assessment", assessment);
    closing.push(numbered(++n, voice(draw("final", true).text)));
  } else {
    const found: string[] = [];
    let subsections = 0;
    while (out.size + found.join("\n").length < target - 1200) {
      if (subsections === 0 || random() < 0.12) {
        found.push("", pick(random, pool.headings), "");
        subsections++;
      }
      found.push(...para(draw("found", true)));
    }
    section(out, "What I found", [found]);
    if (upheld) {
      const actions =
        random() < 0.5
          ? [numbered(++n, "Within one month of the final decision the Council will:", remedies)]
          : [
              numbered(++n, "The Council has agreed that, within one month of the final decision it will:").concat(
                remedies.map((r, i) => `      ${i + 1}. ${r}`),
              ),
            ];
      actions.push(numbered(++n, "The Council should provide us with evidence it has complied with the above actions."));
      section(out, random() < 0.5 ? "Agreed action" : "Agreed actions", actions);
      closing.push(
        numbered(
          ++n,
          `I have completed my investigation. I have found fault causing injustice to ${person}. The Council has agreed to my recommendations.`,
        ),
      );
    } else {
      closing.push(
        numbered(
          ++n,
          `I have completed my investigation. I have found no fault in the way the Council dealt with the matters ${person} complained about.`,
        ),
      );
    }
  }
  section(out, "Final decision", closing);
  out.lines.push("Investigator's decision on behalf of the Ombudsman", "", "Print this page", "", "LGO logogram", "");

  return { reference: ref, council, category, outcome, decisionDate, year, paymentGBP: payment, text: out.lines.join("\n") };
}

/** Decisions 0..count-1 for a seed. */
export function* generateDecisions(pool: Pool, count: number, seed = 1): Generator<SyntheticDecision> {
  const councils = councilNames();
  for (let index = 0; index < count; index++) yield generateDecision(pool, index, seed, councils);
}
