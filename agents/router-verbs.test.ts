import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { afterPlan, blindReplayWorld, type ReplayWorld } from "../test/fixtures/phrasings/replay.ts";
import { BLIND_NOW, createBlindWorkspace } from "../test/fixtures/phrasings-blind/workspace.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import { routeIntent } from "./intent-router.ts";
import type { ThreadMemory } from "./intent-types.ts";
import { canonicalVerbs } from "./intent-verbs.ts";
import { type McpToolInfo, openMcpSession } from "./mcp-client.ts";
import { planRoute } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { resultLabels } from "./thread-memory.ts";

/**
 * Verbs before names (issue 25): everyday verbs read as the tools' own, decided by what the thread is about, and the
 * follow-ups that act on the thread's last result ("kill it", "go ahead for real", "rerun the failed one").
 */
let ws: TestWorkspace & { world: import("../test/fixtures/phrasings-blind/workspace.ts").BlindWorld };
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
let world: ReplayWorld;
let close: () => Promise<void>;

beforeAll(async () => {
  ws = await createBlindWorkspace();
  const session = await openMcpSession(ws.services, "test:router-verbs");
  tools = session.tools;
  close = () => session.close();
  vocabulary = await ws.services.vocabulary();
  world = blindReplayWorld(ws.world);
});
afterAll(async () => {
  await close();
  await ws.cleanup();
});

/** Plans the thread's earlier messages (their results replayed from the workspace file), then the message. */
function say(text: string, thread: string[] = []): RouterPlan {
  let memory: ThreadMemory = {};
  const now = new Date(BLIND_NOW);
  for (const earlier of thread) {
    const plan = planRoute({ text: earlier, memory: structuredClone(memory), tools, vocabulary, now });
    memory = afterPlan(memory, plan, earlier, world);
  }
  return planRoute({ text, memory, tools, vocabulary, now });
}
const call = (plan: RouterPlan) =>
  plan.kind === "call" ? { tool: plan.tool.name, args: plan.args } : { kind: plan.kind };

const TRAIL = "exp_01TRAILTONE000000000002";

describe("verbs are read as the tools' own verbs", () => {
  it("says phrasal verbs with the verb the tools use, and leaves other words alone", () => {
    expect(canonicalVerbs("ok throw it out")).toBe("ok discard it");
    expect(canonicalVerbs("get rid of the old banners")).toBe("discard the old banners");
    expect(canonicalVerbs("ping me friday about it")).toBe("remind me friday about it");
    expect(canonicalVerbs("retry the one that failed")).toBe("rerun the one that failed");
    expect(canonicalVerbs("bake the winner into the template")).toBe("promote the winner into the template");
    expect(canonicalVerbs("try again with seed 2")).toBe("try again with seed 2");
    expect(canonicalVerbs("throw a party")).toBe("throw a party");
  });

  it("discards an asset that is thrown out, and says plainly that it cannot remind anyone", () => {
    expect(call(say("ast_01JSPRVAR00000000000000004 is unusable, throw it out"))).toMatchObject({
      tool: "update_asset",
      args: { id: "ast_01JSPRVAR00000000000000004", status: "discarded" },
    });
    expect(say("ping me on friday about the trail test").kind).toBe("cannot");
  });
});

describe("the thread's object decides an ambiguous verb", () => {
  it("'kill it' after a test's read-out stops that test (behind the Confirm), not an asset", () => {
    expect(call(say("kill it", ["how's the trail tone test doing?"]))).toEqual({
      tool: "stop_experiment",
      args: { experimentId: TRAIL },
    });
  });

  it("'go ahead for real' after a stop runs the same stop without the dry run", () => {
    expect(call(say("fine, go ahead for real", ["stop the trail tone test"]))).toEqual({
      tool: "stop_experiment",
      args: { experimentId: TRAIL, dryRun: false },
    });
  });

  it("'rerun the failed one' after the job list runs the failed job's own tool on its platform", () => {
    expect(call(say("retry the one that failed", ["show me failed jobs"]))).toEqual({
      tool: "ingest_metrics",
      args: { platform: "meta" },
    });
  });

  it("reads what a job list names by id from the tool's result", () => {
    const labels = resultLabels({
      structured: {
        items: [{ id: "job_1", name: "ingest_metrics", status: "failed", lastError: "Meta token expired" }],
      },
    });
    expect(labels).toEqual({ job_1: "ingest_metrics · failed · Meta token expired" });
  });

  it("changes the count of the last generation when told 'change that to 10'", () => {
    expect(
      call(say("change that to 10", ["need 6 tiktok variants for gen z w the free shipping offer"])),
    ).toMatchObject({
      tool: "generate_variants",
      args: { count: 10, audience: "gen-z-runners", offer: "free-shipping" },
    });
  });
});

