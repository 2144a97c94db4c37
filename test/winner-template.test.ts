import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CsvConnector } from "../connectors/csv.ts";
import { fixedClock } from "../core/clock.ts";
import { type SlotName, TemplateSpec } from "../core/templates/spec.ts";
import { getTemplateVersion } from "../db/repositories/templates.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { createExperiment } from "../tools/create_experiment.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { promoteWinners } from "../tools/promote_winners.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

const clock = fixedClock("2026-06-10T12:00:00Z");
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace({}, { clock });
  await seedDemoWorkspace(ws.services);
});
afterAll(async () => {
  await ws?.cleanup();
});

const call = (tool: Parameters<typeof invokeTool>[0], args: unknown) =>
  invokeTool(tool, args, toolContext(ws.services));

type Variant = {
  assetId: string;
  slots: Record<string, string>;
  copy: { headline: string; body: string; cta: string };
};

async function generate(args: Record<string, unknown>): Promise<Variant[]> {
  const r = await call(findTool("generate_variants")!, {
    brand: "kestrel",
    audience: "urban-25-34",
    offer: "spring-20-off",
    formats: ["1:1"],
    ...args,
  });
  expect(r.isError, r.text).toBe(false);
  return (r.structured as { variants: Variant[] }).variants;
}

/** Promotes, approving the review request first when Kestrel's policy asks for one. */
async function promote(args: Record<string, unknown>) {
  let r = await call(promoteWinners, args);
  const o = r.structured as { status: string; reviewRequestId: string | null };
  if (o?.status === "review_requested") {
    const request = await ws.services.reviews.get(o.reviewRequestId!);
    await ws.services.reviews.decide({
      requestId: request.id,
      decision: "approve",
      userRef: "U0APPROVER1",
      via: "mcp",
      expectedVersion: request.version,
    });
    r = await call(promoteWinners, args);
  }
  return r;
}

describe("promote_winners with toTemplate", () => {
  it("turns the winner into a new template version that pins its tone, hook and cta and reuses its copy", async () => {
    const [loser, winner] = await generate({ count: 2, slots: { hook: ["challenge", "benefit"] } });
    expect(loser!.slots.hook).not.toBe(winner!.slots.hook);
    const created = await call(createExperiment, {
      arms: [loser!.assetId, winner!.assetId],
      metric: "ctr",
      policy: { approvalBelowProbability: 0.5, minDays: 1 },
    });
    const { experimentId } = created.structured as { experimentId: string };
    const ads = (
      await ws.services.database.client.execute({
        sql: "SELECT d.platform_ad_id FROM deployments d JOIN arms a ON a.id = d.arm_id WHERE a.experiment_id = ? ORDER BY a.created_at, a.id",
        args: [experimentId],
      })
    ).rows.map((r) => String(r.platform_ad_id));
    const csv = ["ad_id,date,impressions,clicks", `${ads[0]},2026-06-09,20000,300`, `${ads[1]},2026-06-09,20000,600`];
    await ws.services.ingestion.run(new CsvConnector(csv.join("\n"), "simulator"), {
      since: "2026-06-01",
      until: "2026-06-10",
      actor: "test",
    });

    const r = await promote({ experimentId, toTemplate: true });
    expect(r.isError, r.text).toBe(false);
    const out = r.structured as {
      status: string;
      winnerAssetId: string;
      template: { templateId: string; templateVersionId: string; version: number; pinned: Record<string, string> };
    };
    expect(out.status, r.text).toBe("promoted");
    expect(out.template, r.text).not.toBeNull();
    expect(out.winnerAssetId).toBe(winner!.assetId);
    const pinned = { tone: winner!.slots.tone, hook: winner!.slots.hook, cta: winner!.slots.cta };
    expect(out.template.pinned).toEqual(pinned);
    expect(r.text).toMatch(/New template version tpv_/);

    // The version records where it came from, and lineage has winner --promoted_to--> version.
    const version = await getTemplateVersion(ws.services.database.db, out.template.templateVersionId);
    expect(version?.derivedFromAssetId).toBe(winner!.assetId);
    const edges = await ws.services.database.client.execute({
      sql: "SELECT 1 FROM lineage_edges WHERE from_id = ? AND relation = 'promoted_to' AND to_id = ?",
      args: [winner!.assetId, out.template.templateVersionId],
    });
    expect(edges.rows).toHaveLength(1);

    // Pinned slots allow only the winning values; other slots keep theirs.
    const spec = TemplateSpec.parse(version!.spec);
    for (const [slot, value] of Object.entries(pinned))
      expect(spec.slots[slot as SlotName]!.values.map((v) => v.id)).toEqual([value]);
    expect(spec.slots.format!.values.length).toBeGreaterThan(1);

    // Generating from the new version makes variants around the winner: its slot values and its lines.
    const next = await generate({ count: 2, templateId: out.template.templateVersionId, seed: 7 });
    for (const v of next) {
      expect({ tone: v.slots.tone, hook: v.slots.hook, cta: v.slots.cta }).toEqual(pinned);
      expect(v.copy.headline).toBe(winner!.copy.headline);
      expect(v.copy.cta).toBe(winner!.copy.cta);
    }
  });

  it("promotes without a template version by default", async () => {
    // The seeded template's first version (another test may have added a pinned version since).
    const first = (await ws.services.database.client.execute("SELECT id FROM template_versions WHERE version = 1"))
      .rows[0]!.id;
    const [a, b] = await generate({ count: 2, seed: 3, templateId: first, slots: { hook: ["challenge", "benefit"] } });
    const created = await call(createExperiment, {
      arms: [a!.assetId, b!.assetId],
      metric: "ctr",
      policy: { approvalBelowProbability: 0.5, minDays: 1 },
    });
    const { experimentId } = created.structured as { experimentId: string };
    const ads = (
      await ws.services.database.client.execute({
        sql: "SELECT d.platform_ad_id FROM deployments d JOIN arms a ON a.id = d.arm_id WHERE a.experiment_id = ? ORDER BY a.created_at, a.id",
        args: [experimentId],
      })
    ).rows.map((r) => String(r.platform_ad_id));
    const csv = ["ad_id,date,impressions,clicks", `${ads[0]},2026-06-09,20000,600`, `${ads[1]},2026-06-09,20000,300`];
    await ws.services.ingestion.run(new CsvConnector(csv.join("\n"), "simulator"), {
      since: "2026-06-01",
      until: "2026-06-10",
      actor: "test",
    });
    const versionsBefore = (await ws.services.database.client.execute("SELECT count(*) AS n FROM template_versions"))
      .rows[0]!.n;
    const r = await promote({ experimentId });
    expect(r.structured).toMatchObject({ status: "promoted", winnerAssetId: a!.assetId, template: null });
    const versionsAfter = (await ws.services.database.client.execute("SELECT count(*) AS n FROM template_versions"))
      .rows[0]!.n;
    expect(versionsAfter).toBe(versionsBefore);
  });
});

