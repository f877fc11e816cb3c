// "Decisions like this one": for every decision, up to RELATED_SIZE others that its record and the
// words of its summary say are alike, each with the reason in words a reader can check against the
// two records; and the other parts of its joint decision (21 003 813a and 21 003 813b), apart.
//
// A decision is compared only with candidates, never with every other decision: its date
// neighbours in its subcategory, and in its subcategory with the same outcome and closure reason
// (CANDIDATE_WINDOW each side), and the decisions that share one of its rarest summary words or a
// legislation section cited by no more than POSTINGS_CAP decisions. So the work is a bounded
// number of comparisons a decision after sorting, n log n in all.
import { CLOSURE_LABELS } from "./labels.ts";
import { pushTo } from "./multimap.ts";
import { provisionLabel } from "./decision/legislation-links.ts";
import type { Decision, RemedyKind } from "./decision/schema.ts";
import type { PaymentPlace } from "./payment-place.ts";

/** How many related decisions a decision lists at most. */
export const RELATED_SIZE = 5;
/** How many date neighbours each side a decision takes from each of its buckets. */
export const CANDIDATE_WINDOW = 12;
/** How many of a decision's summary words (the rarest in the casebook) look for candidates. */
export const RARE_TERMS = 8;
/** A word or section in more decisions than this finds no candidates (it still counts in the score). */
export const POSTINGS_CAP = 40;
/** The lowest score a related decision has: one thing in common is not enough. */
export const MIN_SCORE = 3;

/**
 * The Acts that give the Ombudsman its powers: most statements cite them for that, whatever the
 * complaint is about, so citing them says nothing about being alike.
 */
export const OMBUDSMAN_ACTS: ReadonlySet<string> = new Set(["Local Government Act 1974", "Health Service Commissioners Act 1993"]);

type Comparable = Pick<
  Decision,
  | "slug"
  | "category"
  | "subcategory"
  | "outcome"
  | "decisionDate"
  | "summary"
  | "faultFound"
  | "injustice"
  | "closureReason"
  | "remedies"
  | "legislation"
>;

export interface Related<T extends Comparable = Decision> {
  decision: T;
  /** Why it is like this one, as read from the two records: "same subcategory, fault found in both". */
  reason: string;
  score: number;
}

export interface Likeness<T extends Comparable = Decision> {
  /** The most alike first, at most RELATED_SIZE; never the decision itself or a part of its joint decision. */
  related: Related<T>[];
  /** The other parts of the same joint decision, by reference. */
  jointParts: T[];
}

/** The fields decisions.json adds to a record: its related decisions, joint parts and payment's place. */
export interface LikenessFields {
  related: { slug: string; reference: string; reason: string }[];
  jointParts: string[];
  paymentPlace: PaymentPlace | null;
}

export function likenessFields(likeness: Likeness<Comparable & Pick<Decision, "reference">>, place: PaymentPlace | null): LikenessFields {
  return {
    related: likeness.related.map((r) => ({ slug: r.decision.slug, reference: r.decision.reference, reason: r.reason })),
    jointParts: likeness.jointParts.map((d) => d.slug),
    paymentPlace: place,
  };
}

/** The joint decision a slug is part of ("17-010-997" for "17-010-997a"), or null for a decision on its own. */
export function jointOf(slug: string): string | null {
  const m = /^(\d{2}-\d{3}-\d{3})[a-z]$/.exec(slug);
  return m ? m[1]! : null;
}

// Words too common in statements to tell them apart, besides the ones idf weighs down.
const STOP = new Set(
  (
    "about above after again against also among and any are because been before being between both but can cannot could did does doing down during each " +
    "for from further had has have having her here hers him his how into its itself just more most not now off once only other our out over own same " +
    "she should some such than that the their theirs them then there these they this those through too under until upon very was were what when where " +
    "which while who whom why will with would you your mr mrs ms miss mx dr complain complains complained complaint complaints council councils " +
    "ombudsman investigate investigated investigation fault faults found find finds caused cause injustice decision decided decide says said told " +
    "agree agreed apologise apologised apology make made take taken took give gave given fail failed failing help need needed also however"
  ).split(" "),
);

