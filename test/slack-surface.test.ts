import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isoNow } from "../core/clock.ts";
import { newId } from "../core/ids.ts";
import { addLineageEdges } from "../db/repositories/lineage.ts";
import { audiences } from "../db/schema.ts";
import { createSlackApp } from "../slack-app/app.ts";
import { makeJpeg } from "./helpers/images.ts";
import { MARKETER, REVIEW_CHANNEL, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

/**
 * The Slack surface of issue 15 through signed requests and the fake Slack Web API: images shared in DMs and
 * threads, rendered replies (thumbnails in result order, the More button, the lineage picture), review cards.
 */
let h: SlackHarness;
let brandId: string;
let variantId: string;
const library: string[] = [];
let turn = 0;

beforeAll(async () => {
  h = await startSlackHarness();
  ({ brandId, variantId } = await seedReviewBrand(h.ws.services));
  await h.ws.services.database.db.insert(audiences).values({
    id: newId("audience"),
    slug: "gen-z-runners",
    name: "Gen Z runners",
    brandId,
    aliases: ["zoomers"],
    createdAt: isoNow(h.ws.services.clock),
  });
  for (let seed = 1; seed <= 14; seed++) {
    const added = await h.ws.services.library.add({
      bytes: await makeJpeg(seed * 3),
      filename: `shoe-${seed}.jpg`,
      meta: { kind: "product", name: `Running shoe photo ${seed}`, brand: brandId, description: "running shoe" },
      actor: "test",
    });
    library.push(added.asset.id);
  }
  await h.ws.services.enrichment.idle();
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const assetCount = async () =>
  Number((await h.ws.services.database.client.execute("SELECT count(*) AS n FROM assets")).rows[0]!.n);
const nextTs = () => `1700200000.${String(100 + turn++).padStart(6, "0")}`;
const postsIn = (channel: string) => h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

/**
 * The marketer shares `file` with `text` as the message, in a DM with the bot unless `where` names a channel (and a
 * thread); returns the message ts.
 */
async function sendShared(
  text: string,
  file: unknown,
  where: { channel: string; channel_type: string; thread_ts?: string } = { channel: "D0DM", channel_type: "im" },
): Promise<string> {
  const ts = nextTs();
  await h.event({
    type: "message",
    subtype: "file_share",
    ...where,
    user: MARKETER,
    text,
    files: [file],
    ts,
    event_ts: ts,
  });
  return ts;
}
const uploadedTitles = () =>
  h.fake
    .callsTo("files.completeUploadExternal")
    .flatMap((c) => (c.body.files as { title?: string }[] | undefined) ?? [])
    .map((f) => String(f.title));

describe("images shared with the bot", () => {
  it("a DM with an image (file_share) searches by that image and does not add it to the library", async () => {
    const image = await makeJpeg(6, 320);
    const file = h.fake.shareFile("moodboard.jpg", image, "image/jpeg");
    const before = await assetCount();
    const ts = await sendShared("find assets that feel like this for Gen Z", file);
    expect(h.fake.downloads).toEqual([{ id: file.id, authorization: "Bearer xoxb-test-token" }]);
    const [reply] = postsIn("D0DM");
    expect(reply!.body.thread_ts).toBe(ts);
    const text = String(reply!.body.text);
    expect(text).toMatch(/Tools: find_similar/);
    expect(text).toMatch(/Running shoe photo/);
    const blocks = JSON.stringify(reply!.body.blocks);
    expect(blocks).toContain("searched by it; not added to the library");
    expect(await assetCount()).toBe(before);
    // The closest library image is the one made from the same picture; thumbnails go up in the order listed.
    // Each row names its asset, linked to its dashboard page (the id only in the link).
    const rows = [...blocks.matchAll(/\*(\d+)\.\* \*<[^|>]+\/assets\/ast_[^|>]+\|([^>]+)>\*/g)].map(
      (m) => `${m[1]}. ${m[2]}`,
    );
    expect(rows[0]).toBe("1. Running shoe photo 2");
    expect(uploadedTitles()).toEqual(rows);
    expect(text).not.toMatch(/cursor|micros|\{"/i);
    // More: the image is fetched from Slack again (it is not kept in the thread's state) for the next page.
    const more = buttonsOf(reply).get("agent_more")!;
    h.fake.reset();
    await h.press(more, MARKETER, { channel: "D0DM", ts: "1700200997.000100", threadTs: ts });
    expect(h.fake.downloads).toHaveLength(2);
    const [page] = postsIn("D0DM");
    expect(String(page!.body.text)).toMatch(/similar asset\(s\)\* \(next page\)|next page/);
    expect(await assetCount()).toBe(before);
  });

  it("adds the image to the library only when asked", async () => {
    const file = h.fake.shareFile("new-hero.jpg", await makeJpeg(991), "image/jpeg");
    const before = await assetCount();
    await sendShared("add this to the library", file);
    expect(String(postsIn("D0DM")[0]!.body.text)).toMatch(/Tools: add_asset/);
    expect(await assetCount()).toBe(before + 1);
  });

  it("reads an image shared with a mention in a channel and answers in its thread", async () => {
    const file = h.fake.shareFile("campaign-ref.jpg", await makeJpeg(9), "image/jpeg");
    const ts = nextTs();
    await h.event({
      type: "app_mention",
      user: MARKETER,
      text: "<@U0BOT> similar to this for the zoomers please",
      files: [file],
      ts,
      channel: "C0BRAND",
      event_ts: ts,
    });
    const [reply] = postsIn("C0BRAND");
    expect(reply!.body.thread_ts).toBe(ts);
    expect(String(reply!.body.text)).toMatch(/Tools: find_similar/);
    expect(String(reply!.body.text)).toMatch(/Running shoe photo 3/);
    // The brand's alias for the audience was understood, and the ranking biased toward it.
    expect(JSON.stringify(reply!.body.blocks)).toContain("· audience: gen-z-runners");
    expect(JSON.stringify(reply!.body.blocks)).toContain("biased toward *gen-z-runners*");
  });

  it("reads an image shared as a follow-up in a channel thread the bot is part of", async () => {
    const root = nextTs();
    await h.event({
      type: "app_mention",
      user: MARKETER,
      text: "<@U0BOT> review queue",
      ts: root,
      channel: "C0MKT",
      event_ts: root,
    });
    h.fake.reset();
    const file = h.fake.shareFile("ref.png", await makeJpeg(12), "image/jpeg");
    await sendShared("more like this", file, { channel: "C0MKT", channel_type: "channel", thread_ts: root });
    const [reply] = postsIn("C0MKT");
    expect(reply!.body.thread_ts).toBe(root);
    expect(String(reply!.body.text)).toMatch(/Tools: find_similar/);
    expect(h.fake.downloads.at(-1)).toEqual({ id: file.id, authorization: "Bearer xoxb-test-token" });
  });

  it("imports a CSV of ad metrics shared in a DM through ingest_metrics", async () => {
    const csv = "ad_id,date,impressions,clicks\nad-777,2026-03-02,1000,31\nad-777,2026-03-03,1200,40\n";
    const file = h.fake.shareFile("march.csv", Buffer.from(csv), "text/csv");
    await sendShared("", file);
    const text = String(postsIn("D0DM")[0]!.body.text);
    expect(text).toMatch(/Tools: ingest_metrics/);
    expect(text).toMatch(/2 rows new or changed of 2 read/);
    const stored = await h.ws.services.database.client.execute(
      "SELECT count(*) AS n FROM metrics WHERE platform_ad_id = 'ad-777'",
    );
    expect(Number(stored.rows[0]!.n)).toBe(2);
  });

  it("says plainly when a shared file cannot be read (no bot token reaches a foreign host)", async () => {
    const downloads = h.fake.downloads.length;
    const foreign = {
      id: "F0EVIL",
      name: "x.jpg",
      mimetype: "image/jpeg",
      size: 10,
      url_private_download: "https://evil.example.com/x.jpg",
    };
    await sendShared("", foreign);
    const [reply] = postsIn("D0DM");
    expect(String(reply!.body.text)).toMatch(/not on a Slack host/);
    expect(h.fake.downloads).toHaveLength(downloads);
  });
});

describe("rendered replies", () => {
  it("pages a long search with a More button that re-runs the search with the hidden cursor", async () => {
    const ts = nextTs();
    await h.event({
      type: "message",
      channel: "D0DM",
      channel_type: "im",
      user: MARKETER,
      text: "find running shoe photos",
      ts,
      event_ts: ts,
    });
    const [first] = postsIn("D0DM");
    const more = buttonsOf(first).get("agent_more");
    expect(more, String(first!.body.text)).toBeTruthy();
    const firstRows = [...JSON.stringify(first!.body.blocks).matchAll(/\/assets\/(ast_[0-9A-Za-z]+)\|/g)].map(
      (m) => m[1],
    );
    expect(JSON.stringify(first!.body)).not.toMatch(/cursor=|nextCursor/);
    h.fake.reset();
    await h.press(more!, MARKETER, { channel: "D0DM", ts: "1700200999.000100", threadTs: ts });
    const [second] = postsIn("D0DM");
    expect(second!.body.thread_ts).toBe(ts);
    expect(String(second!.body.text)).toMatch(/next page/);
    const secondRows = [...JSON.stringify(second!.body.blocks).matchAll(/\/assets\/(ast_[0-9A-Za-z]+)\|/g)].map(
      (m) => m[1],
    );
    expect(secondRows.length).toBeGreaterThan(0);
    expect(secondRows.filter((id) => firstRows.includes(id))).toEqual([]);
  });

  it("/winnow answers ephemerally with blocks, and its More button pages through response_url", async () => {
    await h.form({
      token: "legacy",
      team_id: "T0TEAM",
      channel_id: "C0MKT",
      user_id: MARKETER,
      command: "/winnow",
      text: "search running shoe photos",
      api_app_id: "A0APP",
      response_url: `${h.fake.base}/respond/slash1`,
      trigger_id: "t-slash",
    });
    const [answer] = h.fake.responses;
    expect(answer!.body.response_type).toBe("ephemeral");
    const more = buttonsOf({ body: answer!.body }).get("agent_more");
    expect(more?.value).toMatch(new RegExp(`^slash:${MARKETER}\\|`));
    h.fake.reset();
    await h.interaction({
      type: "block_actions",
      team: { id: "T0TEAM" },
      user: { id: MARKETER },
      api_app_id: "A0APP",
      token: "legacy",
      trigger_id: "t-more",
      channel: { id: "C0MKT" },
      container: { type: "message", message_ts: "1700200998.000100", channel_id: "C0MKT", is_ephemeral: true },
      actions: [{ type: "button", action_id: "agent_more", block_id: "b", value: more!.value, action_ts: "1" }],
      response_url: `${h.fake.base}/respond/slash-more`,
    });
    const [page] = h.fake.responses;
    expect(page!.path).toBe("/respond/slash-more");
    expect(String(page!.body.text)).toMatch(/next page/);
    expect(postsIn("C0MKT")).toEqual([]);
  });

  it("answers a lineage question with a picture (PNG upload) and no Mermaid", async () => {
    await addLineageEdges(
      h.ws.services.database.db,
      [{ fromId: variantId, relation: "derived_from", toId: library[0]! }],
      isoNow(h.ws.services.clock),
    );
    const ts = nextTs();
    await h.event({
      type: "message",
      channel: "D0DM",
      channel_type: "im",
      user: MARKETER,
      text: `where did ${variantId} come from?`,
      ts,
      event_ts: ts,
    });
    const [reply] = postsIn("D0DM");
    expect(String(reply!.body.text)).toMatch(/Tools: trace_lineage/);
    expect(JSON.stringify(reply!.body)).not.toMatch(/graph LR|-->/);
    expect(uploadedTitles().some((t) => /^Lineage of /.test(t))).toBe(true);
    expect(h.fake.uploads.at(-1)!.bytes).toBeGreaterThan(1000);
  });
});

describe("review cards", () => {
  it("show the copy being judged, the brand rule findings and the image", async () => {
    const added = await h.ws.services.library.add({
      bytes: await makeJpeg(4242),
      filename: "variant-copy.jpg",
      meta: {
        kind: "output",
        name: "Spring variant with copy",
        brand: brandId,
        status: "checked",
        metadata: {
          slots: { audience: "gen-z-runners" },
          copy: { headline: "Beat the dawn", body: "20% off trail shoes this week.", cta: "Shop now" },
          brandWarnings: ["headline: 'Beat' is off-tone"],
        },
      },
      actor: "test",
    });
    await h.ws.services.reviews.createReviewRequest({
      brandId,
      assetId: added.asset.id,
      subjectType: "asset",
      subjectId: added.asset.id,
      reasons: ["new audience"],
      requestedBy: "test",
    });
    const [card] = postsIn(REVIEW_CHANNEL);
    const blocks = JSON.stringify(card!.body.blocks);
    expect(blocks).toContain("*Headline:* Beat the dawn");
    expect(blocks).toContain("*Body:* 20% off trail shoes this week.");
    expect(blocks).toContain("*Call to action:* Shop now");
    expect(blocks).toContain("Brand rule findings");
    expect(uploadedTitles()).toContain("Spring variant with copy");
  });

  it("posts a review opened before Slack was configured when the app starts, once", async () => {
    // Opened inside the caller's transaction: no listener runs, as when no Slack app was listening.
    const request = await h.ws.services.database.db.transaction((tx) =>
      h.ws.services.reviews.createReviewRequest(
        {
          brandId,
          assetId: variantId,
          subjectType: "asset",
          subjectId: `${variantId}:late`,
          reasons: ["spend over threshold, opened before Slack"],
          requestedBy: "mcp",
        },
        tx,
      ),
    );
    expect(postsIn(REVIEW_CHANNEL)).toEqual([]);
    const started = createSlackApp(h.ws.services, { mode: "http" });
    await started.idle();
    const posted = postsIn(REVIEW_CHANNEL).filter((c) => String(c.body.text).includes("opened before Slack"));
    expect(posted).toHaveLength(1);
    expect((await h.ws.services.reviews.get(request.id)).messageTs).toBeTruthy();
    const again = createSlackApp(h.ws.services, { mode: "http" });
    await again.idle();
    expect(postsIn(REVIEW_CHANNEL).filter((c) => String(c.body.text).includes("opened before Slack"))).toHaveLength(1);
    await started.stop();
    await again.stop();
  });
});
