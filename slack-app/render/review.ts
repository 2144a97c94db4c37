import { date, esc, pct } from "./format.ts";
import {
  context,
  lines,
  named,
  nextPage,
  person,
  plural,
  prose,
  type RenderContext,
  type Renderer,
  rendered,
  section,
  words,
} from "./kit.ts";
import type { Block } from "./types.ts";

/** Review tools: review requests and decisions, feedback, the audit trail and the tagger's learning loop. */

interface ReviewOut {
  id: string;
  brandId: string | null;
  assetId: string | null;
  subjectType: string;
  subjectId: string;
  reasons: string[];
  status: string;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** What a review request is about, in words: "promotion of <winner>", "asset <name>", "tagger machine-tags". */
function subject(c: RenderContext, r: ReviewOut): string {
  const what = words(r.subjectType);
  if (r.assetId) return `${what} of ${named(c, r.assetId, "an asset")}`;
  return /^[a-z]{3}_/.test(r.subjectId)
    ? `${what} ${prose(c, r.subjectId) || ""}`.trim()
    : `${what} ${esc(r.subjectId)}`;
}

const STATUS_ICON: Record<string, string> = { pending: "⏳", approved: "✅", rejected: "❌" };

const reviewLine = (c: RenderContext, r: ReviewOut) =>
  `${STATUS_ICON[r.status] ?? "•"} ${named(c, r.id, "Review")} of ${subject(c, r)}${r.brandId ? ` (${named(c, r.brandId, "its brand")})` : ""} — ${
    r.status === "pending"
      ? `asked by ${person(r.requestedBy)} ${date(r.createdAt)}`
      : `${r.status} by ${person(r.decidedBy)}${r.decidedAt ? ` ${date(r.decidedAt)}` : ""}`
  }\n   ${prose(c, r.reasons.join("; "))}`;

export const reviewRequested: Renderer = (o, c) => {
  const s = o.structured as { request: ReviewOut };
  const r = s.request;
  return rendered([
    section(`⏳ Asked the approvers to review ${subject(c, r)}: ${prose(c, r.reasons.join("; "))}`),
    context(`The request waits in the review channel and on the dashboard (${named(c, r.id, "review queue")}).`),
  ]);
};

export const reviewDecided: Renderer = (o, c) => {
  const s = o.structured as { request: ReviewOut };
  const r = s.request;
  const reason = typeof o.args.reason === "string" ? ` — ${esc(o.args.reason)}` : "";
  return rendered([
    section(
      `${STATUS_ICON[r.status] ?? ""} ${words(r.status)[0]!.toUpperCase()}${words(r.status).slice(1)} by ${person(r.decidedBy)}: ${subject(c, r)}${reason}.`,
    ),
  ]);
};

export const reviews: Renderer = (o, c) => {
  const s = o.structured as { items: ReviewOut[] };
  const status = typeof o.args.status === "string" ? o.args.status : "pending";
  if (!s.items.length) return rendered([section(`No ${status} review requests.`)]);
  return rendered(
    [
      section(
        `*${plural(s.items.length, `${status} review request`)}*\n${lines(s.items, (r) => reviewLine(c, r)).join("\n")}`,
      ),
    ],
    {
      next: nextPage(o),
    },
  );
};

export const feedback: Renderer = (o, c) => {
  const s = o.structured as { label: string };
  const on =
    typeof o.args.assetId === "string"
      ? ` on ${named(c, o.args.assetId, "the asset")}`
      : typeof o.args.tag === "string"
        ? ` on tag ${esc(o.args.tag)}`
        : "";
  const comment = typeof o.args.comment === "string" ? ` — “${esc(o.args.comment)}”` : "";
  return rendered([section(`📝 Noted “${words(s.label)}”${on}${comment}. It feeds the next tagger retraining.`)]);
};

export const audit: Renderer = (o, c) => {
  const s = o.structured as {
    items: { at: string; person: string; tool: string; brandIds: string[]; outcome: string; summary: string | null }[];
  };
  if (!s.items.length) return rendered([section("No audit events match.")]);
  const icon: Record<string, string> = { ok: "✅", refused: "🚫", error: "⚠️" };
  const rows = lines(
    s.items,
    (e) =>
      `${icon[e.outcome] ?? "•"} ${date(e.at)} · ${person(e.person)} · \`${e.tool}\`${e.summary ? ` — ${prose(c, e.summary).slice(0, 200)}` : ""}`,
    15,
  );
  return rendered([section(`*${plural(s.items.length, "audit event")}*\n${rows.join("\n")}`)], { next: nextPage(o) });
};

interface Comparison {
  heldOut: number;
  current: { accuracy: number | null };
  candidate: { accuracy: number | null };
  uplift: number | null;
}

interface TaggerOut {
  version: number;
  status: string;
  approvedBy: string | null;
  createdAt: string;
  tags: number;
  comparison: Comparison | null;
}

const acc = (v: number | null) => (v === null ? "n/a" : pct(v, 1));
const compared = (x: Comparison | null) =>
  x
    ? `held-out accuracy ${acc(x.candidate.accuracy)} vs ${acc(x.current.accuracy)} now (${plural(x.heldOut, "label")})`
    : "not compared yet";

const taggerLine = (t: TaggerOut) =>
  `*v${t.version}* ${words(t.status)} · ${plural(t.tags, "tag")} · ${compared(t.comparison)}${t.approvedBy ? ` · approved by ${person(t.approvedBy)}` : ""} · ${date(t.createdAt)}`;

export const retrained: Renderer = (o) => {
  const s = o.structured as { version: TaggerOut; dataUsed: { examples: number; train: number; heldOut: number } };
  return rendered([
    section(`🧠 Trained tagger ${taggerLine(s.version)}`),
    context(
      `Learned from ${plural(s.dataUsed.examples, "example")} (${s.dataUsed.train} to train, ${s.dataUsed.heldOut} held out). It runs in shadow and changes nothing until an approver promotes it.`,
    ),
  ]);
};

export const taggerChanged: Renderer = (o) => {
  const s = o.structured as { version: TaggerOut };
  const lead = o.name === "rollback_tagger" ? "⏪ Rolled back to" : "🚀 Promoted";
  return rendered([section(`${lead} tagger ${taggerLine(s.version)}`)]);
};

export const taggers: Renderer = (o) => {
  const s = o.structured as { versions: TaggerOut[] };
  if (!s.versions.length) return rendered([section("No tagger versions yet: retrain once there is feedback.")]);
  const blocks: Block[] = [section(`*Tagger versions*\n${lines(s.versions, (t) => `• ${taggerLine(t)}`).join("\n")}`)];
  return rendered(blocks);
};
