import type { Story } from "../../core/experiments/story.ts";
import { context, lines, prose, type RenderContext, section, strong, withThumbnail } from "./kit.ts";
import type { Block, RenderedOutcome } from "./types.ts";

/**
 * One experiment, told once: every Slack reply about an experiment (read-out, stop, promote, the Confirm card) draws
 * its state, call, P(best), why and next step from the story (core/experiments/story.ts) and from nothing else, so
 * no two lines of a reply can disagree.
 */
export interface StoryRef {
  experimentId: string;
  name: string;
  story: Story;
  /** The asset of the named arm, for its picture and link. */
  callAssetId?: string | null | undefined;
}

const ICON: Record<Story["state"], string> = {
  waiting: "⏳",
  collecting: "📊",
  ready: "✅",
  on_hold: "⚠️",
  decided: "🏁",
  stopped: "🏁",
  promoted: "🏆",
};

const CALL_WORD: Record<NonNullable<Story["call"]>["basis"], string> = {
  confident: "Winner",
  near_tie: "Near-tie pick",
  best_guess: "Best guess",
};

/** Tool names in the story's next step, said the way people ask for them in Slack. */
const SAY: Record<string, string> = {
  stop_experiment: "“stop the experiment”",
  promote_winners: "“promote the winner”",
  update_allocation: "“rebalance the traffic”",
  ingest_metrics: "“ingest metrics”",
  create_experiment: "“start an experiment”",
};

export const inSlackWords = (text: string) =>
  text
    .replace(
      /\bpromote_winners toTemplate pins its slots\b/g,
      "“promote the winner as a template” pins its winning slots",
    )
    .replace(
      /\b(stop_experiment|promote_winners|update_allocation|ingest_metrics|create_experiment)\b/g,
      (t) => SAY[t]!,
    );

/** The experiment by name with its dashboard link: *<…/experiments/exp_…|Spring hooks>*. */
export const experimentName = (c: RenderContext, s: Pick<StoryRef, "experimentId" | "name">) =>
  strong(c, s.experimentId, s.name);

/** The headline line: icon, experiment, the story's own one-line answer. */
export const headline = (c: RenderContext, s: StoryRef, lead?: string) =>
  `${ICON[s.story.state]} ${lead ? `${lead} ` : ""}${experimentName(c, s)} — ${prose(c, s.story.headline)}`;

/**
 * The story as blocks: headline, the named arm with its picture and evidence, why, next step, whether promoting
 * needs an approver, and warnings. `next` replaces the story's next step where the reply has already moved on
 * (a review request was just opened).
 */
export function storyBlocks(
  c: RenderContext,
  s: StoryRef,
  options: { lead?: string; next?: string; showApproval?: boolean } = {},
): Pick<RenderedOutcome, "blocks" | "images"> {
  const { story } = s;
  const blocks: Block[] = [section(headline(c, s, options.lead))];
  const images: RenderedOutcome["images"] = [];
  if (story.call) {
    const call = `*${CALL_WORD[story.call.basis]}:* ${strong(c, s.callAssetId, story.call.name)}\n${prose(c, story.call.evidence)}`;
    if (s.callAssetId) {
      const shown = withThumbnail(c, call, s.callAssetId, `${CALL_WORD[story.call.basis]}: ${story.call.name}`);
      blocks.push(shown.block);
      images.push(...shown.images);
    } else blocks.push(section(call));
  }
  const facts = [`*Why:* ${prose(c, story.why)}`, `*Next:* ${options.next ?? inSlackWords(prose(c, story.next))}`];
  if ((options.showApproval ?? true) && story.call && story.state !== "promoted" && story.approval.needed !== null)
    facts.push(
      story.approval.needed
        ? `*Needs an approver to promote:* ${prose(c, story.approval.reasons.join("; "))}.`
        : "*No approval needed to promote.*",
    );
  blocks.push(section(facts.join("\n")));
  if (story.warnings.length) blocks.push(context(lines(story.warnings, (w) => `⚠️ ${prose(c, w)}`, 3).join("\n")));
  return { blocks, images };
}

/** The asset the story's call names, from the arms of its experiment. */
export const callAsset = (story: Story, arms: { armId: string; assetId: string }[]) =>
  story.call ? (arms.find((a) => a.armId === story.call!.armId)?.assetId ?? null) : null;
