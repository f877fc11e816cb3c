import { describe, expect, it } from "vitest";
import { faultEvidence, findFaults, findsFault, findsInjustice, injusticeFinding } from "../../../src/lib/decision/findings.ts";
import type { Block } from "../../../src/lib/decision/structure.ts";

const paragraph = (number: number, text: string): Block => ({ kind: "paragraph", number, text, line: number, items: [] });
const section = (title: string): Block => ({ kind: "section", title, line: 0 });

describe("findsFault", () => {
  it.each([
    ["This is poor record keeping and is fault.", true],
    ["The Council is therefore at fault for the delay in not progressing Mr X’s complaint.", true],
    ["I have found evidence of fault, but this fault did not cause Mr X an injustice.", true],
    ["The Council followed the correct procedure and was not at fault.", false],
    ["Therefore, there is no evidence of fault.", false],
    ["This was a delay of three days which is not significant enough to be fault.", false],
    ["Further investigation by me will unlikely find fault or achieve a different outcome.", false],
    ["If there has been fault which has caused an injustice, we may suggest a remedy.", false],
    ["This is because it is unlikely we would find there was fault by the Council.", false],
    ["There is insufficient evidence of fault and the courts are better placed.", false],
    ["We found no fault in the Council’s decision making but we found fault in its complaint handling.", true],
    ["The Council has accepted faults in the way it communicated with her.", true],
  ])("%s -> %s", (sentence, expected) => {
    expect(findsFault(sentence)).toBe(expected);
  });
});

describe("findsInjustice", () => {
  it.each([
    ["I find fault which caused Mr X an injustice.", true],
    ["I have found fault leading to injustice.", true],
    ["There was some fault, but these did not cause Mr X an injustice.", false],
    ["However, the outcome would be the same and this has not caused Mr X a significant injustice.", false],
  ])("%s -> %s", (sentence, expected) => {
    expect(findsInjustice(sentence)).toBe(expected);
  });
});

describe("findFaults", () => {
  it("gives each finding with its paragraph, ignoring the powers section and the final decision", () => {
    const blocks = [
      section("The Ombudsman’s role and powers"),
      paragraph(1, "We investigate fault. If there was fault, we say so. This is fault."),
      section("What I found"),
      paragraph(2, "The Council did not visit. This is fault and is against its policy. It apologised."),
      section("Final decision"),
      paragraph(3, "I have found fault. This was fault."),
    ];
    expect(findFaults(blocks)).toEqual([{ paragraph: 2, text: "This is fault and is against its policy." }]);
  });
});

describe("faultEvidence", () => {
  it.each([
    // Findings in the statement's own words, from corpus summaries.
    ["We found fault by the Council on all elements of Miss X’s complaint.", "finds"],
    ["There is fault in how the Council approached the assessment, how it shared information and set up the direct payments.", "finds"],
    [
      "the Council failed to properly assess Mr B’s homeless application, failed to issue him with a personal housing plan or a decision as to which duty the Council had accepted.",
      "conduct",
    ],
    [
      "The Council delivered a poor service, failed to resolve reported issues, and issued a poor response to Ms X’s complaint about this.",
      "conduct",
    ],
    [
      "There was delay in carrying out a social care assessment in August 2017 for Mr B and in sending a copy of the assessment to Ms A.",
      "conduct",
    ],
    ["We have found delay at two stages of the process and lack of communication during one stage of the process.", "conduct"],
    ["The Ombudsman has found the Council failed to update Mrs D during the lockdown period in 2021.", "finds"],
    ["We uphold the complaint.", "finds"],
    [
      "The Council was at fault for not taking formal enforcement action against the landlord when it identified category 1 hazards in the property, which caused injustice.",
      "finds",
    ],
    ["We found no fault in the Council’s decision making but we found fault in its complaint handling.", "finds"],
    [
      "We found the Council at fault for how it dealt with Mr X’s case, its complaints handling, and flaws in its anti-social behaviour case review policy.",
      "finds",
    ],
    // Findings of no fault.
    ["The Council was not at fault for its decision to end Mrs B’s special guardianship support.", "none"],
    ["The Ombudsman does not find the Council at fault.", "none"],
    [
      "The Ombudsman does not uphold the complaint because there is no evidence of procedural fault and so we cannot question the merits of the Council’s decision.",
      "none",
    ],
    [
      "The information provided shows the Council took appropriate action to ensure the landlord completed the repairs and so we find no fault.",
      "none",
    ],
    ["Overall, the Council acted without fault.", "none"],
    ["There was a delay in replying, but this was not fault.", "none"],
    // The complainant's account, a supposition or a description of the complaint says nothing.
    ["Mrs D complains the Council failed to enforce a high hedge Remedial Notice.", null],
    ["Mr L said the Council failed to meet Mr X’s care needs and failed to meet his, and his wife’s needs as carers.", null],
    ["She said the Council accepted it made an error, but did not fully refund Mr Y or acknowledge the impact of its actions.", null],
    // No fault in other words, unless negated.
    ["The Council did nothing wrong.", "none"],
    ["I found the Council acted properly when it refused the application.", "none"],
    ["The Council did not act properly.", null],
    ["If there has been fault which has caused an injustice, we may suggest a remedy.", null],
    ["This meant that it is not certain what the outcome of the assessment would have been if the fault had not happened.", null],
    ["While there was no fault in how it arranged the visit, there was fault in the letter it sent.", "finds"],
    ["Although the Council was slow to reply, we found no fault in its decision.", "none"],
    ["The fault we found did not cause Mr X a significant injustice.", "finds"],
    ["While I understand Mr X's view that the Council was at fault, I have found no fault.", "none"],
    ["Absent a finding of fault, we cannot question the merits of the Council's decision to refuse a permit.", "none"],
    ["In the absence of any fault in its process, the Council was entitled to refuse.", "none"],
    ["The absence of any assessment is fault.", "finds"],
    ["In the absence of clear evidence of fault, we cannot question the Council's decision.", "none"],
    ["The Council's failure to contact the absent parent was fault.", "finds"],
  ])("%s -> %s", (sentence, expected) => {
    expect(faultEvidence(sentence)).toBe(expected);
  });
});

