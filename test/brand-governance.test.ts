import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { WinnowError } from "../core/errors.ts";
import { eventsFor } from "../db/repositories/events.ts";
import { addLineageEdges } from "../db/repositories/lineage.ts";
import { brands } from "../db/schema.ts";
import { DEMO_RULES_FILE } from "../server/seed/brand-rules.ts";
import { checkBrandRules } from "../tools/check_brand_rules.ts";
import type { AnyTool } from "../tools/define.ts";
import { invokeTool } from "../tools/define.ts";
import { libraryReview } from "../tools/library_review.ts";
import { replaceAssetVersion } from "../tools/replace_asset_version.ts";
import { reviewAsset } from "../tools/review_asset.ts";
import { updateBrandRules } from "../tools/update_brand_rules.ts";
import { cleanSquare, renderAd } from "./fixtures/brand/render.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let brandId: string;
let clock = fixedClock("2027-03-01T12:00:00.000Z");
const call = (tool: unknown, args: unknown) => invokeTool(tool as AnyTool, args, toolContext(ws.services));

beforeEach(async () => {
  clock = fixedClock("2027-03-01T12:00:00.000Z");
  ws = await createTestWorkspace({}, { clock });
  brandId = "brd_01JTESTBRAND00000000000000";
  await ws.services.database.db.insert(brands).values({
    id: brandId,
    slug: "kestrel",
    name: "Kestrel Run Co.",
    palette: [],
    createdAt: clock.now().toISOString(),
  });
  await ws.services.brand.rules.importFile(DEMO_RULES_FILE, "kestrel", "test");
});
afterEach(async () => ws.cleanup());

let seed = 100;
async function addInput(kind: "product" | "talent", extra: Record<string, unknown> = {}) {
  const { asset } = await ws.services.library.add({
    bytes: await makeJpeg(seed++, 64),
    filename: `${kind}-${seed}.jpg`,
    meta: { kind, brand: "kestrel", owner: "ana@kestrel.test", ...extra },
    actor: "test",
  });
  return asset.id;
}

/** A live output made from inputs, with copy in metadata and lineage edges, as generation stores it. */
async function addOutput(headline: string, inputs: string[], status = "approved") {
  const ad = await renderAd(
    cleanSquare({ headline: { box: { x: 140, y: 800, width: 800, height: 70 }, text: `${headline} ${seed}` } }),
  );
  const { asset } = await ws.services.library.add({
    bytes: ad.image,
    filename: `out-${seed++}.png`,
    meta: {
      kind: "output",
      brand: "kestrel",
      status: status as "approved",
      owner: "maya@kestrel.test",
      metadata: { copy: { headline, cta: "Shop now" }, format: ad.format, layout: ad.layout, platform: "meta" },
    },
    actor: "generation",
  });
  await addLineageEdges(
    ws.services.database.db,
    inputs.map((toId) => ({ fromId: asset.id, relation: "derived_from" as const, toId })),
    clock.now().toISOString(),
  );
  return asset.id;
}

const statusOf = async (id: string) => (await ws.services.library.get(id)).status;

describe("rule sets as code", () => {
  it("keeps every version, records an event per save and refuses an invalid file with line and field", async () => {
    const bad = await call(updateBrandRules, {
      brand: "kestrel",
      source: "rules:\n  - id: x\n    kind: banned_phrase\n    severity: fatal\n    fix: f\n",
    });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain("line 4:15 rules.0.severity");
    const catastrophic = await call(updateBrandRules, {
      brand: "kestrel",
      upsert: [{ id: "evil", kind: "banned_phrase", fix: "x", patterns: ["(a+)+$"] }],
    });
    expect(catastrophic.isError).toBe(true);
    expect(catastrophic.text).toMatch(/backtrack/);

    const patched = await call(updateBrandRules, {
      brand: "kestrel",
      upsert: [{ id: "banned-extra", kind: "banned_phrase", phrases: ["sweatshop"], fix: "Remove it." }],
      note: "ban sweatshop",
      expectedVersion: 1,
    });
    expect(patched.isError).toBe(false);
    expect(patched.structured).toMatchObject({ ruleSet: { version: 2 } });
    const stale = await call(updateBrandRules, { brand: "kestrel", remove: ["banned-extra"], expectedVersion: 1 });
    expect(stale.error?.code).toBe("conflict");
    const versions = await ws.services.brand.rules.versions(brandId);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await ws.services.brand.rules.get("kestrel", 1);
    expect(v1.row?.source).toBe(readFileSync(DEMO_RULES_FILE, "utf8"));
    const events = await eventsFor(ws.services.database.db, versions[0]!.id);
    expect(events.map((e) => e.action)).toEqual(["brand_rules.saved"]);
  });

  it("pins one version for a run: an update racing with generation does not change what the run checks", async () => {
    const checker = ws.services.brandChecker!;
    const pinned = await checker.pinRuleSet(brandId);
    await ws.services.brand.patchRules({
      brand: "kestrel",
      upsert: [{ id: "banned-extra", kind: "banned_phrase", phrases: ["sprint"], fix: "Remove it." }],
      actor: "legal",
    });
    const candidate = {
      brandId,
      format: "1080x1080",
      copy: { headline: "Spring sprint", cta: "Shop now" },
      inputAssetIds: [],
    };
    const during = await checker.checkCandidate(candidate, pinned);
    expect(during).toMatchObject({ ruleSetId: pinned.ruleSetId, ruleSetVersion: 1, violations: [] });
    const next = await checker.checkCandidate(candidate, await checker.pinRuleSet(brandId));
    expect(next.ruleSetVersion).toBe(2);
    expect(next.violations.map((v) => v.ruleId)).toEqual(["banned-extra"]);
  });
});

