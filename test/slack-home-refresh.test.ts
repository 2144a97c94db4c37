import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { createExperiment } from "../tools/create_experiment.ts";
import { invokeTool } from "../tools/define.ts";
import { measuredExperiment } from "./helpers/measured-experiment.ts";
import { APPROVER, APPROVER_2, addVariant, MARKETER, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";
import { toolContext } from "./helpers/workspace.ts";

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

/** What a person reads: each Slack link shows its label, not its URL (where the id may live). */
const readable = (home: string) => home.replace(/<[^|>]+\|([^>]+)>/g, "$1");
const INTERNAL_ID = /\b(ast|tpl|tpv|exp|arm|rvw|mdl|brd)_[0-9A-Za-z]{6,}/;

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
    const variant = (await h.ws.services.library.get(variantId)).name;
    expect(opened.map((p) => p.user).sort()).toEqual([APPROVER, APPROVER_2, MARKETER].sort());
    // The waiting variant by name, linked to its page; no review or asset id a person would have to read.
    for (const p of opened) {
      expect(p.home).toContain("Pending reviews (1)");
      expect(p.home).toMatch(new RegExp(`<[^|>]+/assets/${variantId}\\|${variant}>`));
      expect(p.home).toMatch(/<[^|>]+\/review\|Open the review queue>/);
      expect(readable(p.home)).not.toMatch(INTERNAL_ID);
    }

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
    expect(decided.every((p) => p.home.includes("Pending reviews (0)") && !p.home.includes(variant))).toBe(true);
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
    const winner = new RegExp(`Recent winners.*<[^|>]+/assets/${arms[1]}\\|Spring offer variant 502>`);
    expect(homes.every((p) => winner.test(p.home) && !INTERNAL_ID.test(readable(p.home)))).toBe(true);
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

describe("App Home shows each person their own brands", () => {
  const HERON_APPROVER = "U0HERONAPP1";
  const ADMIN = "U0WSADMIN01";
  const STRANGER = "U0STRANGER1";

  async function homeOf(user: string) {
    h.fake.reset();
    await h.event({ type: "app_home_opened", user, tab: "home", channel: "D0HOME", event_ts: `${Date.now()}.000100` });
    const [call] = h.fake.callsTo("views.publish");
    expect(String(call?.body.user_id)).toBe(user);
    return JSON.stringify((call!.body.view as { blocks: unknown[] }).blocks);
  }

  it("leaves another brand's reviews, experiments and winners out, shows an admin everything, and a stranger who can add them", async () => {
    const services = h.ws.services;
    const heron = await services.brands.create({ slug: "heron", name: "Heron" }, "test");
    await services.brands.addMember({ brand: "heron", role: "approver", slackUserId: HERON_APPROVER }, "test");
    await services.people.ensure({ email: "ops@team.example", slackUserId: ADMIN }, "test");
    await services.people.addAdmin({ email: "ops@team.example" }, "test");
    const heronArms = [await addVariant(services, heron.id, 701), await addVariant(services, heron.id, 702)];
    const heronTest = "heron launch test";
    const made = await invokeTool(
      createExperiment,
      { arms: heronArms, metric: "ctr", name: heronTest, deploy: false },
      toolContext(services),
    );
    expect(made.isError, made.text).toBe(false);
    await services.reviews.createReviewRequest({
      brandId: heron.id,
      assetId: heronArms[0],
      subjectType: "asset",
      subjectId: heronArms[0]!,
      reasons: ["heron launch claim"],
      requestedBy: "test",
    });
    const heronName = (await services.library.get(heronArms[0]!)).name;

    const kestrelHome = await homeOf(APPROVER);
    expect(kestrelHome).not.toContain(heronName);
    expect(kestrelHome).not.toContain("heron launch claim");
    expect(kestrelHome).not.toContain(heronArms[0]);
    expect(kestrelHome).not.toContain(heronTest);

    const heronHome = readable(await homeOf(HERON_APPROVER));
    expect(heronHome).toContain("Pending reviews (1)");
    expect(heronHome).toContain(heronName);
    expect(heronHome).toContain("heron launch claim");
    expect(heronHome).toContain(heronTest);
    expect(heronHome).not.toMatch(/Spring offer variant 50[12]/);
    expect(heronHome).not.toMatch(INTERNAL_ID);

    const adminHome = readable(await homeOf(ADMIN));
    expect(adminHome).toContain(heronName);
    expect(adminHome).toContain("Spring offer variant 502");

    const strangerHome = await homeOf(STRANGER);
    expect(strangerHome).toMatch(/not a member of this Winnow workspace/);
    expect(strangerHome).not.toMatch(/Pending reviews|Live experiments|Recent winners|Cost this month/);
  });
});
