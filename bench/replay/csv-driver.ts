import sharp from "sharp";
import { fixedClock } from "../../core/clock.ts";
import { binomial, normal, type Rng, seededRng } from "../../core/experiments/rng.ts";
import { createTestWorkspace, toolContext } from "../../test/helpers/workspace.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { createExperiment } from "../../tools/create_experiment.ts";
import { type AnyTool, invokeTool } from "../../tools/define.ts";
import { getExperimentResults } from "../../tools/get_experiment_results.ts";
import { ingestMetrics } from "../../tools/ingest_metrics.ts";
import { linkDeploymentTool } from "../../tools/link_deployment.ts";
import { stopExperimentTool } from "../../tools/stop_experiment.ts";
import { updateAllocation } from "../../tools/update_allocation.ts";
import { fatigueOf, type MarketArm, type MarketShape, trueValue } from "./market-shapes.ts";

export interface MarketOutcome {
  shape: string;
  split: "tuning" | "measured";
  metric: "ctr" | "cvr";
  seed: number;
  audience: string;
  arms: number;
  /** Relative gap between the true best and the runner-up (0 = exact tie). */
  topGap: number;
  best: string[];
  call: string | null;
  basis: string | null;
  correct: boolean;
  /** Not the best, but within 1% of it. */
  equivalent: boolean;
  /** The named arm's true value over the best's (1 = the best; null when nothing was named). */
  callVsBest: number | null;
  wrong: boolean;
  /** The rule called it (confident or near-tie) before the run's days or budget ran out. */
  calledByRule: boolean;
  calledCorrectly: boolean;
  days: number;
  impressions: number;
  nonBestVsEqual: number;
  /**
   * The same over the audience's whole budget, as a team spends it: the test's impressions, then the rest of the
   * budget by the split the ended test shows (all on the arm it named); an equal split's share of the budget as the
   * yardstick.
   */
  nonBestVsEqualOverBudget: number;
  /** Days the traffic-split check alarmed (flagged or advisory): delivery follows the shares, so every alarm is false. */
  srmAlarmDays: number;
  /** A truly fading arm was flagged in the read-out's warnings. */
  fadingFlagged: boolean | null;
  headline: string;
}

const DAY = 86_400_000;

/**
 * Runs one market shape exactly as a team on hand-made ads would, through the public tools only: create_experiment on
 * platform csv per audience, link_deployment one hand-made Meta ad per arm, then every day: deliver the impressions by
 * the shares get_experiment_results exposes (the team set its budgets to them and says so with update_allocation
 * appliedOnPlatform), export that day as a Meta Ads Manager CSV and ingest it (ingest_metrics {csv}). The ingest
 * re-splits and ends the experiment when the rule calls it; at the end of the run (or the budget) the team stops it.
 */
