import { describe, expect, it } from "vitest";
import { ALL_TOOLS } from "../tools/index.ts";
import { countSaid } from "./intent-extract.ts";
import { routeIntent } from "./intent-router.ts";
import { lineageDirection } from "./intent-slots.ts";
import { splitAsks } from "./intent-text.ts";
import { INTENT_TOOLS, type IntentName, type Slots } from "./intent-types.ts";

const A = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D";
const B = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E";
const E = "exp_01JD3Q8Z5K4W6X7Y8Z9A0B1C2F";

/** [phrasing, expected intent, expected slots (a subset)] */
const TABLE: [string, IntentName, Slots][] = [
  ["find assets that feel like summer trail for Gen Z", "search", { audience: "Gen Z", query: "summer trail" }],
  ["search for orange running shoes", "search", { query: "orange running shoes" }],
  ["show me trail running photos for runners", "search", { audience: "runners", query: "trail running" }],
  ["look for sunset beach scenes", "search", { query: "sunset beach scenes" }],
  ["do we have any studio shots of the Aero 3?", "search", {}],
  ["<@U0BOT> find images with a logo on black", "search", { query: "a logo on black" }],
  ["pull up city night visuals for urban 25-34", "search", { audience: "urban 25-34" }],
  [`find assets similar to ${A}`, "similar", { assetIds: [A] }],
  [`more like ${A} please`, "similar", { assetIds: [A] }],
  [`anything that looks like ${B}?`, "similar", { assetIds: [B] }],
  [`lookalikes for ${A}`, "similar", { assetIds: [A] }],
  [
    "make 8 variants of the spring offer for runners",
    "generate",
    { count: 8, offer: "spring offer", audience: "runners" },
  ],
  ["make 10 variants for Gen Z", "generate", { count: 10, audience: "Gen Z" }],
  [
    "generate twelve versions of the summer sale for trail runners",
    "generate",
    { count: 12, offer: "summer sale", audience: "trail runners" },
  ],
  ["create 3 ads for DE marathoners with 20% off", "generate", { count: 3, audience: "DE marathoners" }],
  ["give me a dozen variants of the spring promo", "generate", { count: 12, offer: "spring promo" }],
  ["produce 24 new creatives for urban runners", "generate", { count: 24, audience: "urban runners" }],
  ["generate variants of the black friday deal", "generate", { offer: "black friday deal" }],
  [
    "can you draft five options for the spring launch for Gen Z?",
    "generate",
    { count: 5, offer: "spring launch", audience: "Gen Z" },
  ],
  ["render 6 variants", "generate", { count: 6 }],
  ["how is the hook test doing?", "status", { experimentName: "hook test" }],
  [`status of ${E}`, "status", { experimentId: E }],
  ["which headline wins for 25-34 in DE?", "status", { audience: "25-34" }],
  ["what are the results of the spring experiment", "status", { experimentName: "spring test" }],
  ["how's the experiment performing", "status", {}],
  ["who is winning?", "status", {}],
  ["promote the winner", "promote", {}],
  [`promote the winners of ${E}`, "promote", { experimentId: E }],
  ["ship the winning variant", "promote", {}],
  ["roll out the best ad", "promote", {}],
  ["review queue", "review_queue", {}],
  ["Show me the review Q", "review_queue", {}],
  ["ugh whats left in the review pile", "review_queue", {}],
  ["what's waiting on me", "review_queue", {}],
  ["Please show me all open reviews.", "review_queue", {}],
  ["which undecided approvals do we have", "review_queue", {}],
  ["list reviews", "review_queue", {}],
  ["¿qué hay pendiente de aprobación?", "review_queue", {}],
  ["what needs review?", "review_queue", {}],
  ["show pending reviews", "review_queue", {}],
  ["anything awaiting approval?", "review_queue", {}],
  [`where did ${A} come from?`, "lineage", { assetIds: [A] }],
  [`lineage of ${B}`, "lineage", { assetIds: [B] }],
  [`what was ${A} derived from`, "lineage", { assetIds: [A] }],
  ["what did we spend this month?", "cost", {}],
  ["cost per winner", "cost", {}],
  ["how much did we spend on generation", "cost", {}],
  [`${A} is off-brand`, "feedback", { label: "off_brand", assetIds: [A] }],
  [`flag ${B} as missing rights data`, "feedback", { label: "missing_rights_data" }],
  [`mark ${A} wrong product match`, "feedback", { label: "wrong_product_match" }],
  // Complaints in everyday words, asked to be logged, about an asset named in words (resolved later by the planner).
  ["the energetic 1:1 looks kinda low-res, can i flag that?", "feedback", { label: "low_quality_variant" }],
  [
    "customer says the playful ad shows the wrong shoe, can we record that?",
    "feedback",
    { label: "wrong_product_match" },
  ],
  ["log that the premium 9:16 is too shouty", "feedback", { label: "off_brand" }],
  ["Log that the Mara shot is missing its signed release", "feedback", { label: "missing_rights_data" }],
  ["this is off — the premium one uses the wrong lockup. flag it", "feedback", { label: "off_brand" }],
  [
    "the tagger calls my bridge shot 'indoor' which is just wrong lol, can you log that",
    "feedback",
    { label: "incorrect_tag", tag: "indoor" },
  ],
  [`the tag "night" on the dawn photo is not correct`, "feedback", { label: "incorrect_tag", tag: "night" }],
  [`show ${A}`, "show_asset", { assetIds: [A] }],
  [`send ${A} for review`, "request_review", { assetIds: [A] }],
  [`submit ${B} for approval`, "request_review", { assetIds: [B] }],
  [`can we raise a review on ${A}`, "request_review", { assetIds: [A] }],
  [`please put ${B} through the same review`, "request_review", { assetIds: [B] }],
  [`get maya's eyes on ${A} before anything goes up`, "request_review", { assetIds: [A] }],
  [`send ${A} back to the approvers`, "request_review", { assetIds: [A] }],
  ["help", "help", {}],
  ["what can you do", "help", {}],
  // Tools that landed after the first router: brand checks, library review, insights, cost, lineage, templates...
  [`check ${A} against the brand rules`, "check_brand", { assetIds: [A] }],
  [`is ${B} on brand?`, "check_brand", { assetIds: [B] }],
  [`does ${A} break the brand rules?`, "check_brand", { assetIds: [A] }],
  [
    'check this copy for brand compliance: "Guaranteed fastest shoe ever"',
    "check_brand",
    { text: "Guaranteed fastest shoe ever" },
  ],
  ["what are the kestrel brand rules?", "brand_rules", {}],
  ["show me the banned phrases", "brand_rules", {}],
  // What the rulebook says, asked in other words than "brand rules".
  ["What does the brand book actually say about tone?", "brand_rules", {}],
  ["sorry if this is a dumb question but where do I find the brand guidlines?", "brand_rules", {}],
  ["what are the no-go words for kestrel again", "brand_rules", {}],
  ["What are we not allowed to say in ads?", "brand_rules", {}],
  ["is 'crush ur pr' still banned or did they let it slide", "brand_rules", {}],
  ["what's our brand palette again? need the hex codes", "brand_rules", {}],
  // Member changes said as upgrades, "should be", in French, the role given after "to"/"en"/"be".
  ["Could someone upgrade me to editor on Kestrel? I can only look.", "add_member", { role: "editor" }],
  ["Ajoute-moi en éditeur sur kestrel stp, j'en ai marre d'être viewer", "add_member", { role: "editor" }],
  ["Jonas should be an approver going forward", "add_member", { role: "approver" }],
  ["Sorry, she must be viewer, not editor", "add_member", { role: "viewer" }],
  ["run the library review", "library_review", {}],
  [
    "which assets have rights expiring within 14 days?",
    "library_review",
    { categories: ["expiring"], expiringWithinDays: 14 },
  ],
  ["any stale assets?", "library_review", { categories: ["stale"] }],
  [
    "do we have any product shots whose rights or reviews are out of date?",
    "library_review",
    { categories: ["stale", "review_overdue"] },
  ],
  ["which of our images need re-reviewing after the packaging change?", "library_review", { categories: ["stale"] }],
  [
    "anything not looked at in 90+ days?",
    "library_review",
    { categories: ["review_overdue"], reviewOlderThanDays: 90 },
  ],
  ["¿Qué se ha quedado obsoleto en la librería?", "library_review", { categories: ["stale"] }],
  ["what has never been reviewed", "library_review", { categories: ["never_reviewed"] }],
  ["which hook works best for 25-34?", "slot_insights", { slot: "hook", filters: { audience: "25-34" } }],
  [
    "best tone for Gen Z by conversions",
    "slot_insights",
    { slot: "tone", metric: "cvr", filters: { audience: "Gen Z" } },
  ],
  ["which offer drives the most revenue", "slot_insights", { slot: "offer", metric: "roas" }],
  ["slot insights", "slot_insights", {}],
  ["what drives click-through?", "slot_insights", {}],
  ["cost by model", "cost", { groupBy: ["model"] }],
  ["what did we spend per campaign each week", "cost", { groupBy: ["campaign", "period"], period: "week" }],
  ["monthly spend by provider", "cost", { groupBy: ["provider", "period"], period: "month" }],
  [`what was made from ${A}?`, "lineage", { assetIds: [A], direction: "downstream" }],
  [`derivatives of ${B}`, "lineage", { assetIds: [B], direction: "downstream" }],
  [`where did ${A} come from?`, "lineage", { direction: "upstream" }],
  [`which outputs came from ${A}?`, "lineage", { direction: "downstream" }],
  ["list templates", "templates", {}],
  ["what templates do we have for kestrel?", "templates", {}],
  ["find duplicates in the library", "duplicates", {}],
  ["any exact dupes?", "duplicates", { methods: ["exact"] }],
  ["look for visually similar duplicates", "duplicates", { methods: ["exact", "perceptual", "embedding"] }],
  // The library holding the same thing twice, said with a slip or with "twice"; a copy asked for is no such ask.
  ["¿hay dupliacdos en el library? siento que subimos lo mismo dos veces", "duplicates", {}],
  ["are some of our pictures in the library twice?", "duplicates", {}],
  ["are there duplicated images of the City Night banner?", "duplicates", {}],
  // The ads built on one library asset named by what it is: its lineage downstream.
  ["how can i see which ads are using the kestrel logo?", "lineage", { direction: "downstream" }],
  ["Which ads used the Black Friday 30% off creative?", "lineage", { direction: "downstream" }],
  ["which image models are available?", "models", { task: "image" }],
  ["show failed jobs", "jobs", { status: "failed" }],
  ["which hook won in the spring test?", "slot_insights", { slot: "hook" }],
  // An "end" that is not an order to end: how a test came out is its read-out.
  ["How did the City CTA test end? I want to quote the winner", "status", {}],
  // Money the ads spend, said first or said as burning money, is the ranking by spend, not the generation ledger.
  ["whats burning money rn", "top_performers", { metric: "spend" }],
  ["Spend last week by asset and the generation cost for the same week", "top_performers", { metric: "spend" }],
  ["what's the distribution of spend by platform over Q1", "top_performers", { metric: "spend" }],
  ["generation cost last week and the ad spend by asset", "cost", {}],
  // "winning", "resonates", "sells" ask which value of a slot does best, not for a test's read-out.
  ["which tone's winning with the trail runners?", "slot_insights", { slot: "tone" }],
  ["which offer resonates more with the city crowd", "slot_insights", { slot: "offer" }],
  ["find photos of models running on the beach", "search", { query: "models running on the beach" }],
  ["find assets for the job fair", "search", {}],
  // Words read as a search for want of a request give way to the clause that asks; bare words after the ask add to it.
  ["sweet as. Find me harbour shots", "search", { query: "harbour" }],
  ["trail pics? mountains", "search", { query: "trail mountains" }],
  ["find the dawn trail shot. NOW", "search", { query: "the dawn trail" }],
  [
    "similar to the harbour photo but older? A client request.",
    "search",
    { query: "similar to the harbour but older" },
  ],
  // An ad named as the example of a search is no ad to make.
  ["need smth like the harbour ad but with more people", "search", {}],
];

