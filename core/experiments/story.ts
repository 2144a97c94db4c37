import type { ApprovalVerdict } from "./approval.ts";
import { type ExperimentMetric, METRIC_INFO } from "./metrics.ts";
import { type ExperimentPolicy, minSample } from "./policy.ts";

/**
 * The one story of an experiment: get_experiment_results, update_allocation, promote_winners, stop_experiment, the
 * ingest reply, Slack and the dashboard all show these fields (and only these words) about the same experiment.
 * The calling bar, the near-tie rule, the budget end and the approval bar are stated here and nowhere else.
 */
export type StoryState = "waiting" | "collecting" | "ready" | "on_hold" | "decided" | "stopped" | "promoted";

export interface StoryCall {
  armId: string;
  name: string;
  /** confident: P(best) over the calling bar; near_tie: either arm is fine; best_guess: the leader when it ended without a call. */
  basis: "confident" | "near_tie" | "best_guess";
  probabilityBest: number;
  /** Expected loss of shipping it, relative to its mean (0.004 = 0.4%). */
  expectedLoss: number;
  /** The evidence in one plain sentence: counts, rate, interval, how it compares with the runner-up. */
  evidence: string;
}

export interface Story {
  state: StoryState;
  /** The one-line answer to "is it done yet?", e.g. "running — leader X at 87% P(best), ~40,000 more impressions". */
  headline: string;
  /** The arm Winnow names (winner, near-tie pick or best guess), or null while none is named. */
  call: StoryCall | null;
  /** Why it is in this state, with the rule that decided it and where the numbers stand. */
  why: string;
  /** What to do now. */
  next: string;
  /** The calling rules, stated once: calling bar, fair-sample floor, near-tie, budget end. */
  rules: string;
  approval: { needed: boolean | null; why: string; reasons: string[] };
  delivery: DeliveryView;
  /** Things to know before acting: a fading creative, a traffic-split mismatch on team delivery. */
  warnings: string[];
}

export interface DeliveryView {
  /** winnow: Winnow pushed the ads and its shares are what delivery follows; team: hand-made ads the team runs. */
  by: "winnow" | "team";
  /** applied: the shares govern delivery; advice: the team decides whether to apply them. */
  sharesAre: "applied" | "advice";
  /** What the sample-ratio check covers: every day (winnow), the days the team said it applied a split, or none. */
  srmChecks: "all_days" | "applied_days" | "nothing_applied";
  /** First day the team said it applied Winnow's split (team delivery), else null. */
  appliedFrom: string | null;
}

export const pct = (v: number, digits = 0) => `${(v * 100).toFixed(digits)}%`;

/** The calling rules, in words, from the experiment's policy. */
export function rulesText(metric: ExperimentMetric, policy: ExperimentPolicy): string {
  const info = METRIC_INFO[metric];
  const budget =
    policy.budgetImpressions !== undefined || policy.budgetMicros !== undefined
      ? `at the budget (${[
          policy.budgetImpressions !== undefined
            ? `${policy.budgetImpressions.toLocaleString("en-US")} impressions`
            : null,
          policy.budgetMicros !== undefined ? `$${(policy.budgetMicros / 1e6).toFixed(2)} spend` : null,
        ]
          .filter(Boolean)
          .join(" or ")})`
      : "when it is stopped";
  return (
    `A winner is called when one arm is at least ${pct(policy.probabilityToBeBest)} likely best, arms compared on the ` +
    `same days, after ${policy.minDays} days of numbers` +
    `${policy.minDaysHighTraffic < policy.minDays ? ` (${policy.minDaysHighTraffic} when the leader has the traffic for the trend check to see it fade)` : ""}, ` +
    `with the leader neither fading nor falling (its recent days not below its first) and every arm still in ` +
    `contention has at least ${minSample(metric, policy).toLocaleString("en-US")} ${info.sampleUnit.replace("_", " ")} ` +
    `(no contender is judged on a starved sample); no arm is pruned before ${policy.minDays} days; two or more arms each within ${pct(policy.expectedLossTolerance, 1)} expected loss ` +
    `end as a near-tie (either is fine); ${budget} the leader is named as the best guess with its P(best) and expected loss.`
  );
}