export async function runMarket(
  shape: MarketShape,
  seed: number,
  /** Policy fields a team set on create_experiment besides the budget (bench: MARKET_POLICY). */
  policy: Record<string, unknown> = {},
): Promise<MarketOutcome[]> {
  const rng = seededRng(hash(`${shape.id}#${seed}`));
  // A Monday start plus a seeded offset: weekday effects land on different days of the run from seed to seed.
  const start = Date.UTC(2031, 2, 3) + Math.floor(rng() * 7) * DAY;
  const startWeekday = (new Date(start).getUTCDay() + 6) % 7;
  const clock = fixedClock(new Date(start + 6 * 3_600_000).toISOString());
  const ws = await createTestWorkspace({}, { clock });
  const ctx = toolContext(ws.services);
  const call = async (tool: unknown, args: Record<string, unknown>) => {
    const out = await invokeTool(tool as AnyTool, args, ctx);
    if (out.isError) throw new Error(`${(tool as AnyTool).name}: ${out.text}`);
    return out.structured as Record<string, unknown>;
  };
  try {
    const runs = [];
    let adSeq = 0;
    for (const [ai, audience] of shape.audiences.entries()) {
      const assetIds: string[] = [];
      for (const [i, arm] of audience.arms.entries()) {
        const bytes = await sharp({
          create: { width: 24, height: 24, channels: 3, background: { r: 40 * i, g: 255 - 30 * i, b: 60 * ai } },
        })
          .jpeg()
          .toBuffer();
        const added = await call(addAsset, {
          contentBase64: bytes.toString("base64"),
          filename: `${shape.id}-${ai}-${arm.label}.jpg`,
          name: `${arm.label} ${Object.values(arm.slots).slice(0, 2).join(" · ")}`,
          kind: "output",
          status: "generated",
          metadata: { slots: arm.slots },
        });
        assetIds.push((added.asset as { id: string }).id);
      }
      const created = await call(createExperiment, {
        name: `${shape.id} ${audience.name} seed ${seed}`,
        arms: assetIds,
        metric: shape.metric,
        audience: audience.name,
        platform: "csv",
        policy: { ...policy, budgetImpressions: shape.budgetImpressions },
      });
      const armIds = created.armIds as string[];
      const ads = armIds.map(() => `1202140000${String(++adSeq).padStart(5, "0")}${seed}`);
      for (const [i, armId] of armIds.entries())
        await call(linkDeploymentTool, { armId, platform: "meta", platformAdId: ads[i] });
      const truth = audience.arms.map((a) => trueValue(shape, a, startWeekday));
      const top = Math.max(...truth);
      const best = audience.arms.filter((_, i) => truth[i]! >= top * (1 - 1e-9)).map((a) => a.label);
      const second = Math.max(...truth.filter((v) => v < top * (1 - 1e-9)), 0);
      runs.push({
        audience,
        experimentId: created.experimentId as string,
        armIds,
        ads,
        truth,
        best,
        // As the shapes state it: the best over the runner-up, minus one.
        topGap: best.length > 1 || second <= 0 ? 0 : top / second - 1,
        shares: (created.startingSplit as { armId: string; share: number }[]).map((s) => s.share),
        delivered: 0,
        nonBest: 0,
        srmAlarmDays: 0,
        fadingFlagged: false,
        done: null as null | { day: number; call: string | null; basis: string | null; headline: string },
      });
    }
    for (let d = 0; d < shape.days; d++) {
      const date = new Date(start + d * DAY).toISOString().slice(0, 10);
      const w = (startWeekday + d) % 7;
      const rows: string[] = [];
      for (const r of runs) {
        if (r.done) continue;
        const served = split(rng, shape.impressionsPerDay, r.shares);
        r.audience.arms.forEach((arm, i) => {
          const n = served[i]!;
          r.delivered += n;
          if (!r.best.includes(arm.label)) r.nonBest += n;
          if (n === 0) return;
          const c = counts(rng, shape, arm, d, w, n);
          rows.push(metaRow(date, shape, r.audience.name, arm, r.ads[i]!, n, c.clicks, c.conversions));
        });
      }
      // The next morning the team exports yesterday from Ads Manager and ingests it.
      clock.advance(DAY);
      const ingested = await call(ingestMetrics, { csv: [META_HEADER, ...rows].join("\n") });
      const ended = new Map(
        (ingested.experiments as { experimentId: string; ended: boolean }[]).map((e) => [e.experimentId, e.ended]),
      );
      for (const r of runs) {
        if (r.done) continue;
        const res = await call(getExperimentResults, { experimentId: r.experimentId });
        const story = res.story as {
          state: string;
          headline: string;
          call: { armId: string; basis: string } | null;
          warnings: string[];
        };
        const srm = (res.srm as { status: string }).status;
        if (process.env.MARKET_DEBUG)
          process.stderr.write(
            `${date} ${r.audience.name} ${(
              res.arms as {
                armId: string;
                share: number;
                probabilityBest: number;
                mean: number;
                trend: { ratio: number | null; fading: boolean } | null;
              }[]
            )
              .map(
                (a) =>
                  `${r.audience.arms[r.armIds.indexOf(a.armId)]?.label}=${(a.share * 100).toFixed(0)}%/pb${(a.probabilityBest * 100).toFixed(0)}/m${(a.mean * 100).toFixed(2)}/t${a.trend?.ratio?.toFixed(2) ?? "-"}${a.trend?.fading ? "F" : ""}`,
              )
              .join(" ")} ${story.headline.slice(0, 60)}\n`,
          );
        if (srm === "flagged" || srm === "advisory") r.srmAlarmDays++;
        if (story.warnings.some((x) => /is fading/.test(x))) r.fadingFlagged = true;
        const labelOf = (armId: string | undefined) =>
          armId ? (r.audience.arms[r.armIds.indexOf(armId)]?.label ?? null) : null;
        if (ended.get(r.experimentId) || res.state !== "running") {
          r.done = {
            day: d + 1,
            call: labelOf(story.call?.armId),
            basis: story.call?.basis ?? null,
            headline: story.headline,
          };
          continue;
        }
        if (d === shape.days - 1 || r.delivered >= shape.budgetImpressions) {
          const stopped = await call(stopExperimentTool, {
            experimentId: r.experimentId,
            reason: "end of the run",
            pauseLosers: false,
          });
          const s = stopped.story as { headline: string; call: { armId: string; basis: string } | null };
          r.done = { day: d + 1, call: labelOf(s.call?.armId), basis: s.call?.basis ?? null, headline: s.headline };
          continue;
        }
        const byArm = new Map((res.arms as { armId: string; share: number }[]).map((a) => [a.armId, a.share]));
        r.shares = r.armIds.map((id) => byArm.get(id) ?? 0);
        // The team sets its budgets to the split in force and says so (the split check then covers those days).
        await call(updateAllocation, { experimentId: r.experimentId, apply: false, appliedOnPlatform: true });
      }
      if (runs.every((r) => r.done)) break;
    }
    // After the test the team spends the rest of the audience's budget by the split the ended test shows.
    const afterEnd = new Map<string, number>();
    for (const r of runs) {
      const res = await call(getExperimentResults, { experimentId: r.experimentId });
      const byArm = new Map((res.arms as { armId: string; share: number }[]).map((a) => [a.armId, a.share]));
      const shares = r.armIds.map((id) => byArm.get(id) ?? 0);
      const total = shares.reduce((a, b) => a + b, 0) || 1;
      afterEnd.set(
        r.experimentId,
        r.audience.arms.reduce((s, arm, i) => s + (r.best.includes(arm.label) ? 0 : shares[i]! / total), 0),
      );
    }
    return runs.map((r) => {
      const done = r.done!;
      const idx = r.audience.arms.findIndex((a) => a.label === done.call);
      const top = Math.max(...r.truth);
      const correct = done.call !== null && r.best.includes(done.call);
      const equivalent = !correct && idx >= 0 && r.truth[idx]! >= top * 0.99;
      const k = r.audience.arms.length;
      const calledByRule = done.basis === "confident" || done.basis === "near_tie";
      const fading = r.audience.arms.some((a) => a.fatigue && a.fatigue.halfLifeDays < 20);
      return {
        shape: shape.id,
        split: shape.split,
        metric: shape.metric,
        seed,
        audience: r.audience.name,
        arms: k,
        topGap: r.topGap,
        best: r.best,
        call: done.call,
        basis: done.basis,
        correct,
        equivalent,
        callVsBest: idx >= 0 ? r.truth[idx]! / top : null,
        wrong: !correct && !equivalent,
        calledByRule,
        calledCorrectly: calledByRule && correct,
        days: done.day,
        impressions: r.delivered,
        nonBestVsEqual: r.delivered ? r.nonBest / r.delivered / ((k - r.best.length) / k) : 0,
        nonBestVsEqualOverBudget: overBudget(
          r.nonBest,
          r.delivered,
          afterEnd.get(r.experimentId)!,
          shape.budgetImpressions,
          (k - r.best.length) / k,
        ),
        srmAlarmDays: r.srmAlarmDays,
        fadingFlagged: fading ? r.fadingFlagged : null,
        headline: done.headline,
      };
    });
  } finally {
    await ws.services.enrichment.idle();
    await ws.cleanup();
  }
}

