import * as z from "zod";
import { defineTool } from "./define.ts";
import {
  AllocationView,
  ExperimentRef,
  experimentRef,
  ShareView,
  StoryView,
  sharesText,
  storyOf,
} from "./experiment-views.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const updateAllocation = defineTool({
  name: "update_allocation",
  title: "Update allocation",
  description:
    "Recompute an experiment's traffic split now (Thompson sampling on the current posteriors; arms with a tiny chance " +
    "to beat the leader are pruned on evidence) and apply it: it becomes the allocation in force from effectiveFrom " +
    "(default: the day after the latest metric date). Returns the previous and new shares and when they were computed, " +
    "for teams that run the loop from their own scheduler or by hand (every ingest already does this on its own). " +
    "Before any numbers it answers the starting split. On hand-made ads (platform csv, link_deployment) the shares are " +
    "advice: say appliedOnPlatform: true once you set your budgets to them, and only those days are checked for a " +
    "traffic-split mismatch (never holding results). apply: false only previews. While the sample-ratio check on " +
    "Winnow's own delivery fails, traffic stays where it is.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({
    ...ExperimentRef,
    apply: z.boolean().default(true).describe("Record the new allocation (false: preview only)"),
    effectiveFrom: Day.optional().describe(
      "First UTC day the new shares govern delivery (default: the day after the latest metric date)",
    ),
    appliedOnPlatform: z
      .boolean()
      .default(false)
      .describe(
        "Hand-made ads: you set your platform budgets to this split (with apply: false, to the split already in force) from effectiveFrom; the traffic-split check then covers those days",
      ),
  }),
  output: z.object({
    experimentId: z.string(),
    name: z.string(),
    applied: z.boolean(),
    frozen: z.boolean().describe("true when SRM holds traffic where it is"),
    computedAt: z.string(),
    effectiveDate: z.string(),
    previous: AllocationView,
    next: z.array(ShareView.extend({ previous: z.number(), label: z.string() })),
    pruned: z.array(z.object({ armId: z.string(), reason: z.string() })),
    status: z.string().describe("The experiment's plain status after the update"),
    decision: z.string().describe("collecting | winner | stopped_budget | stopped_inconclusive | srm"),
    srm: z.object({ status: z.enum(["ok", "flagged", "advisory", "not_checked"]), pValue: z.number() }),
    recommendation: z.string(),
    story: StoryView,
  }),
  async run({ experimentId, experiment, apply, effectiveFrom, appliedOnPlatform }, { services, actor }) {
    const ref = experimentRef({ experimentId, experiment });
    const u = await services.experiments.updateAllocation(ref, {
      rng: services.rng(),
      actor,
      apply,
      effectiveDate: effectiveFrom,
      appliedOnPlatform,
    });
    const before = new Map(u.previous.shares.map((s) => [s.armId, s.share]));
    const r = u.results;
    const text = [
      r.waiting
        ? `${u.name}: waiting for first numbers — the starting split stays: ${sharesText(r, u.next)}.`
        : `${u.name}: ${u.applied ? "applied" : "preview of"} a new split from ${u.effectiveDate}${u.frozen ? " (frozen: the traffic split check failed, so shares stay as they were)" : ""}: ${sharesText(r, u.next)}.`,
      u.pruned.length
        ? `Pruned ${u.pruned.length}: ${u.pruned.map((p) => `${r.arms.find((a) => a.armId === p.armId)?.name ?? p.armId} (${p.reason})`).join("; ")}.`
        : "",
      `Status: ${r.statusText}.`,
      r.delivery.by === "team"
        ? appliedOnPlatform
          ? "Noted: you applied this split; the traffic-split check covers the days from then on."
          : "Advice for your hand-made ads: set each ad's budget to its share, and say appliedOnPlatform: true if you do."
        : u.applied
          ? "Set each arm's platform budget to its share."
          : r.waiting
            ? r.story.next
            : "Call again with apply: true to record it.",
    ]
      .filter(Boolean)
      .join("\n");
    return {
      structured: {
        experimentId: u.experimentId,
        name: u.name,
        applied: u.applied,
        frozen: u.frozen,
        computedAt: u.computedAt,
        effectiveDate: u.effectiveDate,
        previous: u.previous,
        next: u.next.map((s) => ({
          ...s,
          previous: before.get(s.armId) ?? 0,
          label: r.arms.find((a) => a.armId === s.armId)?.label ?? s.armId,
        })),
        pruned: u.pruned,
        status: r.statusText,
        decision: r.decision.status,
        srm: { status: r.srm.status, pValue: r.srm.pValue },
        recommendation: r.decision.recommendation,
        story: storyOf(r),
      },
      text,
    };
  },
});
