import { describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY } from "../core/intents/vocabulary.ts";
import { matchAsset } from "./asset-match.ts";
import { changeOnly } from "./followup-leads.ts";
import { assetNamedAgain } from "./router-assets.ts";

/**
 * Issue 25, follow-ups that only change the last request: a correction, a narrowing or widening, more of the same,
 * and another asset named against what the last request was about.
 */
const LIBRARY = [
  { id: "ast_01TESTHARVEST00000000001", name: "Harvest Festival banner 1:1", kind: "output", status: "ready" },
  { id: "ast_01TESTHARVEST00000000002", name: "Harvest Festival banner 1.91:1", kind: "output", status: "ready" },
  { id: "ast_01TESTHARVEST00000000003", name: "Harvest Festival banner 9:16", kind: "output", status: "ready" },
  { id: "ast_01TESTHILLCALM000000001", name: "Hill tone - calm (9:16)", kind: "output", status: "deployed" },
  { id: "ast_01TESTHILLPREMIUM000001", name: "Hill tone - premium (9:16)", kind: "output", status: "deployed" },
];

describe("what a follow-up changes", () => {
  it("reads a correction as its new value, without what it replaces", () => {
    expect(changeOnly("Actually, make that reviewer, not approver.")).toBe("reviewer");
    expect(changeOnly("no, go with the summer template")).toBe("the summer template");
    // Led in by any word of the speaker's own; what it replaces said before another sentence.
    expect(changeOnly("aiyo, make it 5 not 8")).toBe("5");
    expect(changeOnly("I'm so sorry, I meant the trail crowd, not the city one. Same brief otherwise?")).toBe(
      "the trail crowd. Same brief otherwise?",
    ); // A slip owned first ("my bad", "wrong name,"), the right value said as what it was or should be, or put back to.
    expect(changeOnly("my bad. It was the Harvest 9:16, not the 1:1")).toBe("the Harvest 9:16");
    expect(changeOnly("argh, wrong day, should have been 12 March")).toBe("12 March");
    expect(changeOnly("hmm, put it back to 250")).toBe("250");
  });
  it("keeps the changes said after what a correction turns down", () => {
    expect(changeOnly("make it 8 instead of 6 and add 4:5 also")).toBe("8 and add 4:5 also");
    expect(changeOnly("Noo make it 8 and add square ones.")).toBe("8 and add square ones");
  });
  it("reads more of the same as the count and what differs", () => {
    expect(changeOnly("omg can u make 4 more of those but for trail ppl")).toBe("4 for trail ppl");
  });
  it("keeps a narrowing or widening whole, and leaves a new request alone", () => {
    expect(changeOnly("and just scenes")).toBe("and just scenes");
    expect(changeOnly("Including the ones that still need review, please")).toMatch(/^Including/);
    expect(changeOnly("just show me the review queue please")).toBeUndefined();
    // "only the ones / those …" narrows the last results wherever the sentence starts.
    expect(changeOnly("Thank you. Kindly share only those whose rights are valid as on 1st May")).toBe(
      "only those whose rights are valid as on 1st May",
    );
    expect(changeOnly("sweet as, only ones with rights still valid on 1 May")).toBe(
      "only ones with rights still valid on 1 May",
    );
    expect(changeOnly("what's waiting for approval?")).toBeUndefined();
  });
});

describe("another asset named in a follow-up", () => {
  const v = {
    ...EMPTY_VOCABULARY,
    assets: LIBRARY,
    experiments: [
      {
        id: "exp_01TESTHILL",
        name: "Hill tone test",
        status: "running",
        hasWinner: false,
        createdAt: "2027-03-01",
        armAssetIds: [LIBRARY[3]!.id, LIBRARY[4]!.id],
      },
    ],
  };
  it("reads initials as a name's first words: the HF banners", () => {
    expect(matchAsset("archive the HF banner 9:16", LIBRARY)).toMatchObject({
      kind: "one",
      value: { id: LIBRARY[2]!.id },
    });
  });
  it("takes the last message's words with the follow-up's ratio", () => {
    const last = { tool: "update_asset", args: { id: LIBRARY[2]!.id }, text: "the old HF banners — archive the 9:16" };
    expect(assetNamedAgain("on the 1.91", last, v)?.id).toBe(LIBRARY[1]!.id);
  });
  it("looks first among the last test's arms", () => {
    const last = {
      tool: "link_deployment",
      args: { experimentId: "exp_01TESTHILL", assetId: LIBRARY[3]!.id },
      text: "link tiktok ad 1789002299 to the calm one",
    };
    expect(assetNamedAgain("for the premium one too", last, v)?.id).toBe(LIBRARY[4]!.id);
    expect(assetNamedAgain("for the other one", last, v)).toBeUndefined();
  });
});
