import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import { matchAsset } from "./asset-match.ts";
import { budgetSaid, hookSaid, slotLineSaid, stageSaid } from "./generation-words.ts";
import { brandPatchArgs, brandSettingsAsk } from "./intent-brand-admin.ts";
import { parseDateRange } from "./intent-dates.ts";
import { extractSlots } from "./intent-extract.ts";
import { lexiconGuess } from "./intent-lexicon.ts";
import { outOfScope } from "./intent-scope.ts";
import { newBrandSlots } from "./intent-slots.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { asksAboutAsset, listedByStatus } from "./router-assets.ts";
import { attachmentTool } from "./router-files.ts";
import { planRoute } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { reviewedStatus, reviewOutcome, reviewReasons, spokenDecision } from "./router-review.ts";
import { fillFromText, membersNamedIn, nameOfAddress } from "./slot-fill.ts";

/**
 * Issue 25, the offline router's general mechanisms (not phrases): assets named in words, arguments read by what the
 * chosen tool accepts, typo-tolerant decisions, counts that are not aspect ratios, date ranges, out-of-scope kinds,
 * the lexicon vote, and thread follow-ups (next page, a bare "lgtm").
 */
const NOW = new Date(CORPUS_NOW);
const LIBRARY = [
  { id: "ast_01TESTHARBOURDUSK0000001", name: "Harbour at dusk hero photo", kind: "scene", status: "ready" },
  { id: "ast_01TESTSUMMERBANNER000001", name: "Summer banner 1:1", kind: "output", status: "ready" },
  { id: "ast_01TESTSUMMERBANNER000002", name: "Summer banner 9:16", kind: "output", status: "ready" },
  { id: "ast_01TESTHOOKARMQUIZ000001", name: "Spring hook - quiz (9:16)", kind: "output", status: "deployed" },
  { id: "ast_01TESTHOOKARMSTAT000001", name: "Spring hook - stat (9:16)", kind: "output", status: "deployed" },
];

let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
const plan = (text: string, memory: ThreadMemory = {}): RouterPlan =>
  planOver({ tools, vocabulary }, text, memory, NOW);
const call = callOf;

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
  vocabulary = {
    ...vocabulary,
    assets: LIBRARY,
    members: [
      {
        ref: "U0TESTRUTH1",
        name: "Ruth Okoye",
        email: "ruth@example.com",
        slackUserId: "U0TESTRUTH1",
        role: "reviewer",
      },
    ],
  };
});
afterAll(() => ws.cleanup());

