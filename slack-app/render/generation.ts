import { formatUsd } from "../../core/costs/money.ts";
import { rankedAssets } from "./assets.ts";
import { count, date, esc, money, pct, throughDate } from "./format.ts";
import { context, lines, named, nextPage, plural, prose, type Renderer, rendered, section, words } from "./kit.ts";
import type { Block } from "./types.ts";

/** Generation tools: variants, templates, starter files, models, costs and prompt versions. */

export const generated: Renderer = (o, c) => {
  const s = o.structured as {
    templateVersionId: string;
    models: { text: string; image: string };
    variants: {
      assetId: string;
      slots: Record<string, string>;
      copy: Record<string, string>;
      costMicros: number;
      warnings: string[];
    }[];
    dropped: { reason: string }[];
    failed: { error: string }[];
    skipped?: { reason: string }[];
    budget?: { stopped: boolean; message: string | null };
  };
  const total = s.variants.reduce((sum, v) => sum + v.costMicros, 0);
  const head = `*Made ${plural(s.variants.length, "variant")}* for ${money(total)}${
    s.dropped.length ? ` · ${s.dropped.length} dropped by the brand rules` : ""
  }${s.failed.length ? ` · ${s.failed.length} failed` : ""}${s.skipped?.length ? ` · ${s.skipped.length} skipped` : ""}`;
  const made = rankedAssets(
    c,
    head,
    s.variants.map((v, i) => ({
      asset: { id: v.assetId, name: c.refs.name(v.assetId) ?? v.copy.headline ?? `Variant ${i + 1}` },
      detail: [
        v.copy.headline ? `“${v.copy.headline}”` : "",
        v.copy.body,
        v.copy.cta ? `CTA: ${v.copy.cta}` : "",
        Object.entries(v.slots)
          .map(([k, x]) => `${k} ${x}`)
          .join(" · "),
        v.warnings.length ? `⚠️ ${v.warnings.join("; ")}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    })),
  );
  const notes = [
    `Models: ${named(c, s.models.text, "text model")} for copy, ${named(c, s.models.image, "image model")} for pictures.`,
    ...lines(s.dropped, (d) => `Dropped: ${prose(c, d.reason)}`, 3),
    ...lines(s.failed, (f) => `Failed: ${prose(c, f.error)}`, 3),
    ...lines(s.skipped ?? [], (k) => `Skipped: ${prose(c, k.reason)}`, 3),
    s.budget?.message ? prose(c, s.budget.message) : "",
  ].filter(Boolean);
  return { ...made, blocks: [...made.blocks, context(notes.join("\n"))], charts: [] };
};

interface TemplateOut {
  id: string;
  name: string;
  description: string | null;
  latestVersion: number;
  versions: { version: number; note: string | null; derivedFromAssetId: string | null; createdAt: string }[];
  slots: Record<string, string[]>;
  formats: string[];
}

const slotLine = (t: TemplateOut) =>
  Object.entries(t.slots)
    .map(([slot, values]) => `${slot} (${values.length})`)
    .join(", ");

export const templates: Renderer = (o, c) => {
  const s = o.structured as { items: TemplateOut[] };
  if (!s.items.length) return rendered([section("No templates yet. Ask for a starter template file to begin.")]);
  const rows = lines(s.items, (t) => {
    const latest = t.versions.find((v) => v.version === t.latestVersion);
    const from = latest?.derivedFromAssetId ? `, from winner ${named(c, latest.derivedFromAssetId, "a winner")}` : "";
    return `• *${esc(t.name)}* v${t.latestVersion}${latest?.note ? ` — ${prose(c, latest.note)}` : ""}${from}\n   formats ${t.formats.join(", ")}; slots ${slotLine(t)}`;
  });
  return rendered([section(`*${plural(s.items.length, "template")}*\n${rows.join("\n")}`)], { next: nextPage(o) });
};

export const templateCreated: Renderer = (o, c) => {
  const s = o.structured as {
    template: TemplateOut;
    version: { version: number; note: string | null; derivedFromAssetId: string | null };
  };
  const t = s.template;
  const head =
    s.version.version === 1
      ? `🧩 Created template *${esc(t.name)}*`
      : `🧩 New version v${s.version.version} of *${esc(t.name)}*`;
  return rendered([
    section(
      `${head}${s.version.note ? ` — ${prose(c, s.version.note)}` : ""}${
        s.version.derivedFromAssetId ? ` (from winner ${named(c, s.version.derivedFromAssetId, "a winner")})` : ""
      }\nFormats ${t.formats.join(", ")}; slots ${slotLine(t)}`,
    ),
  ]);
};

/** The starter is a file to save and edit, so it comes as a file in the thread rather than as message text. */
export const starterFile: Renderer = (o, c) => {
  const s = o.structured as { kind: string; filename: string; text: string; next: string; reference: string };
  const size = s.text.split("\n").length;
  return rendered(
    [
      section(
        `📝 Starter ${words(s.kind)}: *${esc(s.filename)}* (${size} lines, attached below). Edit it, then ${prose(c, s.next)}.`,
      ),
      context(`Every field is explained in ${esc(s.reference)}; the comments in the file say what each part does.`),
    ],
    { files: [{ filename: s.filename, title: `Starter ${words(s.kind)}`, content: Buffer.from(s.text, "utf8") }] },
  );
};

export const models: Renderer = (o) => {
  const s = o.structured as {
    items: {
      provider: string;
      name: string;
      task: string;
      costPer1kInputMicros: number;
      costPer1kOutputMicros: number;
      costPerImageMicros: number;
      latencyMsEwma: number | null;
      quality: number;
      errorRate: number;
      enabled: boolean;
      configured: boolean;
    }[];
  };
  const price = (m: (typeof s.items)[number]) =>
    m.task === "image"
      ? `${formatUsd(m.costPerImageMicros)} per image`
      : `${formatUsd(m.costPer1kInputMicros)} / ${formatUsd(m.costPer1kOutputMicros)} per 1k tokens in/out`;
  const row = (m: (typeof s.items)[number]) =>
    `${m.configured ? "🟢" : "⚪"} *${esc(m.provider)}/${esc(m.name)}* — ${price(m)}, quality ${m.quality.toFixed(2)}${
      m.latencyMsEwma !== null ? `, ~${count(m.latencyMsEwma)} ms` : ""
    }, errors ${pct(m.errorRate, 0)}${m.configured ? "" : " · no key configured"}${m.enabled ? "" : " · disabled"}`;
  const blocks: Block[] = [];
  for (const task of ["text", "image"]) {
    const list = s.items.filter((m) => m.task === task);
    if (list.length)
      blocks.push(section(`*${task === "text" ? "Text" : "Image"} models*\n${lines(list, row).join("\n")}`));
  }
  return rendered(blocks.length ? blocks : [section("No models are registered.")]);
};

export const cost: Renderer = (o) => {
  const s = o.structured as {
    range: { from: string | null; to: string | null };
    totals: { costMicros: number; calls: number; images: number };
    breakdowns: { dimension: string; rows: { label: string; costMicros: number; share: number }[]; more: boolean }[];
    costPerWinner: {
      label: string;
      costPerWinnerMicros: number | null;
      costPerWinningAssetMicros: number | null;
      adSpendMicros: number;
      winners: number;
      note: string | null;
    }[];
  };
  const range =
    s.range.from || s.range.to
      ? ` from ${s.range.from ? date(s.range.from) : "the start"} through ${throughDate(s.range.to)}`
      : "";
  const head = `*Spend ${money(s.totals.costMicros)}*${range} · ${plural(s.totals.calls, "provider call")} · ${plural(s.totals.images, "image")}`;
  const blocks: Block[] = [section(head)];
  for (const b of s.breakdowns.filter((x) => x.rows.length)) {
    const rows = lines(b.rows, (r) => `• ${esc(r.label)}: ${money(r.costMicros)} (${pct(r.share, 0)})`, 6);
    blocks.push(section(`*By ${words(b.dimension)}*\n${rows.join("\n")}${b.more && b.rows.length <= 6 ? "\n…" : ""}`));
  }
  const winners = lines(s.costPerWinner, (w) =>
    w.costPerWinnerMicros === null
      ? `• ${esc(w.label)}: no winner yet${w.note ? ` (${esc(w.note)})` : ""}`
      : `• ${esc(w.label)}: ${money(w.costPerWinnerMicros)} per winner (${w.winners} promoted)${
          w.costPerWinningAssetMicros !== null
            ? `; ${money(w.costPerWinningAssetMicros)} with ad spend ${money(w.adSpendMicros)}`
            : ""
        }`,
  );
  if (s.costPerWinner.length) blocks.push(section(`*Cost per winner*\n${winners.join("\n")}`));
  return rendered(blocks, { text: head.replace(/\*/g, "") });
};

interface LabelMove {
  prompt: string;
  label: string;
  fromVersion: number | null;
  toVersion: number;
  changed: boolean;
}

const moveLine = (m: LabelMove) =>
  m.changed
    ? `*${esc(m.label)}* of ${esc(m.prompt)}: ${m.fromVersion === null ? "new" : `v${m.fromVersion}`} → v${m.toVersion}`
    : `*${esc(m.label)}* of ${esc(m.prompt)} already on v${m.toVersion}`;

export const promptCreated: Renderer = (o, c) => {
  const s = o.structured as {
    version: { name: string; version: number; variables: string[]; note: string | null; text: string };
    created: boolean;
    labelsMoved: LabelMove[];
  };
  const v = s.version;
  return rendered([
    section(
      `${s.created ? "✍️ Saved" : "Already saved as"} *${esc(v.name)} v${v.version}*${v.note ? ` — ${prose(c, v.note)}` : ""}\nVariables: ${
        v.variables.map((x) => `\`${x}\``).join(", ") || "none"
      }`,
    ),
    ...(s.labelsMoved.length ? [context(s.labelsMoved.map(moveLine).join("\n"))] : []),
  ]);
};

export const promptLabel: Renderer = (o) => {
  const s = o.structured as { move: LabelMove };
  return rendered([section(`🏷️ ${moveLine(s.move)}`)]);
};

export const promptVersions: Renderer = (o, c) => {
  const s = o.structured as {
    prompt: { name: string; description: string | null; latestVersion: number };
    labels: { label: string; version: number }[];
    items: {
      version: number;
      note: string | null;
      createdBy: string | null;
      createdAt: string;
      labels: string[];
      rollup: { runs: number; outputs: number; costMicros: number; impressions: number; ctr: number | null };
    }[];
    diff: { from: string; to: string; addedLines: number; removedLines: number } | null;
  };
  const rows = lines(
    s.items,
    (v) =>
      `• *v${v.version}*${v.labels.length ? ` [${v.labels.map(esc).join(", ")}]` : ""}${v.note ? ` — ${prose(c, v.note)}` : ""} · ${date(v.createdAt)}\n   ${plural(v.rollup.runs, "run")}, ${plural(v.rollup.outputs, "output")}, ${money(v.rollup.costMicros)}${
        v.rollup.ctr !== null ? `, CTR ${pct(v.rollup.ctr, 2)} on ${count(v.rollup.impressions)} impressions` : ""
      }`,
  );
  const blocks: Block[] = [
    section(
      `*${esc(s.prompt.name)}* — ${plural(s.items.length, "version")}${s.prompt.description ? `\n${prose(c, s.prompt.description)}` : ""}\n${rows.join("\n")}`,
    ),
  ];
  if (s.diff)
    blocks.push(context(`${s.diff.from} → ${s.diff.to}: +${s.diff.addedLines} / −${s.diff.removedLines} lines`));
  return rendered(blocks, { next: nextPage(o) });
};
