import sharp from "sharp";
import { fixedClock } from "../../core/clock.ts";
import { seededRng } from "../../core/experiments/rng.ts";
import { localAdmin } from "../../core/people/caller.ts";
import { createTestWorkspace } from "../../test/helpers/workspace.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { createExperiment } from "../../tools/create_experiment.ts";
import { type AnyTool, invokeTool } from "../../tools/define.ts";
import { getExperimentResults } from "../../tools/get_experiment_results.ts";
import { ingestMetrics } from "../../tools/ingest_metrics.ts";
import { slotInsightsTool } from "../../tools/slot_insights.ts";
import { stopExperimentTool } from "../../tools/stop_experiment.ts";
import { ARMS, armKey, type MarketShape, truthOf } from "./markets.ts";
import { ReplayPlatform } from "./platform.ts";

export interface ReplayOptions {
  shape: MarketShape;
  seed: number;
  days?: number;
  dailyImpressions?: number;
  /** Impressions per audience after which the loop stops and takes its final call. */
  budgetImpressions?: number;
  /** Only these audiences (default: all of the shape's). */
  audiences?: string[];
}

export interface AudienceOutcome {
  shape: string;
  seed: number;
  audience: string;
  experimentId: string;
  topGap: number;
  best: string;
  call: string | null;
  basis: string | null;
  /** The call is the true best arm. */
  correct: boolean;
  /** Not the best, but within 1% of it (a near-tie where either is fine). */
  equivalent: boolean;
  wrong: boolean;
  /** The rule made its call before the budget ran out. */
  decidedByRule: boolean;
  daysToDecision: number;
  impressionsToDecision: number;
  nonBestShare: number;
  /** Non-best impressions relative to an equal split of the same impressions (7/8 of them). */
  nonBestVsEqual: number;
  srmAlarmDays: number;
  /** Arms pruned on the way (slot keys), e.g. the broken creative. */
  pruned: string[];
  status: string;
  insight?: string;
}

const DAY0 = Date.UTC(2030, 2, 4);
const dateOf = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);

/**
 * Runs one market shape through Winnow's public tools only: add_asset, create_experiment, ingest_metrics,
 * update_allocation, stop_experiment, get_experiment_results, slot_insights. The platform delivers what the tools'
 * allocation says; the wall clock is frozen a year after the replayed dates (a replay, not live).
 */
