import { describe, expect, it } from "vitest";
import { classifyRemedy, remedy } from "../../../src/lib/decision/remedy-kind.ts";

describe("classifyRemedy", () => {
  it.each([
    ["Apologise to Mr X for the fault identified.", { kind: "apology" }],
    ["Pay Mr X £200 to acknowledge the distress.", { kind: "payment", amountGBP: 200 }],
    ["pay Mrs Y £1,000 for her loss and £250 for her time and trouble.", { kind: "payment", amountGBP: 1250 }],
    ["Remind social workers to keep written records of all meetings.", { kind: "service-improvement" }],
    ["Add a further note to C’s case record.", { kind: "other" }],
  ])("%s", (text, expected) => {
    expect(classifyRemedy(text)).toEqual(expected);
  });
});

describe("classifyRemedy on money that is not a payment", () => {
  it.each([
    ["refund the £67 licence fee", { kind: "other" }],
    ["refunded the fees it charged beyond what its contract allowed", { kind: "other" }],
    ["backdate the reduction to the start of its policy year", { kind: "other" }],
    ["waive the charges for all tenants affected by the error", { kind: "service-improvement" }],
    ["waive the care charges of £1,100 for the period in question", { kind: "other" }],
    ["write-off some of the arrears Miss X accrued for the interim accommodation", { kind: "other" }],
    ["review Mrs X’s direct payments", { kind: "other" }],
    ["pay Mrs X £250 and waive the £300 fee", { kind: "payment", amountGBP: 250 }],
    ["make a symbolic payment to Miss X and Y", { kind: "payment" }],
    ["pay Mr X £1.2k", { kind: "payment" }],
    ["£150 for her time and trouble", { kind: "payment", amountGBP: 150 }],
    [
      "pay Ms L £300 for her distress. This includes the £75 it offered, so if it has paid that it should pay a further £225.",
      { kind: "payment", amountGBP: 300 },
    ],
  ])("%s", (text, expected) => {
    expect(classifyRemedy(text)).toEqual(expected);
  });
});

describe("classifyRemedy by whom an action is for", () => {
  it.each([
    "review its home to school transport service",
    "review their joint hospital discharge protocol",
    "agree a protocol for sharing assessments between its teams",
    "carry out an internal review of the complaint's handling",
    "amend its leaflets so they explain the charges",
    "update the information on its website",
    "write to everyone affected by the error",
    "identify any other families in the same position and offer them the same remedy",
    "contact all residents on the estate affected by the missed collections",
    "offer every family in the same position a review",
    "review how it records home visits",
    "consider whether its staff need more support",
    "take action to address the faults in its service",
    "address a gap in commissioning",
    "prepare an action plan",
    "Consider whether its charging policy is fair to carers",
    "write to everyone whose claim was refused on the same grounds, offering to reconsider it",
    "check the records of every tenant on the estate",
    "carry out an audit of other cases where respite was reduced without a review",
    "review the letter it sends to parents before a placement ends",
    "update its website and its financial assessment letters so they explain deferred payment agreements",
    "check whether other accounts were passed to enforcement agents during the arrangement",
    "check that every property on its assisted collection list has the right flag",
    "review the information its social workers give families about top-up fees",
    "report to the relevant committee on the number of families in bed and breakfast",
    "review its use of agency carers for home visits",
    "review its staffing of the financial assessment team",
    "changed the way it manages applications for grants",
    "send us a report on the steps it is taking to make sure plans are issued within 20 weeks",
    "review the communications it sends out to blue badge applicants",
    "review the way it records site visits for planning applications",
    "make changes to decision letters",
    "take action to prevent future recurrence of the fault",
    "ensure that the complaints it receives are handled under the statutory complaints procedure",
    "review why the complaint was not handled under its complaints procedure",
    "check the correspondence it issues to tenants in arrears",
    "review its complaints procedure",
    "ensure complaints are dealt with under the correct procedure in future",
    "introduced a weekly report of claims waiting more than 14 days, which a team leader checks",
    "set up a single log of requests to review the suitability of temporary accommodation",
    "put in place a system to alert managers when a review is overdue",
    "create a tracker of annual reviews due in the next three months",
    "send us details of the number of families with children in bed and breakfast for more than six weeks and the steps it is taking to reduce this",
  ])("%s is a service improvement", (text) => {
    expect(classifyRemedy(text)).toEqual({ kind: "service-improvement" });
  });

  it.each([
    "provide Mr X with a copy of his assessment",
    "reassess Mrs Y's care needs",
    "review its decision on Ms Z's application",
    "explain to Mrs Y its charging rules",
    "agree an action plan for Mrs Y",
    "consider whether the reassessment shows Mr H needed more care",
    "explained the delay was caused by a backlog in its casework team",
    "review its handling of Mr K's application",
    "change the way it assesses Mr K's needs",
    "review its handling of the complaint and write to Mr X",
    "change how it calculates the contribution for Mr X",
    "tell us what it has done to ensure C receives suitable education",
    "complete its financial checks on Mrs Y's application",
    "tell us what it has done to make sure Mrs L receives the care in her plan",
    "put the complaint through the statutory children's complaints procedure",
    "review the way it assessed Mrs Y's needs",
    "review the way it calculated the charges for the property",
    "carry out the works needed to prevent further recurrence of damp in Ms Y's home",
    "make changes to his care forms",
    "review the way it has calculated the rent arrears",
    "clear the drain to prevent further recurrence of flooding at the property",
    "ensure all correspondence it sends to Mrs X is in large print",
    "provide redress for Mrs X's loss by reinstating her place",
    "consider Mrs Y's complaint at stage two of its complaints procedure",
    "deal with his complaint under its corporate complaints process within 20 working days",
    "put in place weekly checks of her collection",
    "set up a direct payment for Mrs Y's care",
    "create a new support plan with Mr K and his family",
    "put in place weekly checks of Y's attendance until the end of term",
    "set up a weekly report to the family on the progress of the repairs",
    "put in place a system of weekly welfare checks on Z",
  ])("%s is for the complainant", (text) => {
    expect(classifyRemedy(text)).toEqual({ kind: "other" });
  });
});