/** The words of a summary as indexed: lower case, four letters or more, a plural's final s dropped. */
export function summaryTerms(summary: string): { term: string; word: string }[] {
  const out: { term: string; word: string }[] = [];
  for (const m of summary.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    const word = m[0].replace(/'s$/, "");
    if (word.length < 4 || STOP.has(word)) continue;
    const term = word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
    if (STOP.has(term)) continue;
    out.push({ term, word });
  }
  return out;
}

/**
 * A decision as compared: its summary's tf-idf vector (term ids ascending, unit length), its cited
 * sections and Acts (ids ascending, in the order of their names), and its kinds of remedy (a bit
 * each, by KIND_ORDER).
 */
interface Features {
  terms: Int32Array;
  weights: Float64Array;
  /** Each term's word as this summary writes it, by term id. */
  words: Map<number, string>;
  /** Sections cited ("title\0section") and Acts cited, the Ombudsman's own left out. */
  sections: Int32Array;
  acts: Int32Array;
  kinds: number;
  day: number;
}

/** What comparing two decisions needs of the whole casebook. */
interface Corpus {
  /** Decisions in all. */
  n: number;
  /** Decisions whose summary holds each term, by term id. */
  termDf: number[];
  /** Each section's "title\0section" and each Act's title, by id. */
  sectionNames: string[];
  actNames: string[];
}

/** Every decision's related decisions and joint parts, by slug. */
export function relatedDecisions<T extends Comparable>(decisions: readonly T[]): Map<string, Likeness<T>> {
  const n = decisions.length;
  const { features, corpus, sectionDf } = featuresOf(decisions);
  const candidatesOf = candidateFinder(decisions, features, corpus.termDf, sectionDf);
  const joints = new Map<string, number[]>();
  decisions.forEach((d, i) => {
    const joint = jointOf(d.slug);
    if (joint !== null) pushTo(joints, joint, i);
  });

  const result = new Map<string, Likeness<T>>();
  for (let i = 0; i < n; i++) {
    const d = decisions[i]!;
    const joint = jointOf(d.slug);
    const parts = joint === null ? [] : joints.get(joint)!.filter((j) => j !== i);
    const scored: { j: number; score: number }[] = [];
    for (const j of candidatesOf(i)) {
      if (j === i || parts.includes(j)) continue;
      const score = likeness(d, features[i]!, decisions[j]!, features[j]!, corpus, null);
      if (score >= MIN_SCORE) scored.push({ j, score });
    }
    const dayI = features[i]!.day;
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        Math.abs(features[a.j]!.day - dayI) - Math.abs(features[b.j]!.day - dayI) ||
        (decisions[a.j]!.slug < decisions[b.j]!.slug ? -1 : 1),
    );
    const related = scored.slice(0, RELATED_SIZE).map(({ j, score }) => {
      const reasons: string[] = [];
      likeness(d, features[i]!, decisions[j]!, features[j]!, corpus, reasons);
      return { decision: decisions[j]!, reason: reasons.join(", "), score };
    });
    result.set(d.slug, { related, jointParts: parts.map((j) => decisions[j]!).sort((a, b) => (a.slug < b.slug ? -1 : 1)) });
  }
  return result;
}

function featuresOf(decisions: readonly Comparable[]): { features: Features[]; corpus: Corpus; sectionDf: number[] } {
  const ids = new Map<string, number>();
  const termDf: number[] = [];
  const counted = decisions.map((d) => {
    const counts = new Map<number, number>();
    const words = new Map<number, string>();
    for (const { term, word } of summaryTerms(d.summary)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = termDf.length;
        ids.set(term, id);
        termDf.push(0);
      }
      if (!counts.has(id)) termDf[id]!++;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!words.has(id)) words.set(id, word);
    }
    const sections = new Set<string>();
    const acts = new Set<string>();
    for (const l of d.legislation) {
      if (OMBUDSMAN_ACTS.has(l.title)) continue;
      acts.add(l.title);
      for (const s of l.sections) sections.add(`${l.title}\u0000${s}`);
    }
    return { counts, words, sections, acts, d };
  });
  const n = decisions.length;
  // Ids in the order of the names, so that the least id two decisions share is the first name.
  const sectionNames = [...new Set(counted.flatMap((c) => [...c.sections]))].sort();
  const actNames = [...new Set(counted.flatMap((c) => [...c.acts]))].sort();
  const sectionId = new Map(sectionNames.map((name, id) => [name, id]));
  const actId = new Map(actNames.map((name, id) => [name, id]));
  const idsOf = (names: Set<string>, of: Map<string, number>) => Int32Array.from(names, (name) => of.get(name)!).sort();
  const sectionDf = new Array<number>(sectionNames.length).fill(0);
  const features = counted.map(({ counts, words, sections, acts, d }) => {
    const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (t) => (1 + Math.log(counts.get(t)!)) * idf(termDf[t]!, n));
    const norm = Math.hypot(...weights) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    const sectionIds = idsOf(sections, sectionId);
    for (const s of sectionIds) sectionDf[s]!++;
    return {
      terms,
      weights,
      words,
      sections: sectionIds,
      acts: idsOf(acts, actId),
      kinds: d.remedies.reduce((bits, r) => bits | kindBit(r.kind), 0),
      day: Date.parse(d.decisionDate) / 86_400_000,
    };
  });
  return { features, corpus: { n, termDf, sectionNames, actNames }, sectionDf };
}