describe("assets named in words", () => {
  it("picks the one asset whose rarer name words the message says, typo-tolerant", () => {
    expect(matchAsset("what came out of the harbor dusk shot?", LIBRARY)).toMatchObject({
      kind: "one",
      value: { id: "ast_01TESTHARBOURDUSK0000001" },
    });
    expect(matchAsset("the quiz arm of the spring hook", LIBRARY)).toMatchObject({ kind: "one" });
  });
  it("settles a tie on a name's own word over an everyday one the sentence uses otherwise", () => {
    const two = [
      {
        id: "ast_01TESTSHOPDROP0000000001",
        name: "City CTA - Shop the drop",
        kind: "output",
        status: "ready",
        createdAt: "2027-04-01T00:00:00Z",
      },
      {
        id: "ast_01TESTMARA000000000000001",
        name: "Mara running (talent)",
        kind: "talent",
        status: "ready",
        createdAt: "2027-01-01T00:00:00Z",
      },
    ];
    expect(matchAsset("is the mara shot still ok on april 30? episode drops that day", two)).toMatchObject({
      kind: "one",
      value: { id: "ast_01TESTMARA000000000000001" },
    });
  });
  it("reads a question whether one named asset may still be used as a read of that asset", () => {
    // The brand's name alone names the brand, not an asset named after it.
    const logo = { id: "ast_01TESTKESTRELLOGO0000001", name: "Kestrel mark logo", kind: "logo", status: "approved" };
    const withLogo = {
      text: "",
      memory: {},
      tools,
      vocabulary: { ...vocabulary, assets: [...LIBRARY, logo] },
      now: NOW,
    };
    const why = "Pending reviews for Kestrel? Client's asking why it is stuck";
    expect(asksAboutAsset(undefined, why, { ...withLogo, text: why })).toBe(false);
    expect(
      asksAboutAsset(undefined, "who owns the kestrel logo?", { ...withLogo, text: "who owns the kestrel logo?" }),
    ).toBe(true);
    for (const text of ["can we still use the harbour dusk photo", "is the harbour dusk photo still ok on may 2?"]) {
      expect(asksAboutAsset(undefined, text, { text, memory: {}, tools, vocabulary, now: NOW })).toBe(true);
      expect(call(plan(text))).toMatchObject({ tool: "get_asset", args: { id: "ast_01TESTHARBOURDUSK0000001" } });
    }
  });
  it("reads a question about the others beside one named asset as a question about the set", () => {
    const input = (text: string) => ({ text, memory: {}, tools, vocabulary, now: NOW });
    for (const text of [
      "the harbour dusk photo's rights run out end of the month, right? what else is expiring soon?",
      "What's in the library that needs a review or has rights running out",
    ])
      expect(asksAboutAsset(undefined, text, input(text))).toBe(false);
    const one = "the harbour dusk photo's rights run out when?";
    expect(asksAboutAsset(undefined, one, input(one))).toBe(true);
  });
  it("reads a new value said for a field of one asset as a change of it, not a read", () => {
    for (const [text, args] of [
      [
        "The harbour dusk photo's licence was renewed through end of October, can you update it? 31 Oct 2027.",
        { id: "ast_01TESTHARBOURDUSK0000001", rightsExpiresAt: "2027-10-31" },
      ],
      [
        'could you kindly add a note to the harbour at dusk hero photo: "Do not crop the mast."',
        { id: "ast_01TESTHARBOURDUSK0000001", usageNotes: "Do not crop the mast." },
      ],
    ] as const)
      expect(call(plan(text))).toMatchObject({ tool: "update_asset", args });
    // A question about the field, with no value in it, stays a read of the asset.
    expect(call(plan("when do the harbour dusk photo's rights run out?"))).toMatchObject({ tool: "get_asset" });
  });
  it("records a change of one asset its words say was reviewed as that review", () => {
    const tools = [{ name: "review_asset" }, { name: "update_asset" }];
    const assets = [{ id: "ast_X", status: "ready" }];
    const said = "I have reviewed the summer banner 1:1. It is old, so please archive it.";
    expect(
      reviewOutcome({ name: "update_asset" }, { id: "ast_X", status: "archived" }, said, assets, undefined, tools, []),
    ).toEqual({ tool: "review_asset", args: { id: "ast_X", status: "archived" } });
    expect(
      reviewOutcome(
        { name: "update_asset" },
        { id: "ast_X", rightsExpiresAt: "2027-07-31" },
        "rights extended until 31 July, please mark it reviewed",
        assets,
        undefined,
        tools,
        [],
      ),
    ).toEqual({ tool: "review_asset", args: { id: "ast_X", rightsExpiresAt: "2027-07-31", status: "ready" } });
    // "last reviewed by …" names when, not that a review was done now.
    expect(
      reviewOutcome(
        { name: "update_asset" },
        { id: "ast_X", owner: "U1" },
        "reviewed by Maya? make me the owner",
        assets,
        undefined,
        tools,
        [],
      ),
    ).toBeUndefined();
  });
  it("lists assets by a status the listing tool's schema names, said as a status", () => {
    const input = (text: string) => ({ text, memory: {}, tools, vocabulary, now: NOW });
    for (const [text, status] of [
      ["Which assets are in needs_review actually?", "needs_review"],
      ["which assets have the status needs reveiw at the moment?", "needs_review"],
      ["pls get me a list of what's been discared", "discarded"],
    ])
      expect(listedByStatus(undefined, text!, input(text!))).toMatchObject({ slots: { setStatus: status } });
    // A status word in everyday use is no listing by it.
    expect(
      listedByStatus(undefined, "who approved the summer banners?", input("who approved the summer banners?")),
    ).toBeUndefined();
  });
  it("settles a tie between a test's arms on the winner or the loser said", () => {
    const arms = [
      {
        id: "ast_01TESTCTAPACE00000000001",
        name: "City CTA - Find your pace (1:1)",
        kind: "output",
        status: "discarded",
      },
      {
        id: "ast_01TESTCTADROP00000000001",
        name: "City CTA - Shop the drop (1:1)",
        kind: "output",
        status: "promoted",
      },
    ];
    expect(matchAsset("where did the City CTA winner come from?", arms)).toMatchObject({
      value: { id: "ast_01TESTCTADROP00000000001" },
    });
    expect(matchAsset("le visuel gagnant du test City CTA", arms)).toMatchObject({
      value: { id: "ast_01TESTCTADROP00000000001" },
    });
    expect(matchAsset("the City CTA loser", arms)).toMatchObject({ value: { id: "ast_01TESTCTAPACE00000000001" } });
    expect(matchAsset("the City CTA ads", arms).kind).toBe("many");
  });
  it("returns a tie as many and a lone common word as none", () => {
    expect(matchAsset("the summer banners", LIBRARY).kind).toBe("many");
    expect(matchAsset("anything from spring?", LIBRARY).kind).toBe("none");
  });
  it("fills the asset of a lineage request and asks when two fit a one-asset request", () => {
    expect(call(plan("what did the harbour dusk photo end up in?"))).toMatchObject({
      tool: "trace_lineage",
      args: { id: "ast_01TESTHARBOURDUSK0000001", direction: "downstream" },
    });
    const p = plan("where did the summer banner come from?");
    expect(p.kind).toBe("question");
  });
  it("reads the asset a new version replaces from its name", () => {
    for (const text of [
      "Creator sent a retouched version of the harbour dusk photo, swap it in please",
      "register this retouched file as the new version of the harbour dusk photo",
    ])
      expect(call(plan(text))).toMatchObject({
        tool: "replace_asset_version",
        args: { replacedId: "ast_01TESTHARBOURDUSK0000001" },
      });
  });
  it("reads the old and the new one right after a new version was registered as those versions", () => {
    const memory: ThreadMemory = {
      lastCall: {
        tool: "replace_asset_version",
        args: { replacedId: "ast_01TESTHARBOURDUSK0000001", newAssetId: "ast_01TESTSUMMERBANNER000001" },
        text: "the summer banner 1:1 replaces the harbour dusk photo",
      },
    };
    expect(call(plan("ok now archive the old one", memory))).toMatchObject({
      tool: "update_asset",
      args: { id: "ast_01TESTHARBOURDUSK0000001", status: "archived" },
    });
  });
  it("reads one asset named whole after 'show me the' as that asset, and 'more like that' as its lookalikes", () => {
    expect(call(plan("show me the harbour at dusk hero photo"))).toMatchObject({
      tool: "get_asset",
      args: { id: "ast_01TESTHARBOURDUSK0000001" },
    });
    expect(call(plan("lowkey obsessed w the harbour dusk shot, more like that pls"))).toMatchObject({
      tool: "find_similar",
      args: { id: "ast_01TESTHARBOURDUSK0000001" },
    });
  });
  it("reads more like one named asset, with nothing else asked of the pictures, as its lookalikes", () => {
    for (const text of [
      "could you pull more shots in the spirit of the harbour at dusk photo?",
      "find me imagery in the same register as the harbour dusk photo",
      "busca algo parecido al harbour dusk photo porfa",
      "plus de visuels comme celui du harbour dusk",
    ])
      expect(call(plan(text))).toMatchObject({ tool: "find_similar", args: { id: "ast_01TESTHARBOURDUSK0000001" } });
    // A difference said, or a thing looked for before the likeness, keeps the search by example.
    expect(call(plan("something like the harbour dusk photo but with a runner in it"))).toMatchObject({
      tool: "search_assets",
      args: { exampleAssetIds: ["ast_01TESTHARBOURDUSK0000001"] },
    });
  });
});

