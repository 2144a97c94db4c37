import { date, esc } from "./format.ts";
import {
  context,
  lines,
  MAX_ROWS,
  named,
  nextPage,
  plural,
  prose,
  type RenderContext,
  type Renderer,
  rendered,
  section,
  strong,
  withThumbnail,
  words,
} from "./kit.ts";
import type { Block, RenderedOutcome } from "./types.ts";

/** Library tools: search, lists, one asset, adding/importing/updating, reviews of assets, tags and duplicates. */

/** Statuses worth telling a marketer about in a list; the everyday ones (ready, approved...) are noise. */
const NOTABLE_STATUS = new Set([
  "needs_review",
  "in_review",
  "rejected",
  "archived",
  "discarded",
  "expired",
  "promoted",
]);

interface AssetLike {
  id: string;
  name: string;
  kind?: string | undefined;
  status?: string | undefined;
}

/** A ranked list of assets, thumbnails in result order: beside each row with a public URL, else uploaded in order. */
export function rankedAssets(
  c: RenderContext,
  head: string,
  rows: { asset: AssetLike; detail: string }[],
  footer?: string,
): Pick<RenderedOutcome, "blocks" | "images" | "text"> {
  const blocks: Block[] = [section(head)];
  const images: RenderedOutcome["images"] = [];
  rows.slice(0, MAX_ROWS).forEach(({ asset, detail }, i) => {
    const status = asset.status && NOTABLE_STATUS.has(asset.status) ? ` · ${words(asset.status)}` : "";
    const line = `*${i + 1}.* ${strong(c, asset.id, asset.name)}${asset.kind ? ` · ${asset.kind}` : ""}${status}${
      detail ? `\n${prose(c, detail)}` : ""
    }`;
    const shown = withThumbnail(c, line, asset.id, `${i + 1}. ${asset.name}`);
    blocks.push(shown.block);
    images.push(...shown.images);
  });
  if (rows.length > MAX_ROWS) blocks.push(context(`…and ${rows.length - MAX_ROWS} more`));
  if (footer) blocks.push(context(footer));
  const text = [
    head,
    ...rows.slice(0, MAX_ROWS).map(({ asset }, i) => `${i + 1}. ${named(c, asset.id, asset.name)}`),
  ].join("\n");
  return { blocks, images, text };
}

export const search: Renderer = (o, c) => {
  const s = o.structured as { items: { asset: AssetLike; why: string[] }[]; audience: string | null; notes: string[] };
  const page = typeof o.args.cursor === "string" ? " (next page)" : "";
  const head = s.items.length
    ? `*${plural(s.items.length, o.name === "find_similar" ? "similar asset" : "result")}*${page}${
        s.audience ? ` biased toward *${esc(s.audience)}*` : ""
      }, best first`
    : "Nothing in the library matches. Try other words, or fewer filters.";
  const notes = s.notes.map((n) => prose(c, n)).join(" · ");
  return {
    ...rankedAssets(
      c,
      head,
      s.items.map((h) => ({ asset: h.asset, detail: h.why.slice(0, 3).join("; ") })),
      notes || undefined,
    ),
    charts: [],
    next: nextPage(o),
  };
};

export const listAssets: Renderer = (o, c) => {
  const s = o.structured as { items: (AssetLike & { createdAt?: string })[] };
  return {
    ...rankedAssets(
      c,
      s.items.length ? `*${plural(s.items.length, "asset")}*` : "No assets match.",
      s.items.map((a) => ({ asset: a, detail: a.createdAt ? `added ${date(a.createdAt)}` : "" })),
    ),
    charts: [],
    next: nextPage(o),
  };
};

interface AssetOut {
  id: string;
  name: string;
  kind: string;
  status: string;
  brandId: string | null;
  description: string | null;
  owner: string | null;
  rightsHolder: string | null;
  rightsExpiresAt: string | null;
  notes: string | null;
  reviewReason: string | null;
  width: number;
  height: number;
  format: string;
  version: number;
  tags?: { category: string; tag: string; confidence: number }[];
  links?: { type: string; id: string }[];
}