const idf = (df: number, n: number) => Math.log((1 + n) / (1 + df)) + 1;

/** Each decision's candidates, by index: date neighbours in its buckets, and sharers of its rare words and sections. */
function candidateFinder(
  decisions: readonly Comparable[],
  features: readonly Features[],
  termDf: readonly number[],
  sectionDf: readonly number[],
): (i: number) => Iterable<number> {
  const bucketKeys = (d: Comparable) => [
    `${d.category}\u0000${d.subcategory}`,
    `${d.category}\u0000${d.subcategory}\u0000${d.outcome}\u0000${d.closureReason}`,
  ];
  // Each bucket in date order, and each decision's position in it.
  const buckets = new Map<string, number[]>();
  decisions.forEach((d, i) => {
    for (const key of bucketKeys(d)) pushTo(buckets, key, i);
  });
  const position = new Map<string, Map<number, number>>();
  for (const [key, list] of buckets) {
    list.sort((a, b) => features[a]!.day - features[b]!.day || (decisions[a]!.slug < decisions[b]!.slug ? -1 : 1));
    position.set(key, new Map(list.map((i, p) => [i, p])));
  }
  // Postings of the words and sections rare enough to find candidates by.
  const termPostings = new Map<number, number[]>();
  const sectionPostings = new Map<number, number[]>();
  features.forEach((f, i) => {
    for (const t of f.terms) if (termDf[t]! > 1 && termDf[t]! <= POSTINGS_CAP) pushTo(termPostings, t, i);
    for (const s of f.sections) if (sectionDf[s]! > 1 && sectionDf[s]! <= POSTINGS_CAP) pushTo(sectionPostings, s, i);
  });
  const seen = new Int32Array(decisions.length).fill(-1);
  return (i) => {
    const out: number[] = [];
    const take = (j: number) => {
      if (seen[j] !== i) {
        seen[j] = i;
        out.push(j);
      }
    };
    for (const key of bucketKeys(decisions[i]!)) {
      const list = buckets.get(key)!;
      const p = position.get(key)!.get(i)!;
      for (let k = Math.max(0, p - CANDIDATE_WINDOW); k <= Math.min(list.length - 1, p + CANDIDATE_WINDOW); k++) take(list[k]!);
    }
    const f = features[i]!;
    const rare = [...f.terms].filter((t) => termPostings.has(t)).sort((a, b) => termDf[a]! - termDf[b]! || a - b);
    for (const t of rare.slice(0, RARE_TERMS)) for (const j of termPostings.get(t)!) take(j);
    for (const s of f.sections) for (const j of sectionPostings.get(s) ?? []) take(j);
    return out;
  };
}

/** The kinds of remedy in the order a reason names them, the most telling first. */
const KIND_ORDER: readonly RemedyKind[] = ["payment", "service-improvement", "apology", "other"];
const AGREED: { [kind in RemedyKind]: string } = {
  apology: "an apology",
  payment: "a payment",
  "service-improvement": "a service improvement",
  other: "other action",
};
/** A kind of remedy's bit in Features.kinds. */
const kindBit = (kind: RemedyKind): number => 1 << KIND_ORDER.indexOf(kind);

/**
 * How alike two decisions are; with `reasons`, why in words too, strongest first, pushed there
 * (the ranking calls it without, so that words are made only for the decisions listed).
 */
function likeness(a: Comparable, fa: Features, b: Comparable, fb: Features, corpus: Corpus, reasons: string[] | null): number {
  return (
    topicLikeness(a, b, reasons) +
    findingsLikeness(a, b, reasons) +
    legislationLikeness(fa, fb, corpus, reasons) +
    remediesLikeness(fa, fb, reasons) +
    summaryLikeness(fa, fb, corpus, reasons)
  );
}