it("reads an action for everyone in the same position as a service improvement, even one that pays them", () => {
  expect(classifyRemedy("review the allowances of all foster carers paid at the old rate and pay any arrears due")).toEqual({
    kind: "service-improvement",
  });
  expect(classifyRemedy("pay all affected residents £50")).toEqual({ kind: "service-improvement" });
});

it("reads the complainant's own people as theirs, not as everyone in the same position", () => {
  expect(classifyRemedy("pay all her carers' outstanding invoices")).toEqual({ kind: "payment" });
  expect(classifyRemedy("pay Mrs X £200 and contact every parent affected")).toEqual({ kind: "payment", amountGBP: 200 });
});

describe("classifyRemedy and the word payment", () => {
  it("reads recompense and financial redress given as a payment, and not one the action is about", () => {
    expect(classifyRemedy("offered some financial recompense to Mr B")).toEqual({ kind: "payment" });
    expect(classifyRemedy("review its policy on financial redress")).toEqual({ kind: "service-improvement" });
    expect(classifyRemedy("apologise for not offering recompense sooner")).toEqual({ kind: "apology" });
    expect(classifyRemedy("provide financial redress for the lost tuition")).toEqual({ kind: "payment" });
  });
  it("reads a payment the action gives, however it is written", () => {
    expect(classifyRemedy("make two back-payments of the allowance to Mr X")).toEqual({ kind: "payment" });
    expect(classifyRemedy("an acknowledgement payment")).toEqual({ kind: "payment" });
    expect(classifyRemedy("offer Ms Y a time and trouble payment of £75")).toEqual({ kind: "payment", amountGBP: 75 });
  });
  it("reads the sums from the sentences that pay, not from one that explains them", () => {
    expect(classifyRemedy("pay Ms C £750 for five months of distress. This is based on £150 for each month")).toEqual({
      kind: "payment",
      amountGBP: 750,
    });
  });
  it("reads the sum paid, not the sum that works it out", () => {
    expect(classifyRemedy("pay Ms Y £1,050, being £150 for each of the seven months beyond the limit")).toEqual({
      kind: "payment",
      amountGBP: 1050,
    });
    expect(classifyRemedy("pay Ms Y £150 for each month she waited")).toEqual({ kind: "payment" });
  });
  it("reads telling staff how to work as a service improvement, even about paying, unless it states a sum", () => {
    expect(classifyRemedy("remind staff who arrange placements that they must confirm who will pay any top-up")).toEqual({
      kind: "service-improvement",
    });
    expect(classifyRemedy("brief all collection crews on how assisted collections work")).toEqual({ kind: "service-improvement" });
    expect(classifyRemedy("remind its officers of the guidance and pay Mr X £100")).toEqual({ kind: "payment", amountGBP: 100 });
  });
  it("reads 'said sorry' as an apology, but not when it starts a clause of its own", () => {
    expect(classifyRemedy("said sorry to Mr V for the delay")).toEqual({ kind: "apology" });
    expect(classifyRemedy("said sorry was not needed as it had done nothing wrong")).toEqual({ kind: "other" });
  });
  it("reads a sum paid 'each' to the people the action names", () => {
    expect(classifyRemedy("pay Mr D and Mrs E £150 each")).toEqual({ kind: "payment", amountGBP: 300 });
    expect(classifyRemedy("pay Mr and Mrs B £250 each for their distress")).toEqual({ kind: "payment", amountGBP: 500 });
    expect(classifyRemedy("pay them both £100 each")).toEqual({ kind: "payment", amountGBP: 200 });
    expect(classifyRemedy("pay £175 each to Mr J and Ms K for the uncertainty")).toEqual({ kind: "payment", amountGBP: 350 });
    expect(classifyRemedy("pay £90 each to Mr and Mrs Q, to recognise their time and trouble")).toEqual({
      kind: "payment",
      amountGBP: 180,
    });
    expect(classifyRemedy("pay her three children £60 each")).toEqual({ kind: "payment", amountGBP: 180 });
    expect(classifyRemedy("pay £80 each to the two grandparents who cared for Z")).toEqual({ kind: "payment", amountGBP: 160 });
    // One person named, or none: the number paid is not known.
    expect(classifyRemedy("pay Ms T £400 each")).toEqual({ kind: "payment" });
    expect(classifyRemedy("pay £400 each to Ms T")).toEqual({ kind: "payment" });
    expect(classifyRemedy("pay Ms T £400 each to cover two visits")).toEqual({ kind: "payment" });
    expect(classifyRemedy("pay £400 each to cover the two visits")).toEqual({ kind: "payment" });
    expect(classifyRemedy("pay £50 each to cover both missed visits")).toEqual({ kind: "payment" });
    expect(classifyRemedy("pay the mother of three children £50 each")).toEqual({ kind: "payment" });
    // Those named after a sum are the ones it is paid to, before those named earlier.
    expect(classifyRemedy("pay Mr and Mrs A £250 each, and £100 each to their three children")).toEqual({
      kind: "payment",
      amountGBP: 800,
    });
    expect(classifyRemedy("pay Ms T £400 each to both of her sons")).toEqual({ kind: "payment", amountGBP: 800 });
  });

  it("reads the parts a sum is split into as that sum, not more", () => {
    expect(classifyRemedy("jointly pay Mr R £900, of which the Council will pay £500 and the Trust £400.")).toEqual({
      kind: "payment",
      amountGBP: 900,
    });
    expect(classifyRemedy("pay Ms K £1,200, made up of £800 for her distress and £400 for her time and trouble")).toEqual({
      kind: "payment",
      amountGBP: 1200,
    });
    expect(classifyRemedy("pay £600 to Mr and Mrs A, split as £300 to Mr A and £300 to Mrs A")).toEqual({
      kind: "payment",
      amountGBP: 600,
    });
    // Sums that do not add up to the one before are not its parts.
    expect(classifyRemedy("pay Mr R £900, shared with his sister, and pay Mrs R £250 for her time")).toEqual({
      kind: "payment",
      amountGBP: 1150,
    });
    // Sums added after the parts' words, with "and" after a comma or "plus", are sums of their own, whatever they add up to.
    expect(classifyRemedy("pay Mr D £400, shared equally with his brother, and £250 for his time and £150 for distress")).toEqual({
      kind: "payment",
      amountGBP: 800,
    });
    expect(classifyRemedy("pay Mr D £400 to be shared with Mrs D, plus £300 for distress and £100 for time and trouble")).toEqual({
      kind: "payment",
      amountGBP: 800,
    });
    expect(classifyRemedy("pay Mr R £300 for distress. The Council and the Trust shared the cost. It should also pay £200")).toEqual({
      kind: "payment",
      amountGBP: 500,
    });
  });

  it("reads the total an action states for a rate", () => {
    expect(classifyRemedy("pay Mr U £60 for each week he waited. This is 7 weeks, so £420;")).toEqual({
      kind: "payment",
      amountGBP: 420,
    });
    expect(classifyRemedy("pay Mrs L £200 for each month without the therapy. This is £1,400 for the seven months.")).toEqual({
      kind: "payment",
      amountGBP: 1400,
    });
  });

  it("reads a sum after 'which is' as the amount when no sum comes before it", () => {
    expect(classifyRemedy("reimburse Mr Q's taxi fares for the term, which is £96.50")).toEqual({ kind: "payment", amountGBP: 96.5 });
  });

  it("reads no payment in money owed under a scheme and paid late", () => {
    expect(classifyRemedy("pay the kinship allowance arrears from May 2021, which it estimates at £2,610").kind).not.toBe("payment");
    expect(classifyRemedy("pay Mr Y the direct payments it stopped in March, £1,900").kind).not.toBe("payment");
    expect(classifyRemedy("pay Mr E's housing benefit from the date of his claim").kind).not.toBe("payment");
  });

  it("reads one payment where a condition or a sum already paid is told beside it", () => {
    expect(
      classifyRemedy("pay Mrs X £400 for her distress. If the Council has already paid the £100 it offered, it should pay a further £300."),
    ).toEqual({ kind: "payment", amountGBP: 400 });
    expect(classifyRemedy("pay Mr B £250 for his distress. This is on top of the £75 it paid in March")).toEqual({
      kind: "payment",
      amountGBP: 250,
    });
  });

  it("reads no sum counted apart, in addition to the one paid", () => {
    expect(classifyRemedy("pay Mrs H a further £200, in addition to the £100 it has already paid")).toEqual({
      kind: "payment",
      amountGBP: 200,
    });
  });

  it("reads no sum that a payment takes the place of, however the replacing is told", () => {
    const total = (text: string) => classifyRemedy(text).amountGBP;
    expect(total("pay Mrs P £400, in place of the £100 it offered, to recognise her distress")).toBe(400);
    expect(total("pay Mr K £300 instead of the £50 offered at stage two")).toBe(300);
    expect(total("pay Ms D £250, rather than the £75 it proposed")).toBe(250);
    expect(total("pay Mr L £500, replacing the £200 it paid in error")).toBe(500);
    expect(total("pay Mr O £400 instead of the goodwill £150 it offered")).toBe(400);
  });

  it("reads a rate and the total it comes to once, however the total is written", () => {
    const total = (text: string) => classifyRemedy(text).amountGBP;
    expect(total("pay Mr X £150 a month for six months (£900)")).toBe(900);
    expect(total("pay Mr X £150 a month for six months, so £900 in total")).toBe(900);
    expect(total("pay Mrs X £25 a week for 12 weeks, £300 in total")).toBe(300);
    expect(total("pay Mr X £400 for each of the three terms (£1,200)")).toBe(1200);
    expect(total("pay Mr and Mrs X £250 each, a total of £500")).toBe(500);
    expect(total("pay Mr and Mrs X £250 each (£500 in total)")).toBe(500);
    // Two sums of the same size are two payments.
    expect(total("pay Mrs X £200 for her distress and £200 for her time and trouble")).toBe(400);
    // A second payment of its own, not one named before.
    expect(total("pay Mrs X £300 to recognise her distress, as well as £150 for her time and trouble")).toBe(450);
  });

  it("reads the payment beside money owed in the same action", () => {
    expect(classifyRemedy("pay the allowance arrears and pay Mrs X £200 for her distress")).toEqual({ kind: "payment", amountGBP: 200 });
    expect(classifyRemedy("pay Mrs X the backdated allowance and £200 for her distress")).toEqual({ kind: "payment", amountGBP: 200 });
  });

  it("reads a payment made on a condition other than an earlier payment", () => {
    expect(classifyRemedy("If it has not already done so, pay Mr X the £150 it offered. It should also pay him £200.")).toEqual({
      kind: "payment",
      amountGBP: 350,
    });
  });

  it("reads a total written after the sums it adds up once", () => {
    expect(classifyRemedy("pay Mrs T £120 a month for the 5 months she waited for a decision, a total of £600")).toEqual({
      kind: "payment",
      amountGBP: 600,
    });
    expect(classifyRemedy("pay Mr X £300 for his distress and £200 for his time and trouble, a total of £500")).toEqual({
      kind: "payment",
      amountGBP: 500,
    });
    expect(classifyRemedy("pay Ms X £150 a month until she is rehoused, which so far comes to £900")).toEqual({
      kind: "payment",
      amountGBP: 900,
    });
  });

  it("reads a sum before the word payment as a payment", () => {
    expect(classifyRemedy("meet half of a £400 payment to Mr C")).toEqual({ kind: "payment", amountGBP: 400 });
  });

  it("reads the sum paid, not the rate after it that works it out", () => {
    expect(classifyRemedy("pay Ms L £1,200 to recognise the lost education, at £400 for each term")).toEqual({
      kind: "payment",
      amountGBP: 1200,
    });
  });

  it("reads the sum paid, not the working in brackets after it", () => {
    expect(classifyRemedy("pay Mrs V £1,500 (£250 for each month she went without the service) to recognise her loss")).toEqual({
      kind: "payment",
      amountGBP: 1500,
    });
    // Brackets that follow no sum hold a sum of their own.
    expect(classifyRemedy("pay Mr Z for his distress (£200) and his time and trouble (£100)")).toEqual({ kind: "payment", amountGBP: 300 });
  });

  it("does not read a payment the action is only about", () => {
    expect(classifyRemedy("apologise to Mrs S for not telling her about deferred payments")).toEqual({ kind: "apology" });
    expect(classifyRemedy("explain to Mr X how his payment plan works")).toEqual({ kind: "other" });
  });
});

