// The words the site uses for the record's enumerated values and findings.

import type { BodyType, ClosureReason, Decision, RemedyKind } from "./decision/schema.ts";

export const REMEDY_LABELS: Record<RemedyKind, string> = {
  apology: "Apology",
  payment: "Payment",
  "service-improvement": "Service improvement",
  other: "Other action",
};

/** Why a complaint was not investigated, in plain words. */
export const CLOSURE_LABELS: Record<ClosureReason, string> = {
  late: "Complained too late",
  "tribunal-or-court": "A tribunal, appeal or court could decide it",
  "no-worthwhile-outcome": "Investigating would achieve nothing worthwhile",
  "insufficient-injustice": "Not enough injustice to the complainant",
  "no-fault-evident": "No sign of fault to justify investigating",
  "not-in-jurisdiction": "Outside what the Ombudsman can investigate",
  premature: "The body's own complaints procedure was not finished",
  other: "Another reason",
};

export const BODY_TYPE_LABELS: Record<BodyType, string> = {
  council: "Council",
  "care-provider": "Care provider",
  nhs: "NHS body",
  school: "School",
  other: "Other body",
};

/** Whether fault was found, as the search filters by it; null where the statement does not say. */
export function faultLabel(decision: Pick<Decision, "faultFound">): string | null {
  return decision.faultFound === null ? null : decision.faultFound ? "Fault found" : "No fault found";
}

/** A yes/no finding as the site shows it: null is what an excerpt does not say. */
export function findingLabel(value: boolean | null): string {
  return value === null ? "Not in this excerpt" : value ? "Yes" : "No";
}
