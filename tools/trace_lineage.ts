import * as z from "zod";
import { toMermaid } from "../core/lineage/mermaid.ts";
import { DEFAULT_DEPTH, DEFAULT_MAX_NODES, MAX_DEPTH } from "../core/lineage/trace.ts";
import { Direction, LineageEdge, LineageNode, Relation } from "../core/lineage/types.ts";
import { defineTool } from "./define.ts";

/** Past this many nodes the diagram stays in structured content: a wall of Mermaid helps no reader. */
const TEXT_DIAGRAM_NODES = 80;

const Answer = z.object({
  question: z.literal("prompt_versions_for_campaign"),
  campaign: z.object({ id: z.string(), name: z.string() }),
  outputs: z.number().int(),
  promptVersions: z.array(
    z.object({
      promptVersionId: z.string(),
      label: z.string(),
      outputs: z.number().int(),
      outputIds: z.array(z.string()),
    }),
  ),
  outputsWithoutPrompt: z.array(z.string()),
});

export const traceLineageTool = defineTool({
  name: "trace_lineage",
  title: "Trace lineage",
  description:
    "Explain where something came from and what came of it. From any node id — asset (ast_), generation run (run_), " +
    "model (mdl_), prompt version (prv_), template version (tpv_), campaign (cmp_), experiment (exp_) — walk upstream " +
    "(what it was made from: derived_from, generated_by, uses) and/or downstream (what was made from or with it) up " +
    "to depth hops. Edges point from the dependent node to what it depends on (output --generated_by--> prompt version). " +
    "Returns nodes and edges as JSON plus a Mermaid 'graph LR' diagram. Examples: everything derived from a product " +
    "shot = id of the shot, direction downstream; which prompt versions produced a campaign's outputs = campaign id " +
    "with question 'prompt_versions_for_campaign'.",
  toolset: "library",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    id: z.string().min(3).max(100).describe("Start node id, e.g. ast_01J..., prv_01J..., cmp_01J..."),
    direction: Direction.default("both").describe("upstream (sources), downstream (derivatives) or both"),
    depth: z
      .number()
      .int()
      .min(1, `depth must be 1-${MAX_DEPTH}`)
      .max(MAX_DEPTH, `depth must be 1-${MAX_DEPTH} (deeper walks get slow and unreadable)`)
      .default(DEFAULT_DEPTH)
      .describe(`Hops to follow, 1-${MAX_DEPTH}`),
    relations: z.array(Relation).optional().describe("Only follow these edge relations"),
    kinds: z
      .array(z.string().max(40))
      .optional()
      .describe(
        "Only return nodes of these kinds: asset, output, product, prompt_version, template_version, model, campaign, experiment, run",
      ),
    maxNodes: z
      .number()
      .int()
      .min(10)
      .max(5000)
      .default(DEFAULT_MAX_NODES)
      .describe("Stop walking after this many edges per direction (hubs like a model used by thousands of outputs)"),
    question: z
      .enum(["prompt_versions_for_campaign"])
      .optional()
      .describe(
        "A focused question: 'prompt_versions_for_campaign' needs a campaign id and lists the prompt versions behind its outputs",
      ),
  }),
  output: z.object({
    root: z.string(),
    nodes: z.array(LineageNode),
    edges: z.array(LineageEdge),
    truncated: z.boolean().describe("True when maxNodes stopped the walk; narrow with relations/kinds or lower depth"),
    hidden: z
      .number()
      .int()
      .describe("Nodes left out (with their edges) because they belong to brands you are not a member of"),
    mermaid: z.string(),
    answer: Answer.nullable(),
  }),
  async run(input, { services, visible }) {
    if (input.question === "prompt_versions_for_campaign") {
      const { graph, ...answer } = await services.lineage.promptVersionsForCampaign(input.id, visible);
      const lines = answer.promptVersions.map((p) => `- ${p.label} (${p.promptVersionId}): ${p.outputs} output(s)`);
      const missing = answer.outputsWithoutPrompt.length
        ? `\n${answer.outputsWithoutPrompt.length} output(s) have no recorded prompt version.`
        : "";
      return {
        structured: { ...graph, mermaid: toMermaid(graph), answer: { question: input.question, ...answer } },
        text: `Campaign "${answer.campaign.name}": ${answer.outputs} output(s) from ${answer.promptVersions.length} prompt version(s)\n${lines.join("\n")}${missing}${hiddenNote(graph.hidden)}`,
      };
    }
    const graph = await services.lineage.trace(input, visible);
    const mermaid = toMermaid(graph);
    const counts = new Map<string, number>();
    for (const n of graph.nodes) {
      if (n.id !== graph.root) counts.set(n.assetKind ?? n.kind, (counts.get(n.assetKind ?? n.kind) ?? 0) + 1);
    }
    const summary = [...counts.entries()].map(([k, n]) => `${n} ${k}`).join(", ") || "no connected nodes";
    const root = graph.nodes.find((n) => n.id === graph.root);
    return {
      structured: { ...graph, mermaid, answer: null },
      text: `${root?.label ?? graph.root} (${input.direction}, depth ${input.depth}): ${summary}; ${graph.edges.length} edge(s)${graph.truncated ? " — truncated at maxNodes" : ""}${hiddenNote(graph.hidden)}\n\n${
        graph.nodes.length <= TEXT_DIAGRAM_NODES
          ? mermaid
          : `(diagram of ${graph.nodes.length} nodes is in structuredContent.mermaid; narrow with kinds/relations for a readable one)`
      }`,
    };
  },
});

/** Said whenever a graph was trimmed for the reader, so a gap in it is not mistaken for "nothing there". */
const hiddenNote = (hidden: number) =>
  hidden ? `\n${hidden} node(s) on brands you are not a member of are left out.` : "";