describe("asking leave to use copy is a brand check", () => {
  it("checks quoted copy asked about with 'can we say' or 'is … ok'", () => {
    expect(call(say("can we say 'beast mode' then?"))).toMatchObject({
      tool: "check_brand_rules",
      args: { text: "beast mode" },
    });
    expect(call(say("is 'beast mode' ok then?", ["which words are banned for kestrel again"]))).toMatchObject({
      tool: "check_brand_rules",
      args: { text: "beast mode" },
    });
  });

  it("checks labelled copy field by field when asked 'can I run this on meta'", () => {
    expect(
      call(
        say("can I run this on meta: headline 'Fastest shoe on earth', body 'Aero 3, built for PBs', cta 'Shop now'"),
      ),
    ).toMatchObject({
      tool: "check_brand_rules",
      args: { headline: "Fastest shoe on earth", body: "Aero 3, built for PBs", cta: "Shop now", platform: "meta" },
    });
  });
});

describe("campaigns by name", () => {
  it("answers which prompt versions were behind a campaign named in words", () => {
    expect(call(say("which prompt versions were behind the spring sprint 2027 campaign's outputs"))).toMatchObject({
      tool: "trace_lineage",
      args: { id: "cmp_01JSPRINGSPRINT2027000001", question: "prompt_versions_for_campaign" },
    });
    // Prompt versions are asked of a campaign only: its name needs no "campaign"; its id pasted names it too.
    for (const text of [
      "Which prompt versions sit behind Spring Sprint 2027?",
      "which prompt versions made the spring sprint ads?",
      "Trace lineage for cmp_01JSPRINGSPRINT2027000001: which prompt versions fed it?",
    ])
      expect(call(say(text))).toMatchObject({
        tool: "trace_lineage",
        args: { id: "cmp_01JSPRINGSPRINT2027000001", question: "prompt_versions_for_campaign" },
      });
  });
});

describe("arguments by the schema's field names and the values' shapes", () => {
  it("fills a nested target from a link and an ad set id, and 'live' turns the dry run off", () => {
    expect(
      call(
        say(
          "launch a live meta test: ast_01JSPRVAR00000000000000003 vs ast_01JSPRVAR00000000000000004 on ctr, ad set 238500011, landing https://kestrelrun.co/spring",
        ),
      ),
    ).toMatchObject({
      tool: "create_experiment",
      args: { dryRun: false, target: { adGroupId: "238500011", landingUrl: "https://kestrelrun.co/spring" } },
    });
  });

  it("reads 'renewed through end of year' into a field named …ExpiresAt", () => {
    expect(
      call(say("Mara's rights got renewed through end of year, update ast_01JTAMARA00000000000000001")),
    ).toMatchObject({ tool: "update_asset", args: { rightsExpiresAt: "2027-12-31" } });
  });

  it("names a template through a slip in the word 'template'", () => {
    expect(call(say("slot insghts for the spring sprint tempalte"))).toMatchObject({
      tool: "slot_insights",
      args: { templateId: "tpl_01JSPRINGSPRINT000000001" },
    });
  });

  it("takes a folder path as the import's, before the 'and tag …' that follows", () => {
    expect(call(say("import kestrel/2027-04-shoot and tag everything that comes in"))).toMatchObject({
      tool: "import_assets",
      args: { path: "kestrel/2027-04-shoot" },
    });
  });

  it("unlinks the ad of the listed arm the words name", () => {
    expect(call(say("unlink the social proof one", ["which ads are linked to the spring hook test?"]))).toEqual({
      tool: "unlink_deployment",
      args: { platform: "meta", platformAdId: "120208877303" },
    });
  });
});

describe("names of tests and slots", () => {
  it("reads a slot's name alone as the slot, and '<slot> test' as the test", () => {
    expect(call(say("tone breakdown for gen z"))).toMatchObject({ tool: "slot_insights", args: { slot: "tone" } });
    expect(call(say("how is the tone test doing?"))).toMatchObject({
      tool: "get_experiment_results",
      args: { experimentId: TRAIL },
    });
  });

  it("reads 'the new split for the trail tone test' as its allocation, not a new test", () => {
    expect(
      call(say("can you preview what the new split for the trail tone test would be? don't apply it yet")),
    ).toMatchObject({ tool: "update_allocation", args: { experimentId: TRAIL, apply: false } });
  });

  it("answers a question about a named test with its read-out rather than a library search", () => {
    expect(call(say("any sample ratio mismatch on the spring hook test?"))).toMatchObject({
      tool: "get_experiment_results",
      args: { experimentId: "exp_01SPRINGHOOK00000000001" },
    });
  });
});

