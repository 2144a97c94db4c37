import type { ToolOutcome } from "../../agents/orchestrator.ts";
import { formatUsd } from "../../core/costs/money.ts";
import { kindOfId, WINNOW_ID } from "../../server/id-names.ts";
import { clip, esc } from "./format.ts";
import { NO_REFS, type Refs } from "./refs.ts";
import { type Block, mrkdwn, type RenderedOutcome, type RenderOptions } from "./types.ts";

/** What a renderer draws with: thumbnails, names and links for the ids in the result. */
export interface RenderContext extends RenderOptions {
  refs: Refs;
}

export type Renderer = (o: ToolOutcome, c: RenderContext) => Promise<RenderedOutcome> | RenderedOutcome;

export const withRefs = (options: RenderOptions): RenderContext => ({ ...options, refs: options.refs ?? NO_REFS });

/** Rows a list shows before "…and N more". */
export const MAX_ROWS = 10;

/** A Slack link (`<url|label>`); the label is escaped and cannot close the link early. */
export const link = (url: string, label: string) => `<${url}|${esc(label).replace(/\|/g, "¦")}>`;

/**
 * Something by its name, linked to its dashboard page: `<…/assets/ast_…|Dawn trail>`. Without a known name the
 * `fallback` (the name the result carried, or a word like "this asset") stands in; the id itself is never shown.
 */
export function named(c: RenderContext, id: string | null | undefined, fallback: string): string {
  const plainFallback = withoutIds(fallback) || "this";
  if (!id) return esc(plainFallback);
  const label = c.refs.name(id) ?? plainFallback;
  const url = c.refs.url(id);
  return url ? link(url, label) : esc(label);
}

/** Bold name with its link. */
export const strong = (c: RenderContext, id: string | null | undefined, fallback: string) =>
  `*${named(c, id, fallback)}*`;

/** A person: a Slack mention for a Slack user id (`U…`, `slack:U…`), else their e-mail or name as written. */
export function person(ref: string | null | undefined): string {
  if (!ref) return "someone";
  const slack = /^(?:slack:)?([UW][A-Z0-9]{6,})$/.exec(ref);
  return slack ? `<@${slack[1]}>` : esc(ref);
}

/**
 * Text a tool wrote (reasons, notes, evidence) made safe for Slack: ids it mentions become names or links, or drop out
 * when nothing better is known.
 */
export function prose(c: RenderContext, raw: string | null | undefined): string {
  if (!raw) return "";
  const text = raw.replace(BARE_MICROS, (_m, n: string) => formatUsd(Number(n)));
  let out = "";
  let last = 0;
  for (const m of text.matchAll(WINNOW_ID)) {
    out += esc(text.slice(last, m.index));
    const id = m[0];
    const name = c.refs.name(id);
    const url = c.refs.url(id);
    out += name ? (url ? link(url, name) : esc(name)) : url ? link(url, kindOfId(id) ?? "link") : "";
    last = m.index + id.length;
  }
  out += esc(text.slice(last));
  return out
    .replace(/\(\s*\)/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ([,.;:)])/g, "$1")
    .trim();
}

/** "for 1500000 micros" as people say it: "$1.50". */
const BARE_MICROS = /\b(-?\d+) micros\b/g;

/** A label someone wrote with an id in it ("Variant (arm_…)"), without the id. */
const withoutIds = (label: string) =>
  label
    .replace(WINNOW_ID, "")
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();

/** Up to `max` lines, then "…and N more". */
export function lines<T>(items: readonly T[], draw: (item: T, i: number) => string, max = MAX_ROWS): string[] {
  const shown = items.slice(0, max).map(draw);
  if (items.length > max) shown.push(`…and ${items.length - max} more`);
  return shown;
}

/** "3 assets", "1 asset". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export const section = (text: string): Block => ({ type: "section", text: mrkdwn(clip(text)) });
export const context = (text: string): Block => ({ type: "context", elements: [mrkdwn(clip(text))] });

/** A section with a thumbnail beside it when Slack can fetch one, else the image is uploaded after the message. */
export function withThumbnail(c: RenderContext, text: string, assetId: string, title: string) {
  const url = c.thumbnailUrl(assetId);
  const block: Block = {
    type: "section",
    text: mrkdwn(clip(text)),
    ...(url
      ? { accessory: { type: "image" as const, image_url: url, alt_text: title.slice(0, 2000) || "asset" } }
      : {}),
  };
  return { block, images: url ? [] : [{ assetId, title }] };
}

/** The message parts every renderer returns; the plain-text fallback is the blocks' own words. */
export function rendered(blocks: Block[], extra: Partial<RenderedOutcome> = {}): RenderedOutcome {
  return { blocks, images: [], charts: [], text: extra.text ?? textOf(blocks), ...extra };
}

/** The words of these blocks, for notifications and screen readers (Slack's `text`). */
export function textOf(blocks: Block[]): string {
  const words: string[] = [];
  for (const b of blocks) {
    if (b.type === "section") {
      if (b.text) words.push(b.text.text);
      for (const f of b.fields ?? []) words.push(f.text);
    } else if (b.type === "context") {
      for (const e of b.elements) if ("text" in e) words.push(e.text);
    } else if (b.type === "header") words.push(b.text.text);
  }
  return clip(words.join("\n"), 3000);
}

/** The same call again from the next page, behind the "More" button. */
export function nextPage(o: ToolOutcome): RenderedOutcome["next"] {
  const cursor = o.structured?.nextCursor;
  return typeof cursor === "string" && cursor ? { tool: o.name, args: { ...o.args, cursor } } : undefined;
}

/** Words with underscores as people write them: "needs_review" → "needs review". */
export const words = (s: string) => s.replace(/_/g, " ");