describe("classifyRemedy on an action to stop a fault happening again", () => {
  it.each([
    "take suitable action to prevent the fault occurring again",
    "take action to ensure that missed collections do not happen again, and tell Mr X what it has done",
    "take action to stop this happening again",
    "consider what it can do to avoid similar errors from recurring again",
    "make sure the same delay does not happen again",
    "take steps to avoid a similar fault in future",
    "contact other residents of its hostels about the missed inspections",
  ])("%s is a service improvement", (text) => {
    expect(classifyRemedy(text)).toEqual({ kind: "service-improvement" });
  });
  it.each([
    "take action to stop Mr X being charged again",
    "arrange for the visit to happen again next week",
    "make sure Mr X's missed bin collections do not happen again",
    "check Mrs F's care plan so the missed visits do not occur again",
    "write to her other children about the placement",
  ])("%s is not", (text) => {
    expect(classifyRemedy(text).kind).not.toBe("service-improvement");
  });
});

describe("classifyRemedy on a sum to each of several people", () => {
  it.each([
    ["pay each of the three tenants £100 for their trouble", 300],
    ["pay £250 to each of the two grandparents", 500],
    ["pay each of the neighbours £250 for their time", undefined],
    ["pay £100 to each of them", undefined],
    ["pay Mr and Mrs L £150 each", 300],
    ["pay Mr L £400 for each of the three terms", 1200],
    ["pay £150 to each of the two parents and £100 to their son", 400],
    ["pay £100 to each of the two children and their mother", undefined],
    ["pay Mr X, Mrs X and their son £100 to each of them", undefined],
    ["pay £500 to each of the two care homes", 500],
    ["pay each of the two grandsons £150", 300],
  ])("%s", (text, amountGBP) => {
    expect(classifyRemedy(text)).toEqual(amountGBP === undefined ? { kind: "payment" } : { kind: "payment", amountGBP });
  });
});

