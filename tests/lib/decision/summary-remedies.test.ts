import { describe, expect, it } from "vitest";
import { givenRemedies, summaryRemedies } from "../../../src/lib/decision/summary-remedies.ts";

const kinds = (summary: string) => summaryRemedies(summary).remedies.map((r) => [r.kind, r.amountGBP ?? null, r.text]);

describe("summaryRemedies", () => {
  it("reads each item the body agreed to, with its amount", () => {
    expect(
      kinds(
        "The Council has agreed my recommendations to apologise, pay £200, remind the nursing home of incidents it needs to report and change the Council’s procedures and staff training as necessary.",
      ),
    ).toEqual([
      ["apology", null, "apologise"],
      ["payment", 200, "pay £200"],
      ["service-improvement", null, "remind the nursing home of incidents it needs to report"],
      ["service-improvement", null, "change the Council's procedures and staff training as necessary"],
    ]);
  });

  it("keeps a payment to several people together and adds up its sums", () => {
    expect(
      kinds(
        "It agreed to pay Mr X £500, and Mr and Mrs L £3,000 to recognise the distress and additional strain caused to them over a prolonged period as a result of the faults.",
      ),
    ).toEqual([
      [
        "payment",
        3500,
        "pay Mr X £500, and Mr and Mrs L £3,000 to recognise the distress and additional strain caused to them over a prolonged period as a result of the faults",
      ],
    ]);
  });

  it("reads a recommendation", () => {
    expect(
      kinds("We recommended the Council provides an apology to Mrs X, pays her £100 for time and trouble and acts to prevent recurrence."),
    ).toEqual([
      ["apology", null, "provides an apology to Mrs X"],
      ["payment", 100, "pays her £100 for time and trouble"],
      ["service-improvement", null, "acts to prevent recurrence"],
    ]);
  });

  it("reads a list of nouns the summary calls the remedy", () => {
    expect(
      kinds(
        "An apology, payment to Mr B, reminders, training for officers and a review of the process for identifying properties for homeless applicants is satisfactory remedy.",
      ).map((k) => k[0]),
    ).toEqual(["apology", "payment", "service-improvement", "service-improvement", "service-improvement"]);
  });

  it("reads what the body has already done", () => {
    expect(
      kinds(
        "It has agreed to apologise to her for this. It has reviewed its complaint handling procedures to prevent reoccurrence of this fault.",
      ).map((k) => k[0]),
    ).toEqual(["apology", "service-improvement"]);
    expect(kinds("The Council has apologised for delays.").map((k) => k[0])).toEqual(["apology"]);
  });

  it("reads no remedy in the body's chance to answer a complaint, and reads the action after 'should first'", () => {
    expect(kinds("We will not investigate. The Council should first have the chance to answer her complaint.")).toEqual([]);
    expect(kinds("The Council should first have an opportunity to put things right.")).toEqual([]);
    expect(kinds("The Council should first apologise to Mr D.").map((k) => k[0])).toEqual(["apology"]);
    expect(kinds("The Trust should also be able to reply before we look at it.")).toEqual([]);
  });

  it("reads what the body has already given back or put back", () => {
    expect(kinds("The Care Provider has refunded the fees it overcharged and apologised.").map((k) => k[0])).toEqual(["other", "apology"]);
    expect(kinds("The Council has reinstated the bus pass, apologised and reimbursed the £86 Mr B spent on fares.")).toEqual([
      ["other", null, "reinstated the bus pass"],
      ["apology", null, "apologised"],
      ["payment", 86, "reimbursed the £86 Mr B spent on fares"],
    ]);
  });

  it("reads the list that follows 'agreed to our recommendations'", () => {
    const summary =
      "The Council agreed to our recommendations. This included providing an apology and £1,000 payment to Mr X for the distress, frustration and lost opportunity caused by the Council’s fault and removal of the care arrangement fees up to 27 September 2024.";
    expect(kinds(summary).map((k) => [k[0], k[1]])).toEqual([
      ["apology", null],
      ["payment", 1000],
      ["other", null],
    ]);
    expect(summaryRemedies(summary).whole).toBe(true);
  });

  it("gives a payment whose amount is not stated no amount", () => {
    const read = summaryRemedies(
      "The Council has agreed to apologise, pay a symbolic financial remedy and carry out a service improvement.",
    );
    expect(read.remedies.map((r) => [r.kind, r.amountGBP])).toEqual([
      ["apology", undefined],
      ["payment", undefined],
      ["service-improvement", undefined],
    ]);
    expect(read.whole).toBe(true);
  });

  it("reads a sum standing alone in a list as a payment, and one after a refund as more of the refund", () => {
    expect(kinds("An apology and £150 to acknowledge her time and trouble is a suitable remedy.").map((k) => [k[0], k[1]])).toEqual([
      ["apology", null],
      ["payment", 150],
    ]);
    expect(kinds("The Council has agreed to refund the £67 fee and £20 costs, and pay Mrs X £100.").map((k) => [k[0], k[1]])).toEqual([
      ["other", null],
      ["payment", 100],
    ]);
  });

  it("does not count a refund or a waived fee as a payment", () => {
    expect(kinds("The Council has agreed to apologise, refund the £67 licence fee and pay Mrs X £150.").map((k) => [k[0], k[1]])).toEqual([
      ["apology", null],
      ["other", null],
      ["payment", 150],
    ]);
  });

  it("leaves out what the complainant wants", () => {
    expect(summaryRemedies("Mr X wants compensation and an apology.").remedies).toEqual([]);
    expect(summaryRemedies("She would like the Council to apologise and pay her £500.").remedies).toEqual([]);
    expect(
      summaryRemedies("Mrs X complains that the Council says it will take over ten years to make a modification order.").remedies,
    ).toEqual([]);
  });

  it("says a remedy pointed to but not described is not the whole remedy", () => {
    expect(summaryRemedies("The Council has agreed our recommended remedy.")).toEqual({ remedies: [], whole: false, pointed: false });
    expect(
      summaryRemedies("To remedy the injustice, the Council will apologise and make payments described in this statement.").whole,
    ).toBe(false);
    expect(
      summaryRemedies("At the end of this statement, we set out action the Council has agreed to take to remedy that injustice."),
    ).toEqual({ remedies: [], whole: false, pointed: true });
    expect(summaryRemedies("The Council’s proposed personal remedy and action plan are suitable responses.").whole).toBe(false);
    expect(summaryRemedies("The Council will take the steps set out below and pay Mrs R £100.").whole).toBe(false);
    expect(summaryRemedies("The Council has agreed to put matters right.")).toEqual({ remedies: [], whole: false, pointed: true });
    expect(summaryRemedies("The Council will apologise and pay Mr X the sum described in paragraph 30.").whole).toBe(false);
  });

  it("says a remedy whose words name detail of the case is whole", () => {
    const read = summaryRemedies("The Council has agreed to apologise and review how it arranges the support set out in care plans.");
    expect(read.whole).toBe(true);
    expect(read.remedies.map((r) => r.kind)).toEqual(["apology", "service-improvement"]);
  });

  it("reads an action after an adverb of how the bodies share it", () => {
    expect(kinds("The Council and the Trust have agreed to apologise, jointly pay Mr K £350 and each review their procedures.")).toEqual([
      ["apology", null, "apologise"],
      ["payment", 350, "jointly pay Mr K £350"],
      ["service-improvement", null, "each review their procedures"],
    ]);
  });

  it("reads what a body agreed to and has since given", () => {
    expect(kinds("The Council was at fault. It has agreed to and has since paid Miss C £400 and apologised to her.")).toEqual([
      ["payment", 400, "paid Miss C £400"],
      ["apology", null, "apologised to her"],
    ]);
    expect(kinds("It agreed to this, and has since paid Mr T £250.")).toEqual([["payment", 250, "paid Mr T £250"]]);
    // An action it agreed to, and a remedy it gave: both.
    expect(kinds("The Council has agreed to pay Ms X £150 and has reminded its staff.")).toEqual([
      ["payment", 150, "pay Ms X £150"],
      ["service-improvement", null, "reminded its staff"],
    ]);
  });

  it("reads an apology or a sum recommended and then told as given once", () => {
    expect(
      kinds(
        "I recommended the Council apologise to Miss C and pay her £400. The Council agreed to and has since paid Miss C £400 and apologised to her.",
      ),
    ).toEqual([
      ["apology", null, "apologise to Miss C"],
      ["payment", 400, "pay her £400"],
    ]);
    // Another sum told as given is another payment, and so is one of the same size given before.
    expect(kinds("The Council should pay Mr R £200. It has also paid him £75 for his costs.").map((k) => k[1])).toEqual([200, 75]);
    expect(
      kinds(
        "The Council has agreed to pay Mr X a further £100. It had already paid him £100 at stage two of its complaints procedure.",
      ).map((k) => k[1]),
    ).toEqual([100, 100]);
  });

  it("reads a means of managing the work set up since as a change to the service, and actions completed as no remedy named", () => {
    expect(kinds("The Council has since set up a tracker of reviews due.")).toEqual([
      ["service-improvement", null, "set up a tracker of reviews due"],
    ]);
    expect(kinds("The Council agreed to and has now completed the recommended actions.")).toEqual([]);
    expect(kinds("It has since fixed the problem with its permit system.")).toEqual([
      ["service-improvement", null, "fixed the problem with its permit system"],
    ]);
  });

  it("reads a sum paid 'them' each, to the people the action named before", () => {
    expect(kinds("The Council has agreed to apologise to Mr and Mrs D, to pay them £500 each, and to complete the enquiry.")).toEqual([
      ["apology", null, "apologise to Mr and Mrs D"],
      ["payment", 1000, "pay them £500 each"],
      ["other", null, "complete the enquiry"],
    ]);
  });

  it("reads an action that agrees something as an item of its own", () => {
    expect(
      kinds("The Trust and the Council will apologise, pay Mr L £300, and agree a joint discharge procedure.").map((k) => k[0]),
    ).toEqual(["apology", "payment", "service-improvement"]);
  });

  it("keeps gerunds joined after a preposition in one item", () => {
    expect(
      kinds("The Council will apologise and review its procedures for recording and reviewing placements of looked after children."),
    ).toEqual([
      ["apology", null, "apologise"],
      ["service-improvement", null, "review its procedures for recording and reviewing placements of looked after children"],
    ]);
    expect(kinds("The Council remedied this by apologising and paying Mr D £90.").map((k) => k[0])).toEqual(["apology", "payment"]);
    expect(kinds("The Council agreed to remedy the injustice by apologising for delaying the assessment and paying Mrs X £200.")).toEqual([
      ["apology", null, "apologising for delaying the assessment"],
      ["payment", 200, "paying Mrs X £200"],
    ]);
    expect(
      kinds("The Council will apologise to Mr X for failing to respond, paying him £150 and reviewing its procedures.").map((k) => k[0]),
    ).toEqual(["apology", "payment", "service-improvement"]);
  });

  it("finds nothing in a summary that agrees nothing", () => {
    expect(
      summaryRemedies(
        "We will not investigate this complaint about a housing benefit overpayment. This is because the complainant could have appealed to the tribunal.",
      ),
    ).toEqual({ remedies: [], whole: false, pointed: false });
  });

  it("marks each remedy as coming from the summary", () => {
    expect(summaryRemedies("The Council will apologise.").remedies).toEqual([{ kind: "apology", text: "apologise", paragraph: "summary" }]);
  });
});

