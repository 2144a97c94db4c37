import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APPROVER, addVariant, MARKETER, REVIEW_CHANNEL, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

/** Issue 25 through real Bolt handlers: a thread remembers its last request, and a review card's thread is a conversation. */
let h: SlackHarness;
let brandId: string;

beforeAll(async () => {
  h = await startSlackHarness();
  ({ brandId } = await seedReviewBrand(h.ws.services));
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

let n = 0;
const dm = (text: string, threadTs?: string) => {
  const ts = `1700100${String(++n).padStart(3, "0")}.000100`;
  return {
    type: "message",
    channel: "D0THREADS",
    channel_type: "im",
    user: MARKETER,
    text,
    ts,
    event_ts: ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
};
const lastPost = () => {
  const posts = h.fake.callsTo("chat.postMessage");
  return posts[posts.length - 1]!.body;
};

describe("a thread keeps its last request", () => {
  it("'the second one' after a list shows that asset", async () => {
    await addVariant(h.ws.services, brandId, 2501);
    await addVariant(h.ws.services, brandId, 2502);
    const first = dm("find spring offer variants");
    await h.event(first);
    const listed = [...String(lastPost().text).matchAll(/\b(ast_[0-9A-Z]{26})\b/g)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    await h.event(dm("the second one", first.ts));
    const reply = lastPost();
    expect(reply.thread_ts).toBe(first.ts);
    expect(String(reply.text)).toMatch(/get_asset/);
    expect(JSON.stringify(reply.blocks)).toContain(listed[1]!);
  });

  it("'undo' after a rename puts the old name back, behind Confirm", async () => {
    const assetId = await addVariant(h.ws.services, brandId, 2591);
    const was = (await h.ws.services.library.get(assetId)).name;
    const first = dm(`rename ${assetId} to 'Trail hero final'`);
    await h.event(first);
    const ask = lastPost();
    expect(String(ask.text)).toMatch(/Confirm/);
    await h.press(buttonsOf({ body: ask }).get("agent_confirm")!, MARKETER, {
      channel: "D0THREADS",
      ts: "1700100900.000100",
      threadTs: first.ts,
    });
    expect((await h.ws.services.library.get(assetId)).name).toBe("Trail hero final");
    await h.event(dm("undo", first.ts));
    const offer = lastPost();
    expect(String(offer.text)).toMatch(/name/);
    await h.press(buttonsOf({ body: offer }).get("agent_confirm")!, MARKETER, {
      channel: "D0THREADS",
      ts: "1700100901.000100",
      threadTs: first.ts,
    });
    expect((await h.ws.services.library.get(assetId)).name).toBe(was);
  });

  it("'undo' with nothing changed in the thread says so instead of guessing", async () => {
    const first = dm("undo");
    await h.event(first);
    expect(String(lastPost().text)).toMatch(/nothing I changed in this thread/);
  });
});

describe("a review card's thread is a review conversation", () => {
  it("answers a reply in the card's thread without a mention, about the card's asset", async () => {
    const assetId = await addVariant(h.ws.services, brandId, 2503);
    const request = await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend over threshold"],
      requestedBy: "test",
    });
    const card = await h.ws.services.reviews.get(request.id);
    expect(card.messageTs).toBeTruthy();
    h.fake.reset();
    const ts = "1700200001.000100";
    await h.event({
      type: "message",
      channel: REVIEW_CHANNEL,
      channel_type: "channel",
      user: MARKETER,
      text: "where did it come from?",
      ts,
      event_ts: ts,
      thread_ts: card.messageTs,
    });
    const reply = lastPost();
    expect(reply).toMatchObject({ channel: REVIEW_CHANNEL, thread_ts: card.messageTs });
    expect(String(reply.text)).toMatch(/trace_lineage/);
  });

  async function openCard(seed: number) {
    const assetId = await addVariant(h.ws.services, brandId, seed);
    const request = await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend over threshold"],
      requestedBy: "test",
    });
    return h.ws.services.reviews.get(request.id);
  }
  const reply = (user: string, text: string, threadTs: string, ts: string) => ({
    type: "message",
    channel: REVIEW_CHANNEL,
    channel_type: "channel",
    user,
    text,
    ts,
    event_ts: ts,
    thread_ts: threadTs,
  });

  it("'reject, logo too small' from an approver in the card's thread decides it through decide_review", async () => {
    const card = await openCard(2504);
    h.fake.reset();
    await h.event(reply(APPROVER, "reject, logo too small", card.messageTs!, "1700200002.000100"));
    const decided = await h.ws.services.reviews.get(card.id);
    expect(decided).toMatchObject({ status: "rejected", decidedBy: APPROVER });
    expect(String(lastPost().text)).toMatch(/decide_review/);
  });

  it("'approve it' from someone who may not decide changes nothing and says who may", async () => {
    const card = await openCard(2505);
    h.fake.reset();
    await h.event(reply(MARKETER, "approve it", card.messageTs!, "1700200003.000100"));
    expect((await h.ws.services.reviews.get(card.id)).status).toBe("pending");
    const shown = JSON.stringify(lastPost().blocks);
    expect(shown).toMatch(new RegExp(`Only <@${APPROVER}>`));
  });
});
