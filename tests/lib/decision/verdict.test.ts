import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/lib/decision/structure.ts";
import { readVerdict, type VerdictInput } from "../../../src/lib/decision/verdict.ts";

const read = (input: Partial<VerdictInput> & { summary: string }) =>
  readVerdict({ outcome: "Upheld", blocks: [], faults: [], complete: false, ...input });

const actions: Block[] = [
  { kind: "section", title: "Agreed action", line: 1 },
  {
    kind: "paragraph",
    number: 20,
    text: "Within one month of the final decision the Council will:",
    line: 2,
    items: [
      { ordered: false, text: "apologise to Mr X; and", line: 3 },
      { ordered: false, text: "pay Mr X £200 for his distress.", line: 4 },
    ],
  },
];

describe("readVerdict", () => {
  it("reads fault, injustice and the remedy from an excerpt's summary", () => {
    const verdict = read({
      summary:
        "We found fault by the Council. This caused Mr X distress. The Council has agreed to apologise and pay Mr X £300 for distress and £150 for time and trouble.",
    });
    expect(verdict).toMatchObject({ faultFound: true, injustice: true, closureReason: null, remediesKnown: true, paymentTotalGBP: 450 });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, "summary"],
      ["payment", 300, "summary"],
      ["payment", 150, "summary"],
    ]);
  });

  it("counts a remedy once: a complete statement's action section, not the summary that sums it up", () => {
    const verdict = read({ summary: "We found fault. The Council will apologise and pay Mr X £200.", blocks: actions, complete: true });
    expect(verdict.remedies.map((r) => [r.kind, r.paragraph])).toEqual([
      ["apology", 20],
      ["payment", 20],
    ]);
    expect(verdict.paymentTotalGBP).toBe(200);
  });

  it("adds what the summary says the body had already given, when the action section does not list it", () => {
    const reviews: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 14,
        text: "The Council has agreed to review its guidance for its assessment officers.",
        line: 2,
        items: [],
      },
    ];
    const summary =
      "The Council was at fault. But it had already reassessed Ms T, refunded the overcharge, apologised and paid her £120 before she came to us. We recommended it reviews its guidance.";
    const verdict = read({ summary, blocks: reviews, complete: true });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["service-improvement", undefined, 14],
      ["apology", undefined, "summary"],
      ["payment", 120, "summary"],
    ]);
    expect(verdict.paymentTotalGBP).toBe(120);
    // What the action section lists already is not counted again from the summary.
    const again = read({ summary: "The Council has already apologised and paid Mr X £200.", blocks: actions, complete: true });
    expect(again.remedies.map((r) => [r.kind, r.paragraph])).toEqual([
      ["apology", 20],
      ["payment", 20],
    ]);
  });

  it("adds a payment the summary says was already made, with the sum a paragraph gives it, when the action section holds none", () => {
    const blocks: Block[] = [
      { kind: "section", title: "What I found", line: 1 },
      {
        kind: "paragraph",
        number: 6,
        text: "The Council has since apologised to Mr S and paid him £180 for the distress the delay caused.",
        line: 2,
        items: [],
      },
      { kind: "section", title: "Agreed action", line: 3 },
      { kind: "paragraph", number: 7, text: "The Council has agreed to remind its officers of the timescales.", line: 4, items: [] },
    ];
    const summary = "The Council delayed. It has already apologised and made a payment to Mr S, which remedies the injustice.";
    const verdict = read({ summary, blocks, complete: true });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["service-improvement", undefined, 7],
      ["apology", undefined, "summary"],
      ["payment", 180, 6],
    ]);
    expect(verdict.paymentTotalGBP).toBe(180);
    // Told nowhere with its sum: a payment of unknown amount, never £0.
    const unstated = read({ summary, blocks: blocks.filter((b) => b.kind !== "paragraph" || b.number === 7), complete: true });
    expect([unstated.paymentTotalGBP, unstated.paymentsWithoutAmount]).toEqual([null, 1]);
    // A sum refused, or paid to someone else, is not the payment the summary tells of.
    const others = (text: string): Block[] => [
      ...blocks.filter((b) => b.kind !== "paragraph" || b.number === 7),
      { kind: "paragraph", number: 5, text, line: 5, items: [] },
    ];
    for (const text of [
      "The Council offered Mr S £180 for his distress, but he refused it.",
      "The Council has paid the care home £3,000 for the placement.",
    ]) {
      const verdict = read({ summary, blocks: others(text), complete: true });
      expect([verdict.paymentTotalGBP, verdict.paymentsWithoutAmount], text).toEqual([null, 1]);
    }
    // An action section that holds a payment may hold this one: nothing is added.
    const listed = read({ summary, blocks: actions, complete: true });
    expect(listed.remedies.map((r) => [r.kind, r.paragraph])).toEqual([
      ["apology", 20],
      ["payment", 20],
    ]);
  });

  it("reads what a body that had already put things right gave, told in the findings, when nothing more was asked of it", () => {
    const findings = (...texts: string[]): Block[] => [
      { kind: "section", title: "What I found", line: 1 },
      ...texts.map((text, k): Block => ({ kind: "paragraph", number: 6 + k, text, line: 2 + k, items: [] })),
    ];
    const summary = "The Council was at fault, but it had already taken action which put things right before Mrs J came to us.";
    const verdict = read({
      summary,
      blocks: findings(
        "In its reply the Council accepted the delay, apologised to Mrs J and paid her £120 for her time and trouble.",
        "Before Mrs J came to us the Council had already apologised and made a payment for her trouble.",
      ),
      complete: true,
    });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, 6],
      ["payment", 120, 6],
    ]);
    expect([verdict.remediesKnown, verdict.paymentTotalGBP]).toEqual([true, 120]);
    // A sum paid to someone else is not the payment: its amount is unknown.
    const landlord = read({
      summary,
      blocks: findings("The Council has paid the landlord £900 of arrears.", "It had already made a payment for her trouble."),
      complete: true,
    });
    expect([landlord.paymentTotalGBP, landlord.paymentsWithoutAmount]).toEqual([null, 1]);
  });

  it("adds an apology already given told anywhere in a complete statement, when the action section holds none", () => {
    const blocks: Block[] = [
      { kind: "section", title: "What I found", line: 1 },
      {
        kind: "paragraph",
        number: 8,
        text: "The Council took five months to reply to Mr R's complaint. That was fault. The Council has since apologised to Mr R for the delay, which I welcome.",
        line: 2,
        items: [],
      },
      { kind: "section", title: "Agreed action", line: 3 },
      { kind: "paragraph", number: 9, text: "The Council has agreed to pay Mr R £75 for his time and trouble.", line: 4, items: [] },
    ];
    const verdict = read({ summary: "The Council delayed replying to Mr R's complaint.", blocks, complete: true });
    expect(verdict.remedies.map((r) => [r.kind, r.paragraph])).toEqual([
      ["payment", 9],
      ["apology", 8],
    ]);
    // An action section that holds an apology is not given a second one.
    const twice = read({ summary: "The Council has already apologised to Mr X.", blocks: actions, complete: true });
    expect(twice.remedies.map((r) => [r.kind, r.paragraph])).toEqual([
      ["apology", 20],
      ["payment", 20],
    ]);
  });

  it("adds a change to the service the body had already made, when the action section lists none", () => {
    const paragraph = (number: number, text: string): Block => ({ kind: "paragraph", number, text, line: number, items: [] });
    const findings = (text: string): Block[] => [
      { kind: "section", title: "What I found", line: 1 },
      paragraph(8, text),
      { kind: "section", title: "Agreed action", line: 10 },
      paragraph(11, "The Council will apologise to Mrs T and pay her £150."),
    ];
    const kinds = (verdict: ReturnType<typeof read>) => verdict.remedies.map((r) => [r.kind, r.paragraph]);
    // Told in the summary.
    const summary = read({
      summary:
        "The Council was at fault. It has agreed to apologise and pay Mrs T £150. It has already reminded its officers to log every call.",
      blocks: findings("The Council did not log Mrs T's calls. That was fault."),
      complete: true,
    });
    expect(kinds(summary)).toEqual([
      ["apology", 11],
      ["payment", 11],
      ["service-improvement", "summary"],
    ]);
    // Told in a paragraph as made since the complaint.
    const since = read({
      summary: "The Council was at fault.",
      blocks: findings("The Council has since introduced a weekly report of calls not returned within two days, which I welcome."),
      complete: true,
    });
    expect(kinds(since)).toEqual([
      ["apology", 11],
      ["payment", 11],
      ["service-improvement", 8],
    ]);
    // Told with curly quotes, as the ombudsman's pages write them.
    const curly = read({
      summary: "The Council was at fault.",
      blocks: findings("The Council has since introduced a weekly report of the team’s open cases, which a manager checks."),
      complete: true,
    });
    expect(kinds(curly)).toEqual(kinds(since));
    // Told as what the body has done, without a word of time.
    const done = read({
      summary: "The Council was at fault.",
      blocks: findings("It has also reminded staff who consider challenges to check the payment records."),
      complete: true,
    });
    expect(kinds(done)).toEqual(kinds(since));
    // A change told as the facts of the case, or for the complainant's family alone, is no change to the service.
    for (const text of [
      "In 2019 the Council had introduced a new system for logging calls, which is where the calls were lost.",
      "The Council explained it had already introduced a new electronic system in 2022, but the system did not record the calls.",
      "The Council has now arranged for different staff to visit Mrs T’s mother each morning.",
      "The Council has since reminded Mrs T that she must return the financial assessment form.",
    ])
      expect(kinds(read({ summary: "The Council was at fault.", blocks: findings(text), complete: true })), text).toEqual([
        ["apology", 11],
        ["payment", 11],
      ]);
    // An action section that lists a change is given no other.
    const listed = read({
      summary: "It has already reminded its officers to log every call.",
      blocks: [...findings("The Council did not log the calls."), paragraph(12, "The Council will also remind staff to return calls.")],
      complete: true,
    });
    expect(kinds(listed)).toEqual([
      ["apology", 11],
      ["payment", 11],
      ["service-improvement", 12],
    ]);
  });

  it("adds no sum offered before that the actions' payment takes the place of", () => {
    const pays = (text: string): Block[] => [
      { kind: "section", title: "Agreed action", line: 1 },
      { kind: "paragraph", number: 12, text, line: 2, items: [] },
    ];
    const summary = "The Council accepted fault and offered Mr O £150. We found this was too little.";
    const total = read({
      summary,
      blocks: pays("The Council will pay Mr O £450 in total, which replaces the £150 offered, not on top of it."),
      complete: true,
    });
    expect(total.paymentTotalGBP).toBe(450);
    const inPlace = read({ summary, blocks: pays("The Council will pay Mr O £400, in place of the £150 it offered."), complete: true });
    expect(inPlace.paymentTotalGBP).toBe(400);
    const offered = read({
      summary,
      blocks: pays("The Council will pay Mr O £400 instead of the goodwill £150 it offered."),
      complete: true,
    });
    expect(offered.paymentTotalGBP).toBe(400);
    // "In place of" something other than a sum replaces no payment.
    const tuition = read({
      summary: "The Council had already apologised and paid Mr O £150.",
      blocks: pays("The Council will pay Mr O £500 to buy tuition in place of the education Y missed."),
      complete: true,
    });
    expect(tuition.paymentTotalGBP).toBe(650);
    const increased = read({
      summary: `${summary} The Council has agreed to increase its payment to £350.`,
      blocks: pays("The Council will pay Mr O £350."),
      complete: true,
    });
    expect(increased.paymentTotalGBP).toBe(350);
    // A payment the actions add to the sum offered leaves it counted.
    const added = read({ summary, blocks: pays("The Council will pay Mr O a further £200."), complete: true });
    expect(added.paymentTotalGBP).toBe(350);
  });

  it("takes the sum of a payment the summary names without one from the action section", () => {
    const verdict = read({ summary: "We found fault. The Council has agreed to apologise and make a payment to Mr X.", blocks: actions });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, "summary"],
      ["payment", 200, 20],
    ]);
    expect(verdict).toMatchObject({ paymentTotalGBP: 200, paymentsWithoutAmount: 0 });
    // A summary that states its own sum keeps it.
    const stated = read({ summary: "The Council has agreed to apologise and pay Mr X £250.", blocks: actions });
    expect(stated.paymentTotalGBP).toBe(250);
  });

  it("keeps the injustice a remedy answers when the body did not change its decision", () => {
    const summary =
      "The Council was at fault. After the review it did not change its decision to reduce her hours. It has agreed to apologise and pay her £200.";
    expect(read({ summary })).toMatchObject({ faultFound: true, injustice: true });
  });

  it("takes the statement's own finding of no injustice over what its remedies suggest", () => {
    const reminds: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 9,
        text: "The Council has agreed to remind its officers of the timescales and to write to Mr Q.",
        line: 2,
        items: [],
      },
    ];
    const summary = "The Council was at fault in how long it took. However, this did not cause Mr Q an injustice.";
    expect(read({ summary, blocks: reminds, complete: true }).injustice).toBe(false);
    // Without such a finding, a remedy for the complainant tells of injustice.
    expect(read({ summary: "The Council was at fault in how long it took.", blocks: reminds, complete: true }).injustice).toBe(true);
  });

  it("finds no fault and no injustice in a complaint closed after initial enquiries, and gives the reason", () => {
    expect(
      read({
        outcome: "Closed after initial enquiries",
        summary: "We will not investigate this complaint. This is because the complaint is late.",
      }),
    ).toMatchObject({
      faultFound: false,
      injustice: false,
      closureReason: "late",
      remedies: [],
      remediesKnown: true,
      paymentTotalGBP: 0,
    });
  });

  it("finds no fault in a complaint that was not investigated, whatever its outcome line calls it", () => {
    expect(read({ outcome: "Withdrawn", summary: "Mr X complained about the Council." })).toMatchObject({
      faultFound: false,
      injustice: false,
      closureReason: null,
    });
    expect(read({ outcome: "Premature", summary: "Mr X complained about the Council." }).closureReason).toBe("premature");
  });

  it("is null where an excerpt stops before it says, and false where a complete statement says nothing", () => {
    const excerpt = read({ outcome: "Upheld", summary: "We found fault by the Council." });
    expect([excerpt.faultFound, excerpt.injustice, excerpt.remediesKnown, excerpt.paymentTotalGBP]).toEqual([true, null, false, null]);
    const complete = read({ outcome: "Upheld", summary: "We found fault by the Council.", complete: true });
    expect([complete.faultFound, complete.injustice]).toEqual([true, false]);
  });

  it("leaves a finding null when conduct that reads as fault stands in a statement that did not uphold the complaint", () => {
    expect(
      read({ outcome: "Not upheld", summary: "Although there was some delay, this did not cause Mr E significant injustice." }),
    ).toMatchObject({ faultFound: null, injustice: false });
  });

  it("finds fault where the body already gave the remedy a complaint it will not investigate sought", () => {
    const summary =
      "The Ombudsman will not investigate Mrs X’s complaint about the Council’s decision. This is because the Council has provided the remedy Mrs X was seeking.";
    expect(read({ summary })).toMatchObject({ faultFound: true, injustice: true, closureReason: null });
    expect(
      read({ summary: "We will not investigate Mr X’s complaint about the fee increase. We cannot achieve the outcome Mr X wants." }),
    ).toMatchObject({ faultFound: false, injustice: false });
  });

  it("finds fault and injustice remedied in an upheld complaint not investigated because the body's answer had put it right", () => {
    const summary =
      "We will not investigate this complaint about council tax. This is because the Council has provided a satisfactory response.";
    expect(read({ summary })).toMatchObject({ faultFound: true, injustice: true, closureReason: null });
    expect(
      read({ summary: "We will not investigate this complaint. This is because the Council has already given Mrs B a suitable reply." }),
    ).toMatchObject({
      faultFound: true,
      injustice: true,
    });
    expect(
      read({ summary: "We will not investigate this complaint. This is because the Trust has provided a satisfactory response." }),
    ).toMatchObject({
      faultFound: true,
    });
    // Not an answer supposed, asked about, or in someone's words.
    for (const hedged of [
      "We will not investigate this complaint. If the Council had provided a satisfactory response, she would not have needed to come to us.",
      "We will not investigate this complaint. Mr C says the Council has given a reasonable response, and there is no evidence of fault.",
    ])
      expect(read({ summary: hedged })).toMatchObject({ faultFound: false, injustice: false });
    // Only an upheld one: a complaint closed at assessment finds nothing, and an answer alone is no remedy in an investigation.
    expect(read({ outcome: "Closed after initial enquiries", summary })).toMatchObject({ faultFound: false, injustice: false });
    expect(read({ outcome: "Not upheld", summary: "The Council has provided a satisfactory response to Mr D's questions." })).toMatchObject(
      {
        faultFound: false,
      },
    );
  });

  it("gives no payment total when no payment states its amount, rather than £0, and counts those payments", () => {
    const verdict = read({ summary: "We found fault. The Council has agreed to apologise and make a symbolic payment." });
    expect([verdict.remediesKnown, verdict.paymentTotalGBP, verdict.paymentsWithoutAmount]).toEqual([true, null, 1]);
    expect(read({ summary: "We found fault. The Council has agreed to pay Mr X £1.2k." }).paymentTotalGBP).toBeNull();
  });

  it("sums the amounts stated and counts apart a payment that states none", () => {
    const verdict = read({ summary: "We found fault. The Council has agreed to pay Mr X £250 and make a symbolic payment to his son." });
    expect([verdict.paymentTotalGBP, verdict.paymentsWithoutAmount]).toEqual([250, 1]);
    const none = read({ summary: "We found fault. The Council has agreed to apologise to Mr X." });
    expect([none.paymentTotalGBP, none.paymentsWithoutAmount]).toEqual([0, 0]);
  });

  it("adds sums in pence", () => {
    expect(read({ summary: "We found fault. The Council has agreed to pay Mr X £100.10 and to pay Mrs X £200.20." }).paymentTotalGBP).toBe(
      300.3,
    );
  });

  it("finds on a joint decision's NHS page only what is said of the NHS body", () => {
    const summary = "We found fault by the Council in how it assessed Mr X. There was no fault by the Trust.";
    expect(read({ summary, outcome: "Not upheld", body: "nhs" })).toMatchObject({ faultFound: false, injustice: false });
    expect(read({ summary, outcome: "Upheld", body: "council" })).toMatchObject({ faultFound: true });
  });
});