/** 3 for the same subcategory, 1 for only the same category. */
function topicLikeness(a: Comparable, b: Comparable, reasons: string[] | null): number {
  if (a.category !== b.category) return 0;
  const same = a.subcategory === b.subcategory;
  reasons?.push(same ? "same subcategory" : "same category");
  return same ? 3 : 1;
}

/**
 * 1 for the same outcome; 2 for the same closure reason, or between investigated decisions 1 for
 * the same finding of fault and 0.5 more for injustice in both (a complaint not investigated finds
 * no fault, so findings count only between investigated decisions).
 */
function findingsLikeness(a: Comparable, b: Comparable, reasons: string[] | null): number {
  const sameOutcome = a.outcome === b.outcome;
  const outcome = sameOutcome ? 1 : 0;
  if (a.closureReason !== null && a.closureReason === b.closureReason) {
    reasons?.push(`closed for the same reason (${CLOSURE_LABELS[a.closureReason].toLowerCase()})`);
    return outcome + 2;
  }
  if (a.closureReason === null && b.closureReason === null && a.faultFound !== null && a.faultFound === b.faultFound) {
    reasons?.push(a.faultFound ? "fault found in both" : "no fault found in both");
    return outcome + 1 + (a.injustice === true && b.injustice === true ? 0.5 : 0);
  }
  if (sameOutcome) reasons?.push("same outcome");
  return outcome;
}

/** 1.5 for each section both cite (at most two), else 0.5 for the same Act. */
function legislationLikeness(fa: Features, fb: Features, corpus: Corpus, reasons: string[] | null): number {
  const [first, shared] = sharedIds(fa.sections, fb.sections);
  if (shared > 0) {
    if (reasons) {
      const [title, section] = corpus.sectionNames[first]!.split("\u0000") as [string, string];
      reasons.push(`both cite ${title} ${provisionLabel(title, section)}${shared > 1 ? ` and ${shared - 1} more` : ""}`);
    }
    return Math.min(2, shared) * 1.5;
  }
  const [act, acts] = sharedIds(fa.acts, fb.acts);
  if (acts === 0) return 0;
  reasons?.push(`both cite ${corpus.actNames[act]!}`);
  return 0.5;
}

/** The least id two ascending lists share (-1 when none), and how many they share. */
function sharedIds(a: Int32Array, b: Int32Array): [number, number] {
  let first = -1;
  let count = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else {
      if (count++ === 0) first = a[x]!;
      x++;
      y++;
    }
  }
  return [first, count];
}

/** 0.5 for each kind of remedy both agreed. */
function remediesLikeness(fa: Features, fb: Features, reasons: string[] | null): number {
  const bits = fa.kinds & fb.kinds;
  if (bits === 0) return 0;
  if (reasons) {
    const both = KIND_ORDER.filter((k) => bits & kindBit(k));
    reasons.push(
      `both agreed ${both
        .slice(0, 2)
        .map((k) => AGREED[k])
        .join(" and ")}${both.length > 2 ? " and more" : ""}`,
    );
  }
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return 0.5 * count;
}

/** 4 × the cosine of the summaries' tf-idf vectors, and the words that make most of it. */
function summaryLikeness(fa: Features, fb: Features, { termDf, n }: Corpus, reasons: string[] | null): number {
  const common: { id: number; part: number }[] = [];
  let cosine = 0;
  for (let x = 0, y = 0; x < fa.terms.length && y < fb.terms.length;) {
    if (fa.terms[x]! < fb.terms[y]!) x++;
    else if (fa.terms[x]! > fb.terms[y]!) y++;
    else {
      const part = fa.weights[x]! * fb.weights[y]!;
      cosine += part;
      if (reasons) common.push({ id: fa.terms[x]!, part });
      x++;
      y++;
    }
  }
  if (reasons && cosine >= 0.1) {
    const telling = common.filter((c) => termDf[c.id]! < n).sort((p, q) => q.part - p.part || p.id - q.id);
    if (telling.length > 0)
      reasons.push(
        `summaries share ${telling
          .slice(0, 3)
          .map((c) => `“${fa.words.get(c.id)}”`)
          .join(", ")}`,
      );
  }
  return 4 * cosine;
}