describe("summaryRemedies reads a list from its structure, whatever its words", () => {
  it("reads an item told in the present progressive and a change named with its kind", () => {
    expect(kinds("The Council has apologised to the family, will better support carers, and is improving guidance for its staff.")).toEqual(
      [
        ["apology", null, "apologised to the family, will better support carers"],
        ["service-improvement", null, "improving guidance for its staff"],
      ],
    );
    expect(
      kinds("An apology, a payment to Mrs B, putting in place extra respite for her son and procedural changes are a satisfactory remedy."),
    ).toEqual([
      ["apology", null, "An apology"],
      ["payment", null, "a payment to Mrs B"],
      ["other", null, "putting in place extra respite for her son"],
      ["service-improvement", null, "procedural changes"],
    ]);
  });

  it("reads a sum named as a payment as one of its own after an item with no sum, and avoidable harm as part of its item", () => {
    expect(kinds("The Council will correct its website and provide a refund voucher and £50 time and trouble payment to Ms V.")).toEqual([
      ["service-improvement", null, "correct its website"],
      ["other", null, "provide a refund voucher"],
      ["payment", 50, "£50 time and trouble payment to Ms V"],
    ]);
    expect(
      kinds("The Council has agreed to apologise and pay Mrs X £1,200 to acknowledge the loss of education and avoidable distress."),
    ).toEqual([
      ["apology", null, "apologise"],
      ["payment", 1200, "pay Mrs X £1,200 to acknowledge the loss of education and avoidable distress"],
    ]);
  });

  it("reads a recommendation to a body of several words, money returned as no payment, and an apology given", () => {
    expect(kinds("We have recommended the Care Provider pay Mrs Y £250 and return the money she paid for visits not made.")).toEqual([
      ["payment", 250, "pay Mrs Y £250"],
      ["other", null, "return the money she paid for visits not made"],
    ]);
    expect(kinds("The Council has given an appropriate apology for the delay and taken steps to improve its process.")).toEqual([
      ["apology", null, "given an appropriate apology for the delay"],
      ["service-improvement", null, "taken steps to improve its process"],
    ]);
  });

  it("does not split a passive clause, a wish, a refusal, a charge or a procedural word into a remedy of its own", () => {
    expect(
      kinds("The Council has agreed to apologise and remind staff that invoices must be checked and are paid within 30 days."),
    ).toEqual([
      ["apology", null, "apologise"],
      ["service-improvement", null, "remind staff that invoices must be checked and are paid within 30 days"],
    ]);
    expect(kinds("Mrs X says the Council's apology did not go far enough and a payment would remedy her distress.")).toEqual([]);
    expect(kinds("Mrs X rejected the Council's offer and the payment of £150 addressed the distress only in part.")).toEqual([]);
    expect(kinds("The Council has agreed to cancel the invoice and £80 late payment charge.")).toEqual([
      ["other", null, "cancel the invoice and £80 late payment charge"],
    ]);
    expect(kinds("The Council has agreed to arrange a fresh appeal hearing, applying the correct procedural rules.")).toEqual([
      ["other", null, "arrange a fresh appeal hearing, applying the correct procedural rules"],
    ]);
  });

  it("reads a remedy that addressed the injustice, in a clause after 'and' or with who gave it", () => {
    expect(kinds("The fault did not affect the decision and its apology suitably addressed the distress it caused Mrs T.")).toEqual([
      ["apology", null, "its apology"],
    ]);
    expect(kinds("The apology already given by the Council suitably addressed any injustice to Miss U.")).toEqual([
      ["apology", null, "The apology"],
    ]);
  });

  it("reads an action to stop the fault happening again beside one that only points to a remedy", () => {
    expect(
      kinds(
        "The Council will take action to remedy the injustice caused to Ms W by the fault and to prevent it happening again in future.",
      ),
    ).toEqual([["service-improvement", null, "prevent it happening again in future"]]);
    expect(kinds("The Council has agreed to apologise to Mr N and to avoid similar delays in future.")).toEqual([
      ["apology", null, "apologise to Mr N"],
      ["service-improvement", null, "avoid similar delays in future"],
    ]);
  });

  it("splits a list opened by a colon on its semicolons, verbs in the present tense or the infinitive", () => {
    expect(
      kinds(
        "We recommend the Council: provides a written apology to Mrs D; pays her £250 for the distress caused; reviews its procedures for blue badges.",
      ),
    ).toEqual([
      ["apology", null, "provides a written apology to Mrs D"],
      ["payment", 250, "pays her £250 for the distress caused"],
      ["service-improvement", null, "reviews its procedures for blue badges"],
    ]);
    expect(kinds("The Council has agreed to: apologise to Mr K; pay him £150; remind its officers of the time limits.")).toEqual([
      ["apology", null, "apologise to Mr K"],
      ["payment", 150, "pay him £150"],
      ["service-improvement", null, "remind its officers of the time limits"],
    ]);
  });

  it("drops the words that announce a list before its colon, and splits items set off by bullets", () => {
    expect(
      kinds(
        "The Council has agreed to the following actions: • apologise to Ms R • pay £90 for her time and trouble • update its website.",
      ),
    ).toEqual([
      ["apology", null, "apologise to Ms R"],
      ["payment", 90, "pay £90 for her time and trouble"],
      ["service-improvement", null, "update its website"],
    ]);
    expect(
      kinds("We recommended the Council takes these steps: - apologises to Mr V; - pays him £300; - reviews its appeals leaflet."),
    ).toEqual([
      ["apology", null, "apologises to Mr V"],
      ["payment", 300, "pays him £300"],
      ["service-improvement", null, "reviews its appeals leaflet"],
    ]);
  });

  it("reads a remedy already given, told as how a fault was put right", () => {
    expect(kinds("We found fault, which the Council has since put right by apologising and paying Ms P £100.")).toEqual([
      ["apology", null, "apologising"],
      ["payment", 100, "paying Ms P £100"],
    ]);
    expect(kinds("There was fault, which the Trust has already remedied by apologising to Miss T.")).toEqual([
      ["apology", null, "apologising to Miss T"],
    ]);
    expect(kinds("The Council delayed, but it has now put this right by reassessing him.")).toEqual([["other", null, "reassessing him"]]);
    expect(kinds("The Council made mistakes, but it has since remedied them by paying Mrs E £50 and apologising.")).toEqual([
      ["payment", 50, "paying Mrs E £50"],
      ["apology", null, "apologising"],
    ]);
    expect(kinds("The Council has put these failings right by reassessing Mrs B.")).toEqual([["other", null, "reassessing Mrs B"]]);
    expect(kinds("It has addressed the delays by apologising to Mr N.")).toEqual([["apology", null, "apologising to Mr N"]]);
  });

  it("keeps an action aimed at the service however general, and drops one that only points at the remedy", () => {
    expect(kinds("The Council agreed to take action to address the faults in its service.")).toEqual([
      ["service-improvement", null, "take action to address the faults in its service"],
    ]);
    expect(kinds("The Council agreed to take action to remedy the injustice.")).toEqual([]);
  });

  it("reads the action after a time set apart by commas", () => {
    expect(kinds("The Council should, within one month of this report, apologise to Ms Q and pay her £200.")).toEqual([
      ["apology", null, "apologise to Ms Q"],
      ["payment", 200, "pay her £200"],
    ]);
    expect(kinds("The Council will, by the end of March, review its charging policy.").map((k) => k[0])).toEqual(["service-improvement"]);
  });

  it("reads the items of the agreed actions, or of a remedy, named as nouns", () => {
    expect(
      kinds("We consider the agreed actions of an apology, a payment of £150 and a review of its guidance are a suitable remedy.").map(
        (k) => k.slice(0, 2),
      ),
    ).toEqual([
      ["apology", null],
      ["payment", 150],
      ["service-improvement", null],
    ]);
    expect(kinds("The Trust agreed to a remedy of an apology and a payment of £300.").map((k) => k.slice(0, 2))).toEqual([
      ["apology", null],
      ["payment", 300],
    ]);
  });

  it("reads a remedy agreed as a noun, and what the body will do beside it", () => {
    expect(kinds("The Council has agreed an apology and will remind its officers to check addresses.").map((k) => k[0])).toEqual([
      "apology",
      "service-improvement",
    ]);
    // A financial remedy is a payment whose amount is not stated.
    expect(kinds("The Council has agreed a financial remedy and will train its enforcement agents.").map((k) => k[0])).toEqual([
      "payment",
      "service-improvement",
    ]);
    expect(kinds("The Council has agreed a remedy including an apology and a payment for her distress.").map((k) => k[0])).toEqual([
      "apology",
      "payment",
    ]);
  });

  it("reads the remedy a fault warrants, but not one it does not", () => {
    expect(kinds("We found fault by the Council which warrants an apology and a payment to Mrs J.").map((k) => k[0])).toEqual([
      "apology",
      "payment",
    ]);
    expect(kinds("The fault does not warrant a payment.")).toEqual([]);
    expect(kinds("Any injustice is not significant enough to warrant an apology.")).toEqual([]);
  });

  it("reads what a body needs to do, and a body named as a company", () => {
    expect(kinds("The Care Provider needs to apologise to Mr N and review its procedures for planning visits.").map((k) => k[0])).toEqual([
      "apology",
      "service-improvement",
    ]);
    expect(kinds("Harbour Homecare Services Limited will pay Ms O £300 for her distress.").map((k) => k.slice(0, 2))).toEqual([
      ["payment", 300],
    ]);
    expect(kinds("Mr N says the Care Provider needs to apologise.")).toEqual([]);
  });

  it("reads the remedy a sentence says puts the injustice right", () => {
    expect(kinds("An apology and a payment remedies the frustration Mrs C was caused.").map((k) => k[0])).toEqual(["apology", "payment"]);
    expect(kinds("A payment of £200 acknowledges the distress.").map((k) => k.slice(0, 2))).toEqual([["payment", 200]]);
    expect(kinds("This remedies the injustice.")).toEqual([]);
  });

  it("reads no remedy in what the law requires, an arrangement to pay, or a remedy refused", () => {
    expect(kinds("The Council must, by law, decide such applications within eight weeks, and it did so.")).toEqual([]);
    expect(kinds("Mr X had agreed a payment plan with the Council but missed two instalments.")).toEqual([]);
    expect(kinds("It had agreed payments of rent direct to his landlord.")).toEqual([]);
    expect(kinds("The Council rejected our proposed remedy of an apology and a payment of £300.")).toEqual([]);
    expect(
      kinds(
        "The Council's complaints policy offers a remedy of payment of up to £250 for delays, but the Council has agreed to apologise to Mr Z.",
      ).map((k) => k[0]),
    ).toEqual(["apology"]);
  });

  it("reads an action agreed before a remedy already given, the remedy of a named person's injustice, and a recommendation made", () => {
    expect(
      kinds("The Council has agreed to make a payment of £150 to Ms K and has reminded its staff to explain appeal rights.").map((k) =>
        k.slice(0, 2),
      ),
    ).toEqual([
      ["payment", 150],
      ["service-improvement", null],
    ]);
    expect(kinds("The Council has agreed to remedy Mr T's injustice by apologising to him.").map((k) => k[0])).toEqual(["apology"]);
    expect(kinds("I have made a recommendation the Council review its charging policy.").map((k) => k[0])).toEqual(["service-improvement"]);
    expect(kinds("The Council has also revised its procedures for third-party top-ups.").map((k) => k[0])).toEqual(["service-improvement"]);
  });

  it("reads the remedy after 'remedy this by', and after a comma that only follows 'will'", () => {
    expect(kinds("The Council has agreed to remedy this by apologising and making a payment for his time.").map((k) => k[0])).toEqual([
      "apology",
      "payment",
    ]);
    expect(kinds("To remedy the complaint the Council will, apologise to Mr E and make a symbolic payment.").map((k) => k[0])).toEqual([
      "apology",
      "payment",
    ]);
    expect(kinds("The Council should, if it can, apologise.")).toEqual([]);
  });

  it("reads no remedy in what a fault would usually warrant, what someone called for, what a body has to do, or what nothing would remedy", () => {
    expect(kinds("Our guidance says that distress usually warrants a payment of between £100 and £300.")).toEqual([]);
    expect(kinds("Mrs X's letter called for an apology and compensation of £5,000.")).toEqual([]);
    expect(kinds("The injustice is insufficient to warrant a payment.")).toEqual([]);
    expect(kinds("Councils have to pay for eligible care needs once savings fall below the threshold.")).toEqual([]);
    expect(kinds("The Council acknowledges the fault.")).toEqual([]);
    expect(kinds("No payment would remedy the injustice.")).toEqual([]);
    expect(kinds("The Independent Reviewer made a recommendation that the Council pay Mr X £500, which it refused.")).toEqual([]);
    expect(kinds("Although it initially refused, the Council has also agreed to pay him £200.").map((k) => k.slice(0, 2))).toEqual([
      ["payment", 200],
    ]);
    expect(givenRemedies("The Council will review the case and has apologised to Mr X.", 1).remedies.map((r) => r.kind)).toEqual([
      "apology",
    ]);
  });

  it("reads no remedy in a summary that says only that the body put things right", () => {
    expect(kinds("It had already taken action which puts things right, so we have not asked it to do more.")).toEqual([]);
  });
  it("reads no remedy where a fault could have been put right, or the complainant wants it put right", () => {
    expect(kinds("The Council could have put this right by apologising.")).toEqual([]);
    expect(kinds("Mr X wants the Council to put things right by paying him £5,000.")).toEqual([]);
  });
});

