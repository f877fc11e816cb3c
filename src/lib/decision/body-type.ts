// What kind of body a statement is about, read from its name and reference, so that council
// figures count councils and not the care homes, NHS bodies and schools the ombudsman also
// investigates. A joint health and social care decision gives the NHS body a reference with a
// letter suffix ("22 009 742a").

import type { BodyType } from "./schema.ts";

const NHS = /\b(?:NHS|Clinical Commissioning Group|CCG|Integrated Care Board|ICB|Hospitals?|Foundation Trust|Health(?:care)? (?:NHS )?Trust|Partnership Trust|Ambulance Service|Medical Practice|Surgery|GP)\b/i;
const SCHOOL = /\b(?:School|Academy|College|Multi[- ]Academy Trust|Learning Trust|Governing Body|Governors)\b/i;
const COUNCIL = /\b(?:Council|Borough|City of London|Corporation of London|Council of the Isles of Scilly|Greater London Authority|Combined Authority|Fire and Rescue Authority|Fire Authority|National Park Authority|Police and Crime Commissioner|Transport for London|Passenger Transport Executive|Waste Authority)\b/i;
const CARE_PROVIDER = /\b(?:Care|Nursing|Home Care|Homecare|Residential|Healthcare|Support(?:ed)? Living|Services|Ltd|Limited|plc|LLP|Trading as|t\/a|Group|Agency|Lodge|House|Manor|Court|Hall|Villa|Gardens|Mews)\b/i;

export function bodyType(council: string | null, reference: string): BodyType {
  if (council === null) return "other";
  if (/[a-z]$/.test(reference) || NHS.test(council)) return "nhs";
  if (COUNCIL.test(council)) return "council";
  if (SCHOOL.test(council)) return "school";
  if (CARE_PROVIDER.test(council)) return "care-provider";
  return "other";
}