describe("classifyRemedy on a total told among its parts, and shares of a sum", () => {
  it.each([
    ["pay Mr J a further £100. That makes £250 in total with the £150 the Council paid him in August", 250],
    ["pay Mrs X £500 in total: £300 for her distress and £200 for her time and trouble", 500],
    ["pay Ms R £150 for her distress and £100 for her time, which makes £250", 250],
    // Three sums, none the others' total: three payments.
    ["pay Mr X £100, Mrs X £100 and their son £200", 400],
    // Sums that add up to another by chance, none called a total.
    ["reimburse Mrs X the cost of the private OT report (£200) and pay her £100 for her distress and £100 for her time and trouble", 400],
    ["pay Mrs X £300 in total for the three missed weeks of respite, £150 for her distress and £150 for her time and trouble", 600],
    // A share of a sum paid, and the sum it is a share of.
    ["pay Mr X £200 of the £500 he paid for the survey", 200],
    ["pay Mrs X £1,200 of the total cost of the private placement she arranged", 1200],
    ["pay Mrs X £500 of the amount she spent on private tuition and £200 for her distress", 700],
    ["make a joint payment of £600 to Mrs S, the Council paying £350 of this and the Trust £250", 600],
  ])("%s", (text, amountGBP) => {
    expect(classifyRemedy(text)).toEqual({ kind: "payment", amountGBP });
  });

  it("reads a sum that states the total, or the running total, of payments as none of its own", () => {
    expect(classifyRemedy("pay Ms R a further £150 for the delay. The total payment is therefore £1,650.")).toEqual({
      kind: "payment",
      amountGBP: 150,
    });
    expect(classifyRemedy("pay Mrs W a further £200, bringing the total it has paid her to £300, to acknowledge her distress")).toEqual({
      kind: "payment",
      amountGBP: 200,
    });
    expect(classifyRemedy("increase its offer of £100 to £250, and pay Mr W this sum")).toEqual({ kind: "payment", amountGBP: 250 });
  });

  it("reads who pays a sum named before as no payment of its own", () => {
    expect(classifyRemedy("the Council will pay £350 of this and the ICB £250")).toEqual({ kind: "other" });
    expect(classifyRemedy("the Trust will pay £200 of that sum")).toEqual({ kind: "other" });
  });
});