describe("check_brand_rules", () => {
  it("checks copy text and auto-fixes what is safe, saying what changed", async () => {
    const out = await call(checkBrandRules, {
      brand: "kestrel",
      copy: { headline: "FR3E miles", cta: "Shop now" },
      offerType: "discount",
    });
    expect(out.structured).toMatchObject({ passed: false, ruleSetVersion: 1 });
    const s = out.structured as {
      violations: { ruleId: string; location: unknown }[];
      fixedCopy: unknown;
      fixes: string[];
    };
    expect(s.violations.map((v) => v.ruleId)).toEqual(["banned-phrases", "disclaimer-discount"]);
    expect(s.violations[0]!.location).toEqual({ field: "headline", start: 0, end: 4 });
    expect(s.fixedCopy).toMatchObject({ headline: "INCLUDED miles", disclaimer: "Terms and conditions apply." });
    expect(s.fixes).toHaveLength(2);
  });

  it("checks a stored output by asset id, and reports an undecodable render as 'unreadable'", async () => {
    const product = await addInput("product");
    const out = await addOutput("Run your city", [product]);
    const ok = await call(checkBrandRules, { assetId: out });
    expect(ok.structured).toMatchObject({ passed: true, violations: [] });
    const broken = await call(checkBrandRules, {
      brand: "kestrel",
      imageBase64: Buffer.from("GIF89a-nope").toString("base64"),
    });
    expect(broken.isError).toBe(false);
    expect((broken.structured as { violations: { kind: string }[] }).violations.map((v) => v.kind)).toEqual([
      "unreadable",
    ]);
  });
});

