import sharp from "sharp";
import { type GraphNode, lineageChart } from "../../core/charts/lineage.ts";

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
