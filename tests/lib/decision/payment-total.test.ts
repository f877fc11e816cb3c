import { describe, expect, it } from "vitest";
import { inPence, paymentsOf, paymentTotal } from "../../../src/lib/decision/payment-total.ts";

const pay = (amountGBP?: number) => (amountGBP === undefined ? { kind: "payment" } : { kind: "payment", amountGBP });
const apology = { kind: "apology" };

describe("payment total", () => {
  it("counts a decision's payments and the amounts of those that state one", () => {
    expect(paymentsOf({ remedies: [apology, pay(150), pay(), pay(50.5)] })).toEqual({ count: 3, stated: [150, 50.5] });
  });
  it("sums in pence", () => {
    expect(inPence([100.1, 200.2])).toBe(30030);
  });
  it("sums the amounts stated, counting apart the payments that state none", () => {
    expect(paymentTotal([pay(250), pay()], true)).toEqual({ total: 250, withoutAmount: 1 });
    expect(paymentTotal([apology], true)).toEqual({ total: 0, withoutAmount: 0 });
  });
  it("gives no total, never £0, when no payment states its amount or the remedies are not known", () => {
    expect(paymentTotal([pay()], true)).toEqual({ total: null, withoutAmount: 1 });
    expect(paymentTotal([pay(75)], false)).toEqual({ total: null, withoutAmount: 0 });
  });
});
