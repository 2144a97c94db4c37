import { emptyChart, esc, svgFrame } from "./svg.ts";

export interface GraphNode {
  id: string;
  label: string;
  /** asset, run, model, campaign, experiment... picks the colour. */
  type: string;
  href?: string;
  /** The node the page is about; drawn emphasised. */
  focus?: boolean;
}

export interface GraphEdge {
  from: string;
  relation: string;
  to: string;
}

export interface PlacedNode extends GraphNode {
  layer: number;
  x: number;
  y: number;
}

const NODE_W = 168;
const NODE_H = 40;
const GAP_X = 132;
const GAP_Y = 18;
const COLORS: Record<string, string> = {
  asset: "#dbeafe",
  run: "#fef3c7",
  model: "#ede9fe",
  campaign: "#dcfce7",
  experiment: "#fee2e2",
  template: "#e0f2fe",
  prompt: "#fce7f3",
  deployment: "#ffedd5",
};

/**
 * Relations whose target is where the asset went (downstream); in every other relation the target is an input the
 * asset was made from (derived_from, generated_by, uses). Lineage edges always point from the asset outwards, so the
 * drawing direction comes from the relation, not from the edge.
 */
const DOWNSTREAM = new Set(["tested_in", "used_in", "promoted_to"]);

export interface FlowEdge {
  source: string;
  target: string;
  relations: string[];
}

/** Edges as left-to-right flow (input → output → where it went), parallel edges merged into one with both labels. */
export function flowEdges(edges: GraphEdge[], ids?: Set<string>): FlowEdge[] {
  const merged = new Map<string, FlowEdge>();
  for (const e of edges) {
    if (ids && (!ids.has(e.from) || !ids.has(e.to))) continue;
    const [source, target] = DOWNSTREAM.has(e.relation) ? [e.from, e.to] : [e.to, e.from];
    const key = `${source}|${target}`;
    const f = merged.get(key) ?? { source, target, relations: [] };
    if (!f.relations.includes(e.relation)) f.relations.push(e.relation);
    merged.set(key, f);
  }
  return [...merged.values()];
}

/**
 * Layered layout for a lineage DAG: a node's layer is the longest flow path reaching it, so inputs (template, prompt,
 * models, source assets) sit on the left, the asset in the middle, and experiments, ads and the library on the right.
 * Within a layer nodes are ordered by the mean position of their predecessors (one barycentre pass), and each layer
 * is centred vertically.
 */
export function layoutLineage(nodes: GraphNode[], edges: GraphEdge[]): PlacedNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const preds = new Map<string, string[]>();
  for (const f of flowEdges(edges, ids)) preds.set(f.target, [...(preds.get(f.target) ?? []), f.source]);
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // lineage is acyclic by construction; guard anyway
    visiting.add(id);
    const d = Math.max(-1, ...(preds.get(id) ?? []).map(depth)) + 1;
    visiting.delete(id);
    layer.set(id, d);
    return d;
  };
  for (const n of nodes) depth(n.id);
  const layers: GraphNode[][] = [];
  for (const n of nodes) {
    const l = layer.get(n.id)!;
    layers[l] = [...(layers[l] ?? []), n];
  }
  const tallest = Math.max(...layers.map((m) => m?.length ?? 0));
  const position = new Map<string, number>();
  const placed: PlacedNode[] = [];
  layers.forEach((members, l) => {
    const ordered = [...members].sort(
      (a, b) => bary(a.id) - bary(b.id) || a.type.localeCompare(b.type) || a.label.localeCompare(b.label),
    );
    const offset = ((tallest - ordered.length) * (NODE_H + GAP_Y)) / 2;
    ordered.forEach((n, i) => {
      position.set(n.id, i);
      placed.push({ ...n, layer: l, x: 12 + l * (NODE_W + GAP_X), y: 28 + offset + i * (NODE_H + GAP_Y) });
    });
  });
  return placed;

  function bary(id: string): number {
    const ups = (preds.get(id) ?? []).map((d) => position.get(d)).filter((p): p is number => p !== undefined);
    return ups.length ? ups.reduce((a, b) => a + b, 0) / ups.length : 0;
  }
}

/** Draws the laid-out graph: boxes (links for assets), arrows along the flow (input → asset → use), relation labels. */
export function lineageChart(nodes: GraphNode[], edges: GraphEdge[], title: string): string {
  if (nodes.length <= 1 && edges.length === 0) return emptyChart(title, "No lineage recorded for this asset yet");
  const placed = layoutLineage(nodes, edges);
  const at = new Map(placed.map((p) => [p.id, p]));
  const width = Math.max(...placed.map((p) => p.x + NODE_W)) + 12;
  const height = Math.max(...placed.map((p) => p.y + NODE_H)) + 16;
  const flows = flowEdges(edges, new Set(placed.map((p) => p.id)));
  const degree = new Map<string, number>();
  for (const f of flows) for (const id of [f.source, f.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const arrows = flows
    .map((f) => {
      const src = at.get(f.source)!;
      const dst = at.get(f.target)!;
      const x1 = src.x + NODE_W;
      const y1 = src.y + NODE_H / 2;
      const x2 = dst.x;
      const y2 = dst.y + NODE_H / 2;
      const mx = (x1 + x2) / 2;
      const relation = f.relations.join(", ");
      // The label sits at the quieter end of the edge (the leaf, not the hub every edge meets), so labels never stack.
      const nearSource = (degree.get(f.source) ?? 0) <= (degree.get(f.target) ?? 0);
      const label = nearSource
        ? `<text x="${x1 + 6}" y="${y1 - 5}" class="tick">${esc(relation)}</text>`
        : `<text x="${x2 - 8}" y="${y2 - 5}" text-anchor="end" class="tick">${esc(relation)}</text>`;
      return `<path d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2 - 2},${y2}" fill="none" stroke="#6b7280" stroke-width="1.4" marker-end="url(#arrow)"><title>${esc(f.relations.some((r) => DOWNSTREAM.has(r)) ? `${src.label} ${relation} ${dst.label}` : `${dst.label} ${relation} ${src.label}`)}</title></path>${label}`;
    })
    .join("");
  const boxes = placed
    .map((p) => {
      const label = p.label.length > 22 ? `${p.label.slice(0, 21)}…` : p.label;
      const box = `<rect x="${p.x}" y="${p.y}" width="${NODE_W}" height="${NODE_H}" rx="6" fill="${COLORS[p.type] ?? "#f3f4f6"}" stroke="${p.focus ? "#111827" : "#9ca3af"}" stroke-width="${p.focus ? 2.5 : 1}"/><text x="${p.x + 8}" y="${p.y + 16}" class="legend">${esc(label)}</text><text x="${p.x + 8}" y="${p.y + 31}" class="tick">${esc(p.type)}</text><title>${esc(`${p.type} ${p.label} (${p.id})`)}</title>`;
      return p.href
        ? `<a href="${esc(p.href)}" aria-label="${esc(`${p.type} ${p.label}`)}">${box}</a>`
        : `<g>${box}</g>`;
    })
    .join("");
  const defs = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7280"/></marker></defs>`;
  const desc = `${placed.length} nodes, ${edges.length} edges: ${edges
    .slice(0, 12)
    .map((e) => `${at.get(e.from)?.label ?? e.from} ${e.relation} ${at.get(e.to)?.label ?? e.to}`)
    .join("; ")}`;
  return svgFrame(
    { width, height, top: 0, right: 0, bottom: 0, left: 0 },
    title,
    desc,
    `${defs}<text x="12" y="16" class="tick">made from ← · → where it went</text>${arrows}${boxes}`,
  );
}
