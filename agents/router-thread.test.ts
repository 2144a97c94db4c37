import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { springSprintSpec } from "../server/seed/spring-sprint.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { openCorpusRouter } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { planRoute, withoutCourtesy } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { spokenDecision } from "./router-review.ts";
import { heldByThread, scopeOfListed } from "./thread-args.ts";

/** Issue 25: a thread keeps its last request, so short follow-ups, picks, "undo" and review decisions resolve. */
const NOW = new Date(CORPUS_NOW);
const SPRING = "exp_01SPRINGHOOK00000000001";
const TRAIL = "exp_01TRAILTONE000000000002";
const A = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2A";
const B = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2B";
const C = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2C";
const REVIEW = "rvw_01JD3Q8Z5K4W6X7Y8Z9A0B1C2R";

/** The tool #22 adds; the router reaches it by name. */
const decideReview: McpToolInfo = {
  name: "decide_review",
  inputSchema: {
    type: "object",
    properties: { reviewId: { type: "string" }, decision: { type: "string" }, reason: { type: "string" } },
    required: ["reviewId", "decision"],
  },
  annotations: { destructiveHint: true },
};

let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
let summerTemplate: string;
const plan = (text: string, memory: ThreadMemory = {}, v = vocabulary): RouterPlan =>
  planRoute({ text, memory: structuredClone(memory), tools: [...tools, decideReview], vocabulary: v, now: NOW });

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
  const brand = vocabulary.brands[0]!.id;
  const made = await ws.services.templates.create({
    brand,
    name: "Summer Trail",
    spec: springSprintSpec(new Map()),
    actor: "test",
  });
  summerTemplate = made.template.id;
  vocabulary = await ws.services.vocabulary();
});
afterAll(() => ws.cleanup());

const generated: ThreadMemory = {
  lastCall: {
    tool: "generate_variants",
    text: "make 4 variants of the spring offer for gen z",
    args: { brand: "kestrel", audience: "gen-z-runners", offer: "spring-20-off", count: 4, formats: ["1:1"] },
    ids: [A, B, C],
  },
  lastAssetIds: [A, B, C],
};