describe("a library review said in words", () => {
  it("gives the status a reviewer's words leave: said outright, else the cleared status kept or ready", () => {
    expect(reviewedStatus("looked at the harbour one, it's fine", "approved")).toBe("approved");
    expect(reviewedStatus("looked at the harbour one, it's fine", "needs_review")).toBe("ready");
    expect(reviewedStatus("reviewed it — reject, no model release", "needs_review")).toBe("rejected");
    expect(reviewedStatus("please retire it", "ready")).toBe("archived");
    expect(reviewedStatus("what does it show?", "ready")).toBeUndefined();
  });
  it("records a renewal said while working the review list as a review, and edits the field elsewhere", () => {
    const tools = [{ name: "review_asset" }, { name: "update_asset" }];
    const assets = [{ id: "ast_X", status: "ready" }];
    const args = { brand: "kestrel", id: "ast_X", rightsExpiresAt: "2027-09-30" };
    expect(
      reviewOutcome(
        { name: "update_asset" },
        args,
        "renewed to end of sept",
        assets,
        { tool: "library_review" },
        tools,
        [],
      ),
    ).toEqual({ tool: "review_asset", args: { id: "ast_X", rightsExpiresAt: "2027-09-30", status: "ready" } });
    expect(
      reviewOutcome({ name: "update_asset" }, args, "renewed to end of sept", assets, { tool: "get_asset" }, tools, []),
    ).toBeUndefined();
  });
});

