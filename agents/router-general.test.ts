import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { openCorpusRouter } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import type { ThreadMemory } from "./intent-router.ts";
import { listLimit, newBrandSlots } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchExperiment } from "./resolve.ts";
import { planRoute, type RouterPlan } from "./router-plan.ts";
import { guessTool, scoreTools } from "./router-toolscore.ts";

/**
 * Issue 25, second round: mechanisms meant to generalise beyond the phrasings they were found with. The messages
 * here are worded unlike the blind corpus on purpose.
 */
const NOW = new Date(CORPUS_NOW);
let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
const plan = (text: string, memory: ThreadMemory = {}): RouterPlan =>
  planRoute({ text, memory: structuredClone(memory), tools, vocabulary, now: NOW });
const call = (p: RouterPlan) => (p.kind === "call" ? { tool: p.tool.name, args: p.args } : { kind: p.kind });

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
});
afterAll(() => ws.cleanup());

describe("the tools' own words vote for a tool", () => {
  it("scores by the tools' names, titles, descriptions and everyday synonyms, rare words weighing most", () => {
    expect(guessTool("is the bill for rendering getting out of hand", tools)?.tool).toBe("cost_report");
    expect(guessTool("which things need a fresh look because licences lapse", tools)?.tool).toBe("library_review");
    expect(guessTool("any scheduler job broken overnight", tools)?.tool).toBe("list_jobs");
  });

  it("reads a word one slip from an indexed word as that word", () => {
    expect(guessTool("show the provenanse of that", tools)?.tool).toBe("trace_lineage");
  });

  it("guesses nothing when no tool clearly leads", () => {
    expect(guessTool("hello there", tools)).toBeUndefined();
    const [top] = scoreTools("make it more fun", tools);
    expect(top === undefined || top.score < 5 || guessTool("make it more fun", tools) === undefined).toBe(true);
  });

  it("answers a question that would otherwise fall into a search with the tool it is about", () => {
    expect(call(plan("are we overspending on ai pictures lately?"))).toMatchObject({ tool: "cost_report" });
    expect(call(plan("is the bill for rendering getting out of hand"))).toMatchObject({ tool: "cost_report" });
  });

  it("still searches when a search is asked for", () => {
    expect(call(plan("find pictures of muddy trail shoes"))).toMatchObject({ tool: "search_assets" });
  });
});

describe("arguments read from the workspace's words", () => {
  it("reads a number standing alone in a ranking ask as how many to show, never an aspect ratio", () => {
    expect(listLimit("best ctr on tiktok, 5")).toBe(5);
    expect(listLimit("roas this month, meta, 4:5")).toBeUndefined();
    expect(listLimit("roas this month, 12 days")).toBeUndefined();
  });

  it("names a new brand from the capitalised words after 'brand for (our client)'", () => {
    expect(newBrandSlots("could you make a brand for our client Fjord Oat Milk please")).toMatchObject({
      name: "Fjord Oat Milk",
    });
    expect(newBrandSlots("spin up a new brand for Harbor Tea, slug harbor-tea")).toMatchObject({
      name: "Harbor Tea",
      slug: "harbor-tea",
    });
  });

  it("breaks a tie between experiments by who the test is for", () => {
    const experiments = [
      {
        id: "exp_A",
        name: "Hook test one",
        status: "running",
        hasWinner: false,
        createdAt: "",
        audienceNames: ["Gen Z"],
      },
      {
        id: "exp_B",
        name: "Hook test two",
        status: "running",
        hasWinner: false,
        createdAt: "",
        audienceNames: ["German marathoners"],
      },
    ];
    expect(matchExperiment("the hook test for german marathoners", experiments)).toMatchObject({
      kind: "one",
      value: { id: "exp_B" },
    });
    expect(matchExperiment("the hook test", experiments).kind).toBe("many");
  });
});

describe("follow-ups resolve names against every vocabulary the tool takes", () => {
  it("reads 'same for <an experiment>' after a slot read-out as that experiment, not an unknown audience", () => {
    const memory: ThreadMemory = {
      lastCall: {
        tool: "slot_insights",
        args: { experimentId: "exp_01DEHOOK00000000000003" },
        text: "what moved the needle in the DE marathon hook test",
      },
    };
    expect(call(plan("same for black friday offer", memory))).toMatchObject({
      tool: "slot_insights",
      args: { experimentId: "exp_01BFOFFER000000000005" },
    });
  });
});