/**
 * Non-best impressions over the audience's budget vs an equal split's: the test's, then the rest of the budget split
 * as the ended test shows it (`afterNonBest`: the non-best arms' share of that split).
 */
function overBudget(nonBest: number, delivered: number, afterNonBest: number, budget: number, equalShare: number) {
  const total = Math.max(budget, delivered);
  return (nonBest + afterNonBest * (total - delivered)) / total / equalShare;
}

/** One day of one arm: the day's true rates (fatigue, weekday, mean-one day-to-day noise), then binomial counts. */
function counts(rng: Rng, shape: MarketShape, arm: MarketArm, d: number, w: number, n: number) {
  const noise = () => Math.exp(shape.noise.dailyRateSd * normal(rng) - shape.noise.dailyRateSd ** 2 / 2);
  const ctr = Math.min(1, arm.ctr * fatigueOf(arm, d) * (shape.weekday?.[w] ?? 1) * noise());
  const cvr = Math.min(1, arm.cvr * (shape.weekdayCvr?.[w] ?? 1) * noise());
  const clicks = binomial(rng, n, ctr);
  return { clicks, conversions: binomial(rng, clicks, cvr) };
}

/** The ad server's split of the day's impressions by the budgets the team set (multinomial). */
function split(rng: Rng, total: number, shares: number[]): number[] {
  let left = total;
  let mass = shares.reduce((s, v) => s + v, 0);
  return shares.map((share, i) => {
    const n = i === shares.length - 1 || mass <= 0 ? left : binomial(rng, left, Math.min(1, share / mass));
    left -= n;
    mass -= share;
    return n;
  });
}

const META_HEADER =
  "Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Ad ID,Day,Impressions,Link clicks,Clicks (all),Purchases,Amount spent (USD)";

/** A Meta Ads Manager "Export table data" row, broken down by day (CPM ≈ $8; Clicks (all) a little over link clicks). */
function metaRow(
  date: string,
  shape: MarketShape,
  audience: string,
  arm: MarketArm,
  adId: string,
  impressions: number,
  clicks: number,
  conversions: number,
) {
  const spend = ((impressions * 8) / 1000).toFixed(2);
  const name = `${arm.label} ${Object.values(arm.slots).join(" ")}`.replaceAll(",", " ");
  return [
    date,
    date,
    shape.id,
    audience,
    name,
    adId,
    date,
    impressions,
    clicks,
    Math.round(clicks * 1.2),
    conversions,
    `"${Number(spend).toLocaleString("en-US", { minimumFractionDigits: 2 })}"`,
  ].join(",");
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