describe("follow-ups read against the thread's last request", () => {
  it("'and for urban runners?' repeats the generation with only the audience changed", () => {
    const p = plan("and for urban runners?", generated);
    expect(p).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { audience: "urban-25-34", offer: "spring-20-off", count: 4, brand: "kestrel" },
    });
  });

  it("'same but 1:1' keeps the count (a ratio is no count), and 'add 1:1' adds a format to those asked", () => {
    const nineSixteen: ThreadMemory = {
      lastCall: { ...generated.lastCall!, args: { ...generated.lastCall!.args, formats: ["9:16"] } },
    };
    expect(plan("same but 1:1 for urban runners", nineSixteen)).toMatchObject({
      kind: "call",
      args: { count: 4, formats: ["1:1"], audience: "urban-25-34" },
    });
    expect(plan("make it 10 and add 1:1", nineSixteen)).toMatchObject({
      kind: "call",
      args: { count: 10, formats: ["9:16", "1:1"] },
    });
    // Two changes in one follow-up, whichever comes first: both are made.
    expect(plan("Same but 1:1 as well, and make it 6.", nineSixteen)).toMatchObject({
      kind: "call",
      args: { count: 6, formats: ["9:16", "1:1"] },
    });
    expect(plan("make it 8 instead of 4 and add 1:1 also", nineSixteen)).toMatchObject({
      kind: "call",
      args: { count: 8, formats: ["9:16", "1:1"] },
    });
  });

  it("a count correction after an interjection, and a tone said as a comparative, change the generation", () => {
    expect(plan("oops sorry, make it 2 not 4", generated)).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { count: 2, offer: "spring-20-off" },
    });
    expect(plan("ok now 2 more but calmer", generated)).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { tone: "calm", offer: "spring-20-off" },
    });
  });

  it("a generation follow-up keeps the brief and changes one thing, however it is led in", () => {
    const both: ThreadMemory = {
      lastCall: { ...generated.lastCall!, args: { ...generated.lastCall!.args, formats: ["4:5", "9:16"] } },
    };
    expect(plan("drop the 4:5, just 9:16", both)).toMatchObject({
      kind: "call",
      args: { formats: ["9:16"], count: 4 },
    });
    expect(plan("Lovely. Could you do the same for city runners?", generated)).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { audience: "urban-25-34", offer: "spring-20-off", count: 4 },
    });
    expect(plan("same again but for the trail mob", generated)).toMatchObject({
      kind: "call",
      args: { audience: "trail-enthusiasts", count: 4 },
    });
    // What the work is for is no audience when something else changed.
    expect(plan("same but 4:5 for the IG feed pls", generated)).toMatchObject({
      kind: "call",
      args: { audience: "gen-z-runners", formats: ["4:5"] },
    });
    expect(plan("same but 12 and push it to final quality, this is for the big push", generated)).toMatchObject({
      kind: "call",
      args: { audience: "gen-z-runners", count: 12, stage: "finalise" },
    });
    expect(plan("bet. now 3 more but with free shipping", generated)).toMatchObject({
      kind: "call",
      args: { audience: "gen-z-runners", count: 3, offer: "free-shipping" },
    });
  });

  it("a brief names its template, stage, spend cap and hook in its own words", () => {
    expect(plan("make 4 summer trail ads for city runners, free shipping, square")).toMatchObject({
      kind: "call",
      args: { templateId: summerTemplate, audience: "urban-25-34", count: 4 },
    });
    expect(
      plan("4 variants for urban runners, free shipping, 1:1, keep the spend under $5 and the challenge hook"),
    ).toMatchObject({ kind: "call", args: { budgetMicros: 5_000_000, slots: { hook: "challenge" } } });
    expect(plan("give me 4 more city ads w free shipping, square")).toMatchObject({
      kind: "call",
      args: { audience: "urban-25-34", count: 4, formats: ["1:1"] },
    });
  });

  it("'and for millennials?' asks which audience instead of searching for an empty query", () => {
    const p = plan("and for millennials?", generated);
    expect(p.kind).toBe("question");
    expect(p.kind === "question" && p.question).toMatch(/millennials.*Which audience: gen-z-runners/);
    // The answer completes the same generation.
    if (p.kind !== "question") return;
    const answered = plan("trail runners", { ...generated, pending: p.pending });
    expect(answered).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { audience: "trail-enthusiasts", offer: "spring-20-off" },
    });
  });

  it("'do the same for the summer template' generates from that template, not a template list", () => {
    const p = plan("do the same for the summer template", generated);
    expect(p).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { templateId: summerTemplate, audience: "gen-z-runners", count: 4 },
    });
    const unknown = plan("same for the winter template", generated);
    expect(unknown.kind === "question" && unknown.question).toMatch(/winter.*Spring Sprint|winter.*Summer Trail/);
  });

  it("'what about last month?' re-ranks top performers over the new dates", () => {
    const memory: ThreadMemory = {
      lastCall: { tool: "top_performers", text: "top 5 ads by roas last week", args: { metric: "roas", limit: 5 } },
    };
    expect(plan("what about last month?", memory)).toMatchObject({
      kind: "call",
      tool: { name: "top_performers" },
      args: { metric: "roas", limit: 5, from: "2027-03-01", to: "2027-03-31" },
    });
  });

  it("'How does that compare to the week before?' moves the last request's range back a week", () => {
    const memory: ThreadMemory = {
      lastCall: {
        tool: "top_performers",
        text: "How much ad spend went through Meta last week?",
        args: { metric: "spend", platform: "meta", from: "2027-04-05", to: "2027-04-11" },
      },
    };
    for (const said of [
      "How does that compare to the week before?",
      "and how did the week before that look?",
      "merci! et pour la semaine d'avant?",
    ])
      expect(plan(said, memory), said).toMatchObject({
        kind: "call",
        tool: { name: "top_performers" },
        args: { metric: "spend", platform: "meta", from: "2027-03-29", to: "2027-04-04" },
      });
  });

  it("'can you show like 20 instead of 5?' after a search shows more of the same search, within the tool's maximum", () => {
    const searched: ThreadMemory = {
      lastCall: {
        tool: "search_assets",
        text: "find photos of people running on trails",
        args: { query: "people running on trails" },
      },
    };
    for (const [text, limit] of [
      ["ok and can u show like 20 instead of 5?", 20],
      ["just the top 3", 3],
      ["just 80 pls", 50],
    ] as const)
      expect(plan(text, searched), text).toMatchObject({
        kind: "call",
        tool: { name: "search_assets" },
        args: { query: "people running on trails", limit },
      });
    // A number that is part of a new ask is not a count: "photos from 2026" searches again.
    expect(plan("and photos from 2026?", searched)).not.toMatchObject({ args: { limit: 2026 } });
  });

  it("'detach 1202…' right after a link takes the platform the link was on", () => {
    const linked: ThreadMemory = {
      lastCall: {
        tool: "link_deployment",
        text: "link meta ad 120208877300 to the calm arm",
        args: { platform: "meta", platformAdId: "120208877300" },
      },
    };
    expect(plan("Hang on, the ad id was wrong. Detach 120208877399", linked)).toMatchObject({
      kind: "call",
      tool: { name: "unlink_deployment" },
      args: { platform: "meta", platformAdId: "120208877399" },
    });
  });

  it("'which ads would go live?' in a thread about a test lists that test's ads", () => {
    expect(plan("which ads would go live?", { lastExperimentId: TRAIL })).toMatchObject({
      kind: "call",
      tool: { name: "list_deployments" },
      args: { experimentId: TRAIL },
    });
  });

  it("'same search but only approved stuff' keeps the search's words and adds the filter it names", () => {
    const searched: ThreadMemory = {
      lastCall: {
        tool: "search_assets",
        text: "find photos of people running on trails",
        args: { query: "people running on trails", filters: { brand: "kestrel" } },
      },
    };
    expect(plan("same search but only approved stuff", searched)).toMatchObject({
      kind: "call",
      tool: { name: "search_assets" },
      args: { query: "people running on trails", filters: { brand: "kestrel", status: "approved" } },
    });
    expect(plan("ok now only ones with rights valid through summer", searched)).toMatchObject({
      kind: "call",
      args: { query: "people running on trails", filters: { brand: "kestrel", rightsValidOn: "2027-08-31" } },
    });
  });

  it("'what about the first week of June?' after a listing by the day rights hold moves that day", () => {
    const listed: ThreadMemory = {
      lastCall: {
        tool: "list_assets",
        text: "which pics can we still use on 1 May?",
        args: { brand: "kestrel", rightsValidOn: "2027-05-01" },
      },
    };
    expect(plan("what about the first week of june?", listed)).toMatchObject({
      kind: "call",
      tool: { name: "list_assets" },
      args: { brand: "kestrel", rightsValidOn: "2027-06-01" },
    });
    expect(plan("and in September?", listed)).toMatchObject({ args: { rightsValidOn: "2027-09-01" } });
  });

  it("'ok ship the winner' after a read-out promotes that experiment (behind Confirm)", () => {
    const memory: ThreadMemory = {
      lastExperimentId: TRAIL,
      lastCall: { tool: "get_experiment_results", text: "how's the trail test", args: { experimentId: TRAIL } },
    };
    for (const text of ["ok ship the winner", "ship it", "great, promote it"])
      expect(plan(text, memory), text).toMatchObject({
        kind: "call",
        tool: { name: "promote_winners" },
        args: { experimentId: TRAIL },
      });
  });

  it("'the second one' points into the last result list, and answers a question asked with choices", () => {
    expect(plan("the second one", generated)).toMatchObject({
      kind: "call",
      tool: { name: "get_asset" },
      args: { id: B },
    });
    expect(plan("more like the last one", generated)).toMatchObject({
      kind: "call",
      tool: { name: "find_similar" },
      args: { id: C },
    });
    const asked = plan("how is our test doing?");
    expect(asked.kind).toBe("question");
    if (asked.kind !== "question") return;
    expect(asked.pending.choices).toEqual(["Trail tone test", "Spring Sprint hook test"]);
    expect(plan("the second one", { pending: asked.pending })).toMatchObject({
      kind: "call",
      tool: { name: "get_experiment_results" },
      args: { experimentId: SPRING },
    });
  });

  it("a pick asked about ('the second one — is it in a test?', 'et le deuxième ?', 'the 9:16 one') shows that asset", () => {
    const getAsset = (id: string) => ({ kind: "call", tool: { name: "get_asset" }, args: { id } });
    expect(plan("the second one — is that one already in a test?", generated)).toMatchObject(getAsset(B));
    expect(plan("le deuxième, il est à qui ?", generated)).toMatchObject(getAsset(B));
    const named = {
      ...vocabulary,
      assets: [
        { id: A, name: "Harvest banner 1:1", kind: "output", status: "ready" },
        { id: B, name: "Harvest banner 9:16", kind: "output", status: "ready" },
        { id: C, name: "Harvest banner 4:5", kind: "output", status: "ready" },
      ],
    };
    expect(plan("the 9:16 one", generated, named)).toMatchObject(getAsset(B));
    expect(plan("the square one please — is it still ok to use?", generated, named)).toMatchObject(getAsset(A));
  });

  it("'undo' offers the call that restores the last change, behind Confirm, or says plainly it can't", () => {
    expect(plan("undo")).toMatchObject({ kind: "cannot" });
    const archived: ThreadMemory = {
      lastChange: {
        tool: "review_asset",
        args: { id: A, status: "archived" },
        undo: { tool: "update_asset", args: { id: A, status: "ready" }, summary: "put the asset back to ready" },
      },
    };
    expect(plan("undo that", archived)).toMatchObject({
      kind: "call",
      tool: { name: "update_asset" },
      args: { id: A, status: "ready" },
      confirm: true,
    });
    const promoted: ThreadMemory = { lastChange: { tool: "promote_winners", args: { experimentId: SPRING } } };
    const p = plan("undo", promoted);
    expect(p.kind === "cannot" && p.text).toMatch(/can't undo.*promote winners.*archive/);
  });

  it("says a merge or a review decision named to be undone stays, with or without the thread", () => {
    const merged = plan("can you reverse yesterday's dedupe merge?");
    expect(merged.kind === "cannot" && merged.text).toMatch(/can't undo a merge/);
    const decided = plan("revert my rejection of the calm variant please");
    expect(decided.kind === "cannot" && decided.text).toMatch(/review decision is final/);
  });
});