describe("summaryRemedies and what the complainant says", () => {
  it("reads no remedy in an allegation, whoever its subject", () => {
    expect(kinds("He complains the Council has issued him a penalty charge and will not cancel it.")).toEqual([]);
    expect(kinds("She says the Council should pay her £1,000.")).toEqual([]);
  });
  it("reads a remedy after a clause that only tells when the complainant complained", () => {
    expect(kinds("After Mr D complained, the Council apologised and paid him £150.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 150, "paid him £150"],
    ]);
    expect(kinds("Since Mrs R complained to us, the Board has apologised for the delay.")).toEqual([
      ["apology", null, "apologised for the delay"],
    ]);
    expect(kinds("Mrs R complained the Board has apologised too late.")).toEqual([]);
    // A comma after the complainant's words does not make them the body's.
    expect(kinds("Mrs E said, in her complaint, that the Council will pay her £300.")).toEqual([]);
    expect(kinds("Mr F complained to us, saying the Council should pay him £500.")).toEqual([]);
    expect(kinds("Ms M claims, the Council has agreed to pay her £90.")).toEqual([]);
    expect(kinds("The Council said sorry was not needed as it had done nothing wrong.")).toEqual([]);
  });
});

describe("summaryRemedies and what the body did itself", () => {
  it("reads a remedy the body gave before the complaint came to the ombudsman", () => {
    expect(kinds("The Council apologised and offered Mr X £150 for his time and trouble.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 150, "offered Mr X £150 for his time and trouble"],
    ]);
    expect(kinds("The Trust made a goodwill payment to Mrs Y.")).toEqual([["payment", null, "made a goodwill payment to Mrs Y"]]);
  });
  it("reads an apology told in plain words", () => {
    expect(kinds("The Council has accepted it was slow, said sorry and paid Mr N £60.")).toEqual([
      ["apology", null, "said sorry"],
      ["payment", 60, "paid Mr N £60"],
    ]);
    expect(kinds("The Council has agreed to say sorry to Ms B and review its standard letters.")).toEqual([
      ["apology", null, "say sorry to Ms B"],
      ["service-improvement", null, "review its standard letters"],
    ]);
  });
  it("reads a remedy already given by a body that is the subject of an earlier verb", () => {
    expect(kinds("The Council accepted it took too long and has already apologised and paid Ms C £150.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 150, "paid Ms C £150"],
    ]);
  });
  it("reads no remedy in a body that gave none", () => {
    expect(kinds("The Council did not reply to his letters and made no apology.")).toEqual([]);
    expect(kinds("The Council failed to respond and offered no apology until we became involved.")).toEqual([]);
    expect(kinds("The Council made a further payment of £100 in March.")).toEqual([
      ["payment", 100, "made a further payment of £100 in March"],
    ]);
  });
  it("reads a remedy given by a body that is the subject of an earlier verb in the past tense", () => {
    expect(kinds("The Council admitted the error in its stage two reply and apologised to Mr J.")).toEqual([
      ["apology", null, "apologised to Mr J"],
    ]);
    expect(kinds("The Trust accepted it had lost the notes, apologised and paid Mrs W £75.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 75, "paid Mrs W £75"],
    ]);
    // The earlier verb's words hold no remedy of their own: the first remedy is read from its own start.
    expect(kinds("It has apologised and offered her £100 for her time and trouble.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 100, "offered her £100 for her time and trouble"],
    ]);
  });
  it("reads each thing a body already did, with or without its own 'has'", () => {
    expect(kinds("The Council has already apologised and has reminded its staff of the guidance.")).toEqual([
      ["apology", null, "apologised"],
      ["service-improvement", null, "reminded its staff of the guidance"],
    ]);
    expect(kinds("The Council has accepted it was at fault, has apologised and paid Mr E £150.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 150, "paid Mr E £150"],
    ]);
  });
  it("ends the actions at a clause of their own", () => {
    expect(
      kinds("The Council offered Ms X £50, and any remaining injustice is not significant enough to justify our involvement."),
    ).toEqual([["payment", 50, "offered Ms X £50"]]);
    expect(kinds("The Council has already offered a refund of £40 and further investigation would not achieve more.")).toEqual([
      ["other", null, "offered a refund of £40"],
    ]);
  });
  it("splits a list of actions at each action's verb", () => {
    expect(kinds("The Council will apologise, recalculate the allowance and pay Mrs D £100.").map((k) => k[2])).toEqual([
      "apologise",
      "recalculate the allowance",
      "pay Mrs D £100",
    ]);
  });
  it("reads no new remedy where the summary points back to one", () => {
    expect(kinds("The Council has since reminded its staff of the guidance. That is a suitable remedy.")).toEqual([
      ["service-improvement", null, "reminded its staff of the guidance"],
    ]);
  });
  it("keeps a list's later words with the action they belong to", () => {
    expect(kinds("The Council will update its website and its financial assessment letters so they explain the charges.")).toEqual([
      ["service-improvement", null, "update its website and its financial assessment letters so they explain the charges"],
    ]);
  });
  it("reads nothing the body offered that is not a remedy", () => {
    expect(kinds("The Council offered Mr X a place at another school.")).toEqual([]);
  });
});