export async function runReplay(o: ReplayOptions): Promise<AudienceOutcome[]> {
  const days = o.days ?? 28;
  const daily = o.dailyImpressions ?? 20_000;
  const budget = o.budgetImpressions ?? 600_000;
  const rng = seededRng(o.seed * 104_729 + o.shape.name.length);
  const jitter = 0.85 + 0.3 * rng();
  const audiences = o.shape.audiences.filter((a) => !o.audiences || o.audiences.includes(a.slug));
  const ws = await createTestWorkspace({}, { clock: fixedClock("2031-03-01T06:00:00Z") });
  const ctx = { services: ws.services, caller: localAdmin("replay"), actor: "replay", progress: async () => {} };
  const call = async (tool: AnyTool, args: Record<string, unknown>) => {
    const out = await invokeTool(tool, args, ctx);
    if (out.isError) throw new Error(`${tool.name}: ${out.text}`);
    return out.structured as Record<string, unknown>;
  };
  try {
    const platform = new ReplayPlatform(audiences, o.shape.reporting, seededRng(o.seed * 7_919 + 17), jitter);
    ws.services.connectors.add(platform);
    const assetOf = new Map<string, string>();
    for (const [i, slots] of ARMS.entries()) {
      const bytes = await sharp({
        create: { width: 32, height: 32, channels: 3, background: { r: i * 30, g: 255 - i * 30, b: o.seed % 255 } },
      })
        .jpeg()
        .toBuffer();
      const added = await call(addAsset as unknown as AnyTool, {
        contentBase64: bytes.toString("base64"),
        filename: `${armKey(slots).replaceAll("|", "_").replace(":", "x")}.jpg`,
        name: `${slots.tone} · ${slots.offer} · ${slots.format}`,
        kind: "output",
        status: "generated",
        metadata: { slots, format: slots.format },
      });
      assetOf.set(armKey(slots), (added.asset as { id: string }).id);
    }
    const runs = [];
    for (const audience of audiences) {
      const order = [...ARMS].sort(() => rng() - 0.5);
      const created = await call(createExperiment as unknown as AnyTool, {
        name: `${o.shape.name} ${audience.slug} seed ${o.seed}`,
        arms: order.map((s) => assetOf.get(armKey(s))),
        metric: "ctr",
        audience: audience.slug,
        platform: "replay",
        dryRun: false,
      });
      const armIds = created.armIds as string[];
      const ads = new Map(
        (created.deployments as { armId: string; platformAdId: string }[]).map((d) => [d.armId, d.platformAdId]),
      );
      const keyOfArm = new Map(armIds.map((id, i) => [id, armKey(order[i]!)]));
      runs.push({
        audience,
        experimentId: created.experimentId as string,
        truth: truthOf(audience, jitter),
        ads,
        keyOfArm,
        shares: new Map(armIds.map((id) => [id, 1 / armIds.length])),
        delivered: 0,
        nonBest: 0,
        srmAlarmDays: 0,
        done: null as null | { day: number; impressions: number; finalCall: Record<string, unknown> },
      });
    }
    const backfill = o.shape.reporting.backfillDays;
    for (let d = 0; d < days; d++) {
      const date = dateOf(d);
      platform.today = date;
      for (const r of runs) {
        if (r.done) continue;
        const byAd = new Map([...r.shares].map(([armId, share]) => [r.ads.get(armId)!, share]));
        const served = platform.deliver(date, byAd, daily);
        const bestArm = [...r.keyOfArm].find(([, k]) => k === r.truth.best)![0];
        r.delivered += daily;
        r.nonBest += daily - (served.get(r.ads.get(bestArm)!) ?? 0);
      }
      if (d < backfill - 1) continue;
      // Re-pull a trailing window (restatements), and on the first run after a backfill, all of it at once. The
      // ingest re-splits every experiment it touched and ends those whose rule made a call (issue 24).
      const ingested = await call(ingestMetrics as unknown as AnyTool, {
        platform: "replay",
        since: dateOf(d === backfill - 1 || d === 0 ? 0 : Math.max(0, d - 3)),
        until: date,
      });
      const updates = new Map(
        (
          ingested.experiments as { experimentId: string; shares: { armId: string; share: number }[]; ended: boolean }[]
        ).map((e) => [e.experimentId, e]),
      );
      for (const r of runs) {
        if (r.done) continue;
        const res = await call(getExperimentResults as unknown as AnyTool, { experimentId: r.experimentId });
        if ((res.srm as { status: string }).status === "flagged") r.srmAlarmDays++;
        const u = updates.get(r.experimentId);
        if (u && !u.ended) r.shares = new Map(u.shares.map((s) => [s.armId, s.share]));
        if (process.env.REPLAY_DEBUG)
          process.stderr.write(
            `${date} ${r.audience.slug} ${[...r.shares].map(([a, v]) => `${r.keyOfArm.get(a)}=${v.toFixed(3)}`).join(" ")} ${res.status}\n`,
          );
        if (u?.ended) {
          r.done = { day: d + 1, impressions: r.delivered, finalCall: res.finalCall as Record<string, unknown> };
        } else if (r.delivered >= budget || d === days - 1) {
          const stopped = await call(stopExperimentTool as unknown as AnyTool, {
            experimentId: r.experimentId,
            dryRun: false,
            reason: "budget reached",
          });
          r.done = { day: d + 1, impressions: r.delivered, finalCall: stopped.finalCall as Record<string, unknown> };
        }
      }
      if (runs.every((r) => r.done)) break;
    }
    const out: AudienceOutcome[] = [];
    for (const r of runs) {
      const res = await call(getExperimentResults as unknown as AnyTool, { experimentId: r.experimentId });
      const f = r.done!.finalCall as { armId: string | null; basis: string };
      const key = f.armId ? (r.keyOfArm.get(f.armId) ?? null) : null;
      const bestCtr = r.truth.ctrs.get(r.truth.best)!;
      const chosenCtr = key ? r.truth.ctrs.get(key)! : 0;
      const correct = key === r.truth.best;
      const equivalent = !correct && chosenCtr >= bestCtr * 0.99;
      let insight: string | undefined;
      if (o.shape.name === "null-slot") {
        const ins = await call(slotInsightsTool as unknown as AnyTool, {
          experimentId: r.experimentId,
          slot: "format",
        });
        insight = String(ins.answer).split("\n")[0];
      }
      out.push({
        shape: o.shape.name,
        seed: o.seed,
        audience: r.audience.slug,
        experimentId: r.experimentId,
        topGap: r.truth.topGap,
        best: r.truth.best,
        call: key,
        basis: f.basis,
        correct,
        equivalent,
        wrong: !correct && !equivalent,
        decidedByRule: f.basis === "confident" || f.basis === "risk",
        daysToDecision: r.done!.day,
        impressionsToDecision: r.done!.impressions,
        nonBestShare: r.nonBest / r.delivered,
        nonBestVsEqual: r.nonBest / r.delivered / (7 / 8),
        srmAlarmDays: r.srmAlarmDays,
        pruned: (res.arms as { armId: string; status: string }[])
          .filter((a) => a.status === "pruned")
          .map((a) => r.keyOfArm.get(a.armId)!),
        status: String(res.status),
        ...(insight ? { insight } : {}),
      });
    }
    return out;
  } finally {
    await ws.services.enrichment.idle();
    await ws.cleanup();
  }
}