describe("arguments read by what the tool accepts", () => {
  it("reads a member by first name for an audit question and for a removal, with their role", () => {
    expect(membersNamedIn("what has ruth been up to", vocabulary).map((m) => m.ref)).toEqual(["U0TESTRUTH1"]);
    expect(call(plan("remove Ruth from kestrel"))).toMatchObject({
      tool: "remove_brand_member",
      args: { member: "U0TESTRUTH1", role: "reviewer" },
    });
  });
  it("reads which tool an audit question is about: who approved is who decided a review", () => {
    expect(call(plan("Who approved the City CTA promotion, and when?"))).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "decide_review" },
    });
    expect(call(plan("I need the full audit trail of review decisions since 1 March."))).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "decide_review" },
    });
  });
  it("reads who decided, who made changes and what I did as audit questions, in other languages too", () => {
    for (const text of [
      "¿quién aprobó la promo del DE? lo necesito para el informe",
      "chi ha approvato la promo del DE?",
      "so who approved that last batch?? want to thank them",
    ])
      expect(call(plan(text))).toMatchObject({ tool: "list_audit_events", args: { tool: "decide_review" } });
    expect(call(plan("who made the latest changes to the team on kestrel?"))).toMatchObject({
      tool: "list_audit_events",
    });
    expect(call(plan("can you see if anyone acted on the notes I logged on monday?"))).toMatchObject({
      tool: "list_audit_events",
    });
    const mine = planRoute({
      text: "show me what I've changed since monday, worried I broke something",
      memory: {},
      tools,
      vocabulary,
      now: NOW,
      asker: "U0TESTRUTH1",
    });
    expect(call(mine)).toMatchObject({ tool: "list_audit_events", args: { person: "U0TESTRUTH1" } });
  });
  it("reads the role a question about a brand's people asks for by its right: edit, review, sign-off", () => {
    expect(call(plan("and who can edit on kestrel?"))).toMatchObject({
      tool: "list_brand_members",
      args: { role: "editor" },
    });
    expect(call(plan("who do I send the kestrel banners to for sign-off?"))).toMatchObject({
      tool: "list_brand_members",
      args: { role: "approver" },
    });
  });
  it("reads a starter file asked for and which kind, in English or French", () => {
    for (const [text, kind] of [
      ["gimme a rule_set starter file", "rule_set"],
      ["tempalte spec boilerplate?", "template"],
      ["Tu peux me donner un fichier de départ pour les règles de marque ? En YAML", "rule_set"],
      ["need a blank csv for the import", "import_manifest"],
    ])
      expect(call(plan(text!))).toMatchObject({ tool: "get_starter_file", args: { kind } });
  });
  it("reads the tool of an audit question by the thing that was changed, or by the tool's own name", () => {
    const audited = (text: string) => call(plan(text));
    expect(audited("who touched the brand rules")).toMatchObject({ args: { tool: "update_brand_rules" } });
    expect(audited("Who chnaged the brand rules last?")).toMatchObject({ args: { tool: "update_brand_rules" } });
    expect(audited("Has anyone changed the rule set in the last 7 days?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "update_brand_rules" },
    });
    expect(audited("and who kicked off the last ingest")).toMatchObject({ args: { tool: "ingest_metrics" } });
    expect(audited("who touched the hook test allocation today?")).toMatchObject({
      args: { tool: "update_allocation" },
    });
    expect(audited("who called set_prompt_label this week")).toMatchObject({ args: { tool: "set_prompt_label" } });
    expect(audited("What feedback has been logged this week?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "record_feedback" },
    });
    // Who may change something is a question about people, not the audit trail.
    expect(audited("who can approve rule changes?")).toMatchObject({ tool: "list_brand_members" });
  });
  it("reads who did a thing, or a thing done, as the audit trail whatever the thing names", () => {
    const prompted = { ...vocabulary, prompts: ["harbour-ad-copy"] };
    const audited = (text: string) => call(planOver({ tools, vocabulary: prompted }, text, {}, NOW));
    // The thing done to is no read of that thing: members, the rules, a prompt's label.
    expect(audited("who invited Ruth onto the team last week?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "add_brand_member" },
    });
    expect(audited("can you find out who did the recent edits to our brand guidelines?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "update_brand_rules" },
    });
    expect(audited("who moved the production label on harbour-ad-copy yesterday?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "set_prompt_label" },
    });
    // Done, said without who; a log of every decision; who changed it, in Spanish, Italian, Portuguese.
    expect(audited("has anything been rejected since friday?")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "decide_review" },
    });
    expect(audited("send me a log of all the decisions taken on review requests in March")).toMatchObject({
      tool: "list_audit_events",
      args: { tool: "decide_review" },
    });
    for (const text of [
      "¿quién modificó el split del test de tiktok?",
      "chi ha cambiato l'allocation del test?",
      "quem alterou o split do teste?",
    ])
      expect(audited(text)).toMatchObject({ tool: "list_audit_events", args: { tool: "update_allocation" } });
    // Another question asked first is the ask: the prompt's versions, not who moved its label.
    expect(audited("which version of harbour-ad-copy is on production, and who moved it there?")).toMatchObject({
      tool: "list_prompt_versions",
    });
  });
  it("reads a brand's settings asked about or changed, and the change as update_brand's fields", () => {
    expect(brandSettingsAsk("what is the current approval policy on kestrel — threshold and p(best) bar?")).toBe(
      "list_brands",
    );
    expect(brandSettingsAsk("is there a list of the fonts we're meant to use? sorry")).toBe("list_brands");
    expect(brandSettingsAsk("raise the approval bar: a winner under 0.995 p(best) should need an approver.")).toBe(
      "update_brand",
    );
    expect(brandSettingsAsk("which ads did best for gen z?")).toBeUndefined();
    const update = { name: "update_brand", inputSchema: { properties: {} } };
    const v = { ...vocabulary, audiences: [{ id: "de-marathoners", names: ["German marathoners"] }] };
    const patch = (text: string) => brandPatchArgs(update, { brand: "kestrel" }, text, v, []);
    expect(patch("raise the spend threshold to 1k")).toMatchObject({
      approvalPolicy: { spendThresholdMicros: 1_000_000_000 },
    });
    expect(patch("I'd like promotions below 99.5% probability to best to come to an approver.")).toMatchObject({
      approvalPolicy: { approvalBelowProbability: 0.995 },
    });
    expect(patch("Any brand-rule warning at all should go to review from now on.")).toMatchObject({
      approvalPolicy: { reviewOnBrandWarnings: true },
    });
    expect(patch("Could you change the body font of our brand to Inter? It is hard to read.")).toMatchObject({
      fonts: { body: "Inter" },
    });
    expect(patch("Drop the German marathoners audience, the DE push is finished")).toMatchObject({
      removeAudiences: ["de-marathoners"],
    });
    expect(
      patch(
        "We need a new audience on Kestrel: 'HR wellness leads', slug hr-wellness-leads, aliases 'people ops' and 'HR'.",
      ),
    ).toMatchObject({
      audiences: [{ slug: "hr-wellness-leads", name: "HR wellness leads", aliases: ["people ops", "HR"] }],
    });
  });
  it("takes an e-mail said as the e-mail, and who a change is about rather than who asked for it", () => {
    const add = tools.find((t) => t.name === "add_brand_member")!;
    const alex = {
      ref: "U0TESTALEX1",
      name: "Alex Chen",
      email: "alex@example.com",
      slackUserId: "U0TESTALEX1",
      role: "editor",
    };
    const team = { ...vocabulary, members: [...vocabulary.members, alex] };
    expect(fillFromText(add, {}, "pls add ines@northpeak.agency as a viewer", team, [])).toMatchObject({
      email: "ines@northpeak.agency",
    });
    expect(fillFromText(add, {}, "Alex wants Ruth moved up to approver", team, [])).toMatchObject({
      slackUserId: "U0TESTRUTH1",
    });
  });
  it("reads an import's path without the sentence's full stop, and the kind every file takes", () => {
    const imp = tools.find((t) => t.name === "import_assets")!;
    expect(
      fillFromText(imp, {}, "it's at imports/webinar-q2/stills.csv. Import it please.", vocabulary, []),
    ).toMatchObject({ path: "imports/webinar-q2/stills.csv" });
    expect(
      fillFromText(imp, { defaults: { brand: "kestrel" } }, "import imports/q2/ — tag them as talent", vocabulary, []),
    ).toMatchObject({ defaults: { brand: "kestrel", kind: "talent" } });
    expect(fillFromText(imp, {}, "import /imports/partners/runclub/ kind=reference", vocabulary, [])).toMatchObject({
      defaults: { kind: "reference" },
    });
  });
  it("filters a search for product or talent shots on that kind", () => {
    const search = tools.find((t) => t.name === "search_assets")!;
    const kindOf = (text: string) =>
      (fillFromText(search, { filters: { brand: "kestrel" } }, text, vocabulary, []).filters as Record<string, unknown>)
        .kind;
    expect(kindOf("Find me a calm, minimal prodcut shot")).toBe("product");
    expect(kindOf("creator content at golden hour, talent shots only")).toBe("talent");
    expect(kindOf("a square logo + a product shot for the episode page")).toBeUndefined();
    expect(kindOf("runners on a bridge")).toBeUndefined();
    expect(kindOf("harbour at dawn, scenes only")).toBe("scene");
    expect(kindOf("only references, warm tones")).toBe("reference");
    expect(kindOf("the only runner on the beach")).toBeUndefined();
  });
  it("asks who when the name is nobody's", () => {
    expect(plan("remove Zed from kestrel").kind).toBe("question");
  });
  it("reads a version, hex colours apart from a channel", () => {
    expect(call(plan("show me the brand guidelines as of v2"))).toMatchObject({
      tool: "get_brand_rules",
      args: { version: 2 },
    });
    expect(call(plan("change the kestrel palette to #112233 and #abcdef, review channel #kestrel-ok"))).toMatchObject({
      tool: "update_brand",
      args: { palette: ["#112233", "#ABCDEF"], reviewChannel: "#kestrel-ok" },
    });
  });
});