describe("a review card's thread is about its review", () => {
  it("decides on a decision word anywhere in the reply", () => {
    const plan = planRoute({
      text: "no — 'crush' is practically banned. rejecting",
      memory: { reviewId: "rvw_01JRVW00000000000000000001" },
      tools,
      vocabulary,
      now: new Date(BLIND_NOW),
    });
    expect(call(plan)).toMatchObject({
      tool: "decide_review",
      args: { reviewId: "rvw_01JRVW00000000000000000001", decision: "reject" },
    });
  });
});

describe("everyday shapes of the same asks", () => {
  it("moves a verb's particle back to its verb and reads 'un-ban' as unban (never as a ban)", () => {
    expect(canonicalVerbs("roll the tagger back to v2")).toBe("roll back the tagger to v2");
    expect(call(say("roll the tagger back to v2"))).toMatchObject({ tool: "rollback_tagger", args: { version: "v2" } });
    const unban = call(say("un-ban 'limited time', legal approved it"));
    expect(unban).toMatchObject({ tool: "update_brand_rules" });
    expect(unban).not.toMatchObject({ args: { upsert: [{}] } });
  });

  it("reads a bare month where a report's range goes, but not in front of the noun it names", () => {
    expect(call(say("cost report march per model"))).toMatchObject({
      tool: "cost_report",
      args: { from: "2027-03-01", to: "2027-03-31", groupBy: ["model"] },
    });
    expect(call(say("what's in the library from the april shoot"))).toMatchObject({
      tool: "list_assets",
      args: { nameContains: "april shoot" },
    });
  });

  it("follows up 'do march too' and 'where is it used?' against the thread", () => {
    expect(call(say("do march too", ["biggest spenders this month?"]))).toMatchObject({
      tool: "top_performers",
      args: { from: "2027-03-01", to: "2027-03-31", metric: "spend" },
    });
    expect(call(say("where is it used?", ["show me every logo we have"]))).toMatchObject({
      tool: "trace_lineage",
      args: { direction: "downstream" },
    });
  });

  it("says it cannot post at a time, and reads 'prefer playful or energetic' as the tone's question", () => {
    expect(say("can you post the winning reel on friday at 9").kind).toBe("cannot");
    expect(call(say("do gen z prefer playful or energetic?"))).toMatchObject({
      tool: "slot_insights",
      args: { slot: "tone", filters: { audience: "gen-z-runners" } },
    });
  });
});

describe("bulk decisions without the queue in the thread", () => {
  it("shows the queue first and says how to decide all of it; after it, one Confirm names each review", () => {
    const first = say("approve everything that's pending");
    expect(call(first)).toMatchObject({ tool: "list_reviews" });
    expect(first.understood.join(" ")).toMatch(/one Confirm naming each review/);
    const then = say("approve all of them", ["approve everything that's pending"]);
    expect(then.kind === "call" && then.batch?.length).toBeGreaterThan(1);
    expect(then.kind === "call" && then.confirm).toBe(true);
  });
});

describe("no search nobody asked for", () => {
  it("answers an order it can't read with what it can do, not a library search for its words", () => {
    for (const text of ["gimme the thingy", "sort out the mess from yesterday"]) {
      const plan = say(text);
      expect(plan.kind, text).toBe("unknown");
    }
    expect(call(say("red sneakers on concrete"))).toMatchObject({ tool: "search_assets" });
  });

  it("refuses a bulk decision narrowed by words it can't apply, rather than widening it to the whole queue", () => {
    expect(say("reject everything from the agency").kind).toBe("cannot");
  });
});

describe("duplicates after the list", () => {
  it("merges the listed group the words name, keeping the original, behind the Confirm", () => {
    const plan = say("merge the city night ones, keep the original", ["any dupes?"]);
    expect(call(plan)).toEqual({
      tool: "resolve_duplicates",
      args: {
        assetIds: ["ast_01JCTYNGHT0000000000000001", "ast_01JCTYNGHT0000000000000002"],
        keepId: "ast_01JCTYNGHT0000000000000001",
      },
    });
  });
});

describe("the ask behind a check or a tag question", () => {
  it("an order after a tag question is the ask; an order that waits on a check is not", () => {
    expect(routeIntent("the german test's done right? ship the winner")?.name).toBe("promote");
    expect(routeIntent("Check the hook test and if the challenge one is still ahead stop it")?.name).toBe("status");
    expect(routeIntent("Páusame el test de TikTok y promociona el ganador")?.tools).toEqual(["stop_experiment"]);
  });

  it("which ads a test runs is the deployments list", () => {
    expect(routeIntent("can you tell me which ads are actually running in the tiktok test")?.tools).toEqual([
      "list_deployments",
    ]);
    expect(routeIntent("Is the DE winner already live somewhere?")?.tools).toEqual(["list_deployments"]);
    expect(routeIntent("which ads ran best last week")?.tools).toEqual(["top_performers"]);
  });
});