describe("injusticeFinding", () => {
  it.each([
    [
      "This caused avoidable distress to Ms Y because of a loss of service, and avoidable distress, time, and trouble to Ms X in complaining on her behalf.",
      true,
    ],
    ["There was some fault by the Council, causing some missed opportunity and avoidable frustration.", true],
    ["The Council’s actions caused Mr X avoidable distress.", true],
    ["This meant she missed out on services.", true],
    ["The Council has agreed our recommended remedy.", true],
    ["We recommended a remedy, which the Trust accepted.", true],
    ["We suggested a suitable remedy and the Council agreed to it.", true],
    ["We have not recommended a financial remedy because a new review will put right the lost chance.", true],
    ["We have not recommended a financial remedy.", null],
    ["This did not cause Mr Q an injustice, so we have not recommended a financial remedy.", false],
    ["This did not cause a significant injustice.", false],
    ["But this fault did not cause Mrs X an injustice and so we are completing our investigation.", false],
    ["However, there is no injustice to Mr X or other users as the developer could apply to divert the pathway regardless.", false],
    [
      "There is not enough evidence that the Care Provider’s decision to increase the fee causes injustice warranting investigation.",
      false,
    ],
    ["Mr Y says that X has suffered an injustice because the Council has denied her transport assistance.", null],
    ["We found fault by the Council on all elements of Miss X’s complaint.", null],
  ])("%s -> %s", (sentence, expected) => {
    expect(injusticeFinding(sentence)).toBe(expected);
  });
});

describe("injusticeFinding without the word", () => {
  it.each([
    ["The delay had a significant impact on Ms Z.", true],
    ["This left Mr Y frustrated and uncertain about his appeal.", true],
    ["The delay left Mr K with real uncertainty about his tenancy.", true],
    ["It left her with a sense of lost opportunity.", true],
    ["The fault did not leave Mr U with any uncertainty.", false],
    ["The Council has since put right its errors.", true],
    ["The delay did not have a significant impact on Mrs Q.", false],
    ["Mrs K says the delay had a serious impact on her.", null],
    ["There was fault in how it consulted residents, but this did not affect its decision to close the library.", false],
    ["The earlier assessments were flawed, which was unlikely to have affected the outcome.", false],
    ["The error made no difference to the result of her appeal.", false],
    ["The Council did not change its decision after the review.", null],
    ["I cannot say this did not affect the outcome.", null],
    ["Ms K has no outstanding injustice because of this.", null],
    ["While the delay caused Mr X some frustration, this was not a significant injustice.", false],
    ["Any injustice is too minor to warrant a remedy.", null],
    ["The Council provided information about the legal remedies available.", null],
    ["The injustice caused to Mr W in writing to the Council is not so significant to warrant a remedy.", false],
    ["We found there was fault that warrants a remedy.", true],
    ["The Council has agreed our recommendation for an improved remedy.", true],
    ["The delay did not change the outcome, but it caused Ms N avoidable worry.", true],
    ["Mr G says the error affected the decision.", null],
  ])("%s", (sentence, finding) => {
    expect(injusticeFinding(sentence)).toBe(finding);
  });
});

describe("faultEvidence on one body's page of a joint decision", () => {
  it("reads only what is said of the page's own kind of body", () => {
    expect(faultEvidence("There was no fault by the Trust.", "nhs")).toBe("none");
    expect(faultEvidence("There was no fault by the Trust.", "council")).toBeNull();
    expect(faultEvidence("We found fault by the Council.", "nhs")).toBeNull();
    expect(faultEvidence("We found fault by the Council and the ICB.", "nhs")).toBe("finds");
  });
  it("reads whose fault a clause finds when it names the body the fault was by", () => {
    const trusts = "We found fault by Northshire NHS Foundation Trust, which discharged Mrs V before telling the Council.";
    expect(faultEvidence(trusts, "council")).toBeNull();
    expect(faultEvidence(trusts, "nhs")).toBe("finds");
    expect(faultEvidence("There was fault on the part of the Council, which did not chase the Trust.", "council")).toBe("finds");
  });
  it("holds a council to the care it arranged", () => {
    expect(faultEvidence("The care home failed to record Mrs Y's falls.", "council")).toBe("conduct");
  });
});

describe("faultEvidence in the words of an admission or a rule not followed", () => {
  it.each([
    ["The Council accepts it was at fault.", "finds"],
    ["The Council admits it did not send the letter.", "conduct"],
    ["The Council acknowledges it should have responded sooner.", "conduct"],
    ["The Council did not follow its procedure.", "conduct"],
    ["The Council should have regard to the guidance.", null],
    ["Mr X says the Council should have replied.", null],
  ])("%s", (sentence, evidence) => {
    expect(faultEvidence(sentence)).toBe(evidence);
  });
});