describe("a review request's reasons as the message gives them", () => {
  it.each([
    ["Please send the premium 9:16 to the approvers, noting that the copy is new.", "copy is new"],
    ["Send the premium 9:16 variant to review. New audience, that's the reason. And ping Maya.", "New audience"],
    [
      "Can we raise a review on the social proof one? A customer says the testimonial sounds fake",
      "customer says the testimonial sounds fake",
    ],
    [
      "send the premium 9:16 to review, new audience on a vertical. and ping dev to look at it today",
      "new audience on a vertical",
    ],
  ])("%s → %s", (text, reason) => {
    expect(reviewReasons(text)).toEqual([reason]);
  });
  it("gives none when the message says no reason", () => {
    expect(reviewReasons("send ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D for review")).toBeUndefined();
    expect(reviewReasons("send it for review. can you also ping Maya?")).toBeUndefined();
  });
  it("takes the reason said before an ask put last, and no label said after 'it as'", () => {
    const asking = /\b(?:log|record|can you)\b/i;
    expect(reviewReasons("Partner says the City Night banner is blurry, can you log that?", asking)).toEqual([
      "Partner says the City Night banner is blurry",
    ]);
    expect(reviewReasons("Got a complaint the line feels aggressive. Please log it as off-brand.", asking)).toEqual([
      "Got a complaint the line feels aggressive",
    ]);
  });
});

