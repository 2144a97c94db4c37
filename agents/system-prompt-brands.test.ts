import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { priced } from "./model.ts";
import { Orchestrator } from "./orchestrator.ts";

let ws: TestWorkspace;

beforeAll(async () => {
  ws = await createTestWorkspace();
  await ws.services.brands.create({ slug: "kestrel", name: "Kestrel Run Co" }, "test");
  await ws.services.brands.create({ slug: "heron", name: "Heron Secret Labs" }, "test");
  await ws.services.brands.addMember({ brand: "kestrel", role: "editor", slackUserId: "U0KESTREL" }, "test");
});
afterAll(() => ws.cleanup());

const say = (text: string): LanguageModelV3GenerateResult => ({
  content: [{ type: "text", text }],
  finishReason: { unified: "stop", raw: "end_turn" },
  usage: {
    inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: 2, text: 2, reasoning: 0 },
  },
  warnings: [],
});

async function systemPromptFor(actor: string): Promise<string> {
  const model = new MockLanguageModelV3({ modelId: "m", doGenerate: [say("Hello.")] });
  await new Orchestrator(ws.services, { model: priced(model, "anthropic", "m") }).respond({ text: "hi", actor });
  return JSON.stringify(model.doGenerateCalls[0]!.prompt);
}

describe("the agent's system prompt names only the asking person's brands (issue 22)", () => {
  it("tells the model about kestrel, and nothing of heron, when kestrel's editor asks", async () => {
    const prompt = await systemPromptFor("slack:U0KESTREL");
    expect(prompt).toContain("Kestrel Run Co");
    expect(prompt).not.toContain("Heron Secret Labs");
  });

  it("names no brand at all for someone who is not a member", async () => {
    const prompt = await systemPromptFor("slack:U0STRANGER");
    expect(prompt).not.toContain("Kestrel Run Co");
    expect(prompt).not.toContain("Heron Secret Labs");
  });
});