describe("a change is taken back however it is said", () => {
  const added: ThreadMemory = {
    lastChange: {
      tool: "add_brand_member",
      args: { brand: "kestrel", slackUserId: "U05PRIYA004", role: "reviewer" },
      undo: {
        tool: "remove_brand_member",
        args: { brand: "kestrel", member: "U05PRIYA004", role: "reviewer" },
        summary: "take the reviewer role away again",
      },
    },
  };
  it.each([
    "Undo — wrong person",
    "naw, undo that, she's no ready yet",
    "actually scratch that, undo it — she's only helping for a day",
    "Sorry, my mistake, kindly revert that change.",
    "Actually remove her again, legal said no",
  ])("%s → the undo of the last change", (text) => {
    expect(plan(text, added)).toMatchObject({
      kind: "call",
      tool: { name: "remove_brand_member" },
      args: { member: "U05PRIYA004", role: "reviewer" },
      confirm: true,
    });
  });

  it("a member taken off gets the role back they held, or the one said", () => {
    const v: Vocabulary = {
      ...vocabulary,
      members: [{ ref: "U05TOMA0005", name: "Tom", email: null, slackUserId: "U05TOMA0005", role: "editor" }],
    };
    const removed: ThreadMemory = {
      lastChange: { tool: "remove_brand_member", args: { brand: "kestrel", member: "U05TOMA0005" } },
    };
    expect(plan("nah undo that", removed, v)).toMatchObject({
      kind: "call",
      tool: { name: "add_brand_member" },
      args: { brand: "kestrel", slackUserId: "U05TOMA0005", role: "editor" },
    });
    expect(plan("Put him back. As viewer, not editor.", removed, v)).toMatchObject({
      kind: "call",
      tool: { name: "add_brand_member" },
      args: { slackUserId: "U05TOMA0005", role: "viewer" },
    });
  });
});