describe("stale-asset blocking", () => {
  it("a new rule banning a word used in a live output marks exactly that output and what derives from it", async () => {
    const product = await addInput("product");
    const hit = await addOutput("Spring sprint sale", [product]);
    const clean = await addOutput("Run your city", [product]);
    const derived = await addOutput("Run your city", [hit]); // e.g. a resize made from the hit output
    const result = await call(updateBrandRules, {
      brand: "kestrel",
      upsert: [{ id: "banned-extra", kind: "banned_phrase", phrases: ["sprint"], fix: "Remove it." }],
    });
    const marked = (result.structured as { recheck: { checked: number; marked: { assetId: string }[] } }).recheck;
    expect(marked.checked).toBe(3);
    expect(marked.marked.map((m) => m.assetId).sort()).toEqual([hit, derived].sort());
    expect(await statusOf(hit)).toBe("needs_review");
    expect((await ws.services.library.get(hit)).reviewReason).toMatch(/fails brand rules v2: banned-extra/);
    expect(await statusOf(derived)).toBe("needs_review");
    expect(await statusOf(clean)).toBe("approved");
    expect(await statusOf(product)).toBe("ready");
    await expect(ws.services.brand.staleness.assertUsable([hit])).rejects.toThrow(WinnowError);
    await expect(ws.services.brand.staleness.assertUsable([clean])).resolves.toBeUndefined();
  });

  it("a new product version archives the old shot, marks its outputs and blocks them from generation", async () => {
    const shoe = await addInput("product");
    const other = await addInput("product");
    const a = await addOutput("Run your city", [shoe]);
    const b = await addOutput("Run your city", [other]);
    const res = await call(replaceAssetVersion, {
      replacedId: shoe,
      contentBase64: (await makeJpeg(999, 64)).toString("base64"),
      filename: "shoe-v2.jpg",
      reason: "new packaging",
    });
    expect(res.isError).toBe(false);
    const { newAssetId, marked } = res.structured as { newAssetId: string; marked: { assetId: string }[] };
    expect(marked.map((m) => m.assetId)).toEqual([a]);
    expect((await ws.services.library.get(newAssetId)).versionOf).toBe(shoe);
    expect(await statusOf(shoe)).toBe("archived");
    expect(await statusOf(b)).toBe("approved");
    const outcome = await ws.services.brandChecker!.checkCandidate(
      { brandId, format: "1080x1080", copy: { headline: "Run", cta: "Shop now" }, inputAssetIds: [shoe, a] },
      await ws.services.brandChecker!.pinRuleSet(brandId),
    );
    const blocks = outcome.violations.filter((v) => v.kind === "input_rights" && v.severity === "block");
    expect(blocks.map((v) => (v.measured as { assetId: string }).assetId).sort()).toEqual([a, shoe, shoe].sort());
  });

  it("rights expiry marks the input and its outputs; the review queue lists them with owner and reason; review clears", async () => {
    const talent = await addInput("talent", { rightsExpiresAt: "2027-03-10T00:00:00.000Z" });
    const soon = await addInput("product", {
      rightsExpiresAt: "2027-03-20T00:00:00.000Z",
      lastReviewedAt: "2027-02-01T00:00:00.000Z",
    });
    const out = await addOutput("Run your city", [talent]);
    const first = await ws.services.brand.staleness.expireRights(new Date("2027-03-05T00:00:00Z"));
    expect(first.marked).toEqual([]);
    const second = await ws.services.brand.staleness.expireRights(new Date("2027-03-11T00:00:00Z"));
    expect(second.marked.map((m) => m.assetId).sort()).toEqual([talent, out].sort());
    expect(await ws.services.brand.staleness.expireRights(new Date("2027-03-12T00:00:00Z"))).toMatchObject({
      marked: [],
    });

    const stale = await call(libraryReview, { brand: "kestrel", categories: ["stale"], limit: 1 });
    const page1 = stale.structured as {
      items: { id: string; owner: string; reasons: { detail: string }[] }[];
      nextCursor: string;
    };
    expect(page1.items).toHaveLength(1);
    const page2 = (
      await call(libraryReview, { brand: "kestrel", categories: ["stale"], limit: 1, cursor: page1.nextCursor })
    ).structured as typeof page1;
    const listed = [...page1.items, ...page2.items];
    expect(listed.map((i) => i.id).sort()).toEqual([talent, out].sort());
    expect(listed.find((i) => i.id === out)).toMatchObject({ owner: "maya@kestrel.test" });
    expect(listed.find((i) => i.id === out)?.reasons[0]?.detail).toMatch(/rights of .* expired on 2027-03-10/);
    const expiring = (await call(libraryReview, { brand: "kestrel", categories: ["expiring"], expiringWithinDays: 30 }))
      .structured as typeof page1;
    expect(expiring.items.map((i) => i.id)).toContain(soon);
    const overdue = (await call(libraryReview, { categories: ["review_overdue"], reviewOlderThanDays: 14 }))
      .structured as typeof page1;
    expect(overdue.items.map((i) => i.id)).toEqual([soon]);

    clock.advance(10 * 86_400_000); // 2027-03-11: the talent's rights have lapsed
    const refused = await call(reviewAsset, { id: talent, status: "ready" });
    expect(refused.error?.code).toBe("invalid_input");
    const renewed = await call(reviewAsset, {
      id: talent,
      status: "ready",
      // A renewal as people (and the Slack router) give it: a bare date.
      rightsExpiresAt: "2028-03-10",
      note: "renewed",
    });
    expect(renewed.structured).toMatchObject({ from: "needs_review", status: "ready" });
    expect((await ws.services.library.get(talent)).rightsExpiresAt).toBe("2028-03-10T00:00:00.000Z");
    const outReviewed = await call(reviewAsset, { id: out, status: "approved" });
    expect(outReviewed.isError).toBe(false);
    const after = await ws.services.library.get(out);
    expect(after).toMatchObject({ status: "approved", reviewReason: null, lastReviewedAt: clock.now().toISOString() });
    expect((await eventsFor(ws.services.database.db, out)).map((e) => e.action)).toContain("asset.reviewed");
    await expect(ws.services.brand.staleness.assertUsable([out])).resolves.toBeUndefined();
  });
});
