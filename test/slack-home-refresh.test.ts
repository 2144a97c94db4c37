import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { measuredExperiment } from "./helpers/measured-experiment.ts";
import { APPROVER, APPROVER_2, addVariant, MARKETER, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

let h: SlackHarness;
let brandId: string;
let variantId: string;

beforeAll(async () => {
  h = await startSlackHarness(undefined, { clock: fixedClock("2026-06-10T12:00:00Z") });
  ({ brandId, variantId } = await seedReviewBrand(h.ws.services));
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

/** Who got a views.publish, and the Home text they were shown. */
function published() {
  return h.fake.callsTo("views.publish").map((c) => ({
    user: String(c.body.user_id),
    home: JSON.stringify((c.body.view as { blocks: unknown[] }).blocks),
  }));
}

describe("App Home stays current", () => {
  it("refreshes the approvers' and the requester's Home when a request opens and when it is decided", async () => {
    const request = await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId: variantId,
      subjectType: "asset",
      subjectId: variantId,
      reasons: ["new audience: gen-z-runners"],
      requestedBy: `slack:${MARKETER}`,
    });
    const opened = published();
    expect(opened.map((p) => p.user).sort()).toEqual([APPROVER, APPROVER_2, MARKETER].sort());
    expect(opened.every((p) => p.home.includes("Pending reviews (1)") && p.home.includes(request.id))).toBe(true);

    h.fake.reset();
    await h.event({
      type: "reaction_added",
      user: APPROVER,
      reaction: "white_check_mark",
      item: {
        type: "message",
        channel: request.channel ?? "C0REVIEW",
        ts: (await h.ws.services.reviews.get(request.id)).messageTs!,
      },
      event_ts: "1700400000.000100",
    });
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("approved");
    const decided = published();
    expect(decided.map((p) => p.user).sort()).toEqual([APPROVER, APPROVER_2, MARKETER].sort());
    // Published after the decision committed: the request has left everyone's pending list.
    expect(decided.every((p) => p.home.includes("Pending reviews (0)") && !p.home.includes(request.id))).toBe(true);
  });

  it("refreshes Home with the new winner when a promotion lands from a Slack conversation", async () => {
    const arms = [await addVariant(h.ws.services, brandId, 501), await addVariant(h.ws.services, brandId, 502)];
    const experimentId = await measuredExperiment(h.ws.services, arms, [
      [150, 300],
      [160, 290],
    ]);

    h.fake.reset();
    const ts = "1700400001.000100";
    await h.event({
      type: "app_mention",
      user: MARKETER,
      text: `<@U0BOT> promote the winners of ${experimentId}`,
      ts,
      channel: "C0MKT",
      event_ts: ts,
    });
    // A promotion waits for the asker's Confirm; only then it runs.
    const ask = h.fake.callsTo("chat.postMessage")[0];
    expect(String(ask?.body.text)).toMatch(/Confirm: Promote/);
    expect(published()).toEqual([]);
    const confirm = buttonsOf(ask).get("agent_confirm")!;
    h.fake.reset();
    await h.press(confirm, MARKETER, { channel: "C0MKT", ts: "1700400001.000900", threadTs: ts });
    const reply = String(h.fake.callsTo("chat.postMessage")[0]?.body.text);
    // The winner by name, linked to its dashboard page.
    expect(reply).toMatch(new RegExp(`Promoted \\*<[^|>]+/assets/${arms[1]}\\|Spring offer variant 502>\\*`));
    const homes = published();
    expect(homes.map((p) => p.user).sort()).toEqual([APPROVER, APPROVER_2, MARKETER].sort());
    expect(homes.every((p) => /Recent winners/.test(p.home) && p.home.includes(arms[1]!))).toBe(true);
  });

  it("a Home that fails to publish for one user still reaches the others", async () => {
    h.fake.failNext("views.publish", { status: 200, error: "user_not_found" });
    await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId: variantId,
      subjectType: "asset",
      subjectId: `${variantId}-again`,
      reasons: ["spend over threshold"],
      requestedBy: "mcp-http",
    });
    // mcp-http has no Slack Home; the two approvers are tried, the first fails (a platform error, not retried), the second lands.
    const users = h.fake.callsTo("views.publish").map((c) => String(c.body.user_id));
    expect(users.sort()).toEqual([APPROVER, APPROVER_2].sort());
  });
});
