import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CsvConnector } from "../connectors/csv.ts";
import { GoogleAdsConnector } from "../connectors/google-ads.ts";
import { MetaConnector } from "../connectors/meta.ts";
import { TikTokConnector } from "../connectors/tiktok.ts";
import { fixedClock } from "../core/clock.ts";
import { createHttpApp } from "../server/http.ts";
import { createExperiment } from "../tools/create_experiment.ts";
import { type AnyTool, invokeTool } from "../tools/define.ts";
import { getExperimentResults } from "../tools/get_experiment_results.ts";
import { linkDeploymentTool } from "../tools/link_deployment.ts";
import { promoteWinners } from "../tools/promote_winners.ts";
import { slotInsightsTool } from "../tools/slot_insights.ts";
import { stopExperimentTool } from "../tools/stop_experiment.ts";
import { updateAllocation } from "../tools/update_allocation.ts";
import { type FakeHandler, startFakePlatform } from "./helpers/fake-platforms.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  ws = await createTestWorkspace({}, { clock: fixedClock("2026-06-20T08:00:00Z") });
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await ws.cleanup();
});

const call = (tool: unknown, args: Record<string, unknown>) =>
  invokeTool(tool as AnyTool, args, toolContext(ws.services));

async function fake(handler: FakeHandler) {
  const f = await startFakePlatform(handler);
  closers.push(f.close);
  return f;
}

const googleFake: FakeHandler = (req) => {
  const body = JSON.parse(req.body) as { query?: string; operations?: unknown[] };
  if (req.url.pathname.endsWith("/googleAds:searchStream")) {
    const id = /ad_group_ad\.ad\.id = (\d+)/.exec(body.query ?? "")?.[1];
    return { body: [{ results: [{ adGroupAd: { resourceName: `customers/1234567890/adGroupAds/555~${id}` } }] }] };
  }
  if (req.url.pathname.endsWith("/adGroupAds:mutate"))
    return { body: { results: [{ resourceName: "customers/1234567890/adGroupAds/555~222" }] } };
  return { status: 404, body: { error: { code: 404, message: "no route", status: "NOT_FOUND" } } };
};

/** A four-arm CTR test on hand-made ads: arm 0 (Meta) wins clearly; the losers run on Meta, Google Ads and TikTok. */
async function setUp(tiktokFails = false) {
  const meta = await fake((req) =>
    req.url.pathname === "/v21.0/111"
      ? { body: { success: true } }
      : { status: 404, body: { error: { message: "no", code: 100 } } },
  );
  const google = await fake(googleFake);
  const tiktok = await fake(() =>
    tiktokFails
      ? { body: { code: 40002, message: "ad is in review" } }
      : { body: { code: 0, message: "OK", data: {} } },
  );
  ws.services.connectors.add(new MetaConnector({ accessToken: "tok-meta", adAccountId: "42", baseUrl: meta.url }));
  ws.services.connectors.add(
    new GoogleAdsConnector({
      accessToken: "ya29.tok",
      developerToken: "dev",
      customerId: "1234567890",
      baseUrl: google.url,
    }),
  );
  ws.services.connectors.add(new TikTokConnector({ accessToken: "tt", advertiserId: "77", baseUrl: tiktok.url }));
  const assets = [];
  for (const [i, tone] of ["bold", "calm", "playful", "earnest"].entries()) {
    const { asset } = await ws.services.library.add({
      bytes: await makeJpeg(i + 1, 64),
      filename: `v${i}.jpg`,
      meta: {
        kind: "output",
        status: "generated",
        name: `${tone} hook`,
        metadata: { slots: { tone, cta: "shop-now" } },
      },
      actor: "test",
    });
    assets.push(asset.id);
  }
  const created = await call(createExperiment, {
    name: "Spring sprint hooks",
    arms: assets,
    metric: "ctr",
    platform: "csv",
    audience: "urban-25-34",
    // Two days of numbers decide this test (the default waits two weeks).
    policy: { minDays: 2 },
  });
  expect(created.isError).toBe(false);
  const { experimentId, armIds } = created.structured as { experimentId: string; armIds: string[] };
  const ads: [string, string][] = [
    ["meta", "110"],
    ["meta", "111"],
    ["google_ads", "222"],
    ["tiktok", "333"],
  ];
  for (const [i, [platform, platformAdId]] of ads.entries()) {
    const linked = await call(linkDeploymentTool, { armId: armIds[i], platform, platformAdId });
    expect(linked.isError, linked.text).toBe(false);
  }
  const clicks = [420, 200, 190, 210];
  const reports = [];
  for (const platform of ["meta", "google_ads", "tiktok"]) {
    const rows = ads.flatMap(([p, ad], i) =>
      p === platform ? ["2026-06-17", "2026-06-18"].map((d) => `${ad},${d},10000,${clicks[i]}`) : [],
    );
    reports.push(
      await ws.services.ingestion.run(
        new CsvConnector(["ad_id,date,impressions,clicks", ...rows].join("\n"), platform),
        { since: "2026-06-17", until: "2026-06-18", actor: "test" },
      ),
    );
  }
  return { experimentId, armIds, meta, google, tiktok, reports };
}

