import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { type CaseResult, evaluateCase, scoreCorpus } from "../test/fixtures/phrasings/evaluate.ts";
import { CORPUS_NOW, loadCorpus } from "../test/fixtures/phrasings/workspace.ts";
import { openCorpusRouter } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * Issue 15 target as a correctness check (not timed): the offline router picks the right tool with the right key
 * arguments (or asks / refuses when it should) for at least 90% of the persona corpus, tuning and held-out alike.
 */
let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
let results: CaseResult[];

// The first plan builds the reader from every labelled message (7,000+): slow on two busy cores, so a longer hook.
beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
  results = loadCorpus().map((c) => evaluateCase(c, tools, vocabulary, new Date(CORPUS_NOW)));
}, 180_000);
afterAll(() => ws.cleanup());

describe("phrasing corpus through the offline router", () => {
  it("has at least 200 messages from several personas, a quarter held out", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((c) => c.persona)).size).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((c) => c.split === "heldout").length / corpus.length).toBeGreaterThanOrEqual(0.2);
  });

  it("gets the right tool and key arguments for at least 90% overall and on the held-out part", () => {
    const score = scoreCorpus(results);
    const failures = score.failures.map((f) => `${f.text} → ${f.got}`).join("\n");
    expect(score.scored, "every expected tool is served").toBe(score.cases);
    expect(score.rate, failures).toBeGreaterThanOrEqual(0.9);
    expect(score.heldout.rate, failures).toBeGreaterThanOrEqual(0.9);
  });
});
