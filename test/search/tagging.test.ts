import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../core/ids.ts";
import { VisionTagger } from "../../core/tagging/vision.ts";
import { brands, costLedger, events } from "../../db/schema.ts";
import { makeJpeg, makePng } from "../helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";
import { type RecordedRequest, startFakeProvider } from "./fake-providers.ts";

const VISION_TAGS = {
  tags: [
    { category: "subject", tag: "Running Shoe", confidence: 0.93 },
    { category: "tone", tag: "energetic", confidence: 0.8 },
  ],
};

function providerReply(req: RecordedRequest) {
  if (req.path === "/v1/messages") {
    const key = req.headers["x-api-key"] ?? String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (key !== "sk-ant-test")
      return {
        status: 401,
        body: { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } },
      };
    return {
      status: 200,
      body: {
        id: "msg_01",
        type: "message",
        role: "assistant",
        model: req.body.model,
        stop_reason: "end_turn",
        stop_sequence: null,
        content: [{ type: "text", text: `Here are the tags:\n${JSON.stringify(VISION_TAGS)}` }],
        usage: { input_tokens: 1200, output_tokens: 80 },
      },
    };
  }
  if (req.path === "/v1/chat/completions") {
    return {
      status: 200,
      body: {
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1,
        model: req.body.model,
        choices: [
          { index: 0, finish_reason: "stop", message: { role: "assistant", content: JSON.stringify(VISION_TAGS) } },
        ],
        usage: { prompt_tokens: 900, completion_tokens: 60, total_tokens: 960 },
      },
    };
  }
  return { status: 404, body: { error: { message: `no route ${req.path}` } } };
}

let fake: Awaited<ReturnType<typeof startFakeProvider>>;
let ws: TestWorkspace;
let brandId: string;

beforeAll(async () => {
  fake = await startFakeProvider(providerReply);
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  brandId = newId("brand");
  await ws.services.database.db.insert(brands).values({
    id: brandId,
    slug: "acme",
    name: "Acme",
    palette: ["#FF5A1F"],
    createdAt: new Date().toISOString(),
    settings: { tagVocabulary: { tone: { retro: ["retro", "vintage"] }, audience: { "retro-fans": ["vintage"] } } },
  });
}, 60_000);
afterAll(async () => {
  await ws?.cleanup();
  await fake?.close();
});

describe("auto-tagging", () => {
  it("tags an asset as it is added: subject, setting, colours, tone, format, brand alignment, with confidence and source", async () => {
    const { asset } = await ws.services.library.add({
      bytes: await makeJpeg(3, 320),
      filename: "shoe.jpg",
      actor: "test",
      meta: { name: "Vintage sneaker on a studio backdrop", brand: "acme", description: "Retro running shoe packshot" },
    });
    await ws.services.enrichment.idle(); // tagging runs in the background, right after the add
    const { tags } = await ws.services.library.get(asset.id);
    const has = (category: string, tag?: string) =>
      tags.some((t) => t.category === category && (!tag || t.tag === tag));
    expect(has("subject", "running-shoe")).toBe(true);
    expect(has("setting", "studio")).toBe(true);
    expect(has("tone", "retro")).toBe(true); // from the brand's vocabulary
    expect(has("audience", "retro-fans")).toBe(true);
    expect(has("format", "square-1x1")).toBe(true);
    expect(has("colour")).toBe(true);
    expect(has("brand")).toBe(true);
    for (const t of tags) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.source).toBe("offline-tagger@1");
    }
  });

  it("marks a corrupt image with the error and keeps tagging the rest of the batch", async () => {
    const a = (
      await ws.services.library.add({
        bytes: await makePng(1),
        filename: "a.png",
        meta: { name: "Blue swatch" },
        actor: "test",
      })
    ).asset;
    const b = (
      await ws.services.library.add({
        bytes: await makePng(2),
        filename: "b.png",
        meta: { name: "Red swatch" },
        actor: "test",
      })
    ).asset;
    const c = (
      await ws.services.library.add({
        bytes: await makePng(3),
        filename: "c.png",
        meta: { name: "Green swatch" },
        actor: "test",
      })
    ).asset;
    await ws.services.enrichment.idle();
    writeFileSync(ws.services.blobs.originalPath(b.sha256, b.format), Buffer.from("this is not a png any more"));
    const results = await ws.services.tagging.tagAssets([a.id, b.id, c.id], { actor: "test" });
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get(b.id)?.error).toMatch(/could not be decoded/);
    expect(byId.get(a.id)?.tags.length).toBeGreaterThan(0);
    expect(byId.get(c.id)?.tags.length).toBeGreaterThan(0);
    const broken = await ws.services.library.get(b.id);
    expect(broken.metadata.taggingError).toMatch(/could not be decoded/);
    expect(broken.tags).toContainEqual(expect.objectContaining({ category: "error", tag: "unreadable-image" }));
    const logged = await ws.services.database.db.select().from(events).where(eq(events.entityId, b.id));
    expect(logged.map((e) => e.action)).toContain("asset.tagging_failed");
  });
});

