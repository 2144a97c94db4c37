import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { type CorpusRouter, callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { unknownName } from "./router-names.ts";
import { planRoute } from "./router-plan.ts";
import type { PlanInput, RouterPlan } from "./router-plan-types.ts";
import { whatToMake, whichNumbers } from "./router-questions.ts";
import type { ReaderGuess } from "./router-reader.ts";
import { explainsLittle, reread } from "./router-reread.ts";
import { scoreTools } from "./router-toolscore.ts";

const NOW = new Date(CORPUS_NOW);
let r: CorpusRouter;
beforeAll(async () => {
  r = await openCorpusRouter();
});
afterAll(async () => {
  await r.ws.cleanup();
});

const input = (text: string): PlanInput => ({ text, memory: {}, tools: r.tools, vocabulary: r.vocabulary, now: NOW });
const tool = (name: string) => r.tools.find((t) => t.name === name)!;
const call = (name: string, args: Record<string, unknown> = {}): RouterPlan => ({
  kind: "call",
  intent: { name: "tool", tools: [name], slots: {} },
  tool: tool(name),
  args,
  understood: [],
  ignored: [],
});
const question = (forTool: string, field: string, choices?: string[]): RouterPlan => ({
  kind: "question",
  intent: { name: "tool", tools: [forTool], slots: {} },
  question: `Which ${field}?`,
  pending: { text: "", field, ...(choices ? { choices } : {}) },
  understood: [],
  ignored: [],
});
/** What the rules would plan with the reader's tool preferred: a call to it. */
const replanAs = (p: PlanInput) => (p.prefer ? call(p.prefer) : question("none", "what"));
/**
 * The reader's guess given outright (reread's `reader`), so that a check of the arbitration does not hang on how sure the
 * trained reader happens to be of a message: its tools best first, the first read this surely and this plainly.
 */
const reading =
  (confidence: number, ranked: string[], score = 0.5) =>
  (): ReaderGuess => ({
    tool: ranked[0]!,
    score,
    margin: score / 2,
    confidence,
    ranked: ranked.map((t, i) => ({ tool: t, score: score / (i + 1) })),
  });

describe("where the reader's reading replaces the rules'", () => {
  it("a question for a field of the wrong tool gives way to the tool the reader is sure of", () => {
    const text = "who on the team is allowed to approve kestrel creatives?";
    const plan = reread(question("decide_review", "reviewId"), input(text), replanAs);
    expect(callOf(plan)).toMatchObject({ tool: "list_brand_members" });
  });

  it("a question for another tool's field gives way to a call the reader's first tool reads from the message", () => {
    // The reader only moderately sure (0.4: short of the 0.62 that overrules a question) of the cost report, ranking
    // the allocation nowhere.
    const text = "pls send the spend breakup by model for March, want to see if the image model is eating the budget";
    const moderately = reading(0.4, ["cost_report", "list_models", "top_performers"]);
    const asked = question("update_allocation", "experiment", ["Spring Sprint hook test", "Trail tone test"]);
    const reads = (p: PlanInput) => (p.prefer ? call(p.prefer, { groupBy: ["model"] }) : asked);
    expect(callOf(reread(asked, input(text), reads, moderately))).toMatchObject({ tool: "cost_report" });
    // A call that reads only the brand is no answer; a generation asked for in so many words stays asked about.
    const brandOnly = (p: PlanInput) => (p.prefer ? call(p.prefer, { brand: "kestrel" }) : asked);
    expect(reread(asked, input(text), brandOnly, moderately).kind).toBe("question");
    const make: RouterPlan = {
      ...(question("generate_variants", "audience", ["gen-z-runners"]) as Extract<RouterPlan, { kind: "question" }>),
      intent: { name: "generate", tools: ["generate_variants"], slots: {} },
    };
    const leans = reading(0.45, ["top_performers", "trace_lineage", "get_brand_rules"]);
    expect(reread(make, input("I need some ads. what do I do?"), reads, leans).kind).toBe("question");
    // The router on the message itself: the cost report by model.
    expect(callOf(planOver(r, text, {}, NOW))).toMatchObject({ tool: "cost_report", args: { groupBy: ["model"] } });
  });

  it("a question offering the workspace's names to pick from stays a question", () => {
    const text = "make variants for the weekend warriors audience";
    const asked = question("generate_variants", "audience", ["gen-z-runners", "urban-25-34"]);
    expect(reread(asked, input(text), replanAs).kind).toBe("question");
    expect(planOver(r, text, {}, NOW).kind).toBe("question");
  });

  it("an order overrules a read the rules reached for; a question about the same change does not", () => {
    const order = reread(call("list_deployments"), input("shift the traffic split on the trail test"), replanAs);
    expect(callOf(order)).toMatchObject({ tool: "update_allocation" });
    const kill = reading(0.9, ["stop_experiment", "get_experiment_results"]);
    const asked = reread(call("get_experiment_results"), input("should we kill the trail thing?"), replanAs, kill);
    expect(callOf(asked)).toMatchObject({ tool: "get_experiment_results" });
  });

  it("a test's spend or impressions is the ranking scoped to the test, not its read-out", () => {
    const exp = "exp_01TESTTRAIL";
    const spend = reread(
      call("get_experiment_results", { experimentId: exp }),
      input("what's spend on each arm of the trail test so far?"),
      replanAs,
    );
    expect(callOf(spend)).toMatchObject({ tool: "top_performers", args: { metric: "spend", experiment: exp } });
    const seen = reread(
      call("get_experiment_results", { experimentId: exp }),
      input("how many impressions did the hook test get since last week?"),
      replanAs,
    );
    expect(callOf(seen)).toMatchObject({ tool: "top_performers", args: { metric: "impressions" } });
    // The read-out asked first stays the read-out.
    const first = reread(
      call("get_experiment_results", { experimentId: exp }),
      input("what's the decision on the BF offer test and what did it spend"),
      replanAs,
    );
    expect(callOf(first)).toMatchObject({ tool: "get_experiment_results" });
  });

  it("an order led by its verb stays the change the rules read", () => {
    const stop = reread(
      call("stop_experiment", { experimentId: "exp_01TESTTRAIL" }),
      input("End the trail test now, the offer changed so the data's stale"),
      replanAs,
    );
    expect(callOf(stop)).toMatchObject({ tool: "stop_experiment" });
  });

  it("a call the rules chose gives way to a reading that is sure and plain, not to a lead among poor fits", () => {
    // The rules read a stats phrase as the test's read-out; the reader has seen such asks as the ranking.
    const sure = reread(call("get_experiment_results"), input("top 5 creatives by roas last week"), replanAs);
    expect(callOf(sure)).toMatchObject({ tool: "top_performers" });
    // "breakdown" leaning to the cost report among tools that all fit poorly (a score under 0.3): the rules' slot read
    // stays; as sure a lead that reads plainly like the cost report overrules it.
    const text = "tone breakdown for gen z";
    const leads = (score: number) => reading(0.65, ["cost_report", "slot_insights", "top_performers"], score);
    const poor = reread(call("slot_insights"), input(text), replanAs, leads(0.25));
    expect(callOf(poor)).toMatchObject({ tool: "slot_insights" });
    expect(callOf(reread(call("slot_insights"), input(text), replanAs, leads(0.35)))).toMatchObject({
      tool: "cost_report",
    });
  });

  it("a change to the thread's last request stays with that request", () => {
    const searched = {
      lastCall: {
        tool: "search_assets",
        text: "find photos of runners on trails",
        args: { query: "runners on trails" },
      },
    };
    const followUp = { ...call("search_assets", { query: "runners on trails", limit: 3 }), followUp: true };
    expect(callOf(reread(followUp, { ...input("just the top 3"), memory: searched }, replanAs))).toMatchObject({
      tool: "search_assets",
    });
    expect(callOf(planOver(r, "just the top 3", searched, NOW))).toMatchObject({
      tool: "search_assets",
      args: { limit: 3 },
    });
  });

  it("words that point at something never said in the thread ask what is meant", () => {
    const byPronoun = ["make them punchier for the weekend", "redo it pls", "just do the needful", "refais-la stp"];
    // "which one should we send?", "the one legal flagged": a choice or a thing only someone else has seen.
    byPronoun.push("which one should we send to the client?", "show me the one the agency sent");
    for (const text of ["show me the one from earlier", "same as last time", "make v2 of it", ...byPronoun]) {
      const asked = planOver(r, text, {}, NOW);
      expect(asked.kind, text).toBe("question");
      expect(asked.kind === "question" && asked.question, text).toMatch(/^Which one do you mean\?/);
    }
    // With an earlier request in the thread the same words go on from it.
    const searched = { lastCall: { tool: "search_assets", text: "find trail photos", args: { query: "trail" } } };
    const more = planOver(r, "same as last time", searched, NOW);
    expect(more.kind === "question" ? more.question : "").not.toMatch(/^Which one do you mean/);
  });

  it("a short message whose whole object is a pronoun, or a bare why, asks what is meant outside a thread", () => {
    for (const text of ["streamline it", "pls spice it up a bit", "is this ok?", "why?", "can you sort this out"]) {
      const asked = planOver(r, text, {}, NOW);
      expect(asked.kind === "question" && asked.question, text).toMatch(/^Which one do you mean\?/);
    }
    // Also over a call that read little from the words ("tone" as the slot to rank).
    const toned = reread(call("slot_insights", { slot: "tone", metric: "ctr" }), input("tone it down."), replanAs);
    expect(toned.kind === "question" && toned.question).toMatch(/^Which one do you mean\?/);
    // "it" as the subject is Winnow: no pointer.
    const kerning = planOver(r, "can it fix the kerning on my headline", {}, NOW);
    expect(kerning.kind === "question" ? kerning.question : "").not.toMatch(/^Which one do you mean/);
  });

  it("a refusal on a word that is not Winnow's gives way to a sure reading outside a thread, not in one", () => {
    const refused: RouterPlan = { kind: "cannot", text: "I can't do that.", understood: [], ignored: [] };
    const text = "remove Sam from kestrel, the agency contract ended";
    expect(callOf(reread(refused, input(text), replanAs))).toMatchObject({ tool: "remove_brand_member" });
    const inThread = {
      ...input(text),
      memory: { lastCall: { tool: "list_brand_members", text: "who is on kestrel?", args: {} } },
    };
    expect(reread(refused, inThread, replanAs).kind).toBe("cannot");
  });

  it("a refusal of the one action asked for stands however sure the reader is of its object", () => {
    const refused = planOver(r, "forward the review queue to my inbox please", {}, NOW);
    expect(refused.kind).toBe("cannot");
    // A second ask joined on may still be Winnow's: the first is answered.
    const joined = planOver(r, "show me the review queue and forward it to my inbox", {}, NOW);
    expect(callOf(joined)).toMatchObject({ tool: "list_reviews" });
  });

  it("a question offering names gives way to a sure reading of another tool unless the message names that field", () => {
    const asked = question("get_experiment_results", "experimentId", ["Trail tone test", "Spring Sprint hook test"]);
    expect(callOf(reread(asked, input("promote tagger v4 to production"), replanAs))).toMatchObject({
      tool: "promote_tagger",
    });
  });

  it("a library search the rules fell back to gives way to a sure reading", () => {
    const text = "flag the bridge photo as mistagged, it's city not trail";
    expect(callOf(reread(call("search_assets"), input(text), replanAs))).toMatchObject({ tool: "record_feedback" });
  });

  it("a weaker 'not Winnow's' reading overrules a call or question that explains little of the message", () => {
    // The reader leans to `none` (below its sure threshold): a call that read nothing from the words gives way.
    const text = "which couriers deliver fastest to Leeds";
    const at = (p: RouterPlan, memory = {}) => explainsLittle(p, { text, memory }, 0.6);
    expect(at(call("list_jobs"))).toBe(true);
    expect(explainsLittle(call("list_jobs"), { text, memory: {} }, 0.5)).toBe(false);
    // One that read three arguments from them explains the message and stands.
    expect(at(call("list_jobs", { status: "failed", from: "2027-04-01", limit: 5 }))).toBe(false);
    // So does one whose object came from the thread: "what's the headline on this?" after a list.
    const shown = { lastAssetIds: ["ast_01TESTSUMMERBANNER000001"] };
    expect(at(call("get_asset", { id: "ast_01TESTSUMMERBANNER000001" }), shown)).toBe(false);
    expect(at(call("get_asset", { id: "ast_01TESTSUMMERBANNER000001" }))).toBe(true);
    // An argument question for a tool the message never asked for gives way too; "make ads for …" keeps it.
    const refund = "can you file the refund for the lady who bought the wrong size";
    const generation: RouterPlan = {
      kind: "question",
      intent: { name: "generate", tools: ["generate_variants"], slots: {} },
      question: "Which audience?",
      pending: { text: "", field: "audience" },
      understood: [],
      ignored: [],
    };
    const weakly = reading(0.6, ["none", "list_audit_events", "list_brand_members"]);
    expect(reread(generation, input(refund), replanAs, weakly).kind).toBe("unknown");
    expect(explainsLittle(generation, { text: "make ads for the refund desk", memory: {} }, 0.6)).toBe(false);
    // Asked in another language: "fammi delle varianti per Milano" asks to make variants as much as English does.
    expect(explainsLittle(generation, { text: "fammi varianti per il pubblico di Milano", memory: {} }, 0.6)).toBe(
      false,
    );
    // A sure one overrules a call the rules reached for loosely.
    expect(reread(call("list_jobs"), input("which stores are low on stock?"), replanAs).kind).toBe("unknown");
    // A call whose argument is the file shared with the message explains it by the file ("put it in").
    expect(at(call("ingest_metrics", { contentBase64: "attachment:1" }))).toBe(false);
    expect(at(call("ingest_metrics", { platform: "csv" }))).toBe(true);
  });

  it("where the rules caught nothing, a reading more likely right than not is taken", () => {
    const text = "the words there, all fine?";
    // More likely right than not, short of the 0.62 that overrules a question the rules asked.
    const likely = reading(0.55, ["check_brand_rules", "get_brand_rules", "decide_review"]);
    const shrug: RouterPlan = { kind: "unknown", suggestions: [], understood: [], ignored: [] };
    expect(callOf(reread(shrug, input(text), replanAs, likely))).toMatchObject({ tool: "check_brand_rules" });
    // A reading under the 0.4 floor leaves the shrug.
    const unlikely = reading(0.35, ["check_brand_rules", "get_brand_rules", "decide_review"]);
    expect(reread(shrug, input(text), replanAs, unlikely).kind).toBe("unknown");
    // A question the rules asked still needs the surer reading to give way.
    expect(reread(question("top_performers", "metric"), input(text), replanAs, likely).kind).toBe("question");
  });

  it("a sure 'not Winnow's' reading overrules at least what a weaker one does, whatever the rank of the tool", () => {
    // The reader ranks the ranking tool second after `none`: at 0.5-0.7 a loose question for it gave way, above it
    // it stood.
    const text = "put a calendar invite in with the printers next tuesday at nine";
    const none = (confidence: number) => reading(confidence, ["none", "top_performers", "library_review"]);
    expect(reread(question("top_performers", "metric"), input(text), replanAs, none(0.6)).kind).toBe("unknown");
    expect(reread(question("top_performers", "metric"), input(text), replanAs, none(0.9)).kind).toBe("unknown");
  });
});

describe("a generation asked after another ask", () => {
  it("leaves the first ask first when the reader reads the generation but, without it, the rules' own tool", () => {
    const text = "pause the trail tone test, then generate 3 variants for trail runners, free shipping, 4:5";
    const paused: RouterPlan = {
      ...(call("stop_experiment") as Extract<RouterPlan, { kind: "call" }>),
      intent: { name: "stop_experiment", tools: ["stop_experiment"], slots: {}, also: [text.split(", then ")[1]!] },
    };
    const generation = reading(0.9, ["generate_variants", "stop_experiment"]);
    const alone = (p: PlanInput) => (p.text.includes("generate") ? generation() : reading(0.9, ["stop_experiment"])());
    expect(callOf(reread(paused, input(text), replanAs, alone))).toMatchObject({ tool: "stop_experiment" });
    // A first clause the reader does not read as the rules' tool (a greeting misread) still gives way.
    const greeting = (p: PlanInput) => (p.text.includes("generate") ? generation() : reading(0.3, ["help"])());
    expect(callOf(reread(paused, input(text), replanAs, greeting))).toMatchObject({ tool: "generate_variants" });
  });
});

describe("numbers asked for with nothing saying which", () => {
  it("asks which numbers outside a thread, and reads numbers whose test, platform, period or thing is named", () => {
    for (const text of ["could you get us the figures?", "share the stats by monday pls"]) {
      expect(whichNumbers(text, r.vocabulary, NOW)?.question, text).toMatch(/^Which numbers\?/);
      expect(
        reread({ kind: "unknown", suggestions: [], understood: [], ignored: [] }, input(text), replanAs).kind,
      ).toBe("question");
    }
    for (const text of [
      "send me the tiktok numbers",
      "get me the numbers for the trail tone test",
      "give me last week's numbers",
      "Shadow tagger v5 ran all week. Send me the numbers.",
    ])
      expect(whichNumbers(text, r.vocabulary, NOW), text).toBeUndefined();
  });
});

describe("an ask to make something that names nothing a generation needs", () => {
  it("is answered with what Winnow makes and the workspace's templates and audiences, not 'didn't catch that'", () => {
    for (const text of [
      "need some fresh content for the Leeds 10k crew",
      "could we do something for the solstice run?",
    ]) {
      const plan = planOver(r, text, {}, NOW);
      expect(plan.kind).toBe("question");
      expect(plan.kind === "question" ? plan.question : "").toMatch(/template \(Spring Sprint/);
    }
    // A thing of its own (a flyer) is another job, not a generation to ask about.
    expect(planOver(r, "make a flyer for the shop window", {}, NOW).kind).not.toBe("question");
  });

  it("with words of its own before the ad, or the ads alone with what they are for, asks too", () => {
    for (const text of [
      "could you make a fundraising ad for our alumni?",
      "make a linkedin carousel for the careers fair",
      "banners for our pop-up shop",
      "can I get ads for the Torres 2 drop?",
    ]) {
      expect(whatToMake(text, r.vocabulary)?.question, text).toMatch(/What should I make/);
      expect(planOver(r, text, {}, NOW).kind, text).toBe("question");
    }
    expect(whatToMake("I need push notification images for the app", r.vocabulary)).toBeDefined();
    // Prepared, drafted, a batch or versions: making all the same.
    for (const text of [
      "could you prepare some ads for the Lisbon crowd?",
      "knock up a small batch for the 5k newbies",
    ])
      expect(whatToMake(text, r.vocabulary)?.question, text).toMatch(/What should I make/);
    // Ads that exist are not ones to make; a reel is another job.
    for (const text of ["need the top ads from last week", "make a reel with trending audio from the trail pics"])
      expect(whatToMake(text, r.vocabulary), text).toBeUndefined();
  });
});

describe("Spanish request words", () => {
  it("are read as the English the rules know, whole words only, names left as written", () => {
    expect(requestWordsInEnglish("hazme 6 variantes para gen z, formato 4:5 porfa")).toBe(
      "make 6 variants for gen z, format 4:5 please",
    );
    expect(requestWordsInEnglish("¿de dónde salió el ad de BF?")).toBe("where did it come from the ad de BF?");
    // French: the verb with its pronoun, "something like", a banner.
    expect(requestWordsInEnglish("cherche-moi un truc comme la bannière du marathon")).toBe(
      "find something like the banner du marathon",
    );
    expect(requestWordsInEnglish("the spring sprint template")).toBe("the spring sprint template");
    expect(requestWordsInEnglish("paraguay")).toBe("paraguay");
    expect(requestWordsInEnglish("welche Ads hatten letzte Woche die beste CTR in DE?")).toBe(
      "which Ads had letzte Woche the best CTR in DE?",
    );
  });

  it("reach the right tool with its arguments", () => {
    expect(callOf(planOver(r, "muéstrame los mejores ads de la semana pasada", {}, NOW))).toMatchObject({
      tool: "top_performers",
      args: { from: "2027-04-05", to: "2027-04-11" },
    });
    expect(callOf(planOver(r, "dame el costo de generar todo este mes", {}, NOW))).toMatchObject({
      tool: "cost_report",
      args: { from: "2027-04-01" },
    });
    expect(
      callOf(planOver(r, "¿de dónde salió este ad? quiero ver el linaje ast_01JGENZCLUB0000000000004", {}, NOW)),
    ).toMatchObject({ tool: "trace_lineage", args: { id: "ast_01JGENZCLUB0000000000004" } });
  });
});

describe("Italian request words", () => {
  it("are read as the English the rules know, whole words only", () => {
    expect(requestWordsInEnglish("mostrami i migliori ads della settimana scorsa per favore")).toBe(
      "show me top ads della last week please",
    );
    expect(requestWordsInEnglish("chi ha approvato le varianti di ieri?")).toBe(
      "who ha approve le variants di yesterday?",
    );
    expect(requestWordsInEnglish("come on, pause the test")).toBe("come on, pause the test");
  });

  it("reach the right tool with its arguments", () => {
    expect(callOf(planOver(r, "quanto abbiamo speso questo mese?", {}, NOW))).toMatchObject({
      tool: "cost_report",
      args: { from: "2027-04-01" },
    });
    expect(callOf(planOver(r, "mostrami i migliori annunci della settimana scorsa", {}, NOW))).toMatchObject({
      tool: "top_performers",
      args: { from: "2027-04-05", to: "2027-04-11" },
    });
  });
});

describe("French request words", () => {
  it("are read as the English the rules know, whole words only", () => {
    expect(requestWordsInEnglish("montre-moi les résultats du test de la semaine dernière stp")).toBe(
      "show me les results du test de the last week please",
    );
    expect(requestWordsInEnglish("combien on a dépensé ce mois-ci ? merci")).toBe(
      "how much on a spend this month ? thanks",
    );
  });

  it("leave alone words that are also English or German", () => {
    expect(requestWordsInEnglish("the test is here, hier ist der test")).toBe("the test is here, hier ist der test");
  });

  it("reach the right tool with its arguments", () => {
    expect(callOf(planOver(r, "montre-moi les meilleures annonces de la semaine dernière", {}, NOW))).toMatchObject({
      tool: "top_performers",
      args: { from: "2027-04-05", to: "2027-04-11" },
    });
    expect(callOf(planOver(r, "combien on a dépensé ce mois-ci ?", {}, NOW))).toMatchObject({
      tool: "cost_report",
      args: { from: "2027-04-01" },
    });
  });
});

describe("Portuguese request words", () => {
  it("are read as the English the rules know, whole words only", () => {
    expect(requestWordsInEnglish("me mostra o custo deste mês por favor")).toBe("show me o spend this month please");
    expect(requestWordsInEnglish("manda pra revisão as variações novas")).toBe("send for review as variants new");
  });

  it("leave alone words that are also English or names", () => {
    expect(requestWordsInEnglish("the pro plan, this time, Marco's chart")).toBe(
      "the pro plan, this time, Marco's chart",
    );
  });

  it("reach the right tool with its arguments", () => {
    expect(callOf(planOver(r, "me mostra os melhores anúncios da semana passada", {}, NOW))).toMatchObject({
      tool: "top_performers",
      args: { from: "2027-04-05", to: "2027-04-11" },
    });
    expect(callOf(planOver(r, "quanto gastamos este mês?", {}, NOW))).toMatchObject({
      tool: "cost_report",
      args: { from: "2027-04-01" },
    });
  });
});

describe("what Winnow does not do, and names it does not have", () => {
  it("editing a shared image is a plain can't, not a search by it", () => {
    const files = [{ name: "stock.jpg", kind: "image" as const }];
    for (const text of ["can you remove the watermark from this stock image", "colour-grade this, lift the blacks"])
      expect(planRoute({ ...input(text), files }).kind).toBe("cannot");
    expect(callOf(planRoute({ ...input("anything like this?"), files }))).toMatchObject({ tool: "find_similar" });
  });

  it('a verb before "the test" is not the test\'s name', () => {
    expect(unknownName("pause ad 1202 on meta but keep the test running", r.vocabulary)).toBeUndefined();
    expect(unknownName("how is the pinterest test doing?", r.vocabulary)?.name).toBe("pinterest");
    // Nor are another language's fillers: "sur le test hook" names no test "sur le".
    expect(unknownName("On a combien d'impressions sur le test hook ?", r.vocabulary)).toBeUndefined();
  });
});

describe("typing slips", () => {
  it("a short command word typed with its last letter doubled is that word", async () => {
    const { correctTypos } = await import("./intent-coverage.ts");
    expect(correctTypos("can u tagg the bridge pic and stopp the test")).toBe(
      "can u tag the bridge pic and stop the test",
    );
    expect(correctTypos("will it kill the full test")).toBe("will it kill the full test");
  });
});

describe("the tools' words vote", () => {
  it("a workspace's name is read as itself, never as a slip or an inflection of a tool's word", () => {
    const top = (text: string, exact?: Set<string>) => scoreTools(text, r.tools, exact)[0]?.tool;
    expect(top("need moody trail stuff")).toBe("retrain_tagger");
    expect(top("need moody trail stuff", new Set(["trail"]))).not.toBe("retrain_tagger");
    expect(top("list our banner shots", new Set(["banner"]))).not.toBe("update_brand_rules");
  });
});

describe("a call the words filled stands against a sure reader", () => {
  it("keeps the generation ledger the money words name against a reader leaning to the ranking", () => {
    const text = "How many variants did we generate last week and at what cost?";
    const ledger = call("cost_report", { from: "2027-04-05", to: "2027-04-11" });
    const leans = reading(0.9, ["top_performers", "cost_report"]);
    expect(callOf(reread(ledger, input(text), replanAs, leans))).toMatchObject({ tool: "cost_report" });
  });
});

describe("a preview asked for in so many words", () => {
  it("stands against a reader leaning to the read-out", () => {
    const text = "latest alloc on the hook test? no need to apply just wnat to see";
    const preview = call("update_allocation", { experimentId: "exp_1", apply: false });
    const leans = reading(0.9, ["get_experiment_results", "update_allocation"]);
    expect(callOf(reread(preview, input(text), replanAs, leans))).toMatchObject({ tool: "update_allocation" });
  });
});
