import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { type CallOutcome, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";
import { toolContext } from "./helpers/workspace.ts";

/**
 * A real team on a fresh install with the demo off (WINNOW_AUTO_SEED=false): everything below goes through the tools
 * (the same path as MCP, the JSON API and Slack's agent), and the approval through a signed Slack reaction.
 * No SQL, no demo brand.
 */
let h: SlackHarness;
const clock = fixedClock("2026-03-05T09:00:00Z");
const FIXTURES = join(import.meta.dirname, "fixtures", "exports");
const APPROVER_1 = "U0ACMEAPPR1";
const APPROVER_2_EMAIL = "lee@acme-coffee.example";
const OUTSIDER = "U0NOTMEMBER";
const RUN_CLUB_AD = "120214000000000101";
const PRICE_AD = "120214000000000102";

beforeAll(async () => {
  h = await startSlackHarness(undefined, { env: { WINNOW_AUTO_SEED: "false" }, clock });
});
afterAll(async () => {
  await h.close();
});

async function call(name: string, args: Record<string, unknown>): Promise<CallOutcome> {
  return invokeTool(findTool(name)!, args, toolContext(h.ws.services, "mcp"));
}
async function ok<T = Record<string, unknown>>(name: string, args: Record<string, unknown>): Promise<T> {
  const out = await call(name, args);
  if (out.isError) throw new Error(`${name} failed: ${out.text}`);
  return out.structured as T;
}

const RULES = `
brand: acme-coffee
rules:
  - id: banned-phrases
    kind: banned_phrase
    severity: block
    phrases: [guaranteed, miracle]
    fix: Say what the coffee does instead.
`;

function templateSpec(ids: Record<string, string>) {
  const one = (id: string, label: string, extra: Record<string, string> = {}) => ({
    values: [{ id, label, ...extra }],
  });
  return {
    slots: {
      audience: one("gen-z", "Gen Z"),
      offer: one("first-bag-10-off", "10% off your first bag", { offerType: "discount" }),
      tone: {
        values: [
          { id: "warm", label: "warm" },
          { id: "bold", label: "bold" },
        ],
      },
      format: one("1:1", "square"),
      hook: {
        values: [
          { id: "ritual", label: "ritual" },
          { id: "price", label: "price" },
        ],
      },
      cta: one("order-now", "Order now"),
      product: one("house-blend", "House Blend", { assetId: ids.product! }),
      scene: one("counter", "the counter", { assetId: ids.scene! }),
      talent: one("barista", "our barista", { assetId: ids.talent! }),
    },
    copy: {
      headline: [
        { when: {}, texts: ["{product}, made for mornings"] },
        { when: { hook: "ritual" }, texts: ["Your morning ritual: {product}"] },
        { when: { hook: "price" }, texts: ["{offer} on {product}"] },
      ],
      body: [{ when: {}, texts: ["Roasted this week. {offer}."] }],
      cta: [{ when: {}, texts: ["Order now"] }],
    },
    style: { logoAssetId: ids.logo! },
  };
}

describe("a real team sets itself up and brings its own numbers (tools only, demo off)", () => {
  let brandId = "";
  let experimentId = "";
  let armIds: string[] = [];
  let variants: string[] = [];

  it("starts empty: no brands, and an unknown brand is a clear error", async () => {
    expect((await ok<{ items: unknown[] }>("list_brands", {})).items).toEqual([]);
    const rules = await call("update_brand_rules", { brand: "acme-coffee", source: RULES });
    expect(rules.isError).toBe(true);
    expect(rules.text).toMatch(/Brand acme-coffee not found\. No brands exist yet/);
  });

  it("creates a brand with two approvers and a rule set", async () => {
    const created = await ok<{ brand: { id: string; palette: string[]; audiences: { slug: string }[] } }>(
      "create_brand",
      {
        slug: "acme-coffee",
        name: "Acme Coffee",
        description: "Small-batch coffee, warm and plain-spoken.",
        palette: ["#3b2416", "#F4EDE4", "#d9822b"],
        fonts: { headline: "Fraunces", body: "Inter" },
        audiences: [{ slug: "gen-z", name: "Gen Z coffee drinkers", aliases: ["Gen Z", "zoomers"] }],
        approvalPolicy: { spendThresholdMicros: 500_000_000, approvalBelowProbability: 0.999 },
        reviewChannel: "C0ACMEREVIEW",
      },
    );
    brandId = created.brand.id;
    expect(created.brand.palette).toEqual(["#3B2416", "#F4EDE4", "#D9822B"]);
    await ok("add_brand_member", { brand: "acme-coffee", role: "approver", slackUserId: APPROVER_1, name: "Dana" });
    await ok("add_brand_member", { brand: "acme-coffee", role: "approver", email: APPROVER_2_EMAIL, name: "Lee" });
    await ok("add_brand_member", { brand: "acme-coffee", role: "editor", email: "sam@acme-coffee.example" });
    const approvers = await ok<{ items: { userRef: string }[] }>("list_brand_members", {
      brand: "acme-coffee",
      role: "approver",
    });
    expect(approvers.items.map((m) => m.userRef)).toEqual([APPROVER_1, APPROVER_2_EMAIL]);
    const rules = await ok<{ ruleSet: { version: number } }>("update_brand_rules", {
      brand: "acme-coffee",
      source: RULES,
    });
    expect(rules.ruleSet.version).toBe(1);
  });

  it("imports a folder of the team's own photos and logo", async () => {
    const folder = join(h.ws.dir, "acme-shoot");
    mkdirSync(folder, { recursive: true });
    for (const [i, name] of ["product-house-blend", "scene-counter", "talent-barista", "logo-acme"].entries())
      writeFileSync(join(folder, `${name}.jpg`), await makeJpeg(500 + i, 256));
    // The shoot's own manifest says what each photo is; everything else comes from the defaults of the import.
    writeFileSync(
      join(folder, "assets.csv"),
      [
        "file,kind,name",
        ...readdirSync(folder)
          .filter((f) => f.endsWith(".jpg"))
          .map((f) => `${f},${f.split("-")[0]},${f.replace(/\.jpg$/, "")}`),
      ].join("\n"),
    );
    const imported = await ok<{ imported: { file: string; id: string }[]; failed: unknown[] }>("import_assets", {
      path: "acme-shoot/assets.csv",
      defaults: { brand: "acme-coffee", rightsHolder: "Acme Coffee" },
    });
    expect(imported.failed).toEqual([]);
    const ids: Record<string, string> = {};
    for (const r of imported.imported) ids[r.file.split("/").pop()!.split("-")[0]!] = r.id;
    // Importing the whole folder again adds nothing: every photo is an exact duplicate, reported as such.
    const again = await ok<{ imported: unknown[]; duplicates: { file: string }[] }>("import_assets", {
      path: "acme-shoot",
    });
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => d.file).sort()).toEqual(
      readdirSync(folder)
        .filter((f) => f.endsWith(".jpg"))
        .map((f) => `acme-shoot/${f}`)
        .sort(),
    );
    expect(Object.keys(ids).sort()).toEqual(["logo", "product", "scene", "talent"]);
    await ok("update_brand", { brand: "acme-coffee", logoAssetIds: [ids.logo] });
    const t = await ok<{ template: { id: string } }>("create_template", {
      brand: "acme-coffee",
      name: "Morning ritual",
      spec: templateSpec(ids),
    });
    expect(t.template.id).toMatch(/^tpl_/);
  });

  it("generates variants and runs an experiment on the team's own, hand-made ads", async () => {
    const gen = await ok<{ variants: { assetId: string }[] }>("generate_variants", {
      brand: "acme-coffee",
      audience: "gen-z",
      offer: "first-bag-10-off",
      formats: ["1:1"],
      count: 2,
      slots: { hook: ["ritual", "price"], tone: "warm" },
    });
    variants = gen.variants.map((v) => v.assetId);
    expect(variants).toHaveLength(2);
    const exp = await ok<{ experimentId: string; armIds: string[]; deployments: unknown[] }>("create_experiment", {
      arms: variants,
      metric: "ctr",
      audience: "Gen Z",
      platform: "csv",
      // The export covers three days; the team accepts a call on them (the default waits two weeks).
      policy: { minSamplePerArm: 5000, minDays: 3 },
    });
    experimentId = exp.experimentId;
    armIds = exp.armIds;
    // An import-only platform pushes nothing: the team makes the ads and links them.
    expect(exp.deployments).toEqual([]);
    const results = await call("get_experiment_results", { experimentId });
    // A read-out from creation: the starting split and, for hand-made ads, the next step (never "Deploy").
    expect(results.text).toMatch(/waiting for first numbers — starting split/);
    expect(results.text).toMatch(/link_deployment/);
    expect(results.text).not.toMatch(/Deploy/);

    const link1 = await ok<{ deployment: { audienceId: string }; created: boolean }>("link_deployment", {
      armId: armIds[0],
      platform: "facebook",
      platformAdId: RUN_CLUB_AD,
      audience: "zoomers",
    });
    expect(link1.created).toBe(true);
    const gz = (await ok<{ items: { audiences: { id: string; slug: string }[] }[] }>("list_brands", {})).items[0]!
      .audiences[0]!;
    expect(link1.deployment.audienceId).toBe(gz.id);
    await ok("link_deployment", { experimentId, assetId: variants[1], platform: "meta", platformAdId: PRICE_AD });
  });

  it("ingests a Meta Ads Manager export twice: the second time changes nothing; the unlinked ad is reported", async () => {
    const meta = readFileSync(join(FIXTURES, "meta-ads-manager.csv"), "utf8");
    const first = await ok<{
      format: string;
      rowsUpserted: number;
      linkedAds: number;
      unknownAdIds: { platformAdId: string; rows: number }[];
    }>("ingest_metrics", { csv: meta });
    expect(first).toMatchObject({ format: "meta", rowsUpserted: 7, linkedAds: 2 });
    expect(first.unknownAdIds).toEqual([expect.objectContaining({ platformAdId: "120214000000000999", rows: 1 })]);
    // The same export again, this time as a file under the import root: nothing changes.
    copyFileSync(join(FIXTURES, "meta-ads-manager.csv"), join(h.ws.dir, "meta-export.csv"));
    const second = await ok<{ rowsUpserted: number; rowsRejected: number }>("ingest_metrics", {
      platform: "csv",
      file: "meta-export.csv",
    });
    expect(second).toMatchObject({ rowsUpserted: 0, rowsRejected: 0 });
  });

  it("reads results: the linked ads' numbers count for their arms", async () => {
    type Counts = { impressions: number; clicks: number };
    const r = await ok<{ arms: (Counts & { armId: string; totals?: Counts })[] }>("get_experiment_results", {
      experimentId,
    });
    const byArm = new Map(r.arms.map((a) => [a.armId, a.totals ?? { impressions: a.impressions, clicks: a.clicks }]));
    expect(byArm.get(armIds[0]!)).toMatchObject({ impressions: 7012 + 7540 + 7266, clicks: 168 + 177 + 171 });
    expect(byArm.get(armIds[1]!)).toMatchObject({ impressions: 7103 + 7422 + 7391, clicks: 71 + 80 + 69 });
  });

  it("asks for approval, refuses a non-member's ✅, counts an approver's, then promotes", async () => {
    const asked = await ok<{ status: string; reviewRequestId: string }>("promote_winners", { experimentId });
    expect(asked.status).toBe("review_requested");
    const request = await h.ws.services.reviews.get(asked.reviewRequestId);
    expect(request).toMatchObject({ brandId, channel: "C0ACMEREVIEW" });
    const react = (user: string, ts: string) =>
      h.event({
        type: "reaction_added",
        user,
        reaction: "white_check_mark",
        item: { type: "message", channel: request.channel!, ts: request.messageTs! },
        event_ts: ts,
      });
    await react(OUTSIDER, "1772700000.000100");
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("pending");
    expect(JSON.stringify(h.fake.callsTo("chat.postEphemeral").at(-1)?.body)).toMatch(/not an approver/);
    await react(APPROVER_1, "1772700000.000200");
    expect(await h.ws.services.reviews.get(request.id)).toMatchObject({ status: "approved", decidedBy: APPROVER_1 });
    const promoted = await ok<{ status: string; winnerAssetId: string }>("promote_winners", { experimentId });
    expect(promoted).toMatchObject({ status: "promoted", winnerAssetId: variants[0] });
  });
});