describe("summaryRemedies and who agreed", () => {
  it("reads no remedy in what the complainant, their family or the ombudsman agreed to", () => {
    expect(kinds("The Council did not tell her the cost of the care she agreed to receive.")).toEqual([]);
    expect(kinds("Mr T had agreed to pay the charges in instalments.")).toEqual([]);
    expect(kinds("The complainant then agreed to move to a smaller flat.")).toEqual([]);
    expect(kinds("Her son agreed to pay the care home fees.")).toEqual([]);
    expect(kinds("We agreed not to pursue the complaint about the 2019 assessment because it was late.")).toEqual([]);
  });
  it("reads what the body agreed to after naming the complainant, and what its officer agreed to", () => {
    expect(kinds("The Council contacted Mr X then agreed to pay him £200.")).toEqual([["payment", 200, "pay him £200"]]);
    expect(kinds("The social worker Ms B agreed to arrange a carers assessment.")).toEqual([
      ["other", null, "arrange a carers assessment"],
    ]);
    expect(kinds("Mr X has since agreed to move to a smaller property.")).toEqual([]);
    expect(kinds("The Council wrote to Mr X and agreed to pay him £250 for the distress caused.")).toEqual([
      ["payment", 250, "pay him £250 for the distress caused"],
    ]);
    expect(kinds("The Council accepted that it should not have charged Mrs X and agreed not to pursue the debt.")).toEqual([
      ["other", null, "not to pursue the debt"],
    ]);
  });
  it("reads no remedy in what the body had agreed not to do, or agreed not to do other than a charge", () => {
    expect(kinds("The Council previously agreed not to pursue the debt but later referred it to enforcement agents.")).toEqual([]);
    expect(kinds("Under the deferred payment agreement the Council agreed not to charge interest.")).toEqual([]);
    expect(kinds("The Council told Mrs X in 2021 that it agreed not to charge her for respite care.")).toEqual([]);
    expect(kinds("When she moved into the home, the Council agreed not to charge her until her house was sold.")).toEqual([]);
    expect(kinds("The landlord agreed not to pursue the rent arrears.")).toEqual([]);
    expect(kinds("The Council was at fault because it sent Mrs X a bill after it had agreed not to charge her.")).toEqual([]);
    expect(kinds("The Council agreed not to pay the provider until the works were complete.")).toEqual([]);
    expect(kinds("The Council agreed not to proceed with a stage two review.")).toEqual([]);
  });
  it("reads what the body agreed not to do as a remedy, and the actions after it", () => {
    expect(kinds("The Council has agreed not to charge Mrs D for the extra visits and apologise for the distress caused.")).toEqual([
      ["other", null, "not to charge Mrs D for the extra visits"],
      ["apology", null, "apologise for the distress caused"],
    ]);
    expect(kinds("The Council agreed not to pursue the debt.")).toEqual([["other", null, "not to pursue the debt"]]);
  });
});

