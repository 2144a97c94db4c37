import type { Story } from "../../core/experiments/story.ts";
import { count, date, money, pct } from "./format.ts";
import {
  context,
  lines,
  named,
  person,
  plural,
  prose,
  type Renderer,
  rendered,
  section,
  strong,
  withThumbnail,
} from "./kit.ts";
import { callAsset, experimentName, storyBlocks } from "./story.ts";
import type { Block } from "./types.ts";

/** Experiment tools: the read-out, creating, re-splitting, stopping and promoting — each told from the story. */

interface ArmOut {
  armId: string;
  assetId: string;
  label: string;
  status: string;
  impressions: number;
  mean: number;
  probabilityBest: number;
  lift: { median: number } | null;
  share: number;
}

function metricValue(metric: string, v: number): string {
  return /ctr|cvr|rate|conversion/i.test(metric) ? pct(v, 2) : v.toFixed(2);
}

export const experimentResults: Renderer = (o, c) => {
  const s = o.structured as {
    experimentId: string;
    name: string;
    metric: string;
    story: Story;
    platform: string;
    spendMicros: number;
    currency: string | null;
    latestMetricDate: string | null;
    arms: ArmOut[];
    srm: { status: string; pValue: number };
  };
  const told = storyBlocks(c, { ...s, callAssetId: callAsset(s.story, s.arms) });
  const arms = [...s.arms].sort((a, b) => b.probabilityBest - a.probabilityBest);
  const rows = lines(
    arms,
    (a, i) =>
      `${i + 1}. ${named(c, a.assetId, a.label)} — P(best) ${pct(a.probabilityBest)} · ${s.metric} ${metricValue(s.metric, a.mean)}${
        a.lift ? ` · lift ${a.lift.median >= 0 ? "+" : ""}${pct(a.lift.median)}` : ""
      } · ${count(a.impressions)} impressions · ${pct(a.share, 0)} of traffic${a.status !== "active" ? ` · ${a.status}` : ""}`,
  );
  const srm =
    s.srm.status === "flagged"
      ? `⚠️ Traffic split looks wrong (sample-ratio mismatch, p=${s.srm.pValue.toExponential(1)}): check delivery before trusting this.`
      : s.srm.status === "ok"
        ? "Traffic split OK (no sample-ratio mismatch)."
        : "";
  const facts = [
    `${s.metric} on ${s.platform}`,
    `spend ${money(s.spendMicros, s.currency)}`,
    s.latestMetricDate ? `data through ${date(s.latestMetricDate)}` : "no numbers yet",
    srm,
  ].filter(Boolean);
  // While no arm is named, the leader's picture sits beside the arms (the story names no winner, so neither do we).
  const leader = s.story.call ? undefined : arms[0];
  const table = leader
    ? withThumbnail(
        c,
        `*Arms*\n${rows.join("\n")}`,
        leader.assetId,
        `Leader: ${c.refs.name(leader.assetId) ?? leader.label}`,
      )
    : { block: section(`*Arms*\n${rows.join("\n")}`), images: [] };
  return rendered([...told.blocks, table.block, context(facts.join(" · "))], {
    images: [...told.images, ...table.images],
  });
};

export const experimentCreated: Renderer = (o, c) => {
  const s = o.structured as {
    experimentId: string;
    armIds: string[];
    deployments: { armId: string; platformAdId: string; dryRun: boolean }[];
    startingSplit: { armId: string; share: number }[];
    story: Story;
  };
  // Arms are made in the order of the assets given.
  const assets = Array.isArray(o.args.arms) ? (o.args.arms as string[]) : [];
  const assetOf = (armId: string) => assets[s.armIds.indexOf(armId)];
  const name = c.refs.name(s.experimentId) ?? (typeof o.args.name === "string" ? o.args.name : "the new experiment");
  const told = storyBlocks(c, { experimentId: s.experimentId, name, story: s.story }, { lead: "Started" });
  const split = lines(
    s.startingSplit,
    (a, i) => `• ${named(c, assetOf(a.armId), `Variant ${i + 1}`)}: ${pct(a.share, 0)}`,
  );
  const ads = s.deployments.length
    ? `${plural(s.deployments.length, "ad")} ${s.deployments.every((d) => d.dryRun) ? "prepared (dry run: nothing sent to the platform)" : "pushed to the platform"}.`
    : "No ads pushed: tie your own ads to the arms (link_deployment) to measure them.";
  return rendered([...told.blocks, section(`*Starting split*\n${split.join("\n")}`), context(ads)], {
    images: told.images,
  });
};