/** One asset: name, kind and status, rights, owner, tags and notes, with its picture. */
function assetCard(c: RenderContext, a: AssetOut, lead: string) {
  const facts = [
    `${a.kind} · ${words(a.status)} · ${a.width}×${a.height} ${a.format}`,
    a.brandId ? `brand ${named(c, a.brandId, "its brand")}` : "",
    a.rightsHolder || a.rightsExpiresAt
      ? `rights ${a.rightsHolder ? esc(a.rightsHolder) : ""}${a.rightsExpiresAt ? ` until ${date(a.rightsExpiresAt)}` : ""}`.trim()
      : "",
    a.owner ? `owner ${esc(a.owner)}` : "",
  ].filter(Boolean);
  const body = [
    `${lead}${strong(c, a.id, a.name)}`,
    facts.join(" · "),
    a.description ? prose(c, a.description) : "",
    a.reviewReason ? `⚠️ Needs review: ${prose(c, a.reviewReason)}` : "",
    a.notes ? `_Notes:_ ${prose(c, a.notes)}` : "",
  ].filter(Boolean);
  const shown = withThumbnail(c, body.join("\n"), a.id, a.name);
  const blocks: Block[] = [shown.block];
  if (a.tags?.length)
    blocks.push(
      context(
        `Tags: ${a.tags
          .slice(0, 12)
          .map((t) => `${esc(t.category)}: ${esc(t.tag)}`)
          .join(", ")}${a.tags.length > 12 ? `, and ${a.tags.length - 12} more` : ""}`,
      ),
    );
  if (a.links?.length) {
    const byType = new Map<string, number>();
    for (const l of a.links) byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
    blocks.push(context(`Linked to ${[...byType].map(([t, n]) => plural(n, t)).join(", ")}.`));
  }
  return { blocks, images: shown.images };
}

export const oneAsset: Renderer = (o, c) => {
  const s = o.structured as { asset: AssetOut; created?: boolean; duplicateOf?: string };
  const lead =
    o.name === "add_asset"
      ? s.created === false
        ? "Already in the library: "
        : "➕ Added "
      : o.name === "update_asset"
        ? `✏️ Updated (version ${s.asset.version}) `
        : "";
  const card = assetCard(c, s.asset, lead);
  return rendered(card.blocks, { images: card.images });
};

export const imported: Renderer = (o, c) => {
  const s = o.structured as {
    imported: { file: string; id: string }[];
    duplicates: { file: string; duplicateOf: string; duplicateOfName: string }[];
    failed: { file: string; error: string }[];
  };
  const blocks: Block[] = [
    section(
      `📦 Imported *${plural(s.imported.length, "asset")}*${s.duplicates.length ? `, skipped ${plural(s.duplicates.length, "duplicate")}` : ""}${
        s.failed.length ? `, ${s.failed.length} failed` : ""
      }.`,
    ),
  ];
  if (s.imported.length)
    blocks.push(section(lines(s.imported, (i) => `• ${named(c, i.id, i.file.split("/").pop() ?? i.file)}`).join("\n")));
  if (s.duplicates.length)
    blocks.push(
      context(
        lines(
          s.duplicates,
          (d) => `${esc(d.file)} is the same file as ${named(c, d.duplicateOf, d.duplicateOfName)}`,
          5,
        ).join("\n"),
      ),
    );
  if (s.failed.length)
    blocks.push(section(`*Failed*\n${lines(s.failed, (f) => `• ${esc(f.file)}: ${prose(c, f.error)}`, 5).join("\n")}`));
  return rendered(blocks);
};

export const libraryReview: Renderer = (o, c) => {
  const s = o.structured as {
    items: { id: string; name: string; kind: string; owner: string | null; reasons: { detail: string }[] }[];
  };
  if (!s.items.length) return rendered([section("Nothing in the library needs a look right now. ✨")]);
  const rows = lines(
    s.items,
    (a) =>
      `• ${named(c, a.id, a.name)} (${a.kind}${a.owner ? `, ${esc(a.owner)}` : ""}): ${prose(c, a.reasons.map((r) => r.detail).join("; "))}`,
  );
  return rendered(
    [
      section(
        `*${plural(s.items.length, "asset")} to review*${nextPage(o) ? " (more behind More)" : ""}\n${rows.join("\n")}`,
      ),
    ],
    {
      next: nextPage(o),
    },
  );
};

