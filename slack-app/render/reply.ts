import type { AgentReply, PendingConfirmation } from "../../agents/orchestrator.ts";
import { confirmationFromStory } from "./confirm.ts";
import { clip, humanText } from "./format.ts";
import { prose, withRefs } from "./kit.ts";
import { renderOutcome } from "./tools.ts";
import { type Block, mrkdwn, plain, type RenderedOutcome, type RenderOptions } from "./types.ts";

export const ACTION_CONFIRM = "agent_confirm";
export const ACTION_CANCEL = "agent_cancel";
export const ACTION_MORE = "agent_more";

/** Slack refuses a message of more than 50 blocks. */
const MAX_BLOCKS = 50;

export interface StoredPage {
  tool: string;
  args: Record<string, unknown>;
}

export interface RenderedMessage {
  text: string;
  blocks: Block[];
  images: RenderedOutcome["images"];
  charts: RenderedOutcome["charts"];
  files: NonNullable<RenderedOutcome["files"]>;
  /** State the buttons point at, to be stored with the thread under these keys. */
  pages: Record<string, StoredPage>;
  confirm?: { key: string; pending: PendingConfirmation } | undefined;
}

export interface ReplyRenderOptions extends RenderOptions {
  /** Where the buttons' state lives: the value of every button is `${threadTs}|${key}`. */
  threadTs: string;
  /** Who asked; named on the confirmation ("only they can confirm"). */
  user: string;
  newKey(): string;
}

const TOOLS_LINE = /\n?_Tools: [^\n]*_\s*$/;

/** A router note as people read it: a value it could not print ("[object Object]") is left out, not shown. */
const note = (text: string) => text.replace(/\s*["“]?\[object Object\]["”]?/g, "").replace(/\s+:/g, ":");

/**
 * One rendering for both agent paths: what the router understood and ignored, its one question, the confirmation
 * for a destructive call, each tool's result drawn from its structured content, and the model's own words.
 */
export async function renderReply(reply: AgentReply, options: ReplyRenderOptions): Promise<RenderedMessage> {
  const blocks: Block[] = [];
  const texts: string[] = [];
  const images: RenderedOutcome["images"] = [];
  const charts: RenderedOutcome["charts"] = [];
  const files: RenderedMessage["files"] = [];
  const pages: Record<string, StoredPage> = {};
  const c = withRefs(options);
  const notes = [
    ...(reply.understood?.length ? [`Understood: ${reply.understood.map(note).join(" · ")}`] : []),
    ...(reply.ignored?.length ? [`Could not use: ${reply.ignored.map(note).join(" · ")}`] : []),
  ];
  if (notes.length) blocks.push({ type: "context", elements: [mrkdwn(clip(prose(c, notes.join("\n"))))] });
  if (reply.notice) {
    blocks.push({ type: "section", text: mrkdwn(clip(reply.notice)) });
    texts.push(reply.notice);
  }
  if (reply.question) {
    blocks.push({ type: "section", text: mrkdwn(clip(`❓ ${prose(c, reply.question)}`)) });
    texts.push(reply.question);
  }
  const own = prose(c, humanText(reply.text.replace(TOOLS_LINE, "")));
  // A model turn that failed says what completed in its own words; its tool results are not replayed as if it went on.
  const results =
    reply.via === "model" && reply.failed
      ? []
      : (reply.results ?? []).filter((r) => !(reply.confirm && r.name === reply.confirm.tool && r.isError));
  // Summaries are kept as Slack mrkdwn from here on (names linked, text escaped): the card and its settled form show them.
  let pendingConfirm = reply.confirm ? { ...reply.confirm, summary: prose(c, reply.confirm.summary) } : undefined;
  const asked = pendingConfirm;
  // The model's words lead; the router has none of its own beyond the tool text, which the renderers replace.
  if (reply.via === "model" && own) {
    blocks.push({ type: "section", text: mrkdwn(clip(own)) });
    texts.push(own);
  }
  for (const outcome of results) {
    const r = await renderOutcome(outcome, options);
    blocks.push(...r.blocks);
    texts.push(r.text);
    images.push(...r.images);
    charts.push(...r.charts);
    files.push(...(r.files ?? []));
    if (r.followUp && !pendingConfirm) pendingConfirm = r.followUp;
    if (r.next) {
      const key = options.newKey();
      pages[key] = r.next;
      blocks.push({
        type: "actions",
        block_id: `more:${key}`,
        elements: [
          { type: "button", action_id: ACTION_MORE, text: plain("More"), value: `${options.threadTs}|${key}` },
        ],
      });
    }
  }
  // A promotion or a stop is confirmed against the experiment's story now: an experiment already promoted is said to
  // be, one with nothing to promote says why, and the card's words are the story's.
  if (pendingConfirm && pendingConfirm === asked) {
    const checked = await confirmationFromStory(pendingConfirm, c);
    if (checked) {
      blocks.push(...checked.blocks);
      images.push(...checked.images);
      texts.push(checked.text);
      pendingConfirm = checked.pending;
    }
  }
  let confirm: RenderedMessage["confirm"];
  if (pendingConfirm) {
    const key = options.newKey();
    confirm = { key, pending: pendingConfirm };
    blocks.push(...confirmBlocks(pendingConfirm, `${options.threadTs}|${key}`, options.user));
    texts.push(`Confirm: ${pendingConfirm.summary}`);
  }
  if (!results.length && !reply.confirm && !reply.question && reply.via === "router" && own) {
    blocks.push({ type: "section", text: mrkdwn(clip(own)) });
    texts.push(own);
  }
  const ran = reply.toolsRan.filter((t) => !t.blocked || !reply.confirm);
  if (ran.length) {
    const line = `Tools: ${ran.map((t) => `${t.name}${t.blocked ? " (blocked)" : t.ok ? "" : " (failed)"}`).join(", ")}`;
    blocks.push({ type: "context", elements: [mrkdwn(line)] });
    texts.push(`_${line}_`);
  }
  return {
    text: clip(texts.filter(Boolean).join("\n"), 3900) || "Done.",
    blocks: withinLimit(blocks),
    images,
    charts,
    files,
    pages,
    confirm,
  };
}

/** Who besides the asker may confirm a waiting change: an approver of the brands it touches. */
export const approversWho = (pending: Pick<PendingConfirmation, "brands">) =>
  pending.brands?.length ? `an approver of ${pending.brands.join(", ")}` : "a brand approver";

/** The Confirm card; `pending.summary` is mrkdwn already (names linked, text escaped). */
export function confirmBlocks(pending: PendingConfirmation, value: string, user: string): Block[] {
  return [
    { type: "section", text: mrkdwn(clip(`*Please confirm.* ${pending.summary}`)) },
    {
      type: "actions",
      block_id: "agent_confirm",
      elements: [
        { type: "button", action_id: ACTION_CONFIRM, style: "primary", text: plain("Confirm"), value },
        { type: "button", action_id: ACTION_CANCEL, text: plain("Cancel"), value },
      ],
    },
    {
      type: "context",
      elements: [mrkdwn(`Nothing has changed yet. Only <@${user}> (or ${approversWho(pending)}) can confirm.`)],
    },
  ];
}

/** Over 50 blocks, rows are dropped from the middle (the buttons and the footer at the end are what people act on). */
function withinLimit(blocks: Block[]): Block[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const tail = blocks.slice(-6);
  return [
    ...blocks.slice(0, MAX_BLOCKS - tail.length - 1),
    { type: "context", elements: [mrkdwn("(more rows than Slack shows in one message)")] },
    ...tail,
  ];
}
