import sharp from "sharp";
import { type GraphNode, lineageChart } from "../../core/charts/lineage.ts";
import { esc } from "./format.ts";
import { context, lines, named, plural, type Renderer, rendered, section, words } from "./kit.ts";
import type { RenderedOutcome } from "./types.ts";

interface LineageNodeOut {
  id: string;
  kind: string;
  label: string;
  assetKind?: string | undefined;
}

const TYPE: Record<string, string> = {
  asset: "asset",
  output: "asset",
  template_version: "template",
  template: "template",
  prompt_version: "prompt",
  prompt: "prompt",
  model: "model",
  campaign: "campaign",
  experiment: "experiment",
  run: "run",
  deployment: "deployment",
};

/** A readable picture stops somewhere; the text says how many more there were. */
export const MAX_CHART_NODES = 40;

/**
 * The lineage as the dashboard draws it (core/charts/lineage.ts), rasterised to a PNG for Slack, which shows no SVG.
 * Nodes closest to the root are kept when the graph is larger than a picture can hold.
 */
export async function lineagePng(
  structured: {
    root: string;
    nodes: (LineageNodeOut & { depth?: number })[];
    edges: { from: string; relation: string; to: string }[];
  },
  title: string,
): Promise<{ png: Buffer; shown: number }> {
  const nodes = [...structured.nodes].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0)).slice(0, MAX_CHART_NODES);
  const ids = new Set(nodes.map((n) => n.id));
  const graph: GraphNode[] = nodes.map((n) => ({
    id: n.id,
    label: n.label || n.id,
    type: TYPE[n.kind] ?? n.kind,
    focus: n.id === structured.root,
  }));
  const edges = structured.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const svg = lineageChart(graph, edges, title);
  const png = await sharp(Buffer.from(svg), { density: 144 }).flatten({ background: "#ffffff" }).png().toBuffer();
  return { png, shown: nodes.length };
}

/** trace_lineage: what an asset (or campaign) was made from and what came of it, with the picture of the graph. */
export const lineage: Renderer = async (o, c) => {
  const s = o.structured as {
    root: string;
    nodes: { id: string; kind: string; label: string; side: string; depth: number; assetKind?: string }[];
    edges: { from: string; relation: string; to: string }[];
    truncated: boolean;
    answer: {
      campaign: { name: string };
      outputs: number;
      promptVersions: { label: string; outputs: number }[];
    } | null;
  };
  const root = s.nodes.find((n) => n.id === s.root);
  const title = `Lineage of ${root?.label ?? "this asset"}`;
  const side = (which: string) =>
    s.nodes
      .filter((n) => n.side === which && n.depth === 1)
      .map((n) => `${named(c, n.id, n.label)} (${words(n.assetKind ?? n.kind)})`);
  const out = [`*${named(c, s.root, title)}*`];
  if (root) out[0] = `*Lineage of ${named(c, s.root, root.label)}*`;
  if (s.answer) {
    out.push(
      `Campaign “${esc(s.answer.campaign.name)}” made ${plural(s.answer.outputs, "output")} with: ${
        s.answer.promptVersions.map((p) => `${esc(p.label)} (${plural(p.outputs, "output")})`).join(", ") ||
        "no recorded prompt versions"
      }`,
    );
  }
  const up = side("upstream");
  const down = side("downstream");
  if (up.length) out.push(`Made from: ${lines(up, (x) => x, 8).join(", ")}`);
  if (down.length) out.push(`Went to: ${lines(down, (x) => x, 8).join(", ")}`);
  if (!up.length && !down.length && !s.answer) out.push("No lineage recorded for it yet.");
  const charts: RenderedOutcome["charts"] = [];
  let note = `${plural(s.nodes.length, "node")}, ${plural(s.edges.length, "link")}${s.truncated ? " (walk stopped early; ask for fewer hops)" : ""}`;
  if (s.nodes.length > 1) {
    const { png, shown } = await lineagePng(s, title);
    charts.push({ filename: `lineage-${s.root}.png`, title, png });
    if (shown < s.nodes.length) note += ` · picture shows the ${shown} nearest`;
  }
  return rendered([section(out.join("\n")), context(note)], { charts });
};
