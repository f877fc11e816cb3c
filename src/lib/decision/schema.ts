// The one description of a decision record. The ingest validates with it, the site's content
// collection uses the same object, and the TypeScript type is inferred from it.
//
// zod is pinned to the 3.25 line on purpose: Astro 5 bundles zod ^3.25 for content collections
// (`astro/zod`), so with the same major version npm installs one copy of zod and this very
// schema object is accepted by `defineCollection` as well as used by the ingest.

import { isIsoDate } from "../dates.ts";
import { z } from "zod";
import { paymentTotal } from "./payment-total.ts";

export const REMEDY_KINDS = ["apology", "payment", "service-improvement", "other"] as const;

/** Why a complaint was closed after initial enquiries, as the statement's assessment gives it. */
export const CLOSURE_REASONS = [
  "late",
  "tribunal-or-court",
  "no-worthwhile-outcome",
  "insufficient-injustice",
  "no-fault-evident",
  "not-in-jurisdiction",
  "premature",
  "other",
] as const;

/** What kind of body the complaint is about, so that council figures count councils only. */
export const BODY_TYPES = ["council", "care-provider", "nhs", "school", "other"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date such as 2022-09-06")
  .refine(isIsoDate, "expected a real calendar date (this day is not in its month)");

const text = z.string().trim().min(1);

export const remedySchema = z
  .object({
    kind: z.enum(REMEDY_KINDS),
    text,
    amountGBP: z.number().nonnegative().optional(),
    /** Where the statement says it: a numbered paragraph, the summary, or null for unnumbered text. */
    paragraph: z.union([z.number().int().positive(), z.literal("summary")]).nullable(),
  })
  .strict();

export const faultSchema = z
  .object({
    paragraph: z.number().int().positive(),
    text,
  })
  .strict();

export const legislationSchema = z
  .object({
    title: text,
    sections: z.array(text),
  })
  .strict();

export const crossReferenceSchema = z
  .object({
    /** The words as they stand in the text, e.g. "paragraphs 19 and 20". */
    text,
    /** The paragraph the reference stands in. */
    paragraph: z.number().int().positive(),
    targets: z.array(z.number().int().positive()).min(1),
  })
  .strict();

export const decisionSchema = z
  .object({
    reference: z.string().regex(/^\d{2} \d{3} \d{3}[a-z]?$/, "expected a reference such as '21 018 990'"),
    slug: z.string().regex(/^\d{2}-\d{3}-\d{3}[a-z]?$/, "expected a slug such as '21-018-990'"),
    /** Null when the statement's title gives only the reference and names no body. */
    council: text.nullable(),
    bodyType: z.enum(BODY_TYPES),
    category: text,
    subcategory: text,
    outcome: text,
    decisionDate: isoDate,
    summary: text,
    complainant: z
      .string()
      .regex(/^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) and )?(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]$/)
      .nullable(),
    sections: z.array(text),
    paragraphCount: z.number().int().nonnegative(),
    /** True when the text runs to the statement's closing line; false for an excerpt. */
    complete: z.boolean(),
    /** True or false where the available text says; null where an excerpt stops before it does. */
    faultFound: z.boolean().nullable(),
    injustice: z.boolean().nullable(),
    faults: z.array(faultSchema),
    /** Null for decisions that were investigated, and where the text does not give a reason. */
    closureReason: z.enum(CLOSURE_REASONS).nullable(),
    remedies: z.array(remedySchema),
    /**
     * True when `remedies` is the whole remedy: the statement is complete, its summary states
     * what was agreed, or it finds no fault and tells of no remedy. False for an excerpt that may
     * stop before remedies it does not show.
     */
    remediesKnown: z.boolean(),
    /**
     * The sum of the amounts the payments state, in pounds: 0 when the remedies, known in full,
     * include no payment; null when they are not known in full (an excerpt's payments are
     * unknown) or payments were agreed and none states its amount.
     */
    paymentTotalGBP: z.number().nonnegative().nullable(),
    /** How many of the payments agreed state no amount ("a symbolic payment"); 0 when none. */
    paymentsWithoutAmount: z.number().int().nonnegative(),
    legislation: z.array(legislationSchema),
    crossReferences: z.array(crossReferenceSchema),
    /** The statement on the ombudsman's website, derived from category, subcategory and reference. */
    officialUrl: z.string().url().startsWith("https://www.lgo.org.uk/decisions/"),
  })
  .strict()
  .superRefine((decision, ctx) => {
    if (decision.slug !== decision.reference.replaceAll(" ", "-")) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["slug"], message: `expected '${decision.reference.replaceAll(" ", "-")}'` });
    }
    const { total, withoutAmount } = paymentTotal(decision.remedies, decision.remediesKnown);
    if (total !== decision.paymentTotalGBP) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["paymentTotalGBP"],
        message:
          total !== null
            ? `expected ${total}, the sum of the remedies' amounts`
            : decision.remediesKnown
              ? "expected null: no payment states its amount"
              : "expected null: the remedies of this excerpt are not known in full",
      });
    }
    if (withoutAmount !== decision.paymentsWithoutAmount) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["paymentsWithoutAmount"],
        message: `expected ${withoutAmount}, the payments among the remedies that state no amount`,
      });
    }
    if (decision.complete && !decision.remediesKnown) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["remediesKnown"], message: "expected true for a complete statement" });
    }
  });

export type Decision = z.infer<typeof decisionSchema>;
export type Remedy = z.infer<typeof remedySchema>;
export type RemedyKind = Remedy["kind"];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export type BodyType = (typeof BODY_TYPES)[number];
export type Fault = z.infer<typeof faultSchema>;
export type Legislation = z.infer<typeof legislationSchema>;
export type CrossReference = z.infer<typeof crossReferenceSchema>;

/** Turns zod issues into one readable line per field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`);
}