describe("what was done with the asset the thread showed", () => {
  const shown: ThreadMemory = {
    lastCall: { tool: "get_asset", text: "pull up the harvest banner", args: { id: A }, ids: [A] },
    lastAssetIds: [A],
  };
  it.each([
    "have any ads used this one?",
    "cool, which ad ran it the most?",
    "where has it been used so far",
    "¿y en qué campañas se ha usado?",
  ])("%s → its lineage downstream", (text) => {
    expect(plan(text, shown)).toMatchObject({
      kind: "call",
      tool: { name: "trace_lineage" },
      args: { id: A, direction: "downstream" },
    });
  });
  it("a lookalike asked with its own verb after a polite lead is that request, not the last one changed", () => {
    expect(plan("ok, could you please find me a few in that same mood instead", shown)).not.toMatchObject({
      tool: { name: "get_asset" },
    });
  });
});

describe("a dry run asked, or said yes to", () => {
  const stopped: ThreadMemory = {
    lastCall: { tool: "stop_experiment", text: "end the trail test", args: { experimentId: TRAIL } },
    lastExperimentId: TRAIL,
  };
  it("'dry run it first' is the last call as a dry run; a yes after a dry run is that call for real", () => {
    expect(plan("hmm, just dry run it first", stopped)).toMatchObject({
      kind: "call",
      tool: { name: "stop_experiment" },
      args: { experimentId: TRAIL, dryRun: true },
    });
    expect(plan("yep do it", stopped)).toMatchObject({
      kind: "call",
      tool: { name: "stop_experiment" },
      args: { experimentId: TRAIL, dryRun: false },
    });
    // A change with no dry run to it is said yes to as it was.
    expect(plan("yes", generated)).toMatchObject({ args: generated.lastCall!.args });
    expect(plan("yes", generated)).not.toMatchObject({ args: { dryRun: false } });
  });
});

describe("a sibling or a like request after the last one", () => {
  it("'nah the other one' after one asset of a pair is the other; 'kindly do a similar one for …' repeats the last", () => {
    const pair: Vocabulary = {
      ...vocabulary,
      assets: [
        { id: A, name: "Harvest night banner (1:1)", kind: "output", status: "ready" },
        { id: B, name: "Harvest night banner (4:5 resized)", kind: "output", status: "ready" },
      ],
    };
    const shown: ThreadMemory = {
      lastCall: { tool: "get_asset", text: "show me the harvest night banner", args: { id: A }, ids: [A] },
      lastAssetIds: [A],
    };
    expect(plan("nope, the other one", shown, pair)).toMatchObject({
      kind: "call",
      tool: { name: "get_asset" },
      args: { id: B },
    });
    expect(plan("Kindly do a similar one for trail runners.", generated)).toMatchObject({
      kind: "call",
      tool: { name: "generate_variants" },
      args: { offer: "spring-20-off", count: 4, audience: "trail-enthusiasts" },
    });
  });
});

describe("a member change right after another", () => {
  it("is about the person the message names, whatever pronoun it also says", () => {
    const v: Vocabulary = {
      ...vocabulary,
      members: [
        { ref: "tom", name: "Tom Okafor", email: "tom@x.co", slackUserId: "U05TOMA0005", role: "approver" },
        { ref: "ines", name: "Ines Duarte", email: "ines@x.co", slackUserId: "U05INES0006", role: "editor" },
      ],
    };
    const removed: ThreadMemory = {
      lastCall: {
        tool: "remove_brand_member",
        text: "Tom is off on Friday, take his approver role away",
        args: { brand: "kestrel", member: "U05TOMA0005", role: "approver" },
      },
    };
    expect(plan("make Ines an approver as well, she covers his reviews now", removed, v)).toMatchObject({
      kind: "call",
      tool: { name: "add_brand_member" },
      args: { slackUserId: "U05INES0006", role: "approver" },
    });
  });
});