describe("offline intent router", () => {
  it("covers at least 40 phrasings", () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

  it("reaches each tool that landed after the router with at least one phrasing in the table", () => {
    const reached = new Set(TABLE.flatMap(([text]) => routeIntent(text)?.tools ?? []));
    const later = ["check_brand_rules", "get_brand_rules", "library_review", "slot_insights", "cost_report"];
    later.push("trace_lineage", "list_templates", "find_duplicates", "list_models", "list_jobs");
    for (const tool of later) expect(reached.has(tool), tool).toBe(true);
  });

  it("every tool an intent names is a tool Winnow serves (or an older name kept as a fallback)", () => {
    const served = new Set(ALL_TOOLS.map((t) => t.name));
    for (const [intent, tools] of Object.entries(INTENT_TOOLS)) {
      if (["help", "cannot", "undo", "tool"].includes(intent)) continue;
      // decide_review arrives with #22 (auth); until then a review decision in words says plainly it can't.
      if (intent === "decide_review" && !served.has("decide_review")) continue;
      expect(
        tools.some((t) => served.has(t)),
        `${intent}: ${tools.join(", ")}`,
      ).toBe(true);
    }
  });

  it.each(TABLE)("%s → %s", (text, name, slots) => {
    const intent = routeIntent(text);
    expect(intent?.name).toBe(name);
    expect(intent?.slots).toMatchObject(slots);
  });

  it("uses the thread's memory for 'promote the winner' and 'more like this'", () => {
    expect(routeIntent("promote the winner", { lastExperimentId: E })?.slots.experimentId).toBe(E);
    expect(routeIntent("more like this", { lastAssetIds: [B, A] })?.slots.assetIds).toEqual([B]);
  });

  it("routes an experiment intent to the experiment tools and generation to generate_variants", () => {
    expect(routeIntent("how is the hook test doing?")?.tools[0]).toBe("get_experiment_results");
    expect(routeIntent("make 8 variants")?.tools).toEqual(["generate_variants"]);
  });

  it("reads no order to stop in a 'year-end' or 'the end of'", () => {
    const text = "Year-end giving is our Black Friday. What did we learn from the Black Friday offer test?";
    expect(routeIntent(text)?.name).not.toBe("stop_experiment");
    expect(routeIntent("stop the hook test")?.name).toBe("stop_experiment");
  });

  it("reads what came of an asset, said as coming from it or as where it has been used, down the graph", () => {
    for (const said of [
      "what came out of it after",
      "where has the runner portrait been used so far?",
      "the 9:16 one — where has it been used?",
      "did any of the ads get made from my shoe close up?",
    ])
      expect(lineageDirection(said)).toEqual({ direction: "downstream" });
    expect(lineageDirection("where did the city night banner come from?")).toEqual({ direction: "upstream" });
  });

  it("reads 'what's the problem with it?' as the brand check of the thread's asset", () => {
    for (const text of ["what's the problem with it?", "what's flagged on it?", "is it bad that it says crush?"])
      expect(routeIntent(text, { lastAssetIds: [A] })).toMatchObject({ name: "check_brand", slots: { assetIds: [A] } });
    expect(routeIntent("what's wrong with the test?", { lastAssetIds: [A] })?.name).not.toBe("check_brand");
  });

  it("reads an apology after the ask as no correction of it", () => {
    expect(routeIntent("any photos of runners I can use? Sorry on my phone, in the shop")?.slots.query).toMatch(
      /runners/,
    );
    expect(splitAsks("show the spring test. sorry, the summer one")).toEqual(["the summer one"]);
  });

  it("reads a clause that only announces the asks or praises as no ask of its own", () => {
    expect(routeIntent("A couple of questions. Pause the trail test and show me its numbers")?.name).toBe(
      "stop_experiment",
    );
    expect(routeIntent("Congrats on the summer launch! What tones are winning across the tests?")?.tools).toEqual(
      INTENT_TOOLS.slot_insights,
    );
    // Praise that asks ("nice work on the hook test, is it significant yet?") is still the ask.
    expect(routeIntent("nice work on the hook test, is it significant yet?")?.name).not.toBe("search");
  });

  it("splits no asks at the full stops of a quoted line", () => {
    expect(splitAsks("6 variants for Gen Z. Lock the hook to 'Your PR called. It wants a rematch.'")).toEqual([
      "6 variants for Gen Z",
      "Lock the hook to 'Your PR called. It wants a rematch.'",
    ]);
  });

  it("reads a step that waits on the first ask's outcome as a later ask, and a lone apology as no ask", () => {
    expect(splitAsks("lint the summer banner copy and if it passes, queue it for sign-off")).toEqual([
      "lint the summer banner copy",
      "if it passes, queue it for sign-off",
    ]);
    expect(splitAsks("vet the harbour one adn then request approval")).toEqual([
      "vet the harbour one",
      "request approval",
    ]);
    // A condition inside one ask is no second ask.
    expect(splitAsks("send me the list if it is ready")).toEqual(["send me the list if it is ready"]);
    expect(routeIntent("Sorry for the wall of text. Is ast_01TESTASSET00000000001 on brand?")?.name).toBe(
      "check_brand",
    );
  });

  it("reads a question about how the metric pulls went as the job list, the failed ones when a failure is said", () => {
    expect(routeIntent("are the meta numbers in? dashboard looks frozen")?.tools).toEqual(["list_jobs"]);
    expect(routeIntent("is the tiktok ingest working or not?")?.tools).toEqual(["list_jobs"]);
    expect(routeIntent("why is the meta data not in yet")).toMatchObject({ slots: { status: "failed" } });
    const afterPull = { lastCall: { tool: "ingest_metrics", args: { platform: "meta" }, text: "pull meta" } };
    expect(routeIntent("eish it's still empty. did it fail again?", afterPull)).toMatchObject({
      tools: ["list_jobs"],
      slots: { status: "failed" },
    });
    // A failure reported as a statement ("… died again", its "?" split off), and numbers that "came in".
    expect(routeIntent("tiktok ingest crashed again? logs pls")).toMatchObject({
      tools: ["list_jobs"],
      slots: { status: "failed" },
    });
    expect(routeIntent("have the google numbers come in today?")?.tools).toEqual(["list_jobs"]);
    // An order to pull is a pull.
    expect(routeIntent("pull meta now, then re-split both running tests")?.tools).not.toEqual(["list_jobs"]);
  });

  it("does not guess at chit-chat", () => {
    expect(routeIntent("thanks, that's great")).toBeUndefined();
  });
});

describe("a period said in a clause that asks nothing of its own", () => {
  it("belongs to the request: 'best ROAS ever? YTD is fine'", () => {
    const now = new Date("2027-04-14T10:00:00Z");
    const intent = routeIntent("best ROAS ever? YTD is fnie", {}, { now });
    expect(intent?.name).toBe("top_performers");
    expect(intent?.slots.from).toBe("2027-01-01");
  });
});

describe("the ones on top by a metric, said as a title", () => {
  it("is the ranking read", () => {
    const now = new Date("2027-04-14T10:00:00Z");
    const got = routeIntent("CVR kings, last 7d", {}, { now });
    expect(got?.name).toBe("top_performers");
    expect(got?.slots.metric).toBe("cvr");
  });
});

describe("an impressions floor written with a thousands mark", () => {
  it("reads '10,000' and '10.000' as ten thousand, '2.5k' as 2,500", () => {
    const now = new Date("2027-04-14T10:00:00Z");
    const floor = (text: string) => routeIntent(text, {}, { now })?.slots.minImpressions;
    expect(floor("Top assets by CVR over Q1 with at least 10,000 impressions")).toBe(10000);
    expect(floor("top assets by cvr, at least 10.000 impressions")).toBe(10000);
    expect(floor("top assets by cvr, at least 2.5k impressions")).toBe(2500);
    expect(countSaid("1,5", "k")).toBe(1500);
  });
});

describe("a test's state and its statistics are its read-out", () => {
  it("reads a question about whether a test still runs, or is done, as the read-out, whatever verb it names", () => {
    for (const text of [
      "is the spring hook test stil running or did somoene stop it",
      "reckon the hook test is cooked yet?",
      "has the trail test finished?",
    ])
      expect(routeIntent(text)?.name, text).toBe("status");
    expect(routeIntent("stop the hook test")?.name).toBe("stop_experiment");
  });

  it("reads the words of a test's statistics as its read-out, not a slot ranking", () => {
    for (const text of [
      "What's the lift of the challenge hook over the baseline, with its interval?",
      "Does social proof beat challenge for Gen Z or is that noise?",
      "Bring me the posterior for the City CTA test",
      "Is there an SRM issue on the Trail Tone test? the impression split looks off vs the allocaton",
    ])
      expect(routeIntent(text)?.name, text).toBe("status");
    // An impressions floor against noise is the ranking's.
    expect(routeIntent("top ads by ctr, min 5k impressions, the tiny ones are noise")?.name).not.toBe("status");
  });

  it("reads a slot named as winning, or '-wise', as the slot's ranking", () => {
    expect(routeIntent("winnign tone for trail?")?.slots.slot).toBe("tone");
    expect(routeIntent("Tone-wise which is winning for trail enthusiasts, calm or premium?")?.name).toBe(
      "slot_insights",
    );
  });
});

describe("a pull ordered by its verb, and a split already set by hand", () => {
  it("reads 'force a tiktok pull now', 'ingest meta, …' and 'run an ingest from the simulator' as the ingest", () => {
    for (const text of [
      "force a tiktok pull now, I need today's installs before standup",
      "ingest meta, the hook test allocaiton looks stale",
      "Run an ingest from the simulator so I can sanity check the pipeline",
      "Pull TikTok now, then give me the top 5 by CVR for the trail test",
    ])
      expect(routeIntent(text)?.name, text).toBe("ingest_metrics");
    expect(routeIntent("pull the meta top ads")?.name).toBe("top_performers");
    expect(routeIntent("did the ingest run?")?.name).toBe("jobs");
  });

  it("records a split the team set on the platform by hand; setting budgets is still not Winnow's", () => {
    const got = routeIntent("we set the Meta budgets to that split this morning, record it");
    expect(got?.name).toBe("update_allocation");
    expect(got?.slots.appliedOnPlatform).toBe(true);
    expect(routeIntent("set the budgets to the new split")?.name).toBe("cannot");
  });
});

describe("what wins, with no test named, and money burnt said in Spanish", () => {
  it("reads 'whats winning with gen z' as the ranking and 'what's winning on the trail test' as its read-out", () => {
    expect(routeIntent("tl;dr on whats winning with gen z")?.name).toBe("top_performers");
    expect(routeIntent("what's winning on the trail test")?.name).toBe("status");
    expect(routeIntent("which hook is winning")?.name).toBe("slot_insights");
  });

  it("reads 'quemando lana' as burning money: the ads ranked by spend", () => {
    const got = routeIntent("oye, qué creatvos están quemando lana? quiero cortar algo hoy");
    expect(got?.name).toBe("top_performers");
    expect(got?.slots.metric).toBe("spend");
  });
});