describe("remedy", () => {
  it("reads 'them' paid a sum each as the people the action named before", () => {
    expect(remedy("pay them £500 each", "summary", "apologise to Mr and Mrs D, and ").amountGBP).toBe(1000);
    expect(remedy("pay them £100 each", "summary", "apologise to Mrs S, Mr S and Ms T and ").amountGBP).toBe(300);
    // No one named before, or one person: the sum cannot be read.
    expect(remedy("pay them £500 each", "summary").amountGBP).toBeUndefined();
    expect(remedy("pay them £500 each", "summary", "apologise to Mr D and ").amountGBP).toBeUndefined();
    // Others named beside or after them, or people named as whose: not counted, so unknown.
    expect(remedy("pay them £300 each", "summary", "apologise to Mr and Mrs D and their daughter, Miss D, and ").amountGBP).toBeUndefined();
    expect(
      remedy("pay them £100 each", "summary", "tell Mr and Mrs D how it will support their sons, meet the boys and ").amountGBP,
    ).toBeUndefined();
    expect(remedy("pay them £100 each", "summary", "apologise to Mr and Mrs D's children, and ").amountGBP).toBeUndefined();
  });
});

describe("classifyRemedy on actions whose only sums are charges or money owed", () => {
  it.each([
    "pay Ms J the special guardianship allowance she should have received from March 2016, which it has calculated as £2,340",
    "cancel the £70 court costs and ask the enforcement agents to withdraw their £310 fees, so that Mr Y pays only the council tax he owes",
    "pay the £480 outstanding personal charges directly to the accommodation provider",
    "reimburse Ms A the £310 in enforcement fees she paid",
  ])("%s is no payment", (text) => {
    expect(classifyRemedy(text)).toEqual({ kind: "other" });
  });

  it.each([
    ["pay Mr X £500 towards his legal costs", 500],
    ["pay Mrs X the carer's allowance arrears and £200 for her distress", 200],
  ])("%s pays its own sum", (text, amountGBP) => {
    expect(classifyRemedy(text)).toEqual({ kind: "payment", amountGBP });
  });
});

describe("classifyRemedy on money the body owes", () => {
  it.each([
    ["pay Mr Y the £300 it owes him for the missed visits", { kind: "other" }],
    ["pay Mrs W the £1,850 of allowance owed to her", { kind: "other" }],
    ["pay the £2,000 of direct payments it owes, and pay Ms V £250 for her distress", { kind: "payment", amountGBP: 250 }],
    ["pay Mr S £200 to acknowledge the distress it caused him", { kind: "payment", amountGBP: 200 }],
    ["pay Mr X £300 due to him being left without care for three weeks", { kind: "payment", amountGBP: 300 }],
    ["pay Mrs Y £150 for the time and trouble she was put to chasing the money owed to her", { kind: "payment", amountGBP: 150 }],
  ])("%s", (text, expected) => {
    expect(classifyRemedy(text)).toEqual(expected);
  });
});
