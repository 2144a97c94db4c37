import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeJpeg } from "../test/helpers/images.ts";
import { measuredExperiment } from "../test/helpers/measured-experiment.ts";
import { APPROVER, addVariant, MARKETER, seedReviewBrand } from "../test/helpers/review-fixtures.ts";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { priced } from "./model.ts";
import { Orchestrator } from "./orchestrator.ts";

/** Destructive tools wait for the user's Confirm on both agent paths, and every tool call comes back whole. */
let ws: TestWorkspace;
let experimentId: string;
let winner: string;
let brandId: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ brandId } = await seedReviewBrand(ws.services));
  const arms = [await addVariant(ws.services, brandId, 601), await addVariant(ws.services, brandId, 602)];
  winner = arms[1]!;
  experimentId = await measuredExperiment(ws.services, arms, [
    [150, 300],
    [160, 290],
  ]);
}, 60_000);
afterAll(() => ws.cleanup());

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};
const toolCall = (toolName: string, input: unknown, id: string): LanguageModelV3GenerateResult => ({
  content: [{ type: "tool-call", toolCallId: id, toolName, input: JSON.stringify(input) }],
  finishReason: { unified: "tool-calls", raw: "tool_use" },
  usage,
  warnings: [],
});
const say = (text: string): LanguageModelV3GenerateResult => ({
  content: [{ type: "text", text }],
  finishReason: { unified: "stop", raw: "end_turn" },
  usage,
  warnings: [],
});
const winnerStatus = async () => (await ws.services.library.get(winner)).status;

describe("confirmation before destructive tools", () => {
  it("model path: the promotion the user asked for waits, named, until Orchestrator.confirm runs it", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        toolCall("get_experiment_results", { experimentId }, "c1"),
        toolCall("promote_winners", { experimentId }, "c2"),
        say("I'll promote the winner once you confirm."),
      ],
    });
    const agent = new Orchestrator(ws.services, { model: priced(model, "anthropic", "x") });
    const reply = await agent.respond({ text: `promote the winner of ${experimentId}`, actor: "slack:U0MARKETER1" });
    expect(reply.confirm).toMatchObject({ tool: "promote_winners", args: { experimentId } });
    expect(reply.confirm!.summary).toContain(winner);
    expect(reply.confirm!.summary).toContain(experimentId);
    // The one story-told summary (core/experiments/change-summary.ts): the ids stand where Slack links the names.
    expect(reply.confirm!.summary).toMatch(
      new RegExp(`^(Promote ${winner} as the winner of|Nothing to promote yet in) ${experimentId} — `),
    );
    expect(reply.confirm!.summary).not.toMatch(/not decided yet|Keep collecting:\s*\(/);
    expect(reply.results!.map((r) => r.name)).toEqual(["get_experiment_results"]);
    expect(reply.results![0]!.structured).toMatchObject({ experimentId });
    // The model was told it is waiting, not that it failed or ran.
    expect(JSON.stringify(model.doGenerateCalls[2]!.prompt)).toContain("waiting for the user's confirmation");
    expect(await winnerStatus()).not.toBe("promoted");

    const done = await agent.confirm(reply.confirm!, "slack:U0MARKETER1");
    expect(done.results).toHaveLength(1);
    expect(done.results![0]).toMatchObject({ name: "promote_winners", isError: false });
    expect(await winnerStatus()).toBe("promoted");
  });

  it("names the brand the change touches; only its approvers (besides the asker) may confirm it", async () => {
    const agent = new Orchestrator(ws.services);
    const reply = await agent.respond({ text: `promote the winner of ${experimentId}`, actor: "slack:U0MARKETER1" });
    const slug = (await ws.services.brands.get(brandId)).slug;
    expect(reply.confirm?.brands).toEqual([slug]);
    const other = await seedReviewBrand(ws.services); // same approvers, plus one of its own below
    await ws.services.database.client.execute({
      sql: "INSERT INTO brand_members (brand_id, user_ref, role, created_at) VALUES (?, 'U0OTHERAPPROVER', 'approver', '2026-01-01T00:00:00Z')",
      args: [other.brandId],
    });
    expect(await ws.services.reviews.mayConfirmFor(APPROVER, [slug])).toBe(true);
    expect(await ws.services.reviews.mayConfirmFor("U0OTHERAPPROVER", [slug])).toBe(false);
    expect(await ws.services.reviews.mayConfirmFor("U0OTHERAPPROVER", [])).toBe(true); // touches no brand
    expect(await ws.services.reviews.mayConfirmFor(MARKETER, [slug])).toBe(false); // an editor, not an approver
    expect(await ws.services.reviews.mayConfirmFor(APPROVER, ["no-such-brand"])).toBe(false);
  });

  it("router path: asks instead of running, with every tool call of a turn returned whole", async () => {
    const agent = new Orchestrator(ws.services);
    const reply = await agent.respond({ text: `promote the winner of ${experimentId}`, actor: "slack:U0MARKETER1" });
    expect(reply.confirm?.tool).toBe("promote_winners");
    expect(reply.toolsRan).toEqual([]);
    const status = await agent.respond({ text: `how is ${experimentId} doing?`, actor: "slack:U0MARKETER1" });
    expect(status.results?.[0]).toMatchObject({
      name: "get_experiment_results",
      isError: false,
      args: { experimentId },
    });
  });

  it("model path: an attached image reaches find_similar as bytes, never through the model", async () => {
    const bytes = await makeJpeg(602);
    const model = new MockLanguageModelV3({
      doGenerate: [toolCall("find_similar", { imageBase64: "attachment:1" }, "c1"), say("Here are similar ones.")],
    });
    const agent = new Orchestrator(ws.services, { model: priced(model, "anthropic", "x") });
    const reply = await agent.respond({
      text: "more like this",
      actor: "slack:U0MARKETER1",
      attachments: [{ name: "ref.jpg", mimeType: "image/jpeg", bytes }],
    });
    expect(JSON.stringify(model.doGenerateCalls[0]!.prompt)).toContain("attachment:1 = ref.jpg");
    const [similar] = reply.results!;
    expect(similar).toMatchObject({ name: "find_similar", isError: false });
    expect((similar!.structured as { items: { asset: { id: string } }[] }).items[0]!.asset.id).toBe(winner);
  });
});