describe("readVerdict on one body's page of a joint decision", () => {
  const summary =
    "We did not find fault by the Council. We found fault by Northshire NHS Foundation Trust, which did not tell the Council Mrs V needed care. The Trust has agreed to apologise to Ms W and pay her £500.";
  it("finds no fault, injustice or remedy on the page of the body not at fault", () => {
    expect(read({ summary, outcome: "Not upheld", body: "council" })).toMatchObject({
      faultFound: false,
      injustice: false,
      remedies: [],
      paymentTotalGBP: 0,
    });
  });
  it("reads the fault and the remedy on the page of the body at fault", () => {
    expect(read({ summary, body: "nhs" })).toMatchObject({ faultFound: true, injustice: true, paymentTotalGBP: 500 });
  });
  it("shows the joint decision's remedy on the page of any body at fault", () => {
    const joint =
      "We found fault by the Council and the CCG. The CCG will apologise to Ms B. The Council will remind its officers of the guidance.";
    expect(read({ summary: joint, body: "nhs" }).remedies.map((r) => r.kind)).toEqual(["apology", "service-improvement"]);
  });
});

describe("readVerdict on a complaint not investigated", () => {
  it("reads the remedy its assessment says the body already gave", () => {
    const blocks: Block[] = [
      { kind: "section", title: "My assessment", line: 1 },
      {
        kind: "paragraph",
        number: 6,
        text: "The Council accepted the works were late. It apologised to Mr E and paid him £150 for the inconvenience.",
        line: 2,
        items: [],
      },
      { kind: "paragraph", number: 7, text: "The Council will now decide his second application.", line: 3, items: [] },
    ];
    const verdict = read({
      summary: "We will not investigate Mr E's complaint.",
      outcome: "Closed after initial enquiries",
      blocks,
      complete: true,
    });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, 6],
      ["payment", 150, 6],
    ]);
    expect(verdict).toMatchObject({ faultFound: false, paymentTotalGBP: 150 });
  });
  it("takes the sum of a payment its summary names without one from its assessment", () => {
    const blocks: Block[] = [
      { kind: "section", title: "My assessment", line: 1 },
      {
        kind: "paragraph",
        number: 5,
        text: "In its complaint response the Council accepted the delay. It apologised to Mr N and paid him £120 for his time and trouble.",
        line: 2,
        items: [],
      },
    ];
    const verdict = read({
      summary: "We will not investigate. The Council has accepted it was slow, apologised and made a payment to Mr N.",
      outcome: "Closed after initial enquiries",
      blocks,
      complete: true,
    });
    expect(verdict.remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, "summary"],
      ["payment", 120, 5],
    ]);
    expect(verdict.paymentTotalGBP).toBe(120);
  });

  it("reads a sum its assessment tells twice as one payment", () => {
    const told = (number: number, text: string): Block => ({ kind: "paragraph", number, text, line: number, items: [] });
    const blocks: Block[] = [
      { kind: "section", title: "My assessment", line: 1 },
      told(5, "The Council accepted it delayed the review and has paid Mr H £175 for the distress this caused."),
      told(6, "The Council has already paid him £175, which is in line with our guidance."),
    ];
    const verdict = read({
      summary: "We will not investigate. The Council has already apologised and made a payment to Mr H.",
      outcome: "Closed after initial enquiries",
      blocks,
      complete: true,
    });
    expect(verdict.paymentTotalGBP).toBe(175);
  });

  it("reads what the body agreed in the final decision, and a paragraph of both sections once", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Conclusions", line: 1 },
      { kind: "paragraph", number: 5, text: "The Council apologised to Mrs K and paid her £80.", line: 2, items: [] },
      { kind: "section", title: "Final decision", line: 3 },
      { kind: "paragraph", number: 6, text: "The Council has agreed to apologise to Mr X and pay him £100.", line: 4, items: [] },
    ];
    const closed = { summary: "We will not investigate this complaint.", outcome: "Closed after initial enquiries", complete: true };
    expect(read({ ...closed, blocks: blocks.slice(2) }).remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, 6],
      ["payment", 100, 6],
    ]);
    expect(read({ ...closed, blocks: blocks.slice(0, 2) }).remedies.map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["apology", undefined, 5],
      ["payment", 80, 5],
    ]);
  });
});
