import { describe, expect, it } from "vitest";
import {
  closureReason,
  firstReason,
  notInvestigatedOutcome,
  powersReason,
  reasonText,
  saysNotInvestigated,
} from "../../../src/lib/decision/closure.ts";
import type { Block } from "../../../src/lib/decision/structure.ts";

const CLOSED = "Closed after initial enquiries";

describe("closureReason", () => {
  it.each([
    [
      "The Ombudsman will not investigate Mr X’s complaint about his council tax bill. This is because the complaint is late, and if Mr X disputed the amount owed, it was reasonable for him to appeal to the Valuation Tribunal.",
      "late",
    ],
    [
      "The Ombudsman will not investigate Mr X’s complaint about the Council failing to follow a doctor’s recommendation in 2001. There are no good reasons why the late complaint rule should not apply.",
      "late",
    ],
    [
      "We will not investigate this complaint about the Council’s decision to recover housing benefit it had overpaid. This is because it is not unreasonable to expect the complainant to have used his right of appeal.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint about a penalty charge notice as Mr X could reasonably have appealed against it, ultimately to the Traffic Penalty Tribunal.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate Ms X’s complaint about damage to her vehicle from a pothole in the road. This is because it would be reasonable for Ms X to make a claim against the Council via the courts.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint about problems which occurred during the burial of the complainant’s mother. This is because we could not add anything to the Council’s response or achieve anything more.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate Mr X’s complaint about the Council’s failure to disclose information in response to a subject access request. This is because we cannot achieve the outcome he wants, and it is reasonable for him to take court action to enforce his data protection rights.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate this complaint about financial assessment for adult social care charges. This is because it is unlikely we would find fault in the Council’s decision-making process or reach a different outcome.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint about the Council’s decision not to take formal enforcement action for a breach of a planning condition. We have not seen enough evidence of fault to justify investigating.",
      "no-fault-evident",
    ],
    [
      "We will not investigate Mr X’s complaint about the Council’s handling of his business rates account. There is insufficient evidence of fault and the courts are better placed to consider a complaint about liability.",
      "no-fault-evident",
    ],
    [
      "We cannot investigate Mrs B’s complaint that the Council has not taken action against its tenants who have damaged her property. This is because we cannot investigate complaints about the management of social housing by councils.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint that the Council has failed to provide records relating to the complainants time in care. This is because it is reasonable for the complainant to raise the matter with the Information Commissioner.",
      "other",
    ],
    [
      "We will not investigate this complaint about the Council’s refusal to share an investigation outcome. This is because the injustice caused is not significant enough to justify our involvement.",
      "insufficient-injustice",
    ],
    [
      "We will not investigate Mr X’s complaint about his housing application. This is because he has not yet completed the Council’s complaints procedure.",
      "premature",
    ],
  ] as const)("%s -> %s", (summary, expected) => {
    expect(closureReason(CLOSED, summary, [])).toBe(expected);
  });

  it("is null for a decision that was investigated", () => {
    expect(closureReason("Upheld", "We will not investigate this complaint because it is late.", [])).toBeNull();
  });

  it("prefers the final decision of a complete statement to the summary's first reason", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Final decision", line: 1 },
      {
        kind: "paragraph",
        number: 5,
        text: "We will not investigate Mr X’s complaint because we cannot achieve the outcome he seeks.",
        line: 2,
        items: [],
      },
    ];
    const summary =
      "We will not investigate Mr X’s complaint about a Town Council. This is because we have no jurisdiction to investigate the actions of town councils so cannot achieve the outcome Mr X seeks.";
    expect(closureReason(CLOSED, summary, blocks)).toBe("no-worthwhile-outcome");
    expect(closureReason(CLOSED, summary, [])).toBe("not-in-jurisdiction");
  });

  it("reads the assessment when the summary gives no reason it knows", () => {
    const blocks: Block[] = [
      { kind: "section", title: "My assessment", line: 1 },
      { kind: "paragraph", number: 4, text: "Mr X could have appealed to the First-tier Tribunal.", line: 2, items: [] },
    ];
    expect(closureReason(CLOSED, "We will not investigate this complaint.", blocks)).toBe("tribunal-or-court");
  });

  it("is null when nothing says why", () => {
    expect(closureReason(CLOSED, "We will not investigate this complaint.", [])).toBeNull();
  });
});

