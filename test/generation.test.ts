import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSeed, seededRng } from "../core/generation/rng.ts";
import { fillCopy } from "../core/templates/fill.ts";
import { type FormatId, TemplateSpec } from "../core/templates/spec.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { springSprintSpec } from "../server/seed/spring-sprint.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let seed: SeedContext;
let down: Server;
let calls = 0;

beforeAll(async () => {
  // An Anthropic endpoint that is down: every call answers 500.
  down = createServer((req, res) => {
    calls++;
    req.resume();
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ type: "error", error: { type: "api_error", message: "upstream exploded" } }));
  });
  await new Promise<void>((r) => down.listen(0, "127.0.0.1", r));
  ws = await createTestWorkspace({
    ANTHROPIC_API_KEY: "sk-ant-test",
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${(down.address() as AddressInfo).port}`,
    WINNOW_PROVIDER_RETRIES: "2",
    WINNOW_PROVIDER_RETRY_MIN_MS: "5",
    WINNOW_MAX_VARIANTS: "40",
  });
  seed = await seedDemoWorkspace(ws.services);
});
afterAll(async () => {
  down.close();
  await ws.cleanup();
});

const call = (args: Record<string, unknown>) =>
  invokeTool(findTool("generate_variants")!, args, toolContext(ws.services));
const brief = { brand: "kestrel", audience: "urban-25-34", offer: "spring-20-off", formats: ["1:1"], count: 2 };
const outputs = async () =>
  (await ws.services.database.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM assets WHERE kind = 'output'`))[0]!.n;

async function renderDemo(spec: TemplateSpec, format: FormatId, seedNo: number) {
  const slots = {
    audience: "urban-25-34",
    offer: "spring-20-off",
    tone: "energetic",
    format,
    hook: "benefit",
    cta: "shop-now",
    product: "aero-3-ember",
    scene: "city-sunrise",
    talent: "maya",
  };
  const copy = fillCopy(spec, slots, seededRng(hashSeed(seedNo, 0)));
  const asset = (id: string | undefined) =>
    id ? { key: id, load: async () => (await ws.services.library.readFile(id, "original")).bytes } : undefined;
  const value = (s: "product" | "scene" | "talent") => spec.slots[s]!.values.find((v) => v.id === slots[s])!.assetId;
  return ws.services.renderer.render({
    layout: spec.layouts[format]!,
    palette: { primary: "#FF5A1F", ink: "#15171C", paper: "#F4F1EA", accent: "#FFC845" },
    fontFamily: spec.style.fontFamily,
    panelOpacity: spec.style.panelOpacity,
    copy,
    product: asset(value("product")),
    scene: asset(value("scene")),
    talent: asset(value("talent")),
    logo: asset(spec.style.logoAssetId),
  });
}

describe("local rendering, on real pixels", () => {
  it("draws every format at its size with palette colours, text and the product shot", async () => {
    const spec = TemplateSpec.parse(springSprintSpec(seed.assetIds));
    for (const [format, w, h] of [
      ["1:1", 1080, 1080],
      ["9:16", 1080, 1920],
      ["1.91:1", 1200, 628],
      ["4:5", 1080, 1350],
    ] as const) {
      const out = await renderDemo(spec, format, 1);
      const img = sharp(out.png);
      expect(await img.metadata()).toMatchObject({ width: w, height: h, format: "png" });
      const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
      const px = (x: number, y: number) => {
        const i = (y * info.width + x) * info.channels;
        return `#${[data[i], data[i + 1], data[i + 2]]
          .map((v) => v!.toString(16).padStart(2, "0"))
          .join("")
          .toUpperCase()}`;
      };
      const boxes = spec.layouts[format]!.boxes;
      // The CTA button is drawn in the brand primary colour.
      expect(px(boxes.cta.x + 6, boxes.cta.y + Math.floor(boxes.cta.height / 2))).toBe("#FF5A1F");
      // Text is drawn: the headline panel holds both ink and light glyph pixels.
      const region = async (b: { x: number; y: number; width: number; height: number }) =>
        sharp(out.png).extract({ left: b.x, top: b.y, width: b.width, height: b.height }).stats();
      const headline = await region(boxes.headline);
      expect(headline.channels[0]!.stdev).toBeGreaterThan(20);
      // The product shot is composited: its ember upper shows in the image box.
      const product = await sharp(out.png)
        .extract({ left: boxes.image.x, top: boxes.image.y, width: boxes.image.width, height: boxes.image.height })
        .raw()
        .toBuffer();
      let ember = 0;
      for (let i = 0; i < product.length; i += 3)
        if (product[i]! > 200 && product[i + 1]! < 130 && product[i + 2]! < 90) ember++;
      expect(ember / (product.length / 3)).toBeGreaterThan(0.02);
    }
  });

  it("keeps an old template version rendering byte-identically after a new version exists", async () => {
    const first = await ws.services.templates.create({
      brand: "kestrel",
      name: "Immutability check",
      spec: springSprintSpec(seed.assetIds),
      actor: "test",
    });
    const v1 = await ws.services.templates.resolve(first.version.id, seed.brandId);
    const before = await renderDemo(v1.spec, "1:1", 7);
    const changed = springSprintSpec(seed.assetIds);
    changed.copy.headline = [{ when: {}, texts: ["A completely different headline"] }];
    const second = await ws.services.templates.create({ templateId: first.template.id, spec: changed, actor: "test" });
    expect(second.version.version).toBe(2);
    const v1again = await ws.services.templates.resolve(first.version.id, seed.brandId);
    const after = await renderDemo(v1again.spec, "1:1", 7);
    expect(after.png.equals(before.png)).toBe(true);
    const v2 = await ws.services.templates.resolve(second.version.id, seed.brandId);
    expect((await renderDemo(v2.spec, "1:1", 7)).png.equals(before.png)).toBe(false);
  });
});

