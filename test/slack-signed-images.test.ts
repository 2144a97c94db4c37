import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetLinkKey, signedThumbnailUrl } from "../server/asset-links.ts";
import { loadConfig } from "../server/config.ts";
import { REVIEW_CHANNEL, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

const PUBLIC = "https://winnow.example.com";
const TOKEN = "bearer-token-for-tests-0123456789";

let h: SlackHarness;
let brandId: string;
let variantId: string;
let imageUrl: string;

/** The signed link as Slack would fetch it, sent to the local server instead of the public host. */
const local = (url: string) => url.replace(PUBLIC, h.base);
const nowSeconds = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  h = await startSlackHarness(undefined, { env: { WINNOW_PUBLIC_URL: `${PUBLIC}/`, WINNOW_TOKEN: TOKEN } });
  ({ brandId, variantId } = await seedReviewBrand(h.ws.services));
  await h.ws.services.reviews.createReviewRequest({
    brandId,
    assetId: variantId,
    subjectType: "asset",
    subjectId: variantId,
    reasons: ["new audience: gen-z-runners"],
    requestedBy: "test",
  });
  const post = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === REVIEW_CHANNEL)!;
  const image = (post.body.blocks as { type: string; image_url?: string }[]).find((b) => b.type === "image");
  imageUrl = image?.image_url ?? "";
});
afterAll(() => h.close());

describe("review images with WINNOW_PUBLIC_URL: a signed, expiring thumbnail link", () => {
  it("shows the variant as an image block pointing at the signed thumbnail, and uploads no file", () => {
    expect(imageUrl).toMatch(
      new RegExp(`^${PUBLIC}/api/assets/${variantId}/thumbnail\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`),
    );
    const exp = Number(new URL(imageUrl).searchParams.get("exp"));
    expect(exp - nowSeconds()).toBeGreaterThan(6 * 24 * 3600);
    expect(exp - nowSeconds()).toBeLessThanOrEqual(7 * 24 * 3600);
    expect(h.fake.callsTo("files.completeUploadExternal")).toHaveLength(0);
    expect(h.fake.uploads).toHaveLength(0);
  });

  it("serves the thumbnail to the signed link without a bearer token", async () => {
    const res = await fetch(local(imageUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\//);
    const { bytes } = await h.ws.services.library.readFile(variantId, "thumbnail");
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("still wants the bearer token for the same path without a signature", async () => {
    const bare = local(imageUrl).split("?")[0]!;
    expect((await fetch(bare)).status).toBe(401);
    expect((await fetch(bare, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it("refuses a tampered signature, a moved expiry, another asset and a half link", async () => {
    const url = new URL(local(imageUrl));
    const sig = url.searchParams.get("sig")!;
    const flipped = new URL(url);
    flipped.searchParams.set("sig", `${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`);
    const extended = new URL(url);
    extended.searchParams.set("exp", String(Number(url.searchParams.get("exp")) + 86_400));
    const otherAsset = new URL(url);
    otherAsset.pathname = url.pathname.replace(
      variantId,
      `${variantId.slice(0, -1)}${variantId.endsWith("X") ? "Y" : "X"}`,
    );
    for (const bad of [flipped, extended, otherAsset]) {
      const res = await fetch(bad);
      expect(res.status, bad.toString()).toBe(403);
      expect((await res.json()).error.message).toMatch(/signature does not match/);
    }
    const noSig = new URL(url);
    noSig.searchParams.delete("sig");
    expect((await fetch(noSig)).status).toBe(401);
  });

  it("refuses an expired link", async () => {
    const key = assetLinkKey(h.ws.config)!;
    const expired = signedThumbnailUrl(PUBLIC, key, variantId, nowSeconds() - 3600, 60);
    const res = await fetch(local(expired));
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/expired/);
  });

  it("opens nothing else: the original file and the tool API still need the bearer token", async () => {
    const query = new URL(imageUrl).search;
    expect((await fetch(`${h.base}/api/assets/${variantId}/file${query}`)).status).toBe(401);
    expect((await fetch(`${h.base}/api/tools${query}`)).status).toBe(401);
  });

  it("keeps the image when the decision updates the message", async () => {
    const request = (await h.ws.services.reviews.list({ status: "pending" }, { limit: 5 })).items[0]!;
    h.fake.reset();
    await h.ws.services.reviews.decide({
      requestId: request.id,
      decision: "approve",
      userRef: "U0APPROVER1",
      via: "api",
      expectedVersion: request.version,
    });
    const [update] = h.fake.callsTo("chat.update");
    const blocks = update!.body.blocks as { type: string; image_url?: string }[];
    expect(blocks.find((b) => b.type === "image")?.image_url).toMatch(/\/thumbnail\?exp=\d+&sig=/);
  });
});

describe("WINNOW_PUBLIC_URL configuration", () => {
  it("is optional, and must be an http(s) URL when set", () => {
    expect(loadConfig({}, "/nonexistent").publicUrl).toBeUndefined();
    expect(loadConfig({ WINNOW_PUBLIC_URL: PUBLIC }, "/nonexistent").publicUrl).toBe(PUBLIC);
    expect(() => loadConfig({ WINNOW_PUBLIC_URL: "winnow.example.com" }, "/nonexistent")).toThrow(
      /WINNOW_PUBLIC_URL="winnow.example.com" must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ WINNOW_PUBLIC_URL: "ftp://winnow.example.com" }, "/nonexistent")).toThrow(
      /WINNOW_PUBLIC_URL/,
    );
  });
});