export const reviewedAsset: Renderer = (o, c) => {
  const s = o.structured as {
    assetId: string;
    from: string;
    status: string;
    lastReviewedAt: string;
    clearedReason: string | null;
  };
  return rendered([
    section(
      `👀 Reviewed ${strong(c, s.assetId, "the asset")}: ${words(s.from)} → *${words(s.status)}* on ${date(s.lastReviewedAt)}.`,
    ),
    ...(s.clearedReason ? [context(`Cleared: ${prose(c, s.clearedReason)}`)] : []),
  ]);
};

export const replacedVersion: Renderer = (o, c) => {
  const s = o.structured as { replacedId: string; newAssetId: string; marked: { assetId: string; reason: string }[] };
  const blocks: Block[] = [
    section(
      `🔁 ${strong(c, s.newAssetId, "The new version")} now replaces ${named(c, s.replacedId, "the old version")} (archived).`,
    ),
  ];
  blocks.push(
    s.marked.length
      ? section(
          `*${plural(s.marked.length, "derived asset")} marked needs review*\n${lines(s.marked, (m) => `• ${named(c, m.assetId, "an asset")}: ${prose(c, m.reason)}`).join("\n")}`,
        )
      : context("No derived assets needed a new review."),
  );
  return rendered(blocks);
};

export const tagged: Renderer = (o, c) => {
  const s = o.structured as {
    results: { id: string; tags: { category: string; tag: string }[]; error?: string }[];
    tagged: number;
    failed: number;
  };
  const rows = lines(
    s.results,
    (r) =>
      `• ${named(c, r.id, "an asset")}: ${
        r.error
          ? `⚠️ ${prose(c, r.error)}`
          : r.tags
              .slice(0, 8)
              .map((t) => `${esc(t.category)} ${esc(t.tag)}`)
              .join(", ") || "no tags"
      }`,
  );
  return rendered([
    section(
      `🏷️ Tagged *${s.tagged} of ${s.results.length}*${s.failed ? ` (${s.failed} failed)` : ""}\n${rows.join("\n")}`,
    ),
  ]);
};

export const duplicates: Renderer = (o, c) => {
  const s = o.structured as {
    groups: { assetIds: string[]; suggestedKeep: string; keepReason: string }[];
    checked: number;
    keptApart: { a: string; b: string; reason?: string }[];
  };
  if (!s.groups.length)
    return rendered([section(`No duplicates found (${plural(s.checked, "candidate pair")} checked on pixels).`)], {
      next: nextPage(o),
    });
  const rows = lines(
    s.groups,
    (g, i) =>
      `${i + 1}. Keep ${named(c, g.suggestedKeep, "the suggested copy")} (${prose(c, g.keepReason)}); duplicates: ${g.assetIds
        .filter((id) => id !== g.suggestedKeep)
        .map((id) => named(c, id, "a copy"))
        .join(", ")}`,
  );
  const blocks: Block[] = [section(`*${plural(s.groups.length, "duplicate group")}*\n${rows.join("\n")}`)];
  if (s.keptApart.length)
    blocks.push(
      context(
        `Look-alikes kept apart: ${lines(s.keptApart, (p) => `${named(c, p.a, "one")} / ${named(c, p.b, "another")}${p.reason ? ` — ${prose(c, p.reason)}` : ""}`, 3).join("; ")}`,
      ),
    );
  return rendered(blocks, { next: nextPage(o) });
};

export const resolvedDuplicates: Renderer = (o, c) => {
  const s = o.structured as {
    kept: string;
    keepReason: string;
    archived: string[];
    tagsCopied: number;
    linksMoved: number;
    edgesRepointed: number;
    armsRepointed: number;
    deploymentsRepointed: number;
  };
  const moved = [
    plural(s.tagsCopied, "tag"),
    plural(s.linksMoved, "link"),
    plural(s.edgesRepointed, "lineage edge"),
    plural(s.armsRepointed, "experiment arm"),
    plural(s.deploymentsRepointed, "deployment"),
  ].join(", ");
  return rendered([
    section(
      `🧹 Kept ${strong(c, s.kept, "the chosen copy")} (${prose(c, s.keepReason)}); archived ${s.archived.map((id) => named(c, id, "a copy")).join(", ")} into it.`,
    ),
    context(`Moved onto the keeper: ${moved}.`),
  ]);
};
