import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arms, deployments, events, experiments } from "../../db/schema.ts";
import { productShoeSvg } from "../../server/seed/images.ts";
import { invokeTool } from "../../tools/define.ts";
import { findDuplicates } from "../../tools/find_duplicates.ts";
import { resolveDuplicates } from "../../tools/resolve_duplicates.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * The report: two products drawn with the same silhouette (Aero 3 — Midnight, Trail Pro — Moss) were paired,
 * and a never-used copy was suggested over the promoted winner. Shoe specs are the demo seed's.
 */
const MIDNIGHT = {
  upper: "#1D2B53",
  accent: "#FFC845",
  sole: "#EDEDED",
  backdrop: ["#F5F5F7", "#D9DCE3"] as [string, string],
  angle: -3,
};
const MOSS = {
  upper: "#2E7D6B",
  accent: "#FFC845",
  sole: "#3A3A3A",
  backdrop: ["#F2EFE6", "#D6D1C2"] as [string, string],
  angle: -4,
};

let ws: TestWorkspace;
const id: Record<string, string> = {};

async function add(key: string, bytes: Buffer, meta: Record<string, unknown> = {}) {
  const out = await ws.services.library.add({
    bytes,
    filename: `${key}.jpg`,
    meta: { name: key, ...meta },
    actor: "test",
    onDuplicate: "allow",
  });
  id[key] = out.asset.id;
}

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  const midnight = await sharp(productShoeSvg(MIDNIGHT, 640)).jpeg({ quality: 90 }).toBuffer();
  await add("midnight", midnight);
  await add("moss", await sharp(productShoeSvg(MOSS, 640)).jpeg({ quality: 90 }).toBuffer());
  // The promoted winner is a smaller re-export; a later full-size upload of the same shot was never used.
  await add("winner", await sharp(midnight).resize(480).jpeg({ quality: 80 }).toBuffer(), { status: "promoted" });
  await add("unused", await sharp(midnight).png().toBuffer());
  // A 12% crop of the shot, uploaded by the agency.
  await add(
    "cropped",
    await sharp(midnight).extract({ left: 40, top: 20, width: 563, height: 580 }).jpeg({ quality: 85 }).toBuffer(),
  );
  await ws.services.enrichment.idle();
}, 60_000);
afterAll(() => ws?.cleanup());

describe("duplicates a librarian trusts", () => {
  it("keeps two products drawn with the same silhouette apart and says why", async () => {
    const report = await ws.services.dedup.findDuplicates({ methods: ["exact", "perceptual", "embedding"] });
    const grouped = report.groups.flatMap((g) => g.assetIds);
    expect(grouped).not.toContain(id.moss);
    const apart = report.keptApart.find((e) => [e.a, e.b].includes(id.moss!));
    expect(apart?.reason).toMatch(/colour|detail|layout/);
  });

  it("flags a crop on import and groups it with the shot it was cut from", async () => {
    const cropped = await ws.services.library.get(id.cropped!);
    const near = cropped.metadata.nearDuplicateOf as { id: string; crop?: { of: string; width: number } }[];
    expect(near.map((n) => n.id)).toContain(id.midnight);
    // The window kept: 563 of 640 pixels wide, inside the full shot.
    expect(near.find((n) => n.id === id.midnight)?.crop).toMatchObject({
      of: id.midnight,
      width: expect.closeTo(563 / 640, 1),
    });
    const report = await ws.services.dedup.findDuplicates({ methods: ["exact", "perceptual"] });
    expect(report.groups).toHaveLength(1);
    expect(new Set(report.groups[0]!.assetIds)).toEqual(
      new Set([id.midnight, id.winner, id.unused, id.cropped].map(String)),
    );
  });

  it("suggests the promoted winner over a larger never-used copy, and explains it", async () => {
    const out = await invokeTool(findDuplicates as never, {}, toolContext(ws.services));
    expect(out.isError).toBe(false);
    const group = (out.structured as { groups: { suggestedKeep: string; keepReason: string }[] }).groups[0]!;
    expect(group.suggestedKeep).toBe(id.winner);
    expect(group.keepReason).toMatch(/^the promoted winner/);
    expect(out.text).toContain(`keep ${id.winner} (the promoted winner`);
  });

  it("merges experiment arms and deployments onto the kept copy in the same transaction, with events", async () => {
    const { db } = ws.services.database;
    const at = "2027-01-15T12:00:00.000Z";
    await db
      .insert(experiments)
      .values({ id: "exp_DEDUP", name: "dedup", metric: "ctr", status: "running", createdAt: at });
    await db.insert(arms).values([
      { id: "arm_UNUSED", experimentId: "exp_DEDUP", assetId: id.unused!, status: "active", createdAt: at },
      { id: "arm_OTHER", experimentId: "exp_DEDUP", assetId: id.moss!, status: "active", createdAt: at },
    ]);
    await db.insert(deployments).values({
      id: "dep_CROPPED",
      assetId: id.cropped!,
      armId: null,
      platform: "meta",
      platformAdId: "2385001",
      status: "active",
      createdAt: at,
    });
    const out = await invokeTool(
      resolveDuplicates as never,
      { assetIds: [id.midnight, id.winner, id.unused, id.cropped] },
      toolContext(ws.services),
    );
    expect(out.isError).toBe(false);
    expect(out.structured).toMatchObject({ kept: id.winner, armsRepointed: 1, deploymentsRepointed: 1 });
    const armRows = await db.select().from(arms).where(eq(arms.experimentId, "exp_DEDUP"));
    expect(Object.fromEntries(armRows.map((a) => [a.id, a.assetId]))).toEqual({
      arm_UNUSED: id.winner,
      arm_OTHER: id.moss,
    });
    const [deployment] = await db.select().from(deployments).where(eq(deployments.id, "dep_CROPPED"));
    expect(deployment!.assetId).toBe(id.winner);
    const actions = (await db.select().from(events)).map((e) => `${e.entityId} ${e.action}`);
    expect(actions).toContain("exp_DEDUP experiment.arm_asset_merged");
    expect(actions).toContain("dep_CROPPED deployment.asset_merged");
    expect(actions).toContain(`${id.winner} asset.duplicates_merged`);
  });
});