describe("summaryRemedies and the verbs the body shares", () => {
  it("reads what a body that owns the fault will do", () => {
    expect(kinds("The Council accepts it kept Mr R in the hostel too long and will apologise and pay him £250.")).toEqual([
      ["apology", null, "apologise"],
      ["payment", 250, "pay him £250"],
    ]);
    expect(kinds("The Council has agreed to this and will pay Mr Q £300.")).toEqual([["payment", 300, "pay Mr Q £300"]]);
    expect(kinds("Mrs N says the Council ignored her letters and will not pay.")).toEqual([]);
  });
  it("reads what a body already gave before what it will do", () => {
    expect(kinds("The Council had already paid Mr X £200 and will pay him a further £100.")).toEqual([
      ["payment", 200, "paid Mr X £200"],
      ["payment", 100, "pay him a further £100"],
    ]);
  });
  it("reads nothing, rather than only what a body will do, when it gave something before it owned the fault", () => {
    expect(kinds("The Council accepted fault, reimbursed Mrs X's costs of £120 and will apologise to her.")).toEqual([]);
    expect(kinds("The Council admitted the error and will apologise to Mr X.")).toEqual([["apology", null, "apologise to Mr X"]]);
  });
  it("reads what a body agreed to before owning the fault and saying what it will do", () => {
    expect(kinds("The Council accepts it was at fault and has agreed to pay Mr X £200 and will remind its staff of the policy.")).toEqual([
      ["payment", 200, "pay Mr X £200"],
      ["service-improvement", null, "remind its staff of the policy"],
    ]);
  });
  it("reads no remedy in what a body will do that owns no fault", () => {
    expect(kinds("The Council has acknowledged Mr X's complaint and will send him a response within 20 working days.")).toEqual([]);
    expect(kinds("They accept they owe the arrears and will pay them in instalments.")).toEqual([]);
    expect(kinds("The Council is reconsidering Ms B's application and will write to her with its decision.")).toEqual([]);
    expect(kinds("The Council disputes the amount claimed and will pay only the cost of the original repair.")).toEqual([]);
    expect(kinds("I have considered the Council's response and will issue my final decision.")).toEqual([]);
    expect(kinds("Mr X accepted it in full and will pay the remaining charge.")).toEqual([]);
  });
  it("reads no remedy in recommendations someone refused or did not carry out", () => {
    expect(kinds("Mrs X rejected the Council's proposed remedies, including an apology and a payment of £200.")).toEqual([]);
    expect(kinds("The Council has not yet complied with our recommendations, including a payment of £300.")).toEqual([]);
  });
  it("reads an action the body agreed to, told after an action it already gave", () => {
    expect(kinds("The Council had apologised to Ms E and it agreed to review the way it records visits.")).toEqual([
      ["apology", null, "apologised to Ms E"],
      ["service-improvement", null, "review the way it records visits"],
    ]);
  });
  it("reads no action in 'agreed to' that ends a clause", () => {
    expect(kinds("The Council did not send details of the work it agreed to when it wrote to Mr P.")).toEqual([]);
  });
  it("reads the recommendations agreed, listed after a comma", () => {
    expect(kinds("The Council has agreed our recommendations, including an apology and a payment to the family.")).toEqual([
      ["apology", null, "an apology"],
      ["payment", null, "a payment to the family"],
    ]);
  });
  it("reads the agreed action of a symbolic payment", () => {
    expect(kinds("We consider the agreed action of a symbolic payment is enough.")).toEqual([
      ["payment", null, "a symbolic payment is enough"],
    ]);
  });
});

