import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { conversations, processedEvents, reviewDecisions } from "../db/schema.ts";
import { slackSignature } from "./helpers/fake-slack.ts";
import {
  APPROVER,
  APPROVER_2,
  addVariant,
  MARKETER,
  REVIEW_CHANNEL,
  seedReviewBrand,
} from "./helpers/review-fixtures.ts";
import { type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

let h: SlackHarness;
let brandId: string;

beforeAll(async () => {
  h = await startSlackHarness();
  ({ brandId } = await seedReviewBrand(h.ws.services));
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const mention = (text: string, ts = `${Date.now() / 1000}`) => ({
  type: "app_mention",
  user: MARKETER,
  text: `<@U0BOT> ${text}`,
  ts,
  channel: "C0MARKETING",
  event_ts: ts,
});

async function processedCount() {
  const [row] = await h.ws.services.database.db.select({ n: count() }).from(processedEvents);
  return row!.n;
}

describe("POST /slack/events: signature verification on the raw body", () => {
  const body = JSON.stringify({ type: "event_callback", event_id: "EvSig1", event: mention("review queue") });

  it("answers 401 and does nothing for a wrong signature", async () => {
    const before = await processedCount();
    const res = await h.send(
      body,
      "application/json",
      slackSignature(body, Math.floor(Date.now() / 1000), "wrong-secret"),
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/signature mismatch/);
    expect(h.fake.calls).toEqual([]);
    expect(await processedCount()).toBe(before);
  });

  it("answers 401 for a missing signature", async () => {
    const res = await h.send(body, "application/json", {});
    expect(res.status).toBe(401);
    expect(h.fake.calls).toEqual([]);
  });

  it("refuses a correctly signed but stale request (replay)", async () => {
    const res = await h.send(body, "application/json", slackSignature(body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/stale/);
    expect(h.fake.calls).toEqual([]);
  });

  it("refuses a body altered after signing", async () => {
    const headers = slackSignature(body, Math.floor(Date.now() / 1000));
    const res = await h.send(body.replace("review queue", "promote the winner"), "application/json", headers);
    expect(res.status).toBe(401);
  });

  it("answers the url_verification challenge", async () => {
    const res = await h.send(JSON.stringify({ type: "url_verification", challenge: "c-123" }), "application/json");
    expect(await res.json()).toEqual({ challenge: "c-123" });
  });
});

describe("conversations", () => {
  it("answers a mention in its thread through the tools, and handles a redelivered event once", async () => {
    const event = mention("what needs review?", "1700000001.000100");
    const first = await h.event(event, "EvDup1");
    expect(first.status).toBe(200);
    const again = await h.event(event, "EvDup1");
    expect(again.status).toBe(200);
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: "C0MARKETING", thread_ts: "1700000001.000100" });
    expect(String(posts[0]!.body.text)).toMatch(/pending review requests?\b[\s\S]*Tools: list_reviews/);
  });

  it("keeps a DM conversation in its thread and persists its state", async () => {
    const ts = "1700000002.000100";
    await h.event({
      type: "message",
      channel: "D0DM",
      channel_type: "im",
      user: MARKETER,
      text: "help",
      ts,
      event_ts: ts,
    });
    await h.event({
      type: "message",
      channel: "D0DM",
      channel_type: "im",
      user: MARKETER,
      text: "review queue",
      ts: "1700000002.000200",
      thread_ts: ts,
      event_ts: "1700000002.000200",
    });
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts.map((p) => p.body.thread_ts)).toEqual([ts, ts]);
    const [row] = await h.ws.services.database.db.select().from(conversations).where(eq(conversations.threadTs, ts));
    const state = row!.state as { turns: { role: string; text: string }[] };
    expect(state.turns.map((t) => t.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(state.turns[2]!.text).toBe("review queue");
  });

  it("ignores the bot's own messages", async () => {
    await h.event({
      type: "message",
      channel: "D0DM",
      channel_type: "im",
      bot_id: "B0BOT",
      text: "hi",
      ts: "1.2",
      event_ts: "1.2",
    });
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });

  it("acks /winnow at once and answers through response_url", async () => {
    const res = await h.form({
      token: "legacy",
      team_id: "T0TEAM",
      channel_id: "C0MARKETING",
      user_id: MARKETER,
      command: "/winnow",
      text: "review queue",
      api_app_id: "A0APP",
      response_url: `${h.fake.base}/respond/cmd1`,
      trigger_id: "t1",
    });
    expect(res.status).toBe(200);
    expect((await res.json()).text).toMatch(/Working on/);
    expect(h.fake.responses[0]!.body.text).toMatch(/pending review request/);
  });

  it("/winnow help answers in the ack", async () => {
    const res = await h.form({
      team_id: "T0TEAM",
      user_id: MARKETER,
      command: "/winnow",
      text: "help",
      response_url: `${h.fake.base}/respond/x`,
      trigger_id: "t",
      channel_id: "C1",
      api_app_id: "A0APP",
      token: "legacy",
    });
    expect((await res.json()).text).toMatch(/make 8 variants/);
  });

  it("publishes the App Home with pending reviews, experiments, winners and cost", async () => {
    await h.event({ type: "app_home_opened", user: MARKETER, channel: "D0DM", tab: "home", event_ts: "1.3" });
    const [publish] = h.fake.callsTo("views.publish");
    expect(publish!.body.user_id).toBe(MARKETER);
    const text = JSON.stringify(publish!.body.view);
    for (const heading of ["Pending reviews", "Live experiments", "Recent winners", "Cost this month"])
      expect(text).toContain(heading);
  });
});

describe("review requests in the review channel", () => {
  async function openRequest(seed: number) {
    const assetId = await addVariant(h.ws.services, brandId, seed);
    const request = await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend $800.00 ≥ threshold $500.00"],
      requestedBy: "test",
      context: { stakes: { spend: "$800" } },
    });
    return h.ws.services.reviews.get(request.id);
  }
  const reaction = (user: string, name: string, ts: string) => ({
    type: "reaction_added",
    user,
    reaction: name,
    item: { type: "message", channel: REVIEW_CHANNEL, ts },
    item_user: "U0BOT",
    event_ts: `${Date.now() / 1000}`,
  });

  it("posts the request with slots, stakes, buttons and the image, and remembers the message", async () => {
    const request = await openRequest(801);
    const [post] = h.fake.callsTo("chat.postMessage");
    expect(post!.body.channel).toBe(REVIEW_CHANNEL);
    const blocks = JSON.stringify(post!.body.blocks);
    expect(blocks).toContain("spend $800.00");
    expect(blocks).toContain("audience: gen-z-runners");
    expect(blocks).toContain("*Stakes:* spend $800");
    // The variant by name, linked to its page; the review and asset ids stay inside links and button values.
    const shown = JSON.stringify((post!.body.blocks as { type: string }[]).filter((b) => b.type !== "actions"));
    expect(shown).toMatch(/Review requested\* — asset \*<[^|>]+\/assets\/ast_[0-9A-Z]+\|Spring offer variant 801>\*/);
    expect(shown.replace(/<[^|>]+\|([^>]+)>/g, "$1")).not.toMatch(/\b(ast|rvw)_[0-9A-Za-z]{6,}/);
    expect(String(post!.body.text)).toBe(
      "Review requested: asset “Spring offer variant 801” — spend $800.00 ≥ threshold $500.00",
    );
    expect(blocks).toContain("review_approve");
    expect(blocks).toContain("review_reject");
    expect(request.channel).toBe(REVIEW_CHANNEL);
    expect(request.messageTs).toBeTruthy();
    expect(h.fake.callsTo("files.completeUploadExternal")).toHaveLength(1);
    expect(h.fake.uploads.length).toBeGreaterThan(0);
  });

  it("ignores ✅ from a non-approver with an ephemeral note, then approves on ✅ from an approver", async () => {
    const request = await openRequest(802);
    h.fake.reset();
    await h.event(reaction(MARKETER, "white_check_mark", request.messageTs!));
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("pending");
    const [note] = h.fake.callsTo("chat.postEphemeral");
    expect(note!.body).toMatchObject({ user: MARKETER, channel: REVIEW_CHANNEL });
    expect(String(note!.body.text)).toMatch(/not an approver/);

    await h.event(reaction(APPROVER, "white_check_mark", request.messageTs!));
    const decided = await h.ws.services.reviews.get(request.id);
    expect(decided).toMatchObject({ status: "approved", decidedBy: APPROVER });
    const [update] = h.fake.callsTo("chat.update");
    expect(update!.body).toMatchObject({ channel: REVIEW_CHANNEL, ts: request.messageTs });
    expect(JSON.stringify(update!.body.blocks)).toContain(`Approved by <@${APPROVER}>`);

    // ❌ from another approver afterwards changes nothing.
    await h.event(reaction(APPROVER_2, "x", request.messageTs!));
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("approved");
    expect(h.fake.callsTo("chat.update")).toHaveLength(1);
  });

  it("records exactly one decision when two approvers press Approve at the same moment", async () => {
    const request = await openRequest(803);
    const press = (user: string) =>
      h.interaction({
        type: "block_actions",
        team: { id: "T0TEAM" },
        user: { id: user },
        api_app_id: "A0APP",
        token: "legacy",
        trigger_id: `trig-${user}`,
        channel: { id: REVIEW_CHANNEL },
        container: { type: "message", message_ts: request.messageTs, channel_id: REVIEW_CHANNEL },
        message: { ts: request.messageTs },
        actions: [
          {
            type: "button",
            action_id: "review_approve",
            block_id: `review:${request.id}`,
            value: request.id,
            action_ts: "1",
          },
        ],
        response_url: `${h.fake.base}/respond/btn`,
      });
    const [a, b] = await Promise.all([press(APPROVER), press(APPROVER_2)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const decisions = await h.ws.services.database.db
      .select()
      .from(reviewDecisions)
      .where(eq(reviewDecisions.reviewRequestId, request.id));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.via).toBe("slack_button");
  });

  it("Reject opens the feedback-label modal and the submission rejects with that label", async () => {
    const request = await openRequest(804);
    h.fake.reset();
    await h.interaction({
      type: "block_actions",
      team: { id: "T0TEAM" },
      user: { id: APPROVER },
      api_app_id: "A0APP",
      token: "legacy",
      trigger_id: "trig-reject",
      channel: { id: REVIEW_CHANNEL },
      container: { type: "message", message_ts: request.messageTs, channel_id: REVIEW_CHANNEL },
      actions: [{ type: "button", action_id: "review_reject", block_id: "b", value: request.id, action_ts: "1" }],
    });
    const [open] = h.fake.callsTo("views.open");
    const view = open!.body.view as { private_metadata: string; blocks: unknown[]; callback_id: string };
    expect(JSON.stringify(view.blocks)).toContain("Missing rights data");
    const res = await h.interaction({
      type: "view_submission",
      team: { id: "T0TEAM" },
      user: { id: APPROVER },
      api_app_id: "A0APP",
      token: "legacy",
      view: {
        id: "V1",
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            label: { value: { type: "static_select", selected_option: { value: "off_brand" } } },
            reason: { value: { type: "plain_text_input", value: "orange is too red" } },
          },
        },
      },
    });
    expect(res.status).toBe(200);
    expect(await h.ws.services.reviews.get(request.id)).toMatchObject({ status: "rejected", decidedBy: APPROVER });
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.body.blocks)).toContain("Off-brand — orange is too red");
  });

  it("retries the Slack Web API after 429 and 500 with backoff", async () => {
    h.fake.failNext("chat.postMessage", { status: 429, retryAfter: 0 }, { status: 500 });
    const request = await openRequest(805);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect(request.messageTs).toBeTruthy();
  });
});