describe("a decision names its review without the id", () => {
  const R1 = "rvw_01TESTREVIEW0000000000001";
  const R2 = "rvw_01TESTREVIEW0000000000002";
  const R3 = "rvw_01TESTREVIEW0000000000003";
  const queued = (): Vocabulary => ({
    ...vocabulary,
    assets: [{ id: A, name: "Spring Sprint playful 9:16", kind: "output", status: "in_review" }],
    reviews: [
      { id: R1, subjectType: "asset", subjectId: A, assetId: A },
      { id: R2, subjectType: "promotion", subjectId: SPRING },
      { id: R3, subjectType: "deployment", subjectId: TRAIL },
    ],
  });
  it.each([
    ["approve the trail deployment", R3, "approve"],
    ["reject the playful one, too loud", R1, "reject"],
    ["approve the spring promo", R2, "approve"],
    ["approve rvw 2 and 3", R2, "approve"],
    ["Approve the top one in the queue", R1, "approve"],
  ])("%s → %s, behind Confirm", (text, reviewId, decision) => {
    expect(plan(text, {}, queued())).toMatchObject({
      kind: "call",
      tool: { name: "decide_review" },
      args: { reviewId, decision },
      direct: false,
    });
  });

  it("a place counts in the list the thread showed; with nothing listed it names nothing", () => {
    const listed: ThreadMemory = { lastCall: { tool: "list_reviews", args: {}, text: "review q", ids: [R1, R2, R3] } };
    expect(plan("The second one reject it", listed, queued())).toMatchObject({
      kind: "call",
      args: { reviewId: R2, decision: "reject" },
    });
    expect(plan("approve the second one", {}, queued())).not.toMatchObject({
      kind: "call",
      tool: { name: "decide_review" },
    });
  });
  it("a look at one listed review reads what it is about: its asset, its test's read-out, its deployment's ads", () => {
    const listed: ThreadMemory = {
      lastCall: { tool: "list_reviews", args: {}, text: "what's waiting on sign-off", ids: [R1, R2, R3] },
    };
    const v = {
      ...queued(),
      reviews: queued().reviews!.map((r) => (r.id === R2 ? { ...r, reasons: ["spend over the threshold"] } : r)),
    };
    const reads: [string, string, Record<string, unknown>][] = [
      ["the top one, what is it", "get_asset", { id: A }],
      ["could I see the details of the second one please", "get_experiment_results", { experimentId: SPRING }],
      ["and the last one?", "list_deployments", { experimentId: TRAIL }],
      ["the go-live one: which ads would that put up if I ok it?", "list_deployments", { experimentId: TRAIL }],
      ["the threshold one — what's going on there", "get_experiment_results", { experimentId: SPRING }],
    ];
    for (const [text, tool, args] of reads)
      expect(plan(text, listed, v)).toMatchObject({ kind: "call", tool: { name: tool }, args });
    // Who decided, or a decision said, is no look at the subject.
    expect(plan("who approved the last one?", listed, v)).not.toMatchObject({ tool: { name: "list_deployments" } });
    expect(plan("reject the second one, numbers are thin", listed, v)).toMatchObject({
      tool: { name: "decide_review" },
      args: { reviewId: R2 },
    });
  });
});

describe("a bare yes after a change was proposed", () => {
  it("is that change, as proposed; after a read it says yes to nothing", () => {
    for (const text of ["do it", "yes", "yep, go for it"])
      expect(plan(text, generated)).toMatchObject({
        kind: "call",
        tool: { name: "generate_variants" },
        args: generated.lastCall!.args,
      });
    const read: ThreadMemory = {
      lastCall: { tool: "get_experiment_results", text: "how's the trail test", args: { experimentId: TRAIL } },
    };
    expect(plan("yes", read)).not.toMatchObject({ kind: "call", tool: { name: "get_experiment_results" } });
  });
});