describe("summaryRemedies and how the remedy is named", () => {
  it("reads the nouns of remedies the body gave that the sentence says remedy the injustice", () => {
    expect(kinds("The Council's apology remedies the injustice.")).toEqual([["apology", null, "The Council's apology"]]);
    expect(kinds("Its apology and changes to its procedures for serving notices remedies the injustice caused.")).toEqual([
      ["apology", null, "Its apology"],
      ["service-improvement", null, "changes to its procedures for serving notices"],
    ]);
    expect(kinds("The Council's apology did not remedy the injustice.")).toEqual([]);
    expect(kinds("The Council's payment of £150 has not remedied the injustice.")).toEqual([]);
    expect(kinds("An apology alone would not have remedied the injustice.")).toEqual([]);
    // Another's payment, a refused offer and a sentence that tells of a fault name no remedy of the body's.
    expect(kinds("Compensation from the insurer remedies the loss.")).toEqual([]);
    expect(kinds("The payment the Council offered remedies the injustice, but Mrs X refused it.")).toEqual([]);
    expect(
      kinds("Sending the letter to the wrong address caused Ms X distress, but the Council has since put right the injustice."),
    ).toEqual([]);
    expect(kinds("Putting Mr X's name on the list in 2021 would have remedied the injustice.")).toEqual([]);
    expect(kinds("The Council's payment of £100 has not adequately addressed the injustice.")).toEqual([]);
    expect(kinds("The Council's apology, it says, remedied the injustice.")).toEqual([]);
    expect(kinds("Taking everything into account, I am satisfied the Council's actions have remedied the injustice.")).toEqual([]);
    expect(kinds("Setting aside the question of fault, the Council's payment of £200 remedies the injustice.")).toEqual([]);
    expect(kinds("The Ombudsman's guidance on remedies says a symbolic payment should remedy the distress caused.")).toEqual([]);
    expect(kinds("The Council's apology has not, in my view, remedied the injustice.")).toEqual([]);
    expect(kinds("The Council's apology only partly remedied the injustice.")).toEqual([]);
    expect(kinds("The payment of £300 from the care provider remedied the injustice to Mrs X.")).toEqual([]);
    // A refusal the remedy's words tell of is no refusal of the remedy.
    expect(
      kinds("An apology and payment of £150 is a suitable remedy for the injustice caused by the Council's refusal to assess Mrs X."),
    ).toEqual([
      ["apology", null, "An apology"],
      ["payment", 150, "payment of £150"],
    ]);
    expect(kinds("Meeting Ms X to explain the delay has remedied her frustration.")).toEqual([
      ["other", null, "Meeting Ms X to explain the delay"],
    ]);
    // A passive sentence is read by its own rule first.
    expect(kinds("A payment of £300 was agreed, which remedies the injustice.")).toEqual([["payment", 300, "A payment of £300"]]);
  });
  it("reads actions told as gerunds that the sentence says remedy the injustice", () => {
    expect(kinds("Reviewing its procedure for booking interpreters and apologising to Ms A remedies her injustice.")).toEqual([
      ["service-improvement", null, "Reviewing its procedure for booking interpreters"],
      ["apology", null, "apologising to Ms A"],
    ]);
    expect(kinds("Paying Mr L £150 would remedy the distress caused.")).toEqual([["payment", 150, "Paying Mr L £150"]]);
    // A gerund that is no action agreed, and an injustice nothing remedies, name no remedy.
    expect(kinds("Waiting for the review remedies nothing.")).toEqual([]);
  });
  it("reads the remedy the ombudsman considers suitable, in the ombudsman's own voice only", () => {
    expect(kinds("The delay is resolved, and we consider the Council's apology to be a sufficient remedy for the injustice.")).toEqual([
      ["apology", null, "the Council's apology"],
    ]);
    expect(kinds("We are satisfied that its apology and payment of £75 are a suitable remedy.")).toEqual([
      ["apology", null, "its apology"],
      ["payment", 75, "payment of £75"],
    ]);
    expect(kinds("Mrs K does not consider the Council's apology to be a suitable remedy.")).toEqual([]);
    // A response judged reasonable is no remedy, nor an offer refused or on a condition.
    expect(kinds("We consider its decision not to pay Mr X's costs to be a reasonable response.")).toEqual([]);
    expect(kinds("We consider the Council's offer, which Mrs X rejected, to be a suitable remedy.")).toEqual([]);
    expect(kinds("We think the Council's offer to be a reasonable remedy, if Mr X accepts it.")).toEqual([]);
    expect(kinds("We consider the Council's offer of £100 not to be a suitable remedy.")).toEqual([]);
    expect(kinds("I consider the Council's response to Mr X's stage two complaint to be a fair remedy.")).toEqual([]);
    expect(
      kinds("Although the Council has not accepted fault, we consider its apology and payment of £100 are a suitable remedy."),
    ).toEqual([
      ["apology", null, "its apology"],
      ["payment", 100, "payment of £100"],
    ]);
  });
  it("reads no remedy in recompense that was not given", () => {
    expect(kinds("The Council offered nothing by way of recompense.")).toEqual([]);
    expect(kinds("The Council offered to consider financial redress if Mr X sent evidence of his costs.")).toEqual([]);
  });
  it("reads no remedy in words that only call what was given suitable", () => {
    expect(kinds("The Council offered some financial recompense to Mr B, providing an appropriate remedy.")).toEqual([
      ["payment", null, "offered some financial recompense to Mr B"],
    ]);
  });
  it("reads the actions on both sides of a concession or of 'but ... also'", () => {
    expect(kinds("The Council will apologise to Mrs Y but will also pay her £150 for her distress.")).toEqual([
      ["apology", null, "apologise to Mrs Y"],
      ["payment", 150, "pay her £150 for her distress"],
    ]);
    expect(kinds("The Council has agreed to apologise to Mr X, although it does not accept fault, and pay him £150.")).toEqual([
      ["apology", null, "apologise to Mr X"],
      ["payment", 150, "pay him £150"],
    ]);
    expect(
      kinds(
        "We recommended the Council apologise to Mr X, pay him £200 although it may deduct any sum already paid, and review its procedures.",
      ),
    ).toEqual([
      ["apology", null, "apologise to Mr X"],
      ["payment", 200, "pay him £200 although it may deduct any sum already paid"],
      ["service-improvement", null, "review its procedures"],
    ]);
    expect(kinds("The Council agreed to refund all but £50 of the fees and pay Mrs X £100.")).toEqual([
      ["other", null, "refund all but £50 of the fees"],
      ["payment", 100, "pay Mrs X £100"],
    ]);
  });
  it("keeps the comma between items that a clause inside one of them holds", () => {
    expect(
      kinds(
        "The Council agreed to apologise to Mr X for failing to contact him while he was in hospital, pay him £150 and review its discharge procedures.",
      ),
    ).toEqual([
      ["apology", null, "apologise to Mr X for failing to contact him while he was in hospital"],
      ["payment", 150, "pay him £150"],
      ["service-improvement", null, "review its discharge procedures"],
    ]);
    expect(
      kinds("The Council has agreed to apologise to Ms X, but upheld its decision to refuse the badge, and agreed to pay her £100."),
    ).toEqual([
      ["apology", null, "apologise to Ms X"],
      ["payment", 100, "pay her £100"],
    ]);
  });
  it("reads a financial remedy with its sum", () => {
    expect(kinds("We recommended the Council apologises to Mrs X and provides a financial remedy of £300.")).toEqual([
      ["apology", null, "apologises to Mrs X"],
      ["payment", 300, "provides a financial remedy of £300"],
    ]);
  });
  it("ends an item where the clause turns to something else", () => {
    expect(kinds("The Council has recently apologised for the delay but has upheld its decision to end the licence.")).toEqual([
      ["apology", null, "apologised for the delay"],
    ]);
    expect(kinds("The Council agreed to return the fees she paid but not used and pay her £100.")).toEqual([
      ["other", null, "return the fees she paid but not used"],
      ["payment", 100, "pay her £100"],
    ]);
  });
});

