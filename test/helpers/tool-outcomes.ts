import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import type { ToolOutcome } from "../../agents/orchestrator.ts";
import type { SeedContext } from "../../server/seed/seed.ts";
import { springSprintSpec } from "../../server/seed/spring-sprint.ts";
import type { Services } from "../../server/services.ts";
import { invokeTool } from "../../tools/define.ts";
import { findTool } from "../../tools/index.ts";
import { makeJpeg } from "./images.ts";
import { toolContext } from "./workspace.ts";

/**
 * Every registered tool called for real against the seeded demo workspace (one brand, a promoted and a running
 * experiment, a template, reviews, a tagger in shadow), reads first and then writes, each write on state the reads
 * showed. The outcomes are what the Slack renderers draw; a call that fails is kept (its isError says so) so a test can
 * insist every tool produced at least one successful result.
 */
export async function realToolOutcomes(services: Services, seed: SeedContext, importDir: string) {
  const outcomes: ToolOutcome[] = [];
  const call = async (name: string, args: Record<string, unknown>) => {
    const tool = findTool(name);
    if (!tool) throw new Error(`no tool ${name}`);
    const r = await invokeTool(tool, args, toolContext(services));
    const outcome: ToolOutcome = { name, args, isError: r.isError, text: r.text, structured: r.structured };
    outcomes.push(outcome);
    // biome-ignore lint/suspicious/noExplicitAny: a fixture reads the tools' results loosely to chain the next call
    return (r.structured ?? {}) as Record<string, any>;
  };
  const brand = "kestrel";
  const asset = (key: string) => seed.assetIds.get(key)!;
  const experiments = (
    await services.database.client.execute("SELECT id, status FROM experiments ORDER BY started_at")
  ).rows.map((r) => ({ id: String(r.id), status: String(r.status) }));
  const promoted = experiments.find((e) => e.status === "promoted")!.id;
  const running = experiments.find((e) => e.status === "running")!.id;

  // Reads.
  await call("list_brands", {});
  await call("list_brand_members", { brand });
  await call("get_brand_rules", { brand });
  await call("check_brand_rules", {
    brand,
    headline: "Guaranteed the best running shoe ever — 100% off",
    body: "Clinically proven to make you faster. Buy now!!!",
    cta: "Buy",
  });
  await call("check_brand_rules", { brand, copy: "Fresh trail shoes for spring miles" });
  await call("get_starter_file", { kind: "template", brand });
  await call("get_starter_file", { kind: "import_manifest", brand });
  const listed = await call("list_assets", { brand, limit: 12 });
  await call("list_assets", { kind: "output", limit: 30 });
  await call("get_asset", { id: asset("aero-3-ember") });
  await call("search_assets", { query: "orange running shoes at sunrise", audience: "gen-z-runners" });
  await call("find_similar", { id: asset("aero-3-ember") });
  await call("library_review", {});
  await call("list_templates", {});
  await call("list_models", {});
  await call("list_prompt_versions", { name: "copywriter" });
  await call("cost_report", {});
  await call("cost_report", { from: "2020-01-01", groupBy: ["model", "template_version", "prompt_version"] });
  await call("top_performers", { from: "2020-01-01" });
  await call("top_performers", { from: "2020-01-01", metric: "spend" });
  await call("slot_insights", {});
  await call("slot_insights", { slot: "tone", audience: "gen-z-runners" });
  const promotedRead = await call("get_experiment_results", { experimentId: promoted });
  await call("get_experiment_results", { experimentId: running });
  await call("trace_lineage", { id: promotedRead.arms[0].assetId });
  await call("trace_lineage", { id: seed.campaignId, question: "prompt_versions_for_campaign" });
  await call("list_deployments", { experimentId: running });
  await call("list_jobs", {});
  await call("list_reviews", {});
  await call("list_reviews", { status: "approved" });
  await call("list_audit_events", {});
  await call("list_tagger_versions", {});
  await call("find_duplicates", { brand });

  // Writes on the library.
  const added = await call("add_asset", {
    brand,
    name: "Aero 3 Ember — studio re-shoot",
    kind: "product",
    rightsHolder: "Kestrel",
    rightsExpiresAt: "2027-12-31",
    contentBase64: (await makeJpeg(4242, 320)).toString("base64"),
    filename: "aero-reshoot.jpg",
  });
  const addedId = String(added.asset.id);
  await call("update_asset", {
    id: addedId,
    notes: "Re-shot in the studio, spring light",
    owner: "creative@kestrel.example",
  });
  await call("review_asset", { id: addedId, status: "approved", note: "Checked against the spring brief" });
  await call("tag_assets", { ids: [addedId, asset("aero-3-midnight")] });
  await call("record_feedback", { assetId: addedId, label: "off_brand", comment: "Too dark for spring" });
  const replacement = (
    await sharp(await makeJpeg(4343, 320))
      .jpeg()
      .toBuffer()
  ).toString("base64");
  await call("replace_asset_version", {
    replacedId: asset("aero-3-glacier"),
    contentBase64: replacement,
    filename: "aero-glacier-v2.jpg",
    reason: "new packaging",
  });
  mkdirSync(join(importDir, "shoot"), { recursive: true });
  for (const seedNo of [5151, 5152, 5153])
    writeFileSync(join(importDir, "shoot", `look-${seedNo}.jpg`), await makeJpeg(seedNo, 300));
  writeFileSync(join(importDir, "shoot", "look-copy.jpg"), await makeJpeg(5151, 300));
  writeFileSync(join(importDir, "shoot", "broken.jpg"), "not an image");
  const imported = await call("import_assets", {
    path: "shoot",
    defaults: { brand, kind: "scene", rightsHolder: "Kestrel" },
  });
  // A resized re-encode of an imported picture: the same image, so find_duplicates groups it.
  const first = imported.imported?.[0]?.id as string | undefined;
  if (first) {
    const { bytes } = await services.library.readFile(first, "original");
    await call("add_asset", {
      brand,
      kind: "scene",
      name: "Look 5151 (resized)",
      contentBase64: (await sharp(bytes).resize(220).jpeg({ quality: 70 }).toBuffer()).toString("base64"),
      filename: "look-5151-small.jpg",
    });
    const dupes = await call("find_duplicates", { brand });
    const group = dupes.groups?.[0];
    if (group) await call("resolve_duplicates", { assetIds: group.assetIds });
  }

  // Reviews.
  const requested = await call("request_review", {
    brand,
    assetId: addedId,
    reasons: ["new product shot before it is used in ads"],
  });
  await call("decide_review", { reviewId: requested.request.id, decision: "approve", reason: "on brand" });
  await call("list_reviews", { status: "approved" });

  // Generation.
  await call("create_prompt_version", {
    name: "copywriter",
    text: "Write {{count}} spring headlines for {{audience}}, upbeat and short.",
    note: "shorter lines",
    labels: ["staging"],
  });
  await call("set_prompt_label", { name: "copywriter", label: "staging", version: 1 });
  const templates = await call("list_templates", { brand });
  const templateId = templates.items[0].id as string;
  await call("create_template", {
    templateId,
    spec: springSprintSpec(seed.assetIds),
    note: "one more hook for the summer round",
  });
  await call("create_template", { brand, name: "Summer Trail", spec: springSprintSpec(seed.assetIds) });
  const generated = await call("generate_variants", {
    brand,
    templateId,
    audience: "urban-25-34",
    offer: "spring-20-off",
    formats: ["1:1"],
    count: 4,
  });
  const variants = ((generated.variants ?? []) as { assetId: string }[]).map((v) => v.assetId);

  // Experiments: a hand-made test (team delivery, CSV metrics), then the running demo test stopped and promoted.
  if (variants.length >= 2) {
    const created = await call("create_experiment", {
      arms: variants.slice(0, 2),
      metric: "ctr",
      name: "Urban spring hooks",
      deploy: false,
      policy: { minDays: 1, approvalBelowProbability: 0.5 },
    });
    const expId = String(created.experimentId);
    await call("link_deployment", {
      experimentId: expId,
      assetId: variants[0],
      platform: "meta",
      platformAdId: "2385001",
    });
    await call("link_deployment", {
      experimentId: expId,
      assetId: variants[1],
      platform: "meta",
      platformAdId: "2385002",
    });
    await call("list_deployments", { experimentId: expId });
    await call("update_allocation", { experimentId: expId, apply: false });
    const csv = [
      "ad_id,date,impressions,clicks,spend",
      "2385001,2026-06-08,10000,180,41.20",
      "2385002,2026-06-08,10000,95,40.10",
      "9999999,2026-06-08,500,3,1.00",
    ].join("\n");
    await call("ingest_metrics", { csv, adPlatform: "meta", since: "2026-06-01", until: "2026-06-10" });
    await call("get_experiment_results", { experimentId: expId });
    await call("unlink_deployment", { platform: "meta", platformAdId: "2385002" });
  }
  await call("update_allocation", { experimentId: running });
  await call("promote_winners", { experimentId: running });
  await call("stop_experiment", { experimentId: running });
  await call("stop_experiment", { experimentId: running, dryRun: false });
  await call("get_experiment_results", { experimentId: running });
  await call("promote_winners", { experimentId: running, toTemplate: true });
  await call("promote_winners", { experimentId: promoted });
  await call("ingest_metrics", { platform: "simulator" });

  // Brand administration.
  await call("create_brand", {
    slug: "heron",
    name: "Heron Outdoor",
    palette: ["#1B4D3E", "#F2E8CF"],
    audiences: [{ slug: "weekend-hikers", name: "Weekend hikers", aliases: ["hikers"] }],
    approvalPolicy: { spendThresholdMicros: 500_000_000, approvalBelowProbability: 0.97 },
    reviewChannel: "#heron-review",
  });
  await call("update_brand", { brand: "heron", description: "Outdoor gear for slow weekends" });
  await call("add_brand_member", { brand: "heron", role: "approver", slackUserId: "U0HERONAPP1", name: "Ada" });
  await call("add_brand_member", { brand: "heron", role: "editor", email: "sam@heron.example" });
  await call("remove_brand_member", { brand: "heron", member: "sam@heron.example" });
  await call("list_brand_members", { brand: "heron" });
  await call("update_brand_rules", {
    brand,
    upsert: [
      {
        id: "no-guarantees",
        kind: "banned_phrase",
        phrases: ["guaranteed"],
        severity: "block",
        fix: "Say what the shoe does instead.",
      },
    ],
    note: "no guarantees in copy",
  });

  // The tagger learning loop.
  await call("retrain_tagger", {});
  const taggers = await call("list_tagger_versions", {});
  const shadow = (taggers.versions as { version: number; status: string }[]).find((v) => v.status === "shadow");
  if (shadow) {
    await call("promote_tagger", { version: String(shadow.version) });
    // A second round in shadow, promoted and then rolled back to the first approved one.
    const next = await call("retrain_tagger", {});
    await call("promote_tagger", { version: String(next.version.version) });
    await call("rollback_tagger", { version: String(shadow.version), reason: "worse on shoes" });
  }
  void listed;
  return outcomes;
}
