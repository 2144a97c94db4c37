import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAutopilot } from "../agents/autopilot.ts";
import { fixedClock } from "../core/clock.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

/**
 * The closed loop from a Slack conversation, offline (no model key: the intent router drives the MCP tools).
 * Between turns the in-process loop (autopilot on the market simulator) does what the scheduler does in production:
 * deploy, ingest metrics, decide — and asks for a human approval of the promotion through the review service.
 */
const MARKETER = "U0MARKETER1";
const APPROVER = "U0APPROVER1";
const DM = "D0MARKETER";
const THREAD = "1700100000.000100";
const clock = fixedClock("2026-04-01T09:00:00Z");

let h: SlackHarness;
let seed: SeedContext;
let turn = 0;
let experimentId = "";

beforeAll(async () => {
  h = await startSlackHarness(undefined, { env: { WINNOW_SIMULATOR_SEED: "11" }, clock });
  seed = await seedDemoWorkspace(h.ws.services);
}, 120_000);
afterAll(() => h.close());

/** The marketer says something in the DM thread; returns the bot's reply text. */
async function say(text: string): Promise<string> {
  h.fake.reset();
  const ts = `1700100000.${String(200 + turn++).padStart(6, "0")}`;
  const res = await h.event({
    type: "message",
    channel: DM,
    channel_type: "im",
    user: MARKETER,
    text,
    ts,
    thread_ts: THREAD,
    event_ts: ts,
  });
  expect(res.status).toBe(200);
  const replies = h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === DM);
  expect(replies).toHaveLength(1);
  expect(replies[0]!.body.thread_ts).toBe(THREAD);
  if (process.env.E2E_DEBUG) process.stderr.write(`\n>> ${text}\n${String(replies[0]!.body.text)}\n`);
  return String(replies[0]!.body.text);
}