describe("summaryRemedies and dashes", () => {
  it("reads a colon's list of dashed items, and leaves a dash in prose alone", () => {
    expect(kinds("The Council has agreed to: - apologise to Mr K; - pay him £150.")).toEqual([
      ["apology", null, "apologise to Mr K"],
      ["payment", 150, "pay him £150"],
    ]);
    expect(kinds("The Council agreed to pay Ms J £200 - the sum we recommended - for her distress.")).toEqual([
      ["payment", 200, "pay Ms J £200 - the sum we recommended - for her distress"],
    ]);
  });
});

describe("summaryRemedies on one body's page of a joint decision", () => {
  const summary = "The Trust has agreed to apologise to Ms W and pay her £500. The Council will remind its staff of the guidance.";
  it("reads only what this body agreed", () => {
    expect(summaryRemedies(summary, "summary", "council").remedies.map((r) => r.text)).toEqual(["remind its staff of the guidance"]);
    expect(summaryRemedies(summary, "summary", "nhs").remedies.map((r) => r.text)).toEqual(["apologise to Ms W", "pay her £500"]);
  });
  it("reads what the bodies agreed together on either page, however they are written", () => {
    const joint = "The council and the NHS foundation trust will apologise and pay Ms X £300.";
    expect(summaryRemedies(joint, "summary", "council").remedies).toHaveLength(2);
    expect(summaryRemedies(joint, "summary", "nhs").remedies).toHaveLength(2);
  });
});

