import type { LineageGraph } from "./types.ts";

/** Mermaid ids allow letters, digits and `_`; anything else is replaced so a foreign id cannot break the diagram. */
export function mermaidId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z]/.test(safe) ? safe : `n_${safe}`;
}

/** Labels go inside "..."; quotes and markup characters become Mermaid entity codes. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/\|/g, "#124;");
}

const SHAPES: Record<string, [string, string]> = {
  asset: ["[", "]"],
  prompt_version: ["[/", "/]"],
  template_version: ["[\\", "\\]"],
  model: ["{{", "}}"],
  campaign: ["([", "])"],
  experiment: ["((", "))"],
};

/**
 * `graph LR`, arrows in edge direction: dependent --relation--> dependency, so an output points at the prompt
 * version, template version, model and product shot it came from, and at the campaign it was used in.
 */
export function toMermaid(graph: LineageGraph): string {
  const lines = ["graph LR"];
  for (const node of graph.nodes) {
    const [open, close] = SHAPES[node.kind] ?? ["[", "]"];
    const kind = node.assetKind ?? node.kind.replace("_", " ");
    lines.push(`  ${mermaidId(node.id)}${open}"${mermaidLabel(`${node.label} · ${kind}`)}"${close}`);
  }
  for (const edge of graph.edges) {
    lines.push(`  ${mermaidId(edge.from)} -->|${edge.relation}| ${mermaidId(edge.to)}`);
  }
  lines.push(`  classDef root stroke-width:3px`, `  class ${mermaidId(graph.root)} root`);
  return lines.join("\n");
}