export const allocation: Renderer = (o, c) => {
  const s = o.structured as {
    name: string;
    experimentId: string;
    applied: boolean;
    frozen: boolean;
    effectiveDate: string;
    next: { armId: string; label: string; share: number; previous: number }[];
    pruned: { armId: string; reason: string }[];
    story: Story;
  };
  const head = `${experimentName(c, s)} — ${s.applied ? "new traffic split recorded" : "preview of the next traffic split"}${
    s.frozen ? " (held where it is: the split looked wrong)" : ""
  }, from ${date(s.effectiveDate)}`;
  const rows = lines(s.next, (a) => `• ${prose(c, a.label)}: ${pct(a.previous, 0)} → *${pct(a.share, 0)}*`);
  const pruned = lines(s.pruned, (p) => `• dropped: ${prose(c, p.reason)}`, 5);
  return rendered([
    section([head, ...rows, ...(s.pruned.length ? pruned : [])].join("\n")),
    context(`${prose(c, s.story.headline)}`),
  ]);
};

const PAUSE_WORDS: Record<string, string> = {
  would_pause: "would pause",
  paused: "⏸ paused",
  marked_paused: "⏸ marked paused",
  failed: "⚠️ failed to pause",
  no_api: "pause by hand (no platform API)",
};

export const stopped: Renderer = (o, c) => {
  const s = o.structured as {
    experimentId: string;
    name: string;
    alreadyEnded: boolean;
    dryRun: boolean;
    finalCall: { assetId: string | null };
    pauses: { assetId: string; name: string; platform: string; platformAdId: string; action: string; error?: string }[];
    story: Story;
  };
  const told = storyBlocks(
    c,
    { ...s, callAssetId: s.finalCall.assetId },
    { lead: s.alreadyEnded ? "Had already ended:" : "Stopped:" },
  );
  const blocks: Block[] = [...told.blocks];
  const pauseLines = lines(
    s.pauses,
    (p) =>
      `• ${PAUSE_WORDS[p.action] ?? p.action}: ${named(c, p.assetId, p.name)} — ${p.platform} ad ${p.platformAdId}${p.error ? ` (${prose(c, p.error)})` : ""}`,
  );
  if (s.pauses.length) blocks.push(section(`*Losing ads*\n${pauseLines.join("\n")}`));
  const wouldPause = s.pauses.filter((p) => p.action === "would_pause");
  if (s.dryRun && wouldPause.length) blocks.push(context("Dry run: nothing was sent to any ad platform yet."));
  return rendered(blocks, {
    images: told.images,
    ...(s.dryRun && wouldPause.length
      ? {
          followUp: {
            tool: "stop_experiment",
            args: { experimentId: s.experimentId, pauseLosers: true, dryRun: false },
            summary: `Pause ${plural(wouldPause.length, "losing ad")} of ${experimentName(c, s)} on the platform for real: ${wouldPause
              .map((p) => `${named(c, p.assetId, p.name)} (${p.platform} ad ${p.platformAdId})`)
              .join(", ")}.`,
          },
        }
      : {}),
  });
};

export const promoted: Renderer = (o, c) => {
  const s = o.structured as {
    status: "promoted" | "review_requested" | "not_ready";
    experimentId: string;
    winnerAssetId: string | null;
    reviewRequestId: string | null;
    discarded: { assetId: string; reason: string }[];
    template: { templateId: string; version: number; pinned: Record<string, string> } | null;
    message: string;
    story: Story;
  };
  const name = c.refs.name(s.experimentId) ?? "the experiment";
  const ref = { experimentId: s.experimentId, name, story: s.story, callAssetId: s.winnerAssetId };
  if (s.status === "promoted") {
    const approver = /approved by ([^)]+)\)/.exec(s.message)?.[1];
    const head =
      `🏆 Promoted ${strong(c, s.winnerAssetId, s.story.call?.name ?? "the winner")} as the winner of ${experimentName(c, ref)}` +
      `${s.reviewRequestId ? ` (${named(c, s.reviewRequestId, "review")} approved by ${approver ? person(approver.trim()) : "an approver"})` : ""}` +
      `; ${plural(s.discarded.length, "losing variant")} discarded, kept as negative examples.`;
    const told = storyBlocks(c, ref, { showApproval: false });
    const blocks: Block[] = [section(head), ...told.blocks.slice(1)];
    if (s.template) {
      const pins = Object.entries(s.template.pinned).map(([k, v]) => `${k} ${v}`);
      blocks.push(
        section(
          `*New template version:* v${s.template.version} of ${strong(c, s.template.templateId, "its template")}${pins.length ? `, pinning ${pins.join(", ")}` : ""}.`,
        ),
      );
    } else if (/No template version:/.test(s.message))
      blocks.push(context(prose(c, s.message.slice(s.message.indexOf("No template version:")))));
    return rendered(blocks, { images: told.images });
  }
  if (s.status === "review_requested") {
    const told = storyBlocks(c, ref, {
      lead: "Waiting for an approver:",
      next: `An approver of the brand decides the ${named(c, s.reviewRequestId, "review request")} (Approve/Reject on its card, or ✅/❌); then ask me to promote again.`,
    });
    return rendered(told.blocks, { images: told.images });
  }
  // Not promoted: the story says why — already promoted, still collecting, on hold.
  const told = storyBlocks(c, ref, { lead: s.story.state === "promoted" ? "Already promoted:" : "Not promoted:" });
  return rendered(told.blocks, { images: told.images });
};