describe("a review card's thread is a review conversation", () => {
  it.each([
    ["approve it", "approve", undefined],
    ["lgtm 👍", "approve", undefined],
    ["<@U0BOT> approved", "approve", undefined],
    ["reject, logo too small", "reject", "logo too small"],
    ["nope — the claim needs a source", "reject", "the claim needs a source"],
    ["reject it because the headline is off brand", "reject", "the headline is off brand"],
  ])("%s → %s", (text, decision, reason) => {
    expect(spokenDecision(text)).toEqual({ decision, ...(reason ? { reason } : {}) });
    const p = plan(text, { reviewId: REVIEW });
    expect(p).toMatchObject({
      kind: "call",
      tool: { name: "decide_review" },
      args: { reviewId: REVIEW, decision, ...(reason ? { reason } : {}) },
      direct: true,
    });
  });

  it("does not read a question or an ordinary request in the thread as a decision", () => {
    expect(spokenDecision("approve? not sure yet")).toBeUndefined();
    expect(spokenDecision("who can approve this?")).toBeUndefined();
    expect(plan("where did it come from?", { reviewId: REVIEW, lastAssetIds: [A] })).toMatchObject({
      kind: "call",
      tool: { name: "trace_lineage" },
    });
  });

  it.each([
    ["Je valide, c'est bon pour moi", "approve"],
    ["Refusé, le texte contient 'Crush'", "reject"],
    ["rechazado, falta el titular de derechos", "reject"],
    ["Aye go on then", "approve"],
    ["aproving this one, sorry if im not meant to", "approve"],
    ["yes", "approve"],
    ["go", "approve"],
    ["Yes ok.", "approve"],
    ["Sorry, I was going to approve, but the release is not signed yet. Could you please reject it instead?", "reject"],
  ])("in the card, %s decides it (%s) in another language or voice", (text, decision) => {
    expect(plan(text, { reviewId: REVIEW })).toMatchObject({
      kind: "call",
      tool: { name: "decide_review" },
      args: { reviewId: REVIEW, decision },
    });
  });

  it.each([
    "Can I approve this myself?",
    "who's supposed to approve this one?",
    "who on the team can sign this off today",
    "quién puede aprobar cosas de Kestrel?",
    "Who do I ask to approve local ads?",
  ])("asking who may decide (%s) lists the approvers, never decides", (text) => {
    expect(plan(text, { reviewId: REVIEW })).toMatchObject({
      kind: "call",
      tool: { name: "list_brand_members" },
      args: { role: "approver" },
    });
  });

  it.each([
    ["Why is this waiting on me?", "get_experiment_results", { experimentId: TRAIL }],
    ["May I know why this is pending for approval?", "get_experiment_results", { experimentId: TRAIL }],
    ["why is it in the queue at all", "get_asset", { id: A }],
    ["Why exactly is this in review? List reasons.", "get_asset", { id: A }],
  ])("in the card, asking why it waits (%s) reads what it reviews, not the queue", (text, tool, args) => {
    const memory: ThreadMemory = tool === "get_asset" ? { lastAssetIds: [A] } : { lastExperimentId: TRAIL };
    expect(plan(text, { reviewId: REVIEW, ...memory })).toMatchObject({ kind: "call", tool: { name: tool }, args });
  });

  it.each([
    "wait which tiktoks go live if this gets approved",
    "Who can actually sign this off? No, not me, I'm just an editor.",
  ])("in the card, a question with a decision word or a 'no' after it (%s) decides nothing", (text) => {
    expect(plan(text, { reviewId: REVIEW, lastExperimentId: TRAIL })).not.toMatchObject({
      tool: { name: "decide_review" },
    });
  });

  it("outside a card's thread a pasted review id is decided only after Confirm", () => {
    const p = plan(`approve ${REVIEW}`);
    expect(p).toMatchObject({ kind: "call", tool: { name: "decide_review" }, direct: false });
  });

  it("says plainly it can't when this Winnow has no decide_review tool", () => {
    const without = tools.filter((t) => t.name !== "decide_review");
    const p = planRoute({ text: "approve it", memory: { reviewId: REVIEW }, tools: without, vocabulary, now: NOW });
    expect(p.kind === "cannot" && p.text).toMatch(/Approve or Reject on the review card/);
  });
});

describe("verbs before names, and one running experiment needs no question", () => {
  const oneRunning = () => ({
    ...vocabulary,
    experiments: vocabulary.experiments.filter((e) => e.id !== TRAIL),
  });

  it("never reads 'stop the' as an experiment name", () => {
    const p = plan("stop the experiment and pause the losing ads");
    expect(p.kind).toBe("question");
    expect(p.kind === "question" && p.question).not.toMatch(/called/);
    expect(p.kind === "question" && p.question).toMatch(/Trail tone test|Spring Sprint hook test/);
  });

  it("with one running experiment, stop goes straight to its (confirmed) call", () => {
    expect(plan("stop the experiment and pause the losing ads", {}, oneRunning())).toMatchObject({
      kind: "call",
      tool: { name: "stop_experiment" },
      args: { experimentId: SPRING, pauseLosers: true },
    });
  });

  it("never offers an experiment that was already promoted", () => {
    const p = plan("promote the winner");
    expect(p.kind === "question" && p.question).not.toMatch(/City CTA|Black Friday/);
  });
});

