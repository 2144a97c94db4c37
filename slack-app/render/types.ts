import type { types } from "@slack/bolt";
import type { PendingConfirmation } from "../../agents/orchestrator.ts";
import type { Story } from "../../core/experiments/story.ts";
import type { Refs } from "./refs.ts";

export type Block = types.KnownBlock;

/** One tool result, drawn for Slack. Pure data: posting (uploads, state for buttons) happens in post.ts. */
export interface RenderedOutcome {
  blocks: Block[];
  /** A plain summary for the message's `text` (notifications, screen readers). */
  text: string;
  /** Thumbnails to upload in this order when Slack cannot fetch them from Winnow (no public URL). */
  images: { assetId: string; title: string }[];
  /** Pictures made here (lineage), uploaded as PNG files. */
  charts: { filename: string; title: string; png: Buffer }[];
  /** Files to hand over as they are (a starter template to edit), uploaded after the message. */
  files?: { filename: string; title: string; content: Buffer }[] | undefined;
  /** The same call for the next page, behind a "More" button. */
  next?: { tool: string; args: Record<string, unknown> } | undefined;
  /** A destructive next step the result offers (a dry run's "do it for real"), behind Confirm/Cancel. */
  followUp?: PendingConfirmation | undefined;
}

export interface RenderOptions {
  /** A URL Slack can fetch for an asset's thumbnail (a signed link), or undefined without WINNOW_PUBLIC_URL. */
  thumbnailUrl(assetId: string): string | undefined;
  /** Names and dashboard links for the ids a reply mentions (slack-app/render/names.ts looks them up). */
  refs?: Refs | undefined;
  /** The experiment's story now (core/experiments/story.ts), for a confirmation or a refusal that names one. */
  experimentStory?: ((ref: string) => Promise<ExperimentStory | undefined>) | undefined;
}

/** An experiment's story with what names it. */
export interface ExperimentStory {
  experimentId: string;
  name: string;
  story: Story;
  /** Arms by id: the asset each tests (the named call's picture). */
  arms: { armId: string; assetId: string; name: string }[];
}

export const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });
export const plain = (text: string) => ({ type: "plain_text" as const, text: text.slice(0, 150), emoji: true });
