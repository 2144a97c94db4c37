import { METRIC_INFO } from "./metrics.ts";
import type { ExperimentResults } from "./service.ts";

/** A plain-language read-out a marketer can act on (also the text of get_experiment_results). */
export function summarise(r: Omit<ExperimentResults, "summary" | "statusText">): string {
  const info = METRIC_INFO[r.metric];
  const ranked = [...r.arms].sort((a, b) => b.probabilityBest - a.probabilityBest);
  const lead = ranked[0]!;
  const impressions = r.arms.reduce((s, a) => s + a.totals.impressions, 0);
  const lines = [
    `${r.name}: ${r.arms.length} variants, ${impressions.toLocaleString("en-US")} impressions, $${(r.spendMicros / 1e6).toFixed(2)} spent.`,
    `Leader: ${lead.label} at ${info.format(lead.mean)} ${info.label} (95% CrI ${info.format(lead.interval[0])}–${info.format(lead.interval[1])}), ${(lead.probabilityBest * 100).toFixed(1)}% likely best${lead.lift ? `, ${fmtLift(lead.lift.median)} vs control (CrI ${fmtLift(lead.lift.interval[0])} to ${fmtLift(lead.lift.interval[1])})` : ""}.`,
    r.srm.flagged
      ? `Traffic split check FAILED (SRM p=${r.srm.pValue.toExponential(1)}): results are not trustworthy.`
      : `Traffic split check OK (SRM p=${r.srm.pValue.toFixed(3)}).`,
    r.decision.recommendation,
  ];
  return lines.join("\n");
}

const fmtLift = (v: number) => `${v >= 0 ? "+" : ""}${(v * 100).toFixed(1)}%`;