/** Two variants of a fresh review brand waiting for approval ("Spring offer variant <n>" and <n + 1>). */
async function queueOfTwo(n: number) {
  const { brandId: queueBrand } = await seedReviewBrand(ws.services);
  const subjects = [await addVariant(ws.services, queueBrand, n), await addVariant(ws.services, queueBrand, n + 1)];
  for (const id of subjects)
    await ws.services.reviews.createReviewRequest({
      brandId: queueBrand,
      assetId: id,
      subjectType: "asset",
      subjectId: id,
      reasons: ["new audience"],
      requestedBy: "test",
    });
}

describe("a decision over the whole review queue", () => {
  it("'approve all of them' after the queue offers one Confirm naming each review, and Confirm decides each", async () => {
    await queueOfTwo(611);
    const agent = new Orchestrator(ws.services);
    const queue = await agent.respond({ text: "what's waiting for approval?", actor: `slack:${APPROVER}` });
    const listed = (queue.memory.lastCall?.ids ?? []).filter((id) => id.startsWith("rvw_"));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const reply = await agent.respond({
      text: "approve all of them",
      actor: `slack:${APPROVER}`,
      memory: queue.memory,
    });
    expect(reply.confirm).toMatchObject({ tool: "decide_review", args: { reviewId: listed[0], decision: "approve" } });
    expect(reply.confirm!.more?.map((a) => a.reviewId)).toEqual(listed.slice(1));
    expect(reply.toolsRan).toEqual([]);
    expect(reply.confirm!.summary).toContain("Spring offer variant 611");
    expect(reply.confirm!.summary).not.toMatch(/rvw_/);
    const done = await agent.confirm(reply.confirm!, `slack:${APPROVER}`);
    expect(done.toolsRan).toEqual(listed.map(() => ({ name: "decide_review", ok: true })));
    const after = await agent.respond({ text: "what's waiting for approval?", actor: `slack:${APPROVER}` });
    expect((after.memory.lastCall?.ids ?? []).filter((id) => listed.includes(id))).toEqual([]);
  });

  it("'approve everything pending' with no queue in the thread lists it and offers the same one Confirm", async () => {
    await queueOfTwo(621);
    const agent = new Orchestrator(ws.services);
    const reply = await agent.respond({ text: "approve everything that's pending", actor: `slack:${APPROVER}` });
    expect(reply.toolsRan).toEqual([{ name: "list_reviews", ok: true }]);
    expect(reply.confirm).toMatchObject({ tool: "decide_review", args: { decision: "approve" } });
    expect((reply.confirm!.more ?? []).length).toBeGreaterThanOrEqual(1);
    expect(reply.confirm!.summary).toContain("Spring offer variant 621");
    expect(reply.text).not.toMatch(/rvw_/);
  });
});