describe("reasonText", () => {
  it("skips what the complaint is about, so its words are not read as the reason", () => {
    expect(reasonText("We will not investigate Mr X’s complaint about the court fine he received. This is because it is late.")).toBe(
      ". This is because it is late.",
    );
    expect(firstReason("We will not investigate Mr X’s complaint about the court fine he received. This is because it is late.")).toBe(
      "tribunal-or-court",
    );
  });
});

describe("notInvestigatedOutcome and saysNotInvestigated", () => {
  it("knows the outcomes of complaints that were not investigated", () => {
    expect([CLOSED, "Not investigated", "Premature", "Upheld", "Not upheld"].map(notInvestigatedOutcome)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
  it("tells a whole complaint not investigated from a part of one", () => {
    expect(saysNotInvestigated("We will not investigate Mr X’s complaint, made on behalf of Mrs Y, about the fee increase.")).toBe(true);
    expect(saysNotInvestigated("We found fault. We did not investigate part of the complaint because it was late.")).toBe(false);
    expect(saysNotInvestigated("The Ombudsman will not look at Mr J’s complaint about his neighbour’s extension.")).toBe(true);
    expect(saysNotInvestigated("We will not look into part of the complaint, about events in 2019.")).toBe(false);
  });
});

describe("closure reasons told in other words", () => {
  it.each([
    ["We will not investigate this complaint because we saw nothing to suggest fault in how the Council decided.", "no-fault-evident"],
    ["We will not investigate this complaint. The Council was entitled to decide the application as it did.", "no-fault-evident"],
    ["We will not investigate this complaint because the Council followed the correct process.", "no-fault-evident"],
    [
      "We will not investigate this complaint because it is not fault for a council to refuse a request it has considered.",
      "no-fault-evident",
    ],
    [
      "We will not investigate Mr Z's complaint about his council tax because he could ask the Council to review its decision.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint because it would be reasonable for Ms Q to use the Council's own review process.",
      "tribunal-or-court",
    ],
    ["We will not investigate this complaint. The Driver and Vehicle Licensing Agency is responsible for the decision.", "other"],
    ["We will not investigate this complaint. This is because the Council has not had the chance to respond to it.", "premature"],
    ["We will not investigate this complaint. The Council has not yet replied to his complaint.", "premature"],
    ["We will not look at Mrs V's complaint now. The Council has not given its answer to her complaint yet.", "premature"],
    ["We will not investigate this complaint now. The Council should be given the opportunity to respond first.", "premature"],
    ["We will not look at this complaint now because the Council should first be allowed to deal with it.", "premature"],
    ["We will not investigate this complaint. It is appropriate to await the Council's review of its decision.", "premature"],
    ["We will not investigate this complaint because Mrs G should wait for the outcome of its investigation.", "premature"],
    ["We will not investigate this complaint. It is reasonable to await the outcome of her appeal to the tribunal.", "tribunal-or-court"],
    [
      "Mrs X was right to wait for the Council's response before coming to us. However, she could have appealed to the tribunal and it was reasonable for her to do so.",
      "tribunal-or-court",
    ],
    [
      "The Council told Mr X he must wait for its decision before applying again. We will not investigate because he could appeal to the Planning Inspectorate.",
      "tribunal-or-court",
    ],
    ["We will not investigate this complaint. It is appropriate to await the outcome of the CQC's investigation.", null],
    ["It isn't reasonable to wait for the Council's response.", null],
    ["We will not investigate. Mr X has appealed to the Valuation Tribunal and should await its decision.", "tribunal-or-court"],
    [
      "We will not investigate this complaint. Mrs X has appealed to the First-tier Tribunal (SEND). It would be appropriate to await its decision.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate Mr X's complaint because he has asked for a mandatory reconsideration. He should await the Council's reconsideration. If he remains unhappy, he has a right of appeal to the tribunal.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint. It is outside our jurisdiction, as are all matters subject to court proceedings. Mr X's complaint is about a personnel matter.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint. The Council declined to consider it, saying the events happened too long ago, and there is no evidence of fault in that.",
      "no-fault-evident",
    ],
    [
      "We will not investigate because the Council has agreed to consider the complaint again and there is nothing more we could achieve.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate this complaint. The Council said the events happened too long ago, and it was entitled to make that decision.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint. The Council used its internal review process and there is no evidence of fault.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint. The errors did not lead to any different decision, so there is no significant injustice.",
      "insufficient-injustice",
    ],
    [
      "We will not investigate this complaint because it lies outside our jurisdiction. The law says we cannot investigate the internal management of schools or matters subject to legal proceedings.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint because it lies outside our jurisdiction. This is because it concerns personnel matters, which Mr X could take to an employment tribunal.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint because it lies outside our jurisdiction. The law says we cannot investigate complaints which concern all or most people in the area, such as a council tax increase, which Mr X could challenge in court.",
      "not-in-jurisdiction",
    ],
    [
      "We will not exercise discretion to investigate this complaint about events in 2021. It was made more than 12 months after Mr X knew of them. We will not investigate the rest because he could appeal to a tribunal.",
      "late",
    ],
    [
      "We will not investigate this complaint because it lies outside our jurisdiction. The law prevents us from considering matters that have been decided in court proceedings.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint because it lies outside our jurisdiction. The law says we cannot investigate the internal management of schools.",
      "not-in-jurisdiction",
    ],
    ["We will not investigate this complaint because the events it is about happened too long ago.", "late"],
    ["We will not investigate this complaint because an investigation would not lead to any different findings.", "no-worthwhile-outcome"],
    [
      "We will not investigate this complaint. Mrs H used the homelessness review procedure, which was the right route.",
      "tribunal-or-court",
    ],
    ["We will not investigate this complaint. The Council has now agreed to consider Mr U's complaint.", "premature"],
    [
      "We will not investigate this complaint. We have no remit to investigate matters that are subject to court proceedings.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint. We have no remit to investigate the Council's decisions as a landlord of social housing.",
      "not-in-jurisdiction",
    ],
    ["We will not investigate this complaint because the Council's offer of £100 is a suitable remedy.", "no-worthwhile-outcome"],
    ["We will not investigate this complaint because the Council has now done what Mr X asked.", "no-worthwhile-outcome"],
    ["We will not investigate this complaint because it affects all or most of the people in the area.", "not-in-jurisdiction"],
    ["We will not investigate this complaint because it is late and there are no good reasons to investigate now.", "late"],
    ["We will not investigate this complaint because there is not enough evidence the Council acted wrongly.", "no-fault-evident"],
    ["We will not investigate this complaint because the Council did nothing wrong.", "no-fault-evident"],
    ["We will not pursue this complaint because there is nothing more we could achieve for Mrs O.", "no-worthwhile-outcome"],
    [
      "We will not investigate this complaint. We have seen nothing to suggest the Council went about its decision in the wrong way.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint because there is no suggestion the Council's fault caused the damage. Mr X can make a claim in court.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint. There were no signs that the bay was suspended. Mr Y can appeal to the tribunal.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint. We see too little sign of fault in how the Council decided to justify one.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint because we found very little indication of fault in how the Council decided.",
      "no-fault-evident",
    ],
    ["We will not investigate this complaint because there are not enough signs of fault in the way it was handled.", "no-fault-evident"],
    [
      "We will not investigate this complaint about a parking fine because Mr G can ask an independent adjudicator to consider it.",
      "tribunal-or-court",
    ],
    [
      "We cannot investigate this complaint about an exclusion because the law prevents us investigating what happens inside schools.",
      "not-in-jurisdiction",
    ],
    [
      "We cannot investigate Mr P's complaint about a detention because it is about the internal management of the school.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint about repairs to Mr D's flat because it concerns the Council's management of social housing, which the Housing Ombudsman deals with.",
      "not-in-jurisdiction",
    ],
    ["We will not investigate this complaint because it is about the Council's actions as her landlord.", "not-in-jurisdiction"],
    [
      "We will not investigate this complaint. Mrs X complained to the Council as her landlord had not done the repairs. It is reasonable for her to take the matter to court.",
      "tribunal-or-court",
    ],
    ["We will not investigate this complaint because it is late. We do not agree the complaint is premature.", "late"],
    [
      "We will not investigate this complaint because Mr X can appeal to the tribunal. The Council argued the complaint was premature.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate Ms C's complaint yet. She can ask for a review by the Council's appeal panel, and until then it is premature.",
      "premature",
    ],
    [
      "We will not investigate this complaint. Her complaints about the school's decisions in 2019 are late, and we could not achieve the outcome she seeks.",
      "late",
    ],
    ["We will not investigate Mr D's complaint. The complaint about his neighbour's extension was made too late.", "late"],
    [
      "We will not investigate this complaint. The Council refused the licence, and if Ms F disagreed it would have been reasonable for her to appeal.",
      "tribunal-or-court",
    ],
    [
      "We will not investigate this complaint about the late delivery of Mr G's bins, as we could not achieve anything more for him.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate this complaint. The Council has looked into it, and it is unlikely our involvement would lead to a different result.",
      "no-worthwhile-outcome",
    ],
    ["We will not investigate Ms R's complaint because there is no current injustice to put right.", "insufficient-injustice"],
    [
      "We will not investigate this complaint about a licence because there is no basis for us to secure the outcome Mr T wants.",
      "no-worthwhile-outcome",
    ],
    ["We will not investigate this complaint as there is not a good reason for the delay in bringing it to us.", "late"],
    ["We will not investigate this complaint because Mrs K says the service has since improved.", "no-worthwhile-outcome"],
    [
      "We will not investigate this complaint because the injustice Mr V describes did not arise from the Council's actions.",
      "insufficient-injustice",
    ],
    [
      "We will not investigate this complaint. Mr G's complaints that his care visits were late have already been resolved by the Council.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate. The Council accepts there was no good reason for the delay in assessing Mr J, and its apology is a suitable remedy.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate. Although it would not have been reasonable to expect Mr X to appeal, we could not achieve anything more for him.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate. Mr X could not obtain the remedy he wanted from the Council, but he can appeal to the tribunal.",
      "tribunal-or-court",
    ],
    ["We will not investigate this complaint because, although the situation has improved, there is no sign of fault.", "no-fault-evident"],
    [
      "We will not investigate this complaint. It is reasonable to expect Ms P to have used the legal remedies open to her.",
      "tribunal-or-court",
    ],
    ["We will not investigate the complaint because it is unlikely an investigation by us would find fault.", "no-fault-evident"],
    [
      "We will not investigate this complaint because it is unlikely an investigation could reach a meaningful finding.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate because there is enough evidence for us to reach a safe conclusion that there was no fault.",
      "no-fault-evident",
    ],
    [
      "We will not investigate because the Council pursued legal remedies against the landlord and we cannot add to that.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate because even if the injustice did not arise from the Council's fault, the law says we cannot investigate.",
      "not-in-jurisdiction",
    ],
    [
      "We will not investigate this complaint which came to us outside the normal 12-month period. Ms L could have complained to us sooner.",
      "late",
    ],
    ["We will not investigate this complaint. There is not a good reason for the delay in her bringing it to us.", "late"],
    [
      "We will not investigate this complaint about a missed collection. Any fault has not caused an injustice to Mr H.",
      "insufficient-injustice",
    ],
    [
      "We will not investigate this complaint as we are unlikely to find Mr J was caused any significant injustice.",
      "insufficient-injustice",
    ],
    [
      "We cannot investigate this complaint. We have no jurisdiction to consider matters which have been the subject of court proceedings.",
      "tribunal-or-court",
    ],
    ["We will not investigate these complaints. One is late and we could not add to the Council's answer on the rest.", "late"],
    ["We will not investigate this complaint as we have no legal remit to consider how elections are run.", "not-in-jurisdiction"],
    [
      "We will not investigate this complaint. The papers show the Council properly considered the evidence before it refused the grant.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint. Mr X says the Council failed to properly consider his evidence, but he complained too late.",
      "late",
    ],
    [
      "We will not investigate this complaint. There is not enough evidence the delay caused Ms Y an injustice warranting our involvement.",
      "insufficient-injustice",
    ],
    ["We will not investigate this complaint. The Council's delay did not cause Mr Z an injustice.", "insufficient-injustice"],
    [
      "We will not investigate this complaint because there is not enough evidence of fault or of a significant injustice.",
      "no-fault-evident",
    ],
    [
      "We will not investigate this complaint. The main matter is now resolved because the Council granted the licence.",
      "no-worthwhile-outcome",
    ],
    ["We will not investigate this complaint. The application has yet to be determined, and Mrs Q may complain once it is.", "premature"],
    ["We will not investigate this complaint. The Council has not yet had a reasonable opportunity to respond to it.", "premature"],
    [
      "We will not investigate this complaint because we do not consider Ms D has suffered enough personal injustice to warrant it.",
      "insufficient-injustice",
    ],
    [
      "We will not investigate this complaint. The Council should consider his complaint about the bins through its complaints procedure first.",
      "premature",
    ],
    [
      "We will not investigate. It is unlikely that further investigation of the rest would lead to a worthwhile outcome.",
      "no-worthwhile-outcome",
    ],
    [
      "We cannot investigate. The complaint is outside our jurisdiction because Ms E used her right of appeal to a tribunal.",
      "tribunal-or-court",
    ],
    [
      "We cannot investigate. The complaint is outside our jurisdiction because it is about the internal management of a school.",
      "not-in-jurisdiction",
    ],
    ["We cannot investigate. The complaint is outside our jurisdiction as the law stands.", "not-in-jurisdiction"],
    [
      "We will not investigate. She successfully used her right to ask for a review, and the Council changed its decision.",
      "no-worthwhile-outcome",
    ],
    [
      "We will not investigate. It is reasonable for Mr G to ask for a stage two review under the Council's complaints procedure.",
      "premature",
    ],
    ["We will not investigate because the injustice Ms H claims is too far removed from the fault she alleges.", "insufficient-injustice"],
    [
      "We will not investigate because we cannot consider complaints about the actions of a town council, and we could not achieve more.",
      "not-in-jurisdiction",
    ],
    ["We will not investigate. We cannot investigate the actions of the county court.", "tribunal-or-court"],
    ["We will not investigate. Mr J is not caused a level of personal injustice to warrant our involvement.", "insufficient-injustice"],
    ["We will not investigate. The Council's actions do not cause the injustice Mrs Z claims.", "insufficient-injustice"],
    ["We will not investigate. We are unlikely to be able to achieve a significant outcome.", "no-worthwhile-outcome"],
    [
      "We will not investigate because the law prevents us from investigating most things that happen in schools and because Ms X can appeal to a tribunal.",
      "not-in-jurisdiction",
    ],
  ])("%s", (text, reason) => {
    expect(firstReason(reasonText(text))).toBe(reason);
  });

  it.each([
    ["There is not enough evidence of fault, and we could not achieve a worthwhile outcome.", "no-fault-evident"],
    [
      "The Council's reply did not give Mrs X a meaningful outcome. It is reasonable to expect her to appeal to the tribunal.",
      "tribunal-or-court",
    ],
    [
      "There is not enough evidence the Council did anything wrong, or that its actions caused Mrs X significant injustice.",
      "no-fault-evident",
    ],
    ["The Council has no power to investigate complaints about an academy, so it was not at fault in refusing.", "no-fault-evident"],
    ["Mrs X's appeal is yet to be determined by the SEND Tribunal.", "tribunal-or-court"],
    ["The Council has put recovery on hold until the matter is resolved. Mr X has a right of appeal to the tribunal.", "tribunal-or-court"],
    ["It is not clear the Council properly considered the evidence, but Mr X could have appealed to the tribunal.", "tribunal-or-court"],
    [
      "Had the panel properly considered the evidence, it would have reached the same decision, so we could not achieve a different outcome.",
      "no-worthwhile-outcome",
    ],
    [
      "The Council says its delay did not cause Mr X any injustice, but Mr X has a right of appeal to the Valuation Tribunal.",
      "tribunal-or-court",
    ],
    [
      "Mrs X complained to the Council first through its complaints procedure, and it has already remedied the matter.",
      "no-worthwhile-outcome",
    ],
    [
      "Two reviews were late. One was late by three months, but the delay did not cause Mr K significant injustice.",
      "insufficient-injustice",
    ],
    ["Even if one part were late, there is no evidence of fault.", "no-fault-evident"],
    [
      "Parish councils are outside our jurisdiction because the law does not let us in, and so we could not achieve the outcome Mr X wants.",
      "not-in-jurisdiction",
    ],
    [
      "This is outside our jurisdiction because it concerns the Council as an employer, which an employment tribunal can consider.",
      "not-in-jurisdiction",
    ],
    ["The complaint is outside our jurisdiction as Mr X has used his right of appeal to the tribunal.", "tribunal-or-court"],
    ["We cannot investigate the actions of the Council as Mr X has appealed to the tribunal.", "tribunal-or-court"],
    ["We cannot consider the actions of the Council's solicitors in court proceedings.", "tribunal-or-court"],
    ["We therefore have no power to investigate this complaint.", "not-in-jurisdiction"],
    ["It is unlikely there would be a worthwhile outcome from an investigation.", "no-worthwhile-outcome"],
    ["We would expect Mrs X to complete the Council's complaints procedure first.", "premature"],
    ["The application for planning permission has not yet been determined.", "premature"],
    ["The planning officer properly considered the objections.", "no-fault-evident"],
    [
      "The Council told Mr X he could request a stage two review or appeal to the tribunal. It is reasonable for him to appeal.",
      "tribunal-or-court",
    ],
    ["The Council refused Mrs X's request to escalate her complaint to stage two. There is no evidence of fault.", "no-fault-evident"],
    ["If the appeal had been successful, the Council would have refunded the fine. The complaint is late.", "late"],
    ["The Council successfully sought a possession order from the county court.", "tribunal-or-court"],
    ["We do not consider the injustice too remote from the Council's actions, but the complaint is late.", "late"],
    [
      "Although the Council did not reply, the injustice this caused is significant enough to warrant our involvement. But it is late.",
      "late",
    ],
  ])("does not take a new wording's reason before the one given first: %s", (text, reason) => {
    expect(firstReason(text)).toBe(reason);
  });

  it("takes a specific reason before the general words of what the ombudsman cannot investigate", () => {
    const text = "We cannot investigate complaints about some matters. Here there is no evidence of fault by the Council.";
    expect(firstReason(text)).toBe("no-fault-evident");
    expect(firstReason("We cannot investigate complaints about the actions of schools.")).toBe("not-in-jurisdiction");
  });
});

describe("powersReason", () => {
  const powers = (text: string, items: string[] = []): Block[] => [
    { kind: "section", title: "The Ombudsman’s role and powers", line: 1 },
    { kind: "paragraph", number: 2, text, line: 2, items: items.map((item, i) => ({ ordered: false, text: item, line: 3 + i })) },
  ];
  const FAULT =
    "We investigate complaints about ‘maladministration’ and ‘service failure’, which we call ‘fault’. We must also consider whether any fault has had an adverse impact on the person making the complaint.";

  it("is the one limit the account of the ombudsman's powers cites, when the rest of the statement gives no reason", () => {
    const blocks = powers(
      `${FAULT} We may decide not to start an investigation if we believe further investigation would not lead to a different outcome.`,
    );
    expect(powersReason(blocks)).toBe("no-worthwhile-outcome");
    expect(closureReason(CLOSED, "We will not investigate Ms T’s complaint about the closure of a library.", blocks)).toBe(
      "no-worthwhile-outcome",
    );
  });

  it("is no reason when the account lists every limit", () => {
    const blocks = powers(`${FAULT} We may decide not to start an investigation if we decide:`, [
      "there is not enough evidence of fault to justify investigating,",
      "any injustice is not significant enough to justify our involvement, or",
      "there is no worthwhile outcome achievable by our investigation.",
    ]);
    expect(powersReason(blocks)).toBeNull();
    expect(closureReason(CLOSED, "We will not investigate Ms T’s complaint about the closure of a library.", blocks)).toBeNull();
  });

  it("gives way to an outcome that says the complaint went back to the body", () => {
    const blocks = powers(
      "The law says we cannot investigate a complaint unless the council has been made aware of it and has had an opportunity to reply.",
    );
    expect(closureReason("Referred back for local resolution", "We will not investigate Mr P’s complaint about a grant.", blocks)).toBe(
      "premature",
    );
  });

  it("gives way to the reason the statement itself gives", () => {
    const blocks = powers(`${FAULT} We cannot investigate late complaints unless we decide there are good reasons.`);
    expect(closureReason(CLOSED, "We will not investigate this complaint because Mr R could appeal to a tribunal.", blocks)).toBe(
      "tribunal-or-court",
    );
  });
});

describe("closureReason and what the complaint is about", () => {
  it("does not take a court the complainant's account names for the reason", () => {
    const blocks: Block[] = [
      { kind: "section", title: "My assessment", line: 1 },
      {
        kind: "paragraph",
        number: 4,
        text: "Mr X complains the Council gave misleading evidence to the county court. The Council acted in line with its policy and I see no evidence of fault.",
        line: 2,
        items: [],
      },
    ];
    expect(closureReason(CLOSED, "Mr X complains about the Council's evidence in his court case.", blocks)).toBe("no-fault-evident");
  });
});
