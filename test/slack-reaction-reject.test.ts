import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReviewRequestView } from "../core/review/types.ts";
import { events, feedbackLabels, reviewDecisions } from "../db/schema.ts";
import { APPROVER, APPROVER_2, addVariant, REVIEW_CHANNEL, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

let h: SlackHarness;
let brandId: string;
let seed = 900;

beforeAll(async () => {
  h = await startSlackHarness();
  ({ brandId } = await seedReviewBrand(h.ws.services));
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

async function openRequest(): Promise<ReviewRequestView> {
  const assetId = await addVariant(h.ws.services, brandId, seed++);
  const request = await h.ws.services.reviews.createReviewRequest({
    brandId,
    assetId,
    subjectType: "asset",
    subjectId: assetId,
    reasons: ["brand warning: palette ΔE 14"],
    requestedBy: "test",
  });
  h.fake.reset();
  return h.ws.services.reviews.get(request.id);
}

const react = (user: string, ts: string) =>
  h.event({
    type: "reaction_added",
    user,
    reaction: "x",
    item: { type: "message", channel: REVIEW_CHANNEL, ts },
    item_user: "U0BOT",
    event_ts: `${Date.now() / 1000}`,
  });

/** The DM prompt the bot sent to `user`, with its ts in the DM channel. */
function promptTo(user: string) {
  const call = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === user);
  return call && { blocks: JSON.stringify(call.body.blocks), text: String(call.body.text) };
}

const pick = (user: string, requestId: string, label: string, dmTs = "1700500000.000100") =>
  h.interaction({
    type: "block_actions",
    user: { id: user },
    team: { id: "T0TEAM" },
    api_app_id: "A0APP",
    trigger_id: "trig-label",
    channel: { id: "D0APPROVER" },
    container: { type: "message", message_ts: dmTs, channel_id: "D0APPROVER" },
    message: { ts: dmTs, text: "What was wrong?" },
    actions: [
      {
        type: "static_select",
        action_id: "review_reaction_label",
        block_id: `reaction_label:${requestId}`,
        selected_option: { value: label, text: { type: "plain_text", text: label } },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  });

async function decisionOf(requestId: string) {
  const rows = await h.ws.services.database.db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.reviewRequestId, requestId));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("❌ on a review request: reject at once, then ask the approver why", () => {
  it("rejects on ❌ from an approver, updates the channel message and asks for the label in a DM", async () => {
    const request = await openRequest();
    await react(APPROVER, request.messageTs!);
    expect(await h.ws.services.reviews.get(request.id)).toMatchObject({ status: "rejected", decidedBy: APPROVER });
    expect(await decisionOf(request.id)).toMatchObject({
      decision: "reject",
      via: "slack_reaction",
      label: null,
      reason: "rejected by reaction",
    });
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.body.blocks)).toContain(`Rejected by <@${APPROVER}>`);
    const prompt = promptTo(APPROVER)!;
    expect(prompt.text).toMatch(/You rejected asset .* with ❌/);
    for (const label of [
      "incorrect_tag",
      "missing_rights_data",
      "wrong_product_match",
      "low_quality_variant",
      "off_brand",
    ])
      expect(prompt.blocks).toContain(`"value":"${label}"`);
    expect(prompt.blocks).toContain(`reaction_label:${request.id}`);
    expect(prompt.blocks).toContain("review_reaction_label_other");
  });

  it("stores the picked label on the decision and as feedback on the asset, once, and shows it in the channel", async () => {
    const request = await openRequest();
    await react(APPROVER, request.messageTs!);
    h.fake.reset();
    await pick(APPROVER, request.id, "off_brand");

    expect(await decisionOf(request.id)).toMatchObject({ label: "off_brand" });
    const { db } = h.ws.services.database;
    const feedback = await db.select().from(feedbackLabels).where(eq(feedbackLabels.assetId, request.assetId!));
    expect(feedback).toEqual([
      expect.objectContaining({ label: "off_brand", via: "slack_reaction", userRef: APPROVER }),
    ]);
    const audit = await db.select().from(events).where(eq(events.entityId, request.id));
    expect(audit.map((e) => e.action)).toContain("review.labelled");
    expect((await h.ws.services.library.get(request.assetId!)).rejectionReason).toBe("Off-brand");

    const updates = h.fake.callsTo("chat.update");
    const channelMessage = updates.find((u) => u.body.channel === REVIEW_CHANNEL)!;
    expect(JSON.stringify(channelMessage.body.blocks)).toMatch(/Rejected by <@U0APPROVER1>.*\(Off-brand\)/);
    const dm = updates.find((u) => u.body.channel === "D0APPROVER")!;
    expect(String(dm.body.text)).toMatch(
      /Recorded “Off-brand” for asset \*<[^|>]+\/assets\/ast_\w+\|Spring offer variant \d+>\*/,
    );
    // Ids stay inside links; the words a person reads name the variant.
    for (const text of [String(dm.body.text), JSON.stringify(channelMessage.body.blocks)])
      expect(text.replace(/<[^|>]+\|([^>]+)>/g, "$1").replace(/"(block_id|value)":"[^"]*"/g, "")).not.toMatch(
        /\b(ast|rvw)_[0-9A-Za-z]{6,}/,
      );

    // A second answer changes nothing.
    h.fake.reset();
    await pick(APPROVER, request.id, "incorrect_tag");
    expect(await decisionOf(request.id)).toMatchObject({ label: "off_brand" });
    expect(await db.select().from(feedbackLabels).where(eq(feedbackLabels.assetId, request.assetId!))).toHaveLength(1);
    expect(String(h.fake.callsTo("chat.update")[0]!.body.text)).toMatch(/already has a label/);
  });

  it("lets only the approver who rejected give the label", async () => {
    const request = await openRequest();
    await react(APPROVER, request.messageTs!);
    h.fake.reset();
    await pick(APPROVER_2, request.id, "incorrect_tag");
    expect(await decisionOf(request.id)).toMatchObject({ label: null });
    expect(String(h.fake.callsTo("chat.update")[0]!.body.text)).toMatch(/Only the approver who rejected/);
  });

  it("'Something else…' opens the label modal; a custom label needs words, then is stored with them", async () => {
    const request = await openRequest();
    await react(APPROVER, request.messageTs!);
    h.fake.reset();
    await h.interaction({
      type: "block_actions",
      user: { id: APPROVER },
      team: { id: "T0TEAM" },
      trigger_id: "trig-other",
      channel: { id: "D0APPROVER" },
      message: { ts: "1700500001.000100", text: "What was wrong?" },
      actions: [{ type: "button", action_id: "review_reaction_label_other", block_id: "b", value: request.id }],
    });
    const [open] = h.fake.callsTo("views.open");
    const view = open!.body.view as { callback_id: string; private_metadata: string };
    expect(open!.body.trigger_id).toBe("trig-other");
    expect(view.callback_id).toBe("review_label_modal");

    const submit = (label: string, reason: string | null) =>
      h.interaction({
        type: "view_submission",
        user: { id: APPROVER },
        team: { id: "T0TEAM" },
        view: {
          id: "V1",
          callback_id: "review_label_modal",
          private_metadata: view.private_metadata,
          state: {
            values: {
              label: { value: { type: "static_select", selected_option: { value: label } } },
              reason: { value: { type: "plain_text_input", value: reason } },
            },
          },
        },
      });
    const refused = await submit("custom", null);
    expect(await refused.json()).toMatchObject({ response_action: "errors", errors: { reason: expect.any(String) } });
    expect(await decisionOf(request.id)).toMatchObject({ label: null });

    await submit("custom", "headline overlaps the shoe");
    expect(await decisionOf(request.id)).toMatchObject({ label: "custom", reason: "headline overlaps the shoe" });
    const dm = h.fake.callsTo("chat.update").find((u) => u.body.channel === "D0APPROVER")!;
    expect(dm.body.ts).toBe("1700500001.000100");
  });

  it("does not prompt anyone when the ❌ did not count (non-approver, or already decided)", async () => {
    const request = await openRequest();
    await react("U0STRANGER", request.messageTs!);
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("pending");
    expect(promptTo("U0STRANGER")).toBeUndefined();
    await react(APPROVER, request.messageTs!);
    h.fake.reset();
    await react(APPROVER_2, request.messageTs!);
    expect(promptTo(APPROVER_2)).toBeUndefined();
    expect(String(h.fake.callsTo("chat.postEphemeral")[0]!.body.text)).toMatch(/already rejected/);
  });

  it("writes an audit row naming the Slack person for every counted decision and every refused one", async () => {
    const request = await openRequest();
    await react("U0STRANGER", request.messageTs!);
    await react(APPROVER, request.messageTs!);
    const rows = await h.ws.services.database.client.execute({
      sql: "SELECT actor, outcome, brand_ids AS brandIds, summary FROM audit_log WHERE tool = 'decide_review' ORDER BY id",
      args: [],
    });
    const mine = rows.rows.filter((r) => String(r.summary).includes(request.id) || r.outcome === "refused");
    expect(mine.map((r) => [r.actor, r.outcome])).toEqual(
      expect.arrayContaining([
        ["slack:U0STRANGER", "refused"],
        [expect.stringMatching(new RegExp(`${APPROVER}`)), "ok"],
      ]),
    );
    for (const r of rows.rows) expect(String(r.actor)).not.toMatch(/^(slack|api|mcp-http|system)$/);
  });
});
