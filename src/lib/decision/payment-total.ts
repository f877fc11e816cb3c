// A decision's payments counted and summed, apart from the schema (which checks the record's total
// by them) so that browser code can use them without the schema's validation library.

type Remedies = readonly { kind: string; amountGBP?: number | undefined }[];

/** A decision's payments: how many it agreed, and the amounts of those that state one. */
export function paymentsOf(decision: { remedies: Remedies }): { count: number; stated: number[] } {
  const payments = decision.remedies.filter((r) => r.kind === "payment");
  return { count: payments.length, stated: payments.flatMap((r) => (r.amountGBP === undefined ? [] : [r.amountGBP])) };
}

/** Amounts in pounds summed in pence, so that £100.10 and £200.20 make £300.30 exactly. */
export function inPence(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0);
}

/**
 * The payment total of a decision's remedies: the sum of the amounts stated, null when the
 * remedies are not known in full or payments were agreed and none states an amount; and how many
 * payments state no amount.
 */
export function paymentTotal(remedies: Remedies, remediesKnown: boolean): { total: number | null; withoutAmount: number } {
  const { count, stated } = paymentsOf({ remedies });
  const total = !remediesKnown || (count > 0 && stated.length === 0) ? null : inPence(stated) / 100;
  return { total, withoutAmount: count - stated.length };
}
