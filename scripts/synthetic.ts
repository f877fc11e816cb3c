// Synthetic decision statements for the archive-scale benchmark: raw texts in the ombudsman's
// page layout, recombined from the paragraphs of real statements, deterministic for a seed.
// Strings in, strings out: the caller reads the real texts and writes the results.

import {
  BACK_TO_TOP,
  bulletLine,
  FINAL_DECISION_LINE,
  HEADER_FIELD,
  isClosingLine,
  isPageFurniture,
  numberedLine,
  PAGE_END,
  pageLines,
  readParagraphLine,
  runsToClosingLine,
  sectionKind,
  SIGNATURE_LINE,
  subItemLine,
  SUMMARY_LINE,
  TITLE_LINE,
  type ParagraphLine,
  type SectionKind,
} from "./support/statement-shape.ts";

export interface Labels {
  /** "Area > Subarea" pairs, as in labels.tsv. */
  categories: string[];
  outcomes: string[];
}

interface PoolParagraph {
  text: string;
  /** Bullets that follow a paragraph ending in ":". */
  items: string[];
  category: string | null;
}

export interface Pool {
  paragraphs: Record<SectionKind, PoolParagraph[]>;
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
// The pool: paragraphs of the real statements, sorted by the section they stood in. Lines are
// read by the shape of a statement described in scripts/support/statement-shape.ts: its page
// furniture, header lines, section headings, numbered paragraphs and bullets, and closing line.

/**
 * A heading line: short, capitalised, no sentence punctuation at the end. Stricter than the
 * parser's looksLikeHeading on purpose: these lines are reused as the sub-headings of "What I found".
 */
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

/** What the pool gathers over all the statements. */
interface Gathered {
  paragraphs: Record<SectionKind, PoolParagraph[]>;
  summaries: Map<string, string[]>;
  headings: Set<string>;
  /** Paragraph texts already taken, so that no paragraph is in the pool twice. */
  seen: Set<string>;
}

/** Where the reading of one statement stands. */
interface Reading {
  category: string | null;
  outcome: string | null;
  kind: SectionKind | null;
  last: PoolParagraph | null;
}

/** Builds the paragraph pool from the texts of real statements and the corpus labels. */
export function buildPool(texts: readonly string[], labelsTsv: string): Pool {
  const gathered: Gathered = {
    paragraphs: { complaint: [], role: [], considered: [], found: [], assessment: [], final: [], other: [] },
    summaries: new Map(),
    headings: new Set(),
    seen: new Set(),
  };
  for (const raw of texts) gatherStatement(raw, gathered);
  const { paragraphs, summaries, headings } = gathered;
  return { paragraphs, summaries, headings: [...headings].sort(), labels: readLabels(labelsTsv) };
}

function gatherStatement(raw: string, into: Gathered): void {
  const lines = pageLines(raw);
  // An excerpt stops in the middle of a paragraph: leave that last, broken line out.
  const broken = runsToClosingLine(lines) ? -1 : lastTextLine(lines);
  if (broken >= 0) lines.splice(broken, 1);
  const reading: Reading = { category: null, outcome: null, kind: null, last: null };
  for (const line of lines) gatherLine(line, reading, into);
}

/** The index of the last line that is the statement's text, not blank and not the site's furniture; -1 when there is none. */
function lastTextLine(lines: readonly string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && (lines[i]!.trim() === "" || isPageFurniture(lines[i]!))) i--;
  return i;
}

/** Lines that are no part of a statement's text: blank, the site's furniture, the title and the closing line. */
function isFurniture(text: string): boolean {
  return text === "" || isPageFurniture(text) || isClosingLine(text) || TITLE_LINE.test(text);
}

/** Reads a header field's line (Category, Decision) into `reading`; true when the line was one. */
function readHeaderField(text: string, reading: Reading): boolean {
  const field = HEADER_FIELD.exec(text);
  if (!field || reading.kind !== null) return false;
  if (field[1] === "Category") reading.category = field[2]!.trim();
  if (field[1] === "Decision") reading.outcome = field[2]!.trim();
  return true;
}

function gatherLine(line: string, reading: Reading, into: Gathered): void {
  const text = line.trim();
  if (isFurniture(text) || readHeaderField(text, reading)) return;
  const summary = SUMMARY_LINE.exec(text)?.[1];
  if (summary) {
    const key = reading.outcome ?? "";
    into.summaries.set(key, [...(into.summaries.get(key) ?? []), summary]);
    return;
  }
  const section = sectionKind(text);
  if (section) {
    reading.kind = section;
    reading.last = null;
    return;
  }
  if (reading.kind !== null) gatherBodyLine(readParagraphLine(line), reading.kind, reading, into);
}