/**
 * Why promotion needs a person, in words. Winnow calls a winner at the calling bar to stop spending on the test; the
 * approval bar is higher because promotion changes the library every later generation learns from.
 */
export function approvalText(
  verdict: ApprovalVerdict | null,
  policy: ExperimentPolicy,
  basis: StoryCall["basis"] | null,
): Story["approval"] {
  if (!verdict) return { needed: null, why: "No arm is named yet, so there is nothing to approve.", reasons: [] };
  const reasons = [...verdict.reasons];
  if (basis === "best_guess")
    reasons.unshift(`a best guess, not a call (under the ${pct(policy.probabilityToBeBest)} calling bar)`);
  if (!reasons.length)
    return {
      needed: false,
      why: `No approval needed: P(best) is at or over the ${pct(verdict.bar)} approval bar, spend is under the threshold and the asset has no brand warnings.`,
      reasons,
    };
  const barGap =
    verdict.bar > policy.probabilityToBeBest && reasons.some((r) => r.includes("approval bar"))
      ? ` Winnow calls a winner at ${pct(policy.probabilityToBeBest)} P(best), which is enough to stop spending on the test, but promotes into the library without a person only at ${pct(verdict.bar)}: at ${pct(policy.probabilityToBeBest)} about 1 call in ${Math.round(1 / (1 - policy.probabilityToBeBest))} is wrong, and a promoted winner shapes every later generation, so an approver confirms calls between the two bars.`
      : "";
  return { needed: true, why: `An approver must confirm the promotion: ${reasons.join("; ")}.${barGap}`, reasons };
}

export interface StoryArm {
  armId: string;
  name: string;
  status: string;
  probabilityBest: number;
  mean: number;
  interval: [number, number];
  expectedLoss: number;
  sample: number;
  share: number;
  totals: { impressions: number; clicks: number; conversions: number };
}

export interface StoryInput {
  metric: ExperimentMetric;
  policy: ExperimentPolicy;
  /** The experiment row's status: running | decided | stopped | flagged | promoted. */
  status: string;
  waiting: boolean;
  delivery: DeliveryView;
  arms: StoryArm[];
  decision: {
    status: string;
    winnerArmId: string | null;
    basis: "confident" | "risk" | null;
    leaderArmId: string | null;
    risk: number | null;
    moreSampleNeeded: number | null;
    recommendation: string;
  };
  finalCall: {
    armId: string | null;
    name: string | null;
    basis: "confident" | "risk" | "best_guess" | "srm";
    probabilityBest: number | null;
    risk: number | null;
    reason: string | null;
  } | null;
  srm: { status: "ok" | "flagged" | "advisory" | "not_checked"; pValue: number };
  fading: { armId: string; ratio: number }[];
  /** Arms with at least one ad tied to them (pushed or linked). */
  armsWithAds: number;
  /** The approval verdict for the named arm (winner, best guess) or null when none is named. */
  approval: ApprovalVerdict | null;
}

const num = (v: number) => Math.round(v).toLocaleString("en-US");

