// What kind of body a statement is about, read from its name and reference, so that council
// figures count councils and not the care homes, NHS bodies and schools the ombudsman also
// investigates. A joint health and social care decision gives the NHS body a reference with a
// letter suffix ("22 009 742a").

import type { BodyType } from "./schema.ts";

const NHS =
  /\b(?:NHS|Clinical Commissioning Groups?|CCG|Integrated Care Boards?|ICB|Hospitals?|Foundation Trust|Health(?:care)? (?:NHS )?Trust|Partnership Trust|Ambulance Service|Medical Practice|Surgery|GP|Primary Care Trust|PCT|Health Authority|Care Commissioning Group)\b/i;
/** Councils: county, district, borough, city, unitary, London borough, metropolitan and parish. */
const COUNCIL = /\b(?:Council|Borough of|Royal Borough|City of London|Corporation of London|London Borough)\b/i;
const SCHOOL =
  /\b(?:Schools?|Academy|Academies|College|Multi[- ]Academy Trust|Learning Trust|Education Trust|Learning Partnership|Federation|Governing Body|Governors|Admission Appeal Panel|Appeal Panel)\b/i;
/** Public authorities that are not councils: they count in their own right, not as councils. */
const OTHER_AUTHORITY =
  /\b(?:Greater London Authority|Combined Authority|Fire and Rescue Authority|Fire Authority|National Park Authority|Police and Crime Commissioner|Transport for London|Passenger Transport Executive|Waste (?:Disposal )?Authority|Port Health Authority|Coroner)\b/i;
const CARE_PROVIDER =
  /\b(?:Care|Nursing|Home ?Care|Residential|Healthcare|Support(?:ed)? Living|Services|Ltd|Limited|plc|LLP|CIC|Trading as|t\/a|Group|Agency|Lodge|House|Manor|Court|Hall|Villa|Gardens|Mews|Care Homes?|Retirement|Senior Living)\b/i;

/** How a summary names the body complained about, for a statement whose header names none. */
const NAMED_IN_SUMMARY: readonly (readonly [BodyType, RegExp])[] = [
  ["council", /\bthe Council\b/],
  ["nhs", /\bthe (?:Trust|CCG|ICB|Integrated Care Board|Clinical Commissioning Group|Health Board)\b/],
  ["care-provider", /\bthe (?:[Cc]are [Pp]rovider|[Pp]rovider|[Cc]are [Hh]ome|Home|[Aa]gency)\b/],
  ["school", /\bthe (?:[Ss]chool|[Aa]cademy|[Gg]overning [Bb]ody|[Aa]ppeal [Pp]anel)\b/],
];
/** Categories whose complaints are only ever about councils. */
const COUNCIL_CATEGORIES =
  /^(?:Benefits and tax|Planning|Transport and highways|Highways and transport|Housing|Environment and regulation|Environmental services)\b/;

/**
 * The kind of body a statement is about when its header does not name it: a lettered reference
 * is most often the NHS body's copy of a joint decision; else the body the summary names first
 * ("the Council", "the Trust", "the care home"); else a category only councils answer for.
 */
function unnamedBody(reference: string, summary: string, category: string): BodyType {
  if (/[a-z]$/.test(reference)) return "nhs";
  let first: { type: BodyType; index: number } | null = null;
  for (const [type, name] of NAMED_IN_SUMMARY) {
    const at = name.exec(summary)?.index;
    if (at !== undefined && (first === null || at < first.index)) first = { type, index: at };
  }
  return first?.type ?? (COUNCIL_CATEGORIES.test(category) ? "council" : "other");
}

export function bodyType(council: string | null, reference: string, text: { summary?: string; category?: string } = {}): BodyType {
  if (council === null) return unnamedBody(reference, text.summary ?? "", text.category ?? "");
  if (NHS.test(council)) return "nhs";
  if (OTHER_AUTHORITY.test(council)) return "other";
  if (COUNCIL.test(council)) return "council";
  if (SCHOOL.test(council)) return "school";
  if (CARE_PROVIDER.test(council)) return "care-provider";
  // A lettered reference is one body's copy of a joint decision, most often the NHS body's; a name
  // that says what the body is wins over the letter.
  if (/[a-z]$/.test(reference)) return "nhs";
  return "other";
}

/** How statements name each kind of body: "the Council"; "the Trust", "the ICB"; "the care home". */
const NAMES: Partial<Record<BodyType, RegExp>> = {
  council: /\bCouncils?\b/,
  nhs: /\b(?:Trusts?|CCGs?|ICBs?|Integrated Care Boards?|Clinical Commissioning Groups?|NHS|GPs?|[Ss]urgery|[Hh]ospitals?)\b/,
  "care-provider": /\b(?:[Cc]are [Hh]omes?|the Home|[Cc]are [Pp]roviders?|the [Pp]rovider|[Cc]are [Aa]genc(?:y|ies))\b/,
};

/** A body's own names in any case: "the council and the clinical commissioning group will" names the council. */
const OWN_NAMES: Partial<Record<BodyType, RegExp>> = Object.fromEntries(
  Object.entries(NAMES).map(([kind, names]) => [kind, new RegExp(names.source, "i")]),
);

/**
 * Whether a clause is about another body than the one a page is about: it names a body of another
 * kind and none of this kind. A joint decision is published once per body, and "there was no fault
 * by the Trust" says nothing of the Council on the Council's page. A council answers for the care
 * it arranges, so on a council's page a care provider is not another body.
 */
export function aboutAnotherBody(clause: string, about: BodyType): boolean {
  const own = OWN_NAMES[about];
  if (own === undefined || own.test(clause)) return false;
  return namesAnotherBody(clause, about);
}

/** Whether a text names a body of another kind than `about` at all: where none is named, nothing in it is another body's. */
export function namesAnotherBody(text: string, about: BodyType): boolean {
  return Object.entries(NAMES).some(
    ([kind, names]) => kind !== about && !(about === "council" && kind === "care-provider") && names.test(text),
  );
}
