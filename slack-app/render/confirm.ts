import type { PendingConfirmation } from "../../agents/orchestrator.ts";
import { plural, prose, type RenderContext, strong, textOf } from "./kit.ts";
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
    if (story.state === "promoted" || !story.call) {
      const drawn = storyBlocks(
        c,
        { ...told, callAssetId },
        { lead: story.state === "promoted" ? "Already promoted:" : "Nothing to promote yet:" },
      );
      return { ...drawn, text: textOf(drawn.blocks), pending: undefined };
    }
    const approval = story.approval.needed
      ? `An approver must confirm it (${prose(c, story.approval.reasons.join("; "))}), so confirming opens a review request for them.`
      : "No approval needed: it is promoted at once.";
    const others = told.arms.length - 1;
    const summary = [
      `Promote ${strong(c, callAssetId, story.call.name)} as the winner of ${exp} — ${headline}.`,
      approval,
      others > 0 ? `The other ${plural(others, "variant")} are discarded (kept as negative examples).` : "",
      pending.args.toTemplate === true ? "The winner also becomes a new template version." : "",
    ]
      .filter(Boolean)
      .join(" ");
    return { blocks: [], images: [], text: "", pending: { ...pending, summary } };
  }
  const ended = ["decided", "stopped", "promoted"].includes(story.state);
  const what = ended
    ? "It has already ended; its final call stays as recorded."
    : story.call
      ? "Stopping records this call."
      : "Stopping now records the leader as a best guess, not a call (no arm has reached the calling bar).";
  const ads =
    pending.args.pauseLosers === false
      ? "Its ads are left running."
      : pending.args.dryRun === false
        ? "Then the losing ads are PAUSED on the ad platform."
        : "Dry run for the ads: the losing ads that would pause are listed; nothing is sent to any ad platform.";
  return {
    blocks: [],
    images: [],
    text: "",
    pending: { ...pending, summary: `Stop ${exp} — ${headline}. ${what} ${ads}` },
  };
}