/** Tells the experiment's story from its read-out: state, headline, the call and its evidence, why, next, approval. */
export function tellStory(s: StoryInput): Story {
  const info = METRIC_INFO[s.metric];
  const byId = new Map(s.arms.map((a) => [a.armId, a]));
  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : "none");
  const rules = rulesText(s.metric, s.policy);
  const team = s.delivery.by === "team";
  const warnings: string[] = [];
  for (const f of s.fading)
    warnings.push(
      `${nameOf(f.armId)} is fading: its recent ${info.label} is ${pct(1 - f.ratio)} below its first days (same-day comparison), typical of creative fatigue — its average overstates what it will do next.`,
    );
  if (s.srm.status === "advisory")
    warnings.push(
      `Delivery did not follow the split you said you applied (sample-ratio p=${s.srm.pValue.toExponential(1)}). Results are not held — the arms are still compared on the same days — but check the ads' budgets on your platform.`,
    );
  const relLoss = (a: StoryArm) => a.expectedLoss / Math.max(Math.abs(a.mean), 1e-12);
  const evidence = (a: StoryArm) => {
    const rival = [...s.arms]
      .filter((x) => x.armId !== a.armId)
      .sort((x, y) => y.probabilityBest - x.probabilityBest)[0];
    const counts =
      s.metric === "ctr"
        ? `${num(a.totals.clicks)} clicks from ${num(a.totals.impressions)} impressions`
        : s.metric === "cvr"
          ? `${num(a.totals.conversions)} conversions from ${num(a.totals.clicks)} clicks`
          : `${num(a.sample)} ${info.sampleUnit.replace("_", " ")}`;
    return (
      `${a.name}: ${counts}, ${info.label} ${info.format(a.mean)} (95% credible interval ${info.format(a.interval[0])}–${info.format(a.interval[1])})` +
      `${rival ? ` against ${rival.name} at ${info.format(rival.mean)}` : ""}, compared on the same days; ` +
      `${pct(a.probabilityBest, 1)} likely best, expected loss ${pct(relLoss(a), 2)} if it is not.`
    );
  };
  const callOf = (armId: string | null, basis: StoryCall["basis"]): StoryCall | null => {
    const a = armId ? byId.get(armId) : undefined;
    if (!a) return null;
    return {
      armId: a.armId,
      name: a.name,
      basis,
      probabilityBest: a.probabilityBest,
      expectedLoss: relLoss(a),
      evidence: evidence(a),
    };
  };
  const story = (state: StoryState, headline: string, call: StoryCall | null, why: string, next: string): Story => ({
    state,
    headline,
    call,
    why,
    next,
    rules,
    approval: approvalText(call ? s.approval : null, s.policy, call?.basis ?? null),
    delivery: s.delivery,
    warnings,
  });
  const split = s.arms
    .filter((a) => a.share > 0)
    .map((a) => `${a.name} ${pct(a.share, 1)}`)
    .join(", ");
  if (s.status === "running" && s.waiting) {
    const linkStep = `tie each arm's ad to it with link_deployment (armId, platform, platformAdId; ${s.armsWithAds} of ${s.arms.length} arms have one), then ingest your platform's export with ingest_metrics {csv}`;
    return story(
      "waiting",
      `waiting for first numbers — starting split ${split}`,
      null,
      "No arm has impressions yet, so there is nothing to compare.",
      team
        ? `Make one ad per arm by hand (any platform), ${linkStep}. Winnow re-splits after every import; the shares are advice for your budgets.`
        : "The arms are deployed; ingest metrics (ingest_metrics, or the scheduler's pull) and the read-out appears.",
    );
  }
  if (s.status === "promoted") {
    const id = s.finalCall?.armId ?? s.decision.winnerArmId;
    return story(
      "promoted",
      `done — winner ${nameOf(id)} promoted to the library`,
      callOf(id, s.finalCall?.basis === "risk" ? "near_tie" : "confident"),
      "The winner was promoted; the other variants are discarded with their reasons.",
      "Nothing to do: generate the next round from the winner (promote_winners toTemplate pins its slots).",
    );
  }
  if (s.status !== "running") {
    const f = s.finalCall;
    if (!f || f.basis === "srm")
      return story(
        "stopped",
        "done — stopped without a trustworthy call (the traffic split was off)",
        null,
        "It ended while delivery did not follow the allocation, so its numbers cannot name a winner.",
        "Fix delivery and run the test again.",
      );
    const basis: StoryCall["basis"] =
      f.basis === "confident" ? "confident" : f.basis === "risk" ? "near_tie" : "best_guess";
    const call = callOf(f.armId, basis);
    const promote = `promote_winners${s.approval?.needed || basis === "best_guess" ? " (an approver confirms it)" : ""}`;
    if (basis === "best_guess") {
      const p = call ? pct(call.probabilityBest) : "?";
      return story(
        "stopped",
        `done — stopped without a call${f.reason ? ` (${f.reason})` : ""}; best guess ${f.name ?? f.armId} at ${p} P(best), expected loss ${pct(call?.expectedLoss ?? f.risk ?? 0, 2)}`,
        call,
        `It ended before any arm reached ${pct(s.policy.probabilityToBeBest)} P(best), so the leader is a best guess, not a call.`,
        `Ship the best guess with ${promote}${team ? ` (the split now gives it 100% of the audience's budget)` : ""}, or test bolder variants.`,
      );
    }
    return story(
      "decided",
      `done — winner ${f.name ?? f.armId} (${basis === "near_tie" ? "near-tie, either is fine" : `${pct(call?.probabilityBest ?? f.probabilityBest ?? 0)} P(best)`})`,
      call,
      basis === "near_tie"
        ? `Two or more arms are each within ${pct(s.policy.expectedLossTolerance, 1)} expected loss; the cheaper was picked.`
        : `It reached the ${pct(s.policy.probabilityToBeBest)} calling bar with every contender fairly sampled.`,
      `Promote it with ${promote}${team ? `; put the audience's budget on ${f.name ?? f.armId} and pause the other ads on your platform by hand (the split now gives it 100%)` : ""}.`,
    );
  }
  const d = s.decision;
  if (s.srm.status === "flagged")
    return story(
      "on_hold",
      `on hold — traffic split check failed (SRM p=${s.srm.pValue.toExponential(1)}); results paused until delivery is fixed`,
      null,
      "Winnow's ads did not get the traffic the allocation gave them, so their numbers cannot be trusted; the split is frozen and promotion is blocked.",
      "Check the platform's delivery and tracking (budgets, paused ads, pixel) before acting.",
    );
  const advice = team
    ? "Set each ad's budget to its share (advice: Winnow cannot move your hand-made ads) and ingest the next export."
    : "Keep it running: Winnow re-splits after every ingest.";
  if (d.status === "winner") {
    const basis: StoryCall["basis"] = d.basis === "risk" ? "near_tie" : "confident";
    const call = callOf(d.winnerArmId, basis);
    return story(
      "ready",
      `ready — winner ${nameOf(d.winnerArmId)}${basis === "near_tie" ? " (near-tie, either is fine)" : ` at ${pct(call?.probabilityBest ?? 0)} P(best)`}; stop_experiment ends it`,
      call,
      d.recommendation,
      "stop_experiment records the call (ingest does it on its own), then promote_winners.",
    );
  }
  if (d.status === "stopped_budget" || d.status === "stopped_inconclusive") {
    const call = callOf(d.leaderArmId, "best_guess");
    return story(
      "ready",
      `ready to stop (${d.status === "stopped_budget" ? "budget reached" : "no arm can pull ahead"}) — best guess ${nameOf(d.leaderArmId)} at ${pct(call?.probabilityBest ?? 0)} P(best), expected loss ${pct(call?.expectedLoss ?? 0, 2)}`,
      call,
      d.recommendation,
      "stop_experiment records the best guess (ingest does it on its own).",
    );
  }
  const lead = d.leaderArmId ? byId.get(d.leaderArmId) : undefined;
  const more = d.moreSampleNeeded ? `, ~${num(d.moreSampleNeeded)} more ${info.sampleUnit.replace("_", " ")}` : "";
  return story(
    "collecting",
    `running — leader ${nameOf(d.leaderArmId)} at ${pct(lead?.probabilityBest ?? 0)} P(best)${more}`,
    null,
    d.recommendation,
    advice,
  );
}