describe("end to end from a Slack conversation (offline)", () => {
  it("searches the library", async () => {
    const reply = await say("find orange running shoes for Gen Z");
    expect(reply).toMatch(/Tools: search_assets/);
    expect(reply).toMatch(/ast_/);
    expect(h.fake.callsTo("files.completeUploadExternal").length).toBeGreaterThan(0);
  });

  it("generates variants from the user's words", async () => {
    const reply = await say("make 4 variants of the spring offer for Gen Z");
    // "spring offer" / "Gen Z" were repaired to the template's slot values, so the tool accepted the brief.
    expect(reply).toMatch(/Made \d+ variant/);
    expect(reply).toMatch(/Tools: generate_variants_/);
  });

  it("the loop tests variants and the promotion's review request is posted to the review channel", async () => {
    const report = await runAutopilot(h.ws.services, clock, {
      brand: "kestrel",
      audience: "gen-z-runners",
      objective: "conversions",
      offer: "spring-20-off",
      formats: ["1:1", "9:16"],
      campaign: seed.campaignId,
      budgetMicros: 20_000_000_000,
      variantsPerRound: 4,
      minRounds: 2,
      maxRounds: 3,
      dailyImpressions: 20_000,
      // Later rounds pit the champion against twins that differ only in slots the market does not price; an exact tie
      // ends on the leader's risk, which can take a few weeks at 20k impressions a day.
      maxDaysPerRound: 45,
      policy: { minSamplePerArm: 3000 },
    });
    experimentId = report.rounds.at(-1)!.experimentId;
    expect(report.status).toBe("awaiting_approval");
    const pending = (await h.ws.services.reviews.list({ status: "pending" }, { limit: 10 })).items;
    expect(pending.find((r) => r.subjectType === "promotion")?.channel).toBe("C0REVIEW");
  }, 120_000);

  it("shows the experiment status when asked with a dashboard link", async () => {
    const reply = await say(`is <https://winnow.example.com/experiments/${experimentId}|the spring test> done yet?`);
    // The link was read as the experiment's id; the tool answered with its arms and read-out.
    expect(reply).toMatch(/Tools: get_experiment_results_/);
    expect(reply).toMatch(/autopilot round/);
  });

  /** The marketer presses a button on the bot's last message in the DM thread. */
  async function press(actionId: string, user = MARKETER) {
    const asked = lastAsk!;
    h.fake.reset();
    await h.press(buttonsOf(asked).get(actionId)!, user, { channel: DM, ts: "1700100009.000100", threadTs: THREAD });
    return h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === DM);
  }
  let lastAsk: { body: Record<string, unknown> } | undefined;
  /** True once some arm's asset of the experiment has been promoted into the library. */
  const promoted = async () =>
    (
      await h.ws.services.database.client.execute({
        sql: "SELECT count(*) AS n FROM arms JOIN assets ON assets.id = arms.asset_id WHERE arms.experiment_id = ? AND assets.status = 'promoted'",
        args: [experimentId],
      })
    ).rows[0]!.n !== 0;

  it("asks before promoting, names the experiment it checked, and runs only on Confirm", async () => {
    const ask = await say(`promote the winner of ${experimentId}`);
    lastAsk = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === DM);
    expect(ask).toMatch(/Confirm: Promote .* as the winner of .*autopilot round/);
    expect(ask).toContain(experimentId);
    expect(buttonsOf(lastAsk).has("agent_confirm")).toBe(true);
    expect(await promoted()).toBeFalsy();

    // Someone else cannot confirm it for the marketer.
    expect(await press("agent_confirm", "U0STRANGER")).toHaveLength(0);
    const [refusal] = h.fake.callsTo("chat.postEphemeral");
    // A stranger is not a member at all: told so privately, with who can add them; nothing runs.
    expect(String(refusal!.body.text)).toMatch(/not a member of this Winnow workspace/);
    // Nor can an approver of another brand: the promotion touches kestrel only.
    await h.ws.services.brands.create({ slug: "other-co", name: "Other Co" }, "test");
    await h.ws.services.brands.addMember({ brand: "other-co", role: "approver", slackUserId: "U0OTHERAPPR" }, "test");
    expect(await press("agent_confirm", "U0OTHERAPPR")).toHaveLength(0);
    expect(String(h.fake.callsTo("chat.postEphemeral")[0]!.body.text)).toMatch(/or an approver of kestrel can confirm/);

    // Confirmed: the promotion needs an approver first, so the tool opens (or names) the review request.
    const [early] = await press("agent_confirm");
    expect(String(early!.body.text)).toMatch(/Tools: promote_winners/);
    expect(String(early!.body.text)).toMatch(/approv/);
    expect(await promoted()).toBeFalsy();

    // A second press runs nothing again.
    expect(await press("agent_confirm")).toHaveLength(0);
    expect(String(h.fake.callsTo("chat.postEphemeral")[0]!.body.text)).toMatch(/already confirmed or cancelled/);
  });

  it("promotes once an approver reacts ✅ and the marketer confirms", async () => {
    const request = (await h.ws.services.reviews.list({ status: "pending" }, { limit: 10 })).items.find(
      (r) => r.subjectType === "promotion",
    )!;
    h.fake.reset();
    await h.event({
      type: "reaction_added",
      user: APPROVER,
      reaction: "white_check_mark",
      item: { type: "message", channel: request.channel!, ts: request.messageTs! },
      event_ts: "1700100001.000100",
    });
    expect(await h.ws.services.reviews.get(request.id)).toMatchObject({ status: "approved", decidedBy: APPROVER });
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.body.blocks)).toContain(`Approved by <@${APPROVER}>`);

    await say(`promote the winner of ${experimentId}`);
    lastAsk = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === DM);
    // Cancel first: nothing happens.
    await press("agent_cancel");
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.body.blocks)).toMatch(/Cancelled by/);
    expect(await promoted()).toBeFalsy();

    await say(`promote the winner of ${experimentId}`);
    lastAsk = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === DM);
    const [done] = await press("agent_confirm");
    expect(String(done!.body.text)).toMatch(/Tools: promote_winners/);
    // The approver is named as a Slack mention.
    expect(String(done!.body.text)).toMatch(new RegExp(`review(>)? approved by <@${APPROVER}>`));
    expect(await promoted()).toBeTruthy();
  });

  it("says an experiment already promoted is promoted, and offers no Confirm to promote it again", async () => {
    const reply = await say(`promote the winner of ${experimentId}`);
    expect(reply).toMatch(/Already promoted/);
    expect(reply).toMatch(/promoted to the library/);
    lastAsk = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === DM);
    expect(buttonsOf(lastAsk).has("agent_confirm")).toBe(false);
  });

  it("lets a confirmation expire after a day instead of acting on what was checked then", async () => {
    await say(`stop ${experimentId} and pause the losing ads`);
    lastAsk = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === DM);
    expect(buttonsOf(lastAsk).has("agent_confirm")).toBe(true);
    clock.advance(25 * 60 * 60 * 1000);
    expect(await press("agent_confirm")).toHaveLength(0);
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.body.blocks)).toMatch(/Expired/);
  });
});
