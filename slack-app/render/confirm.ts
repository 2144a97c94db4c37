import type { PendingConfirmation } from "../../agents/orchestrator.ts";
import { promotable, promoteSummary, stopSummary } from "../../core/experiments/change-summary.ts";
import { prose, type RenderContext, strong, textOf } from "./kit.ts";
import { callAsset, experimentName, storyBlocks } from "./story.ts";
import type { Block, RenderedOutcome } from "./types.ts";

export interface CheckedConfirmation {
  blocks: Block[];
  images: RenderedOutcome["images"];
  text: string;
  /** The change still worth confirming, in the story's words; undefined when there is nothing to confirm. */
  pending: PendingConfirmation | undefined;
}

/**
 * A promotion or a stop waiting for Confirm, checked against the experiment's story now. An experiment that is
 * already promoted, or has no arm named yet, is told as it is and offers no Confirm; otherwise the card says what the
 * story says (state, the named arm, whether an approver must confirm), never a number from elsewhere.
 */
export async function confirmationFromStory(
  pending: PendingConfirmation,
  c: RenderContext,
): Promise<CheckedConfirmation | undefined> {
  if (!c.experimentStory || (pending.tool !== "promote_winners" && pending.tool !== "stop_experiment"))
    return undefined;
  const ref = pending.args.experimentId ?? pending.args.experiment;
  const told = typeof ref === "string" ? await c.experimentStory(ref) : undefined;
  if (!told) return undefined;
  const { story } = told;
  const callAssetId = callAsset(story, told.arms);
  const exp = experimentName(c, told);
  const headline = prose(c, story.headline);
  if (pending.tool === "promote_winners") {
    if (!promotable(story) || !story.call) {
      const drawn = storyBlocks(
        c,
        { ...told, callAssetId },
        { lead: story.state === "promoted" ? "Already promoted:" : "Nothing to promote yet:" },
      );
      return { ...drawn, text: textOf(drawn.blocks), pending: undefined };
    }
    const summary = promoteSummary(
      story,
      {
        experiment: exp,
        call: strong(c, callAssetId, story.call.name),
        headline,
        approvalReasons: prose(c, story.approval.reasons.join("; ")),
      },
      { arms: told.arms.length, toTemplate: pending.args.toTemplate === true },
    );
    return { blocks: [], images: [], text: "", pending: { ...pending, summary } };
  }
  return {
    blocks: [],
    images: [],
    text: "",
    pending: {
      ...pending,
      summary: stopSummary(
        story,
        { experiment: exp, headline },
        {
          pauseLosers: pending.args.pauseLosers as boolean | undefined,
          dryRun: pending.args.dryRun as boolean | undefined,
        },
      ),
    },
  };
}
