// The one description of a decision record. The ingest validates with it, the site's content
// collection uses the same object, and the TypeScript type is inferred from it.
//
// zod is pinned to the 3.25 line on purpose: Astro 5 bundles zod ^3.25 for content collections
// (`astro/zod`), so with the same major version npm installs one copy of zod and this very
// schema object is accepted by `defineCollection` as well as used by the ingest.

import { z } from "zod";

export const REMEDY_KINDS = ["apology", "payment", "service-improvement", "other"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date such as 2022-09-06")
  .refine((value) => !Number.isNaN(Date.parse(value)), "expected a real calendar date");

const text = z.string().trim().min(1);

export const remedySchema = z
  .object({
    kind: z.enum(REMEDY_KINDS),
    text,
    amountGBP: z.number().nonnegative().optional(),
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
    council: text,
    category: text,
    subcategory: text,
    outcome: text,
    decisionDate: isoDate,
    summary: text,
    complainant: z.string().regex(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z]$/).nullable(),
    sections: z.array(text),
    paragraphCount: z.number().int().nonnegative(),
    faultFound: z.boolean(),
    injustice: z.boolean(),
    faults: z.array(faultSchema),
    remedies: z.array(remedySchema),
    paymentTotalGBP: z.number().nonnegative(),
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
    const total = decision.remedies.reduce((sum, r) => sum + (r.amountGBP ?? 0), 0);
    if (total !== decision.paymentTotalGBP) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["paymentTotalGBP"], message: `expected ${total}, the sum of the remedies' amounts` });
    }
  });

export type Decision = z.infer<typeof decisionSchema>;
export type Remedy = z.infer<typeof remedySchema>;
export type RemedyKind = Remedy["kind"];
export type Fault = z.infer<typeof faultSchema>;
export type Legislation = z.infer<typeof legislationSchema>;
export type CrossReference = z.infer<typeof crossReferenceSchema>;

/** Turns zod issues into one readable line per field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`);
}