describe("everyday asks reach their tool, and a request that is not a search is never searched", () => {
  it.each([
    ["which words are banned?", "get_brand_rules"],
    ["what is waiting for approval?", "list_reviews"],
    ["did the ingest job fail?", "list_jobs"],
    ["are there near-identical images?", "find_duplicates"],
    [`which assets use ${A}?`, "trace_lineage"],
    ["make 4 variantss of the spring offer for gen z", "generate_variants"],
  ])("%s → %s", (text, tool) => {
    expect(plan(text)).toMatchObject({ kind: "call", tool: { name: tool } });
  });

  it("archives and tags what the thread showed, and asks which when nothing is named", () => {
    expect(plan("archive old banners").kind).toBe("question");
    expect(plan("tag the new uploads").kind).toBe("question");
    expect(plan("tag them", generated)).toMatchObject({
      kind: "call",
      tool: { name: "tag_assets" },
      args: { ids: [A, B, C] },
    });
    expect(plan("archive the second one", generated)).toMatchObject({
      kind: "call",
      tool: { name: "update_asset" },
      args: { id: B, status: "archived" },
    });
  });

  it("starts a test from the variants this thread made, asking for what's missing", () => {
    expect(plan("start a test").kind).toBe("question");
    const p = plan("start a test with them", generated);
    expect(p.kind === "question" && p.question).toMatch(/Which metric/);
    expect(plan("start a test with them on ctr", generated)).toMatchObject({
      kind: "call",
      tool: { name: "create_experiment" },
      args: { arms: [A, B, C], metric: "ctr" },
    });
  });

  it("answers an unknown command with 'did you mean' suggestions, not a search", () => {
    const p = plan("rename the spring folder to spring-2027");
    expect(p.kind).toBe("unknown");
    expect(p.kind === "unknown" && p.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("a required id the message leaves out is the one the thread holds", () => {
  const decide: McpToolInfo = {
    name: "decide_review",
    inputSchema: {
      type: "object",
      properties: { reviewId: { type: "string", pattern: "^rvw_.*" }, decision: { type: "string" } },
      required: ["reviewId", "decision"],
    },
  };
  const R1 = "rvw_01JRVW00000000000000000001";
  const R2 = "rvw_01JRVW00000000000000000002";
  const listed: ThreadMemory = { lastCall: { tool: "list_reviews", args: {}, text: "review queue?", ids: [R1, R2] } };
  const fill = (text: string, memory: ThreadMemory, v = vocabulary) =>
    heldByThread(decide, { decision: "approve" }, text, memory, v, []);

  it("the card's review, the one picked from the listed queue, or the pending review of the thread's one asset", () => {
    expect(fill("approve? it's my photo and the release is signed", { reviewId: R2 }).reviewId).toBe(R2);
    expect(fill("I am sorry to bother you. Please approve the second one.", listed).reviewId).toBe(R2);
    const v = { ...vocabulary, reviews: [{ id: R1, subjectType: "asset", subjectId: A, assetId: A }] };
    expect(fill("Reject it. The release is dated after the shoot.", { lastAssetIds: [A] }, v).reviewId).toBe(R1);
  });

  it("several listed with none picked, or nothing held, leaves the field to a question", () => {
    expect(fill("approve it", listed).reviewId).toBeUndefined();
    expect(fill("approve it", {}).reviewId).toBeUndefined();
    expect(fill("approve it", { lastAssetIds: [A, B] }).reviewId).toBeUndefined();
  });
});

describe("a change to what the thread's last read listed", () => {
  const add: McpToolInfo = {
    name: "add_brand_member",
    annotations: { readOnlyHint: false },
    inputSchema: {
      type: "object",
      properties: {
        brand: { type: "string" },
        role: { type: "string", enum: ["approver", "reviewer", "editor", "viewer"] },
        slackUserId: { type: "string" },
      },
      required: ["brand", "role"],
    },
  };
  const listed = { tool: "list_brand_members", args: { brand: "kestrel", role: "approver" }, text: "who can approve?" };
  it("takes the required values the read was scoped by ('add rio' after the approvers were listed)", () => {
    expect(scopeOfListed(add, { slackUserId: "U05RIO" }, listed, [])).toEqual({
      slackUserId: "U05RIO",
      brand: "kestrel",
      role: "approver",
    });
    // A role said wins; a value the change does not allow, or another thing's list, is not carried.
    expect(scopeOfListed(add, { role: "viewer" }, listed, []).role).toBe("viewer");
    const odd = { ...listed, args: { role: "owner" } };
    expect(scopeOfListed(add, {}, odd, []).role).toBeUndefined();
    expect(scopeOfListed(add, {}, { ...listed, tool: "list_reviews" }, []).role).toBeUndefined();
  });
});

describe("a thread's follow-ups said politely, in other words or in other languages", () => {
  const jobs: ThreadMemory = {
    lastCall: {
      tool: "list_jobs",
      text: "did the allocaiton job run this morning?",
      args: {},
      ids: ["job_01JJBINGESTMETA000000001", "job_01JJBALLOCATE00000000002"],
      labels: {
        job_01JJBINGESTMETA000000001: "ingest_metrics (meta) · failed · Meta access token expired",
        job_01JJBALLOCATE00000000002: "update_allocation · succeeded",
      },
    },
  };
  const reviews: ThreadMemory = {
    lastCall: {
      tool: "list_reviews",
      text: "Could you kindly show me the list of pending reviews?",
      args: { brand: "kestrel" },
      ids: [REVIEW, "rvw_01JD3Q8Z5K4W6X7Y8Z9A0B1C2S"],
    },
  };

  it("a sentence that only thanks or apologises before the ask leaves the ask", () => {
    expect(withoutCourtesy("Thank you. And where has it been used since then?")).toBe(
      "And where has it been used since then?",
    );
    expect(withoutCourtesy("oh thank you — and which ad used it the most?")).toBe("and which ad used it the most?");
    expect(withoutCourtesy("Thank you!")).toBe("Thank you!");
    expect(withoutCourtesy("Thanks, that's all.")).toBe("Thanks, that's all.");
    expect(plan("I am sorry to bother you. Please approve the second one.", reviews)).toMatchObject({
      kind: "call",
      tool: { name: "decide_review" },
      args: { reviewId: "rvw_01JD3Q8Z5K4W6X7Y8Z9A0B1C2S", decision: "approve" },
    });
    const p = plan("Genau. Approve the second one.", reviews);
    expect(p.kind === "call" && p.args.reason).toBeUndefined();
  });

  it("'rerun it' reruns the job the thread asked about, not the only failed one", () => {
    expect(plan("rerun it mate", jobs)).toMatchObject({ kind: "call", tool: { name: "update_allocation" } });
    expect(plan("rerun it", { lastCall: { ...jobs.lastCall!, text: "did anything fail last night?" } })).toMatchObject({
      kind: "call",
      tool: { name: "ingest_metrics" },
      args: { platform: "meta" },
    });
  });

  it.each(["Ok, please launch it again", "ya, córrelo otra vez porfa", "kick it off again", "retry"])(
    "after the job list, '%s' reruns the failed job",
    (text) => {
      const failed = { lastCall: { ...jobs.lastCall!, text: "did anything fail last night?" } };
      expect(plan(text, failed)).toMatchObject({
        kind: "call",
        tool: { name: "ingest_metrics" },
        args: { platform: "meta" },
      });
    },
  );

  it("'Live, please. Not the dry run.' runs the last dry run for real", () => {
    const dry: ThreadMemory = {
      lastCall: {
        tool: "stop_experiment",
        text: "stop the trail tone test and pause the losers",
        args: { experimentId: TRAIL, pauseLosers: true, dryRun: true },
        ids: [TRAIL],
      },
    };
    expect(plan("Live, please. Not the dry run.", dry)).toMatchObject({
      kind: "call",
      tool: { name: "stop_experiment" },
      args: { experimentId: TRAIL, dryRun: false },
    });
  });

  it("'kill the loser' in Spanish stops the test", () => {
    expect(plan("mata al perdedor del test de trail tone, ya quedó claro")).toMatchObject({
      kind: "call",
      tool: { name: "stop_experiment" },
      args: { experimentId: TRAIL },
    });
  });

  it("'and the 9:16 one?' after one asset is its sibling; 'and social proof?' after a read-out is an arm in it", () => {
    const named = {
      ...vocabulary,
      assets: [
        { id: A, name: "Harvest banner 1:1", kind: "output", status: "ready" },
        { id: B, name: "Harvest banner 9:16", kind: "output", status: "ready" },
        { id: C, name: "Harvest banner 4:5", kind: "output", status: "ready" },
      ],
    };
    const shown: ThreadMemory = {
      lastCall: { tool: "get_asset", text: "give me the harvest banner 1:1", args: { id: A }, ids: [A] },
      lastAssetIds: [A],
    };
    expect(plan("and the 9:16 one?", shown, named)).toMatchObject({
      kind: "call",
      tool: { name: "get_asset" },
      args: { id: B },
    });
    const traced: ThreadMemory = {
      lastCall: {
        tool: "trace_lineage",
        text: "where did the harvest banner 1:1 come from",
        args: { id: A },
        ids: [A],
      },
      lastAssetIds: [A],
    };
    expect(plan("what about the 4:5 one?", traced, named)).toMatchObject({
      kind: "call",
      tool: { name: "trace_lineage" },
      args: { id: C },
    });
    const test = vocabulary.experiments.find((e) => e.id === SPRING)!;
    const arm = { id: A, name: "Spring hook - social proof (9:16)", kind: "output", status: "deployed" };
    const withArm = {
      ...vocabulary,
      assets: [...(vocabulary.assets ?? []), arm],
      experiments: vocabulary.experiments.map((e) => (e.id === SPRING ? { ...test, armAssetIds: [A] } : e)),
    };
    const readOut: ThreadMemory = {
      lastCall: {
        tool: "get_experiment_results",
        text: "how is the spring hook test?",
        args: { experimentId: SPRING },
        ids: [SPRING, A],
      },
    };
    expect(plan("and social proof, where does that one land?", readOut, withArm)).toMatchObject({
      kind: "call",
      tool: { name: "get_experiment_results" },
      args: { experimentId: SPRING },
    });
    expect(plan("promote the social proof one", readOut, withArm)).not.toMatchObject({
      tool: { name: "get_experiment_results" },
    });
  });
});
