import { formatMoney } from "../costs/money.ts";
import { METRIC_INFO } from "./metrics.ts";
import type { ExperimentResults } from "./results-types.ts";

/** A plain-language read-out a marketer can act on (also the text of get_experiment_results): the story, in lines. */
export function summarise(r: Omit<ExperimentResults, "summary">): string {
  const info = METRIC_INFO[r.metric];
  const s = r.story;
  const impressions = r.arms.reduce((sum, a) => sum + a.totals.impressions, 0);
  const lines = [
    `${r.name}: ${r.arms.length} variants, ${impressions.toLocaleString("en-US")} impressions, ${formatMoney(r.spendMicros, r.currency)} spent.`,
  ];
  if (r.waiting) {
    lines.push(`Starting split: ${splitText(r)}.`);
  } else {
    const ranked = [...r.arms].sort((a, b) => b.probabilityBest - a.probabilityBest);
    const lead = ranked[0]!;
    lines.push(
      s.call
        ? `${s.call.basis === "best_guess" ? "Best guess" : "Winner"}: ${s.call.evidence}`
        : `Leader: ${lead.label} at ${info.format(lead.mean)} ${info.label} (95% CrI ${info.format(lead.interval[0])}–${info.format(lead.interval[1])}), ${(lead.probabilityBest * 100).toFixed(1)}% likely best${lead.lift ? `, ${fmtLift(lead.lift.median)} vs control (CrI ${fmtLift(lead.lift.interval[0])} to ${fmtLift(lead.lift.interval[1])})` : ""}.`,
    );
    lines.push(srmLine(r));
    if (r.status === "running")
      lines.push(
        `Split in force: ${splitText(r)}${r.delivery.sharesAre === "advice" ? " (advice for your budgets)" : ""}.`,
      );
  }
  lines.push(s.why);
  lines.push(`Next: ${s.next}`);
  if (s.call) lines.push(s.approval.why);
  for (const w of s.warnings) lines.push(`⚠ ${w}`);
  return lines.join("\n");
}

function srmLine(r: Omit<ExperimentResults, "summary">): string {
  switch (r.srm.status) {
    case "flagged":
      return `Traffic split check FAILED (SRM p=${r.srm.pValue.toExponential(1)}): results are not trustworthy.`;
    case "advisory":
      return `Traffic split check: delivery missed the split you applied (SRM p=${r.srm.pValue.toExponential(1)}); results are not held.`;
    case "not_checked":
      return "Traffic split check: not run — your ads' delivery is yours, and you have not told Winnow you applied a split (update_allocation appliedOnPlatform).";
    default:
      return `Traffic split check OK (SRM p=${r.srm.pValue.toFixed(3)}).`;
  }
}

const splitText = (r: Omit<ExperimentResults, "summary">) =>
  r.arms
    .filter((a) => a.share > 0)
    .map((a) => `${a.name} ${(a.share * 100).toFixed(1)}%`)
    .join(", ");

const fmtLift = (v: number) => `${v >= 0 ? "+" : ""}${(v * 100).toFixed(1)}%`;
