// A valid decision record for unit tests: a plain complete "Upheld" decision with no remedies,
// changed by the overrides given, and checked against the schema so a test cannot build a
// record the site would never see.
import { decisionSchema, type Decision, type Remedy } from "../../src/lib/decision/schema.ts";

let next = 1;

export function makeDecision(overrides: Partial<Decision> = {}): Decision {
  const n = next++;
  const reference = overrides.reference ?? `99 ${String(100 + Math.floor(n / 1000)).padStart(3, "0")} ${String(n % 1000).padStart(3, "0")}`;
  const remedies: Remedy[] = overrides.remedies ?? [];
  const remediesKnown = overrides.remediesKnown ?? overrides.complete ?? true;
  const payments = remedies.filter((r) => r.kind === "payment");
  const record = {
    reference,
    slug: reference.replaceAll(" ", "-"),
    council: "Testshire County Council",
    bodyType: "council",
    category: "Housing",
    subcategory: "Allocations",
    outcome: "Upheld",
    decisionDate: "2022-06-01",
    summary: "A test decision.",
    complainant: null,
    sections: [],
    paragraphCount: 0,
    complete: true,
    faultFound: true,
    injustice: true,
    faults: [],
    closureReason: null,
    remedies,
    remediesKnown,
    // Summed in pence, as the schema checks it; unknown when no payment agreed states its amount.
    paymentTotalGBP:
      remediesKnown && !(payments.length > 0 && payments.every((r) => r.amountGBP === undefined))
        ? remedies.reduce((sum, r) => sum + Math.round((r.amountGBP ?? 0) * 100), 0) / 100
        : null,
    paymentsWithoutAmount: payments.filter((r) => r.amountGBP === undefined).length,
    legislation: [],
    crossReferences: [],
    officialUrl: `https://www.lgo.org.uk/decisions/housing/allocations/${reference.replaceAll(" ", "-")}`,
    ...overrides,
  };
  return decisionSchema.parse(record);
}

export const apology: Remedy = { kind: "apology", text: "Apologise to Mrs X.", paragraph: 20 };
export const improvement: Remedy = { kind: "service-improvement", text: "Remind staff of the policy.", paragraph: 21 };
export function payment(amountGBP: number): Remedy {
  return { kind: "payment", text: `Pay Mrs X £${amountGBP}.`, amountGBP, paragraph: 22 };
}