describe("running the loop by hand: allocation, status by name, stop and pause the losers", () => {
  it("re-splits on every ingest (the reply says the new shares and from when) and records the call in the same job", async () => {
    const { experimentId, armIds, reports } = await setUp();
    // The Meta export alone: arms 2 and 3 have no numbers yet, so no call, but the split moves at once.
    const first = reports[0]!.experiments.find((e) => e.experimentId === experimentId)!;
    expect(first.ended).toBe(false);
    expect(first.effectiveDate).toBe("2026-06-19");
    expect(first.shares.every((s) => s.previous === 0.25)).toBe(true);
    expect(first.shares.find((s) => s.armId === armIds[0])!.share).toBeGreaterThan(0.25);
    // The TikTok export completes the picture: the rule calls the winner and the ingest ends the experiment.
    const last = reports[2]!.experiments.find((e) => e.experimentId === experimentId)!;
    expect(last).toMatchObject({ ended: true, state: "decided" });
    expect(last.headline).toMatch(/^done — winner bold hook/);
    const r = await call(getExperimentResults, { experimentId });
    const out = r.structured as {
      allocation: { current: { computedAt: string; effectiveDate: string } };
      story: { state: string; call: { name: string; basis: string }; delivery: { by: string; sharesAre: string } };
      srm: { status: string };
    };
    expect(out.allocation.current).toMatchObject({
      computedAt: "2026-06-20T08:00:00.000Z",
      effectiveDate: "2026-06-19",
    });
    expect(out.story).toMatchObject({
      state: "decided",
      call: { name: "bold hook", basis: "confident" },
      delivery: { by: "team", sharesAre: "advice" },
    });
    // Hand-made ads on four platforms: delivery is the team's, so no split check was run and nothing was held.
    expect(out.srm.status).toBe("not_checked");
    // After the call the split in force puts the audience's traffic on the winner alone, from the next day on.
    const shares = (r.structured as { arms: { armId: string; share: number }[] }).arms;
    expect(shares.map((a) => a.share)).toEqual([1, 0, 0, 0]);
    expect(shares[0]!.armId).toBe(armIds[0]);
    expect(r.text).toMatch(/put the audience's budget on bold hook .*the split now gives it 100%/);
    const late = await call(updateAllocation, { experimentId });
    expect(late.isError).toBe(true);
    expect(late.text).toMatch(/has ended \(done — winner bold hook/);
  });

  it("answers 'is the spring test done yet?' with a plain status, and an ambiguous name with the candidates", async () => {
    await setUp();
    const r = await call(getExperimentResults, { experiment: "spring test" });
    expect((r.structured as { status: string }).status).toMatch(/^done — winner bold/);
    expect(r.text).toMatch(/Spring sprint hooks: done — winner/);
    const none = await call(getExperimentResults, { experiment: "winter" });
    expect(none.isError).toBe(true);
    expect(none.text).toMatch(/No experiment is named like "winter".*Spring sprint hooks/);
    const missing = await call(getExperimentResults, {});
    expect(missing.text).toMatch(/experimentId: missing/);
  });

  it("stops with the final call, names the ads a dry run would pause, then pauses them live on Meta, Google Ads and TikTok", async () => {
    const { experimentId, meta, google, tiktok } = await setUp();
    const dry = await call(stopExperimentTool, { experimentId });
    expect(dry.isError, dry.text).toBe(false);
    const d = dry.structured as {
      finalCall: { basis: string; name: string };
      pauses: { platformAdId: string; action: string }[];
    };
    expect(d.finalCall.basis).toBe("confident");
    expect(d.pauses.map((p) => `${p.platformAdId}:${p.action}`).sort()).toEqual([
      "111:would_pause",
      "222:would_pause",
      "333:would_pause",
    ]);
    expect(dry.text).toMatch(/would pause: meta ad 111/);
    expect([...meta.seen, ...google.seen, ...tiktok.seen]).toHaveLength(0);
    const status = await call(getExperimentResults, { experimentId });
    expect((status.structured as { status: string }).status).toMatch(/^done — winner bold/);

    const live = await call(stopExperimentTool, { experiment: "spring sprint", dryRun: false });
    const l = live.structured as { alreadyEnded: boolean; pauses: { platformAdId: string; action: string }[] };
    expect(l.alreadyEnded).toBe(true);
    expect(l.pauses.map((p) => `${p.platformAdId}:${p.action}`).sort()).toEqual([
      "111:paused",
      "222:paused",
      "333:paused",
    ]);
    expect(meta.seen.map((r) => `${r.method} ${r.url.pathname} ${r.body}`)).toEqual(["POST /v21.0/111 status=PAUSED"]);
    expect(google.seen.map((r) => r.url.pathname.split("/").pop())).toEqual([
      "googleAds:searchStream",
      "adGroupAds:mutate",
    ]);
    expect(JSON.parse(google.seen[1]!.body)).toEqual({
      operations: [
        { update: { resourceName: "customers/1234567890/adGroupAds/555~222", status: "PAUSED" }, updateMask: "status" },
      ],
    });
    expect(JSON.parse(tiktok.seen[0]!.body)).toEqual({
      advertiser_id: "77",
      ad_ids: ["333"],
      operation_status: "DISABLE",
    });
    const again = await call(stopExperimentTool, { experimentId, dryRun: false });
    expect((again.structured as { pauses: unknown[] }).pauses).toEqual([]);
  });

  it("a test stopped by hand before any call is shown on the dashboard as stopped, with the leader as a best guess", async () => {
    const { asset: a } = await ws.services.library.add({
      bytes: await makeJpeg(41, 64),
      filename: "a.jpg",
      meta: { kind: "output", status: "generated", name: "sunrise hook" },
      actor: "test",
    });
    const { asset: b } = await ws.services.library.add({
      bytes: await makeJpeg(42, 64),
      filename: "b.jpg",
      meta: { kind: "output", status: "generated", name: "sunset hook" },
      actor: "test",
    });
    const created = await call(createExperiment, {
      name: "Too early to tell",
      arms: [a.id, b.id],
      metric: "ctr",
      platform: "csv",
    });
    const { experimentId, armIds } = created.structured as { experimentId: string; armIds: string[] };
    for (const [i, armId] of armIds.entries())
      await call(linkDeploymentTool, { armId, platform: "csv", platformAdId: `9${i}` });
    await ws.services.ingestion.run(
      new CsvConnector(
        ["ad_id,date,impressions,clicks", "90,2026-06-18,500,11", "91,2026-06-18,500,10"].join("\n"),
        "csv",
      ),
      { since: "2026-06-18", until: "2026-06-18", actor: "test" },
    );
    const stopped = await call(stopExperimentTool, { experimentId, reason: "season over" });
    expect(stopped.isError, stopped.text).toBe(false);
    expect((stopped.structured as { finalCall: { basis: string } }).finalCall.basis).toBe("best_guess");
    const page = await (
      await createHttpApp(ws.services).request(`http://127.0.0.1/experiments/${experimentId}`, {
        headers: { host: "127.0.0.1:8787" },
      })
    ).text();
    // The dashboard tells the story stop_experiment told: no call, the best guess with its P(best) and expected loss.
    const headline = (stopped.structured as { story: { headline: string } }).story.headline;
    expect(headline).toMatch(
      /^done — stopped without a call \(season over\); best guess sunrise hook at \d+% P\(best\), expected loss/,
    );
    expect(page).toContain(headline);
    const promote = await call(promoteWinners, { experimentId });
    expect(promote.text).not.toMatch(/Keep collecting/);
    expect(promote.text).toMatch(/a best guess, not a call/);
  });

  it("reports a platform that refuses the pause and still pauses the others", async () => {
    const { experimentId } = await setUp(true);
    const live = await call(stopExperimentTool, { experimentId, dryRun: false });
    const pauses = (live.structured as { pauses: { platformAdId: string; action: string; error?: string }[] }).pauses;
    expect(pauses.find((p) => p.platformAdId === "333")).toMatchObject({
      action: "failed",
      error: expect.stringMatching(/tiktok: API error 40002: ad is in review/),
    });
    expect(pauses.filter((p) => p.action === "paused")).toHaveLength(2);
    expect(live.text).toMatch(/failed: tiktok ad 333/);
  });

  it("scopes slot insights to one experiment and names the largest effect", async () => {
    const { experimentId } = await setUp();
    const r = await call(slotInsightsTool, { experimentId });
    expect(r.isError, r.text).toBe(false);
    expect(r.text).toMatch(
      /^Largest effect for experiment=exp_\w+, audience=urban-25-34|^Largest effect for experiment=exp_\w+: tone=bold/,
    );
    expect((r.structured as { scope: { experimentId: string } }).scope.experimentId).toBe(experimentId);
    const cta = await call(slotInsightsTool, { experimentId, slot: "cta" });
    expect(cta.text).toMatch(/^cta does not vary for experiment=exp_\w+: every measured variant has shop-now/);
    const unknown = await call(slotInsightsTool, { experimentId: "exp_nope" });
    expect(unknown.text).toMatch(/experimentId: experiment exp_nope not found/);
  });
});