describe("vision taggers through the real SDKs", () => {
  const input = async () => ({
    asset: {
      name: "Shoe",
      kind: "product",
      description: "studio shot",
      category: null,
      useCase: null,
      notes: null,
      usageNotes: null,
      metadata: {},
      tags: [],
      width: 256,
      height: 256,
    },
    features: {
      vector: new Float32Array(52),
      palette: [],
      brightness: 0.5,
      saturation: 0.5,
      edgeDensity: 0.1,
      warmth: 0,
      width: 256,
      height: 256,
    },
    bytes: await makeJpeg(9, 256),
    vocabulary: { subject: { "running-shoe": ["shoe"] } },
    brandPalette: [],
    audiences: [{ slug: "gen-z-runners", keywords: ["gen"] }],
    brandWords: [],
  });

  it("Anthropic: sends the image as base64 JPEG with the vocabulary, parses and normalises the JSON reply, reports usage", async () => {
    const usage: unknown[] = [];
    const tagger = new VisionTagger({
      provider: "anthropic",
      apiKey: "sk-ant-test",
      baseURL: fake.url,
      onUsage: (u) => void usage.push(u),
    });
    const tags = await tagger.tag(await input());
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe("/v1/messages");
    expect(req.headers["anthropic-version"]).toBeTruthy();
    const content = (
      req.body.messages as {
        content: { type: string; source?: { media_type: string; data: string }; text?: string }[];
      }[]
    )[0]!.content;
    expect(content[0]).toMatchObject({ type: "image", source: { type: "base64", media_type: "image/jpeg" } });
    expect(Buffer.from(content[0]!.source!.data, "base64").subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(content[1]!.text).toMatch(/running-shoe/);
    expect(content[1]!.text).toMatch(/gen-z-runners/);
    expect(tags).toContainEqual({ category: "subject", tag: "running-shoe", confidence: 0.93 });
    expect(usage[0]).toMatchObject({ provider: "anthropic", tokensIn: 1200, tokensOut: 80, costMicros: 1600 });
    expect(tagger.name).toBe("vision-anthropic");
  });

  it("OpenAI: sends a data-URI image with JSON response format", async () => {
    const tagger = new VisionTagger({ provider: "openai", apiKey: "sk-test", baseURL: `${fake.url}/v1` });
    const tags = await tagger.tag(await input());
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.body.response_format).toEqual({ type: "json_object" });
    const parts = (req.body.messages as { content: { type: string; image_url?: { url: string } }[] }[])[0]!.content;
    expect(parts.find((p) => p.type === "image_url")?.image_url?.url).toMatch(/^data:image\/jpeg;base64,/);
    expect(tags.map((t) => t.tag)).toEqual(["running-shoe", "energetic"]);
  });

  it("turns an authentication failure into a provider_error", async () => {
    const tagger = new VisionTagger({ provider: "anthropic", apiKey: "sk-ant-wrong", baseURL: fake.url });
    await expect(tagger.tag(await input())).rejects.toMatchObject({
      code: "provider_error",
      message: expect.stringMatching(/401/),
    });
  });

  it("runs beside the offline tagger on import when configured, and books the call in the cost ledger", async () => {
    const vision = await createTestWorkspace({
      WINNOW_REEMBED_INTERVAL_MS: "0",
      WINNOW_VISION_TAGGER: "anthropic",
      ANTHROPIC_API_KEY: "sk-ant-test",
      ANTHROPIC_BASE_URL: fake.url,
    });
    try {
      const { asset } = await vision.services.library.add({
        bytes: await makeJpeg(11),
        filename: "x.jpg",
        meta: { name: "Shoe" },
        actor: "test",
      });
      await vision.services.enrichment.idle();
      const { tags } = await vision.services.library.get(asset.id);
      expect(new Set(tags.map((t) => t.source.split("@")[0]))).toEqual(new Set(["offline-tagger", "vision-anthropic"]));
      const costs = await vision.services.database.db.select().from(costLedger);
      expect(costs).toContainEqual(
        expect.objectContaining({ provider: "anthropic", tokensIn: 1200, costMicros: 1600 }),
      );
    } finally {
      await vision.cleanup();
    }
  });
});