/** An indented line or a bullet after a paragraph ending in ":" is one of its items. */
function continuesList(lastText: string, { indent, marker }: ParagraphLine): boolean {
  return lastText.endsWith(":") && (indent >= 4 || marker === "bullet");
}

function gatherBodyLine(line: ParagraphLine, kind: SectionKind, reading: Reading, into: Gathered): void {
  const body = line.text.trim();
  const { last } = reading;
  if (last && continuesList(last.text, line)) {
    last.items.push(body);
    return;
  }
  if (line.marker === null && isHeading(body)) {
    if (kind === "found") into.headings.add(body);
    return;
  }
  // Fragments of a flattened list ("there is no ...", "(Local Government Act ...)") are not paragraphs.
  if (body.length < 40 || !/^[A-Z]/.test(body) || into.seen.has(body)) return;
  into.seen.add(body);
  reading.last = { text: body, items: [], category: reading.category };
  into.paragraphs[kind].push(reading.last);
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

/**
 * The numbers a year gives the complaints it receives: "21 000 000" to "21 021 999". The real
 * references run so (the corpus's middle groups run from 000 to 021), and the site groups
 * decisions by them (the export's rows files hold a hundred numbers each).
 */
const NUMBERS_A_YEAR = 22_000;
/** The years a complaint is received in: the year before the first decision's to the last decision's. */
const RECEIVED_YEARS = YEARS + 1;

/**
 * A decision's reference and the year it is decided, unique for every index below 352,000
 * (RECEIVED_YEARS × NUMBERS_A_YEAR): the index picks the year the complaint was received and its
 * number that year, spread over all of them; the decision follows the next year 6 times in 10,
 * else the same year, within the years generated.
 */
function referenceAndYear(index: number, seed: number, random: Random): { reference: string; year: number } {
  const slots = RECEIVED_YEARS * NUMBERS_A_YEAR;
  if (index >= slots) throw new Error(`synthetic decision ${index}: only ${slots} decisions can have references of their own`);
  const slot = (index * 7919 + (mix(seed, 0) % slots)) % slots;
  const received = FIRST_YEAR - 1 + Math.floor(slot / NUMBERS_A_YEAR);
  const digits = String(slot % NUMBERS_A_YEAR).padStart(6, "0");
  const year = Math.min(Math.max(received + (random() < 0.6 ? 1 : 0), FIRST_YEAR), FIRST_YEAR + YEARS - 1);
  return { reference: `${String(received % 100).padStart(2, "0")} ${digits.slice(0, 3)} ${digits.slice(3)}`, year };
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
  const block = [title, "", ...paragraphs.flatMap((p) => p), "", BACK_TO_TOP, ""];
  out.lines.push(...block);
  out.size += block.reduce((sum, line) => sum + line.length + 1, 0);
}

/** One numbered paragraph, "  1. ...", with its bullets. */
function numbered(n: number, text: string, items: readonly string[] = []): string[] {
  return [numberedLine(n, text), ...items.map(bulletLine)];
}

/** What a decision is about, drawn before any of its text. */
interface Facts {
  council: string;
  category: string;
  outcome: string;
  year: number;
  decisionDate: string;
  reference: string;
  person: string;
  /** The size of text to aim for, in characters. */
  target: number;
}

const OUTCOME_WEIGHTS: Record<string, number> = { Upheld: 48, "Not upheld": 14, "Closed after initial enquiries": 38 };

function drawFacts(random: Random, labels: Labels, councils: readonly string[], index: number, seed: number): Facts {
  const { categories, outcomes } = labels;
  // Larger councils see more complaints: a gentle skew over the list.
  const council = councils[Math.floor(councils.length * random() ** 1.3)]!;
  const category = pick(random, categories);
  const weights = outcomes.map((o) => OUTCOME_WEIGHTS[o] ?? 2);
  let roll = random() * weights.reduce((a, b) => a + b, 0);
  const outcome = outcomes[weights.findIndex((w) => (roll -= w) < 0)] ?? outcomes[0]!;
  const { reference, year } = referenceAndYear(index, seed, random);
  const month = between(random, 0, 11);
  const day = between(random, 1, 28);
  const decisionDate = `${String(day).padStart(2, "0")} ${MONTHS[month]} ${year}`;
  const person = pick(random, COMPLAINANTS);
  return { council, category, outcome, year, decisionDate, reference, person, target: between(random, 10_000, 19_000) };
}

/** The remedies of an upheld decision, in order, and its payment (0 for none). */
function agreeRemedies(random: Random, person: string, upheld: boolean): { payment: number; remedies: string[] } {
  const payment = upheld && random() < 0.55 ? pick(random, AMOUNTS) : 0;
  const remedies: string[] = [];
  if (!upheld) return { payment, remedies };
  if (random() < 0.85) remedies.push(`Apologise to ${person} for the ${pick(random, DISTRESS)} caused by ${pick(random, FAULT_PHRASES)}.`);
  if (payment > 0) {
    remedies.push(
      random() < 0.5
        ? `Pay ${person} ${money(payment)} to acknowledge the ${pick(random, DISTRESS)} caused by the faults identified in this statement.`
        : `Make a payment to ${person} of ${money(payment)} in recognition of ${pick(random, FAULT_PHRASES)}.`,
    );
  }
  const improvements = between(random, remedies.length === 0 ? 1 : 0, 3);
  for (let i = 0; i < improvements; i++) remedies.push(pick(random, IMPROVEMENTS));
  return { payment, remedies };
}

/** One statement being written: its facts, the paragraphs it has used, its paragraph count and its lines. */
interface Draft {
  random: Random;
  pool: Pool;
  facts: Facts;
  used: Set<PoolParagraph>;
  n: number;
  out: Writer;
}

/** A pool paragraph not yet used, from the decision's own category where one is preferred. */
function draw(draft: Draft, kind: SectionKind, preferCategory = false): PoolParagraph {
  const { random, pool, used } = draft;
  const list = pool.paragraphs[kind].length > 0 ? pool.paragraphs[kind] : pool.paragraphs.found;
  const own = preferCategory ? list.filter((p) => p.category === draft.facts.category && !used.has(p)) : [];
  for (let tries = 0; tries < 8; tries++) {
    const p = own.length > 0 && random() < 0.7 ? pick(random, own) : pick(random, list);
    if (!used.has(p) || tries === 7) {
      used.add(p);
      return p;
    }
  }
  return pick(random, list);
}

/** Borrowed text in this decision's voice: its complainant, its years. */
function voice(draft: Draft, text: string): string {
  return redate(text.replace(PERSON, draft.facts.person), draft.facts.year, draft.random);
}

/** The next numbered paragraph, with its bullets. */
function next(draft: Draft, text: string, items: readonly string[] = []): string[] {
  return numbered(++draft.n, text, items);
}

function para(draft: Draft, p: PoolParagraph): string[] {
  return next(
    draft,
    voice(draft, p.text),
    p.items.map((item) => voice(draft, item)),
  );
}

/** A borrowed summary; an upheld decision's keeps only its findings and states this decision's remedies. */
function writeSummary(draft: Draft, payment: number, remedies: readonly string[]): string {
  const { random, pool, facts } = draft;
  const borrowed = pool.summaries.get(facts.outcome) ?? [...pool.summaries.values()].flat();
  const summary = voice(draft, pick(random, borrowed));
  if (facts.outcome !== "Upheld") return summary;
  // The borrowed summary's own remedy would contradict this decision's: keep only its findings.
  const findings = summary.split(/(?<=\.) (?=[A-Z])/).filter((s) => !/agreed|£|apologi|\bpay|will\b|should\b/i.test(s));
  const found = findings.length > 0 ? findings.join(" ") : `${facts.person} complained about the Council. We found fault.`;
  const agreed = [
    remedies.some((r) => r.startsWith("Apologise")) ? "apologise" : null,
    payment > 0 ? `pay ${facts.person} ${money(payment)}` : null,
    remedies.some((r) => !/^(?:Apologise|Pay|Make a payment)/.test(r)) ? "improve its services" : null,
  ].filter(Boolean);
  return `${found} The Council has agreed to ${agreed.join(" and ")}.`;
}

function headerLines(facts: Facts, summary: string): string[] {
  return [
    `${facts.council} (${facts.reference})`,
    "",
    `Category : ${facts.category}`,
    "",
    `Decision : ${facts.outcome}`,
    "",
    `Decision date : ${facts.decisionDate}`,
    "",
    FINAL_DECISION_LINE,
    "",
    `Summary: ${summary}`,
    "",
  ];
}

/** The three sections every statement opens with. */
function writeOpening(draft: Draft): void {
  const { random, out } = draft;
  section(
    out,
    "The complaint",
    Array.from({ length: between(random, 1, 3) }, () => para(draft, draw(draft, "complaint", true))),
  );
  section(
    out,
    "The Ombudsman’s role and powers",
    Array.from({ length: between(random, 2, 6) }, () => para(draft, draw(draft, "role"))),
  );
  section(
    out,
    "How I considered this complaint",
    Array.from({ length: between(random, 2, 3) }, () => para(draft, draw(draft, "considered"))),
  );
}

/** A paragraph that tells of an apology or a sum, which would be a remedy in a closed complaint's assessment. */
const TELLS_OF_REMEDY = /\bapologi[sz]|£/i;

/** A complaint closed after initial enquiries: "My assessment"; returns the final decision's paragraphs. */
function writeAssessment(draft: Draft): string[][] {
  const { random, out } = draft;
  const assessment: string[][] = [];
  while (out.size + assessment.flat().join("\n").length < draft.facts.target - 600) {
    const p = draw(draft, random() < 0.6 ? "assessment" : "found", true);
    // A closed complaint's assessment is read for what the body already gave: this decision gave nothing.
    if (!TELLS_OF_REMEDY.test([p.text, ...p.items].join(" "))) assessment.push(para(draft, p));
  }
  section(out, "My assessment", assessment);
  return [next(draft, voice(draft, draw(draft, "final", true).text))];
}

/** An investigated complaint: "What I found", and agreed actions if upheld; returns the final decision's paragraphs. */
function writeInvestigation(draft: Draft, remedies: readonly string[]): string[][] {
  const { random, pool, out, facts } = draft;
  const found: string[] = [];
  let subsections = 0;
  while (out.size + found.join("\n").length < facts.target - 1200) {
    if (subsections === 0 || random() < 0.12) {
      found.push("", pick(random, pool.headings), "");
      subsections++;
    }
    found.push(...para(draft, draw(draft, "found", true)));
  }
  section(out, "What I found", [found]);
  if (facts.outcome !== "Upheld") {
    return [
      next(
        draft,
        `I have completed my investigation. I have found no fault in the way the Council dealt with the matters ${facts.person} complained about.`,
      ),
    ];
  }
  const actions =
    random() < 0.5
      ? [next(draft, "Within one month of the final decision the Council will:", remedies)]
      : [
          next(draft, "The Council has agreed that, within one month of the final decision it will:").concat(
            remedies.map((r, i) => subItemLine(i + 1, r)),
          ),
        ];
  actions.push(next(draft, "The Council should provide us with evidence it has complied with the above actions."));
  section(out, random() < 0.5 ? "Agreed action" : "Agreed actions", actions);
  return [
    next(
      draft,
      `I have completed my investigation. I have found fault causing injustice to ${facts.person}. The Council has agreed to my recommendations.`,
    ),
  ];
}

/** Makes decision number `index` (0-based) of a synthetic archive. */
export function generateDecision(pool: Pool, index: number, seed = 1, councils = councilNames()): SyntheticDecision {
  const random = mulberry32(mix(seed, index));
  const facts = drawFacts(random, pool.labels, councils, index, seed);
  const draft: Draft = { random, pool, facts, used: new Set(), n: 0, out: { lines: [], size: 0 } };
  // Remedies first: the summary and the final decision speak of them.
  const { payment, remedies } = agreeRemedies(random, facts.person, facts.outcome === "Upheld");
  draft.out.lines.push(...headerLines(facts, writeSummary(draft, payment, remedies)));
  writeOpening(draft);
  const closing = /^Closed/.test(facts.outcome) ? writeAssessment(draft) : writeInvestigation(draft, remedies);
  section(draft.out, "Final decision", closing);
  draft.out.lines.push(SIGNATURE_LINE, "", ...PAGE_END.flatMap((line) => [line, ""]));
  const { council, category, outcome, decisionDate, year } = facts;
  return {
    reference: facts.reference,
    council,
    category,
    outcome,
    decisionDate,
    year,
    paymentGBP: payment,
    text: draft.out.lines.join("\n"),
  };
}

/** Decisions 0..count-1 for a seed. */
export function* generateDecisions(pool: Pool, count: number, seed = 1): Generator<SyntheticDecision> {
  const councils = councilNames();
  for (let index = 0; index < count; index++) yield generateDecision(pool, index, seed, councils);
}