describe("words people slip on", () => {
  it("reads a decision through one slip in its verb", () => {
    expect(spokenDecision("aprove, nice work")).toMatchObject({ decision: "approve" });
    expect(spokenDecision("rejcted - wrong shoe")).toMatchObject({ decision: "reject", reason: "wrong shoe" });
  });
  it("never reads a count from an aspect ratio", () => {
    expect(extractSlots("make 3 16:9 banner variants").count).toBe(3);
    expect(extractSlots("some 9:16 variants please").count).toBeUndefined();
  });
  it("reads a count said with a hyphen, as new ones, or in words before an adjective", () => {
    expect(extractSlots("a 6-variant round for urban 25-34").count).toBe(6);
    expect(extractSlots("refresh the city set: 6 new, 1:1 and 9:16, spring 20 off").count).toBe(6);
    expect(extractSlots("generate four premium-tone variants").count).toBe(4);
    expect(extractSlots("6 concepts, urban 25-34").count).toBe(6);
    expect(extractSlots("show me 5 more").count).toBeUndefined();
  });
  it("reads a piece or an occasion said with 'a/an' after 'for' as no audience", () => {
    expect(extractSlots("a bright hero for a 'summer restock' mailer").audience).toBeUndefined();
    expect(extractSlots("a track shot for an event recap").audience).toBeUndefined();
    expect(extractSlots("make 4 variants for the trail crowd").audience).toBe("trail crowd");
  });
  it("reads a brief's stage, spend cap and hook from its words", () => {
    expect(stageSaid("push it to final quality, we're presenting")).toBe("finalise");
    expect(stageSaid("cheapest possible batch, quality can be rough")).toBe("explore");
    expect(stageSaid("4 variants for gen z")).toBeUndefined();
    expect(budgetSaid("keep the spend under $5 please")).toBe(5_000_000);
    expect(budgetSaid("$5 off for everyone")).toBeUndefined();
    expect(hookSaid("double down on challenge hooks — 8 more")).toBe("challenge");
    expect(hookSaid("8 variants around the 'benefit' territory")).toBe("benefit");
    expect(hookSaid("which hook is winning in the spring sprint hook test")).toBeUndefined();
    // A slot held to a line of its own, as written.
    expect(slotLineSaid("9:16 only. Lock the hook to 'Your PR called. It wants a rematch.'")).toEqual({
      slot: "hook",
      value: "Your PR called. It wants a rematch.",
    });
    expect(slotLineSaid('keep the CTA as "Shop the drop"')).toEqual({ slot: "cta", value: "Shop the drop" });
    expect(slotLineSaid("double down on challenge hooks")).toBeUndefined();
  });
  it("reads week-of-month and day ranges", () => {
    expect(parseDateRange("spend in the first week of february", NOW)).toMatchObject({
      from: "2027-02-01",
      to: "2027-02-07",
    });
    expect(parseDateRange("numbers for march 3-9", NOW)).toMatchObject({ from: "2027-03-03", to: "2027-03-09" });
  });
});