describe("generate_variants refuses bad input", () => {
  it("names valid slots for an unknown slot and valid values for an unknown value", async () => {
    const slot = await call({ ...brief, slots: { mood: "happy" } });
    expect(slot.text).toMatch(
      /slots\.mood.*Valid slots: audience, offer, tone, format, hook, cta, product, scene, talent/,
    );
    const value = await call({ ...brief, tone: "grumpy" });
    expect(value.text).toMatch(/tone.*Valid values: energetic, calm, playful, premium/);
    const format = await call({ ...brief, formats: ["16:9"] });
    expect(format.text).toMatch(/formats.*1:1, 9:16, 1.91:1, 4:5/);
  });

  it("refuses count 0 and a count above WINNOW_MAX_VARIANTS", async () => {
    expect((await call({ ...brief, count: 0 })).text).toMatch(/count: must be between 1 and 40 \(got 0\)/);
    expect((await call({ ...brief, count: 41 })).text).toMatch(/count: must be between 1 and 40.*WINNOW_MAX_VARIANTS/);
  });

  it("refuses a budget too small for one variant and says what one would cost", async () => {
    const out = await call({ ...brief, budgetMicros: 100, models: { text: "claude-haiku-4-5" } });
    expect(out.error?.code).toBe("budget_exceeded");
    // 900 input tokens at 1000 micros/1k + 150 output tokens at 5000 micros/1k
    expect(out.text).toMatch(/estimated at 1650 micros/);
  });

  it("retries a provider that is down, then fails clearly with failed runs and no outputs", async () => {
    const before = await outputs();
    calls = 0;
    const out = await call({ ...brief, models: { text: "claude-haiku-4-5" } });
    expect(out.isError).toBe(true);
    expect(out.error?.code).toBe("provider_error");
    expect(out.text).toMatch(/anthropic claude-haiku-4-5 failed after 3 attempt\(s\).*upstream exploded/);
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(await outputs()).toBe(before);
    const runs = await ws.services.database.db.all<{ status: string; error: string }>(
      sql`SELECT status, error FROM generation_runs WHERE model_id IN (SELECT id FROM models WHERE name = 'claude-haiku-4-5')`,
    );
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.status === "failed" && /upstream exploded/.test(r.error))).toBe(true);
    const models = await ws.services.models.list();
    expect(models.find((m) => m.name === "claude-haiku-4-5")!.errors).toBeGreaterThan(0);
  });

  it("stops early when the campaign budget would be crossed, and says so", async () => {
    // Local models cost nothing, so give the local renderer a price for this check.
    await ws.services.database.client.execute(
      "UPDATE models SET cost_per_image_micros = 1000 WHERE provider = 'local' AND task = 'image'",
    );
    const out = await call({ ...brief, audience: "trail-enthusiasts", count: 6, budgetMicros: 3500 });
    await ws.services.database.client.execute(
      "UPDATE models SET cost_per_image_micros = 0 WHERE provider = 'local' AND task = 'image'",
    );
    const s = out.structured as {
      variants: unknown[];
      dropped: unknown[];
      budget: { stopped: boolean; message: string };
    };
    expect(s.variants.length + s.dropped.length).toBe(3);
    expect(s.budget.stopped).toBe(true);
    expect(s.budget.message).toMatch(/Stopped after 3 of 6 variants.*budgetMicros of this call \(3500 micros/);
  });
});