describe("create_template with derivedFromAssetId and no spec", () => {
  it("builds the next version of the winner's template around it, or a new template when named", async () => {
    const [winner] = await generate({ count: 1, seed: 11 });
    const source = (
      await ws.services.database.client.execute({
        sql: "SELECT v.template_id AS t FROM template_versions v WHERE v.id = (SELECT json_extract(metadata, '$.templateVersionId') FROM assets WHERE id = ?)",
        args: [winner!.assetId],
      })
    ).rows[0]!.t as string;
    const before = (await ws.services.templates.view(source)).latestVersion;
    const r = await call(findTool("create_template")!, { derivedFromAssetId: winner!.assetId });
    expect(r.isError, r.text).toBe(false);
    const out = r.structured as { template: { id: string; latestVersion: number }; version: { id: string } };
    expect(out.template.id).toBe(source);
    expect(out.template.latestVersion).toBe(before + 1);
    const version = await getTemplateVersion(ws.services.database.db, out.version.id);
    expect(version?.derivedFromAssetId).toBe(winner!.assetId);
    const spec = TemplateSpec.parse(version!.spec);
    expect(spec.slots.tone!.values.map((v) => v.id)).toEqual([winner!.slots.tone]);

    // Named: a new template of the same brand, version 1, built the same way.
    const named = await call(findTool("create_template")!, { derivedFromAssetId: winner!.assetId, name: "City Drop" });
    expect(named.isError, named.text).toBe(false);
    const made = named.structured as {
      template: { id: string; name: string; brandId: string | null; latestVersion: number };
    };
    expect(made.template).toMatchObject({ name: "City Drop", latestVersion: 1 });
    expect(made.template.id).not.toBe(source);
    expect(made.template.brandId).toBe((await ws.services.templates.view(source)).brandId);
  });

  it("without a spec or a winner, names the field and the fix; an asset not made from a template says so", async () => {
    const none = await call(findTool("create_template")!, { name: "Empty" });
    expect(none.isError).toBe(true);
    expect(none.text).toMatch(/spec/);
    expect(none.text).toMatch(/derivedFromAssetId/);
    const upload = (
      await ws.services.database.client.execute(
        "SELECT id FROM assets WHERE json_extract(metadata, '$.templateVersionId') IS NULL LIMIT 1",
      )
    ).rows[0]!.id as string;
    const r = await call(findTool("create_template")!, { derivedFromAssetId: upload });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/derivedFromAssetId.*not generated from a template/);
  });
});
