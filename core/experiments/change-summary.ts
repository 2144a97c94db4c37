import type { Story } from "./story.ts";

/**
 * What confirming a promotion or a stop will do, told from the experiment's story (story.ts) and nothing else: the
 * model path's Confirm text and Slack's Confirm card are this one text, so a card can never say "P(best) 100%" next to
 * "not decided yet". Surfaces pass how they name things (a quoted name, a Slack link); the words are the same.
 */
export interface ChangeNames {
  /** The experiment as the surface names it. */
  experiment: string;
  /** The arm the story names (story.call), as the surface names it; default: its name in quotes. */
  call?: string | undefined;
  /** The story's headline as the surface may show it (ids turned into names); default: as told. */
  headline?: string | undefined;
  /** The approval reasons as the surface may show them; default: as told, joined with "; ". */
  approvalReasons?: string | undefined;
}

/** Whether a promotion is worth a Confirm: an arm is named and it is not promoted yet. */
export const promotable = (story: Story): boolean => story.state !== "promoted" && story.call !== null;

export function promoteSummary(
  story: Story,
  names: ChangeNames,
  options: { arms: number; toTemplate?: boolean | undefined },
): string {
  const headline = names.headline ?? story.headline;
  if (story.state === "promoted") return `${names.experiment} is already promoted — ${headline}. Nothing to confirm.`;
  if (!story.call) return `Nothing to promote yet in ${names.experiment} — ${headline}. ${story.next}`;
  const reasons = names.approvalReasons ?? story.approval.reasons.join("; ");
  const others = options.arms - 1;
  return [
    `Promote ${names.call ?? `“${story.call.name}”`} as the winner of ${names.experiment} — ${headline}.`,
    story.approval.needed
      ? `An approver must confirm it (${reasons}), so confirming opens a review request for them.`
      : "No approval needed: it is promoted at once.",
    others === 1
      ? "The other variant is discarded (kept as a negative example)."
      : others > 1
        ? `The other ${others} variants are discarded (kept as negative examples).`
        : "",
    options.toTemplate ? "The winner also becomes a new template version." : "",
  ]
    .filter(Boolean)
    .join(" ");
}

export function stopSummary(
  story: Story,
  names: ChangeNames,
  options: { pauseLosers?: boolean | undefined; dryRun?: boolean | undefined },
): string {
  const headline = names.headline ?? story.headline;
  const what = ["decided", "stopped", "promoted"].includes(story.state)
    ? "It has already ended; its final call stays as recorded."
    : story.call
      ? "Stopping records this call."
      : "Stopping now records the leader as a best guess, not a call (no arm has reached the calling bar).";
  const ads =
    options.pauseLosers === false
      ? "Its ads are left running."
      : options.dryRun === false
        ? "Then the losing ads are PAUSED on the ad platform."
        : "Dry run for the ads: the losing ads that would pause are listed; nothing is sent to any ad platform.";
  return `Stop ${names.experiment} — ${headline}. ${what} ${ads}`;
}