describe("givenRemedies", () => {
  const given = (text: string) => givenRemedies(text, 7).remedies.map((r) => [r.kind, r.amountGBP ?? null, r.text]);
  it("reads what the body already gave", () => {
    expect(given("The Council accepts it should have replied sooner and has apologised.")).toEqual([["apology", null, "apologised"]]);
    expect(given("In its reply the Council apologised and offered Mrs Y £75 for her time.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", 75, "offered Mrs Y £75 for her time"],
    ]);
  });
  it("reads only what is a remedy on its own, not the facts of the case", () => {
    expect(given("The Council has paid the rent since May.")).toEqual([]);
    expect(given("It explained what capital it had taken into account.")).toEqual([]);
    expect(given("The Council has made payments of housing benefit since April.")).toEqual([]);
  });
  it("reads a payment named as one, with no sum stated", () => {
    expect(given("The Council has already apologised and made a payment to Mr G.")).toEqual([
      ["apology", null, "apologised"],
      ["payment", null, "made a payment to Mr G"],
    ]);
    expect(given("The care home has since paid her compensation.")).toEqual([["payment", null, "paid her compensation"]]);
    expect(given("The Council has made a payment of rent to the landlord.")).toEqual([]);
    expect(given("The Council has made a direct payment to Mrs W since March.")).toEqual([]);
    expect(given("The Council offered Mr Y compensation, which he refused.")).toEqual([]);
    expect(given("The Council offered Mr Y £200, but he declined it.")).toEqual([]);
  });
  it("reads nothing the body will or should do, nor a list of nouns", () => {
    expect(given("The Council will review its policy and pay Mr X £100.")).toEqual([]);
    expect(given("An apology and a payment of £100 would be a suitable remedy.")).toEqual([]);
  });
});