describe("a link taken back and a split asked about", () => {
  it("reads a link taken back in other words, with the platform its test runs on", () => {
    expect(call(say("Unlink ad 120208877303 from the hook test, it was a mistake from me."))).toMatchObject({
      tool: "unlink_deployment",
      args: { platform: "meta", platformAdId: "120208877303" },
    });
    expect(call(say("quiten el ad 1789002213 del test de tiktok, lo pausamos a mano"))).toMatchObject({
      tool: "unlink_deployment",
      args: { platform: "tiktok", platformAdId: "1789002213" },
    });
    expect(routeIntent("get the top ads from the hook test")?.tools).toEqual(["top_performers"]);
  });

  it("reads an ad's platform from the shape of its id when no test or platform is named", () => {
    expect(call(say("detach 120209990011, it went into the wrong ad set"))).toMatchObject({
      tool: "unlink_deployment",
      args: { platform: "meta", platformAdId: "120209990011" },
    });
    expect(call(say("please unlink 1801234567 again, double counted"))).toMatchObject({
      tool: "unlink_deployment",
      args: { platform: "tiktok", platformAdId: "1801234567" },
    });
    // An id of no known shape is left for the platform to be said.
    expect(call(say("unlink 5550001234"))?.args).not.toHaveProperty("platform");
  });

  it("reads 'what split …?' and 'preview only' as the split shown, not applied", () => {
    expect(routeIntent("What split does it start on once it's live?")?.slots).toMatchObject({ apply: false });
    // A new test decided on a cost per conversion: the cost, not the rate its last word names.
    expect(
      routeIntent("new test: energetic 1:1 vs premium 9:16 for gen z, optimise for cost per conversion")?.slots,
    ).toMatchObject({ metric: "cost_per_conversion" });
    expect(call(say("is the trail split right? preview only"))).toMatchObject({
      tool: "update_allocation",
      args: { experimentId: TRAIL, apply: false },
    });
    expect(call(say("Is the DE winner already live somewhere?"))).toMatchObject({
      tool: "list_deployments",
      args: { experimentId: "exp_01DEHOOK00000000000003" },
    });
  });
});

describe("a template version cut from a test's winner", () => {
  const CITY_WINNER = "ast_01JCTYCTARM000000000000001";
  const BF_WINNER = "ast_01JBFFRARM0000000000000001";
  it("knows each decided test's winning variant; a running test has none", () => {
    const byName = (n: string) => vocabulary.experiments.find((e) => e.name === n);
    expect(byName("City CTA test")?.winnerAssetId).toBe(CITY_WINNER);
    expect(byName("Spring Sprint hook test")?.winnerAssetId).toBeUndefined();
  });

  it("is create_template around the winner, on the template named, or a new one with the name given", () => {
    expect(call(say("could we spin a v4 of Summer Heat out of the Black Friday winner?"))).toEqual({
      tool: "create_template",
      args: expect.objectContaining({ templateId: "tpl_01JSUMMERHEAT00000000002", derivedFromAssetId: BF_WINNER }),
    });
    const named = call(say("new template based on the City CTA winning ad. Name it Night Pace."));
    expect(named).toMatchObject({
      tool: "create_template",
      args: { derivedFromAssetId: CITY_WINNER, name: "Night Pace" },
    });
    expect((named as { args: Record<string, unknown> }).args.templateId).toBeUndefined();
  });

  it("takes no winner from a test that has none", () => {
    const plan = call(say("cut a v2 of Spring Sprint off the hook test winner"));
    expect((plan as { args?: Record<string, unknown> }).args?.derivedFromAssetId).toBeUndefined();
  });
});

describe("a pull of numbers and a read of them", () => {
  it("pulls numbers from where they come from, and reads them when no source is said", () => {
    expect(routeIntent("grab the google ads stats for the first week of april")?.tools).toEqual(["ingest_metrics"]);
    expect(routeIntent("load the csv export with last month's data")?.tools).toEqual(["ingest_metrics"]);
    expect(routeIntent("could you pull the latest stats again?")?.tools).toEqual(["ingest_metrics"]);
    expect(routeIntent("pull cta performance for february")?.tools).not.toContain("ingest_metrics");
    expect(call(say("stats for last friday?"))).toMatchObject({ tool: "top_performers" });
  });
});

describe("models and what they cost", () => {
  it("lists the models asked about with their price, and gives the ledger for money spent on them", () => {
    expect(call(say("which text models do we have, and how much does each one cost?"))).toMatchObject({
      tool: "list_models",
    });
    expect(call(say("how much did we spend on image models last month?"))).toMatchObject({ tool: "cost_report" });
  });
});