describe("honest refusals and the lexicon vote", () => {
  it("refuses by kind, with what Winnow can do instead", () => {
    for (const text of [
      "sync this into hubspot",
      "lower the bid on the retargeting ad set",
      "how many followers did we gain",
    ])
      expect(outOfScope(text)).toMatch(/can't|doesn't|don't/);
    expect(outOfScope("launch a test on meta in ad set 23850001234")).toBeUndefined();
    // A document the work is for, or one only mentioned, is not one asked for.
    expect(outOfScope("find product shots of the ember for a client deck")).toBeUndefined();
    expect(outOfScope("je cherche une photo de chaussure, pour une newsletter")).toBeUndefined();
    expect(outOfScope("pull everything tagged spring, i'm building the april newsletter")).toBeUndefined();
    expect(outOfScope("revoke sam's editor role, the northpeak contract ended friday")).toBeUndefined();
    // A file already retouched, to be filed as a new version, is a library change; retouching asked for is not.
    expect(outOfScope("here's a retouched version of the harbour dusk photo, swap it in")).toBeUndefined();
    expect(outOfScope("can you retouch the harbour dusk photo?")).toMatch(/production work/);
    // Where a shared design was made is no system to reach; reaching the design tool still is.
    expect(outOfScope("designed this one in figma, are the colours on brand?")).toBeUndefined();
    expect(outOfScope("our canva draft for the shop window, does it pass?")).toBeUndefined();
    expect(outOfScope("can you pull our designs out of canva")).toMatch(/can't reach that system/);
    expect(outOfScope("put those into a slide deck for the client")).toMatch(/can't write documents/);
    expect(outOfScope("ok now make it a pdf")).toMatch(/can't write documents/);
    expect(plan("make a slide deck of the winners").kind).toBe("cannot");
    // Messages to people by phone, text or e-mail are not Winnow's; "call it" decides a test, "text models" lists.
    for (const text of [
      "Call Maya and tell her the test is done",
      "Text Rio the new banner",
      "email the top 3 to the investors",
    ])
      expect(plan(text)).toMatchObject({ kind: "cannot", text: expect.stringMatching(/can't send messages/) });
    for (const text of ["ok call it", "text models only", "check this text copy"]) {
      const p = plan(text);
      expect(p.kind === "cannot" ? p.text : "").not.toMatch(/can't send messages/);
    }
  });
  it("reads a request no phrase rule knows from its words, and stays quiet when they do not agree", () => {
    expect(lexiconGuess("are we burning cash on renders")?.intent).toBe("cost");
    expect(lexiconGuess("hello there")).toBeUndefined();
    expect(call(plan("are we burning cash on renders"))).toMatchObject({ tool: "cost_report" });
  });
});

describe("thread follow-ups", () => {
  const searched: ThreadMemory = {
    lastCall: { tool: "search_assets", args: { query: "harbour at dusk" }, text: "find harbour at dusk", ids: [] },
  };
  it("'give me more' after a list is its next page, not a search for 'more'", () => {
    expect(call(plan("give me more", searched))).toMatchObject({
      tool: "search_assets",
      args: { query: "harbour at dusk" },
    });
  });
  it("'for real' in the languages people write turns the last dry run into the real stop", () => {
    const stopped: ThreadMemory = {
      lastCall: {
        tool: "stop_experiment",
        args: { experimentId: "exp_01JSPRINGHOOK000000000001", dryRun: true },
        text: "vale, páralo",
        ids: [],
      },
    };
    for (const text of ["venga, en serio, páusalos ya", "ok vas-y pour de vrai"])
      expect(call(plan(text, stopped)), text).toMatchObject({ tool: "stop_experiment", args: { dryRun: false } });
  });
  it("a test's split asked to be previewed is the allocation, not applied; a field set by its name is that value", () => {
    expect(call(plan("latest alloc on the spring hook test? no need to apply, just want to see"))).toMatchObject({
      tool: "update_allocation",
      args: { apply: false },
    });
    expect(call(plan("update_allocation exp spring hook, apply=false"))).toMatchObject({
      tool: "update_allocation",
      args: { apply: false },
    });
  });
  it("what a test has spent, asked in its thread, is its ads' spend, not the generation ledger", () => {
    const readOut: ThreadMemory = {
      lastCall: {
        tool: "get_experiment_results",
        args: { experimentId: "exp_01JSPRINGHOOK000000000001" },
        text: "how is the spring hook test doing?",
        ids: [],
      },
      lastExperimentId: "exp_01JSPRINGHOOK000000000001",
    };
    expect(call(plan("how much have we spent on this", readOut))).toMatchObject({
      tool: "top_performers",
      args: { metric: "spend" },
    });
  });
  it("a bare 'lgtm' with nothing to decide asks which review", () => {
    expect(plan("lgtm!").kind).toBe("question");
  });
});

describe("what the thread points at", () => {
  const shown: ThreadMemory = {
    lastAssetIds: ["ast_01TESTSUMMERBANNER000001", "ast_01TESTSUMMERBANNER000002"],
    lastCall: { tool: "list_assets", args: {}, text: "list summer banners", ids: [] },
  };
  it("'open that one' / 'what's the headline on this' shows the thread's asset", () => {
    expect(call(plan("what's the headline on this?", shown))).toMatchObject({
      tool: "get_asset",
      args: { id: "ast_01TESTSUMMERBANNER000001" },
    });
  });
  it("'bin those' archives what the thread showed, behind Confirm, and a quality complaint is feedback", () => {
    expect(call(plan("archive those", shown))).toMatchObject({
      tool: "update_asset",
      args: { id: "ast_01TESTSUMMERBANNER000001", status: "archived" },
    });
    expect(call(plan("this one looks warped and glitchy", shown))).toMatchObject({
      tool: "record_feedback",
      args: { label: "low_quality_variant" },
    });
  });
  it("an ad id given to an arm links it to that arm's asset, platform from the words", () => {
    expect(call(plan("tiktok ad 7712345678 is the quiz arm of the spring hook test"))).toMatchObject({
      tool: "link_deployment",
      args: { platform: "tiktok", platformAdId: "7712345678", assetId: "ast_01TESTHOOKARMQUIZ000001" },
    });
  });
  it("'should we stop …?' asks for the read-out, not the stop", () => {
    expect(call(plan("should we stop the trail tone test?"))).toMatchObject({ tool: "get_experiment_results" });
  });
});

describe("brand and member admin read from the words", () => {
  it("takes a new member's display name from the words that spell their address", () => {
    expect(nameOfAddress("can add my intern Wei Ling as viewer? weiling@kestrelrun.co", "weiling@kestrelrun.co")).toBe(
      "Wei Ling",
    );
    expect(nameOfAddress("Add Ngozi (ngozi@kestrelrun.co) as editor.", "ngozi@kestrelrun.co")).toBe("Ngozi");
    expect(
      nameOfAddress("add Giulia as editor, her mail is giulia.rossi@kestrelrun.co", "giulia.rossi@kestrelrun.co"),
    ).toBe("Giulia");
    expect(
      nameOfAddress("Kindly add priya@kestrelrun.co as reviewer on Kestrel", "priya@kestrelrun.co"),
    ).toBeUndefined();
  });

  it("reads a new brand's name and slug said in separate sentences or fields", () => {
    expect(newBrandSlots("new brand. Kestrel Trail. slug kestrel-trail. set it up")).toMatchObject({
      name: "Kestrel Trail",
      slug: "kestrel-trail",
    });
    expect(newBrandSlots("Create the Fernwood brand: slug fernwood, review channel #fernwood-reviews")).toMatchObject({
      name: "Fernwood",
      slug: "fernwood",
    });
    expect(newBrandSlots("create brand fernhill, name 'Fernhill Outdoor'")).toMatchObject({
      name: "Fernhill Outdoor",
      slug: "fernhill",
    });
    expect(newBrandSlots("a new brand for the outlet: slug kestrel-outlet, name Kestrel Outlet")).toMatchObject({
      name: "Kestrel Outlet",
      slug: "kestrel-outlet",
    });
  });

  it("carries the person of the thread's last member change to 'she must be viewer'", () => {
    const memory: ThreadMemory = {
      lastCall: {
        text: "add Giulia as editor, giulia.rossi@example.com",
        tool: "add_brand_member",
        args: { brand: "kestrel", role: "editor", email: "giulia.rossi@example.com", name: "Giulia" },
      },
    };
    expect(call(plan("Sorry, I made a mistake, she must be viewer, not editor", memory))).toMatchObject({
      tool: "add_brand_member",
      args: { role: "viewer", email: "giulia.rossi@example.com" },
    });
  });

  it("checks the asset named, not words that name it or a quote said about it, taken for copy", () => {
    expect(call(plan("pls check brand rules for the summer banner 9:16 one, i think got problem"))).toMatchObject({
      tool: "check_brand_rules",
      args: { assetId: "ast_01TESTSUMMERBANNER000002" },
    });
    const said = call(
      plan("A customer says the Summer banner 1:1 'doesn't feel like us'. Please check it against the brand rules."),
    );
    expect(said).toMatchObject({ tool: "check_brand_rules", args: { assetId: "ast_01TESTSUMMERBANNER000001" } });
    expect(said?.args?.text).toBeUndefined();
  });

  it("checks a shared image against the brand when the words judge it", () => {
    for (const text of [
      "this ok?",
      "this ok to put up? brand wise",
      "does it fit brand rules?",
      "Ce visuel respecte la charte ?",
    ])
      expect(attachmentTool(text, ["image"])).toBe("check_brand_rules");
    expect(attachmentTool("find more like this", ["image"])).toBe("find_similar");
  });

  it("adds a shared image asked into the library, and reads its kind from what it shows", () => {
    for (const text of ["could this one go into our library?", "chuck this in the library pls"])
      expect(attachmentTool(text, ["image"])).toBe("add_asset");
    expect(attachmentTool("anything like this in the library?", ["image"])).toBe("find_similar");
    const add = tools.find((t) => t.name === "add_asset")!;
    const kindOf = (text: string) => fillFromText(add, {}, text, vocabulary, []).kind;
    expect(kindOf("shot from the shop opening on friday, add it")).toBe("scene");
    expect(kindOf("our new ambassador Kim, can you save it")).toBe("talent");
    expect(kindOf("the summer banner, final cut — add it")).toBe("output");
    // Named as a kind, in any of the languages: that kind, whatever it shows.
    expect(kindOf("the creators' meetup, add it as a scene")).toBe("scene");
    expect(kindOf("guárdala como producto")).toBe("product");
    const list = tools.find((t) => t.name === "list_assets")!;
    expect(fillFromText(list, {}, "the summer banners", vocabulary, []).kind).toBeUndefined();
  });
});

describe("assets asked for by who they are for", () => {
  it("'show me <audience> assets' is a search for that audience, not a search nobody asked for", () => {
    for (const text of ["show me zoomers assets", "show me assets for city runners"]) {
      const got = plan(text);
      expect(got.kind === "call" && got.tool.name).toBe("search_assets");
      expect(got.kind === "call" && got.args.audience).toMatch(/gen-z-runners|urban-25-34/);
    }
  });
});
