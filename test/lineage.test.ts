import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoNow } from "../core/clock.ts";
import { newId } from "../core/ids.ts";
import { addLineageEdges } from "../db/repositories/lineage.ts";
import { invokeTool } from "../tools/define.ts";
import { traceLineageTool } from "../tools/trace_lineage.ts";
import { type SeededGraph, seedLineageGraph } from "./helpers/lineage-graph.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let g: SeededGraph;

beforeAll(async () => {
  ws = await createTestWorkspace();
  g = await seedLineageGraph(ws.services);
});
afterAll(async () => {
  await ws.cleanup();
});

interface Trace {
  root: string;
  nodes: { id: string; kind: string; label: string; assetKind?: string; side: string; depth: number }[];
  edges: { from: string; relation: string; to: string }[];
  truncated: boolean;
  mermaid: string;
  answer: null | {
    outputs: number;
    promptVersions: { promptVersionId: string; label: string; outputs: number; outputIds: string[] }[];
    outputsWithoutPrompt: string[];
  };
}

async function trace(args: Record<string, unknown>) {
  const outcome = await invokeTool(traceLineageTool, args, toolContext(ws.services));
  return { ...outcome, graph: outcome.structured as unknown as Trace };
}

describe("trace_lineage upstream", () => {
  it("explains an output: its product shot, scene, prompt version, template version, model and campaign", async () => {
    const { graph, isError } = await trace({ id: g.outputs[2], direction: "upstream", depth: 1 });
    expect(isError).toBe(false);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual(
      [
        g.outputs[2],
        g.product,
        g.scene,
        g.promptVersions.v2.id,
        g.templateVersionId,
        g.models.text,
        g.campaigns.spring,
        g.experimentId,
      ].sort(),
    );
    expect(byId.get(g.promptVersions.v2.id)).toMatchObject({
      kind: "prompt_version",
      label: "copywriter v2",
      depth: 1,
    });
    expect(byId.get(g.templateVersionId)?.label).toBe("Spring promo v1");
    expect(byId.get(g.models.text)?.label).toBe("local/copy");
    expect(byId.get(g.product)).toMatchObject({ label: "Aero 3 — ember", assetKind: "product" });
    expect(graph.edges).toContainEqual({
      id: expect.any(String),
      from: g.outputs[2],
      relation: "generated_by",
      to: g.promptVersions.v2.id,
    });
    expect(graph.edges.every((e) => e.from === g.outputs[2])).toBe(true);
  });

  it("follows several hops: a resize reaches the original output's prompt version at depth 2", async () => {
    const shallow = await trace({ id: g.outputs[4], direction: "upstream", depth: 1 });
    expect(shallow.graph.nodes.map((n) => n.id)).not.toContain(g.promptVersions.v1.id);
    const deep = await trace({ id: g.outputs[4], direction: "upstream", depth: 2 });
    expect(deep.graph.nodes.find((n) => n.id === g.promptVersions.v1.id)).toMatchObject({ depth: 2, side: "upstream" });
  });

  it("filters by relation and by node kind", async () => {
    const generated = await trace({ id: g.outputs[0], direction: "upstream", depth: 1, relations: ["generated_by"] });
    expect(new Set(generated.graph.edges.map((e) => e.relation))).toEqual(new Set(["generated_by"]));
    expect(generated.graph.nodes.map((n) => n.kind).sort()).toEqual([
      "asset",
      "model",
      "prompt_version",
      "template_version",
    ]);
    const prompts = await trace({ id: g.outputs[0], direction: "upstream", depth: 1, kinds: ["prompt_version"] });
    expect(prompts.graph.nodes.map((n) => n.id)).toEqual([g.outputs[0], g.promptVersions.v1.id]);
    expect(prompts.graph.edges).toHaveLength(1);
  });
});

describe("trace_lineage downstream", () => {
  it("finds everything derived from a product shot, including derivatives of derivatives", async () => {
    const { graph, text } = await trace({ id: g.product, direction: "downstream", kinds: ["output"] });
    expect(
      graph.nodes
        .filter((n) => n.assetKind === "output")
        .map((n) => n.id)
        .sort(),
    ).toEqual([...g.outputs].sort());
    expect(graph.nodes.find((n) => n.id === g.outputs[4])).toMatchObject({ depth: 2, side: "downstream" });
    expect(text).toMatch(/^Aero 3 — ember \(downstream, depth 3\): 5 output/);
  });

  it("lists the outputs a prompt version generated", async () => {
    const { graph } = await trace({ id: g.promptVersions.v1.id, direction: "downstream", depth: 1 });
    expect(
      graph.nodes
        .filter((n) => n.side === "downstream")
        .map((n) => n.id)
        .sort(),
    ).toEqual([g.outputs[0], g.outputs[1]].sort());
  });

  it("stops at maxNodes on hub nodes and says so", async () => {
    const hub = newId("model");
    const edges = Array.from({ length: 15 }, () => ({
      fromId: newId("asset"),
      relation: "generated_by" as const,
      toId: hub,
    }));
    await addLineageEdges(ws.services.database.db, edges, isoNow(ws.services.clock));
    const capped = await trace({ id: hub, direction: "downstream", maxNodes: 10 });
    expect(capped.graph.truncated).toBe(true);
    expect(capped.text).toMatch(/truncated at maxNodes/);
    const full = await trace({ id: hub, direction: "downstream", maxNodes: 20 });
    expect(full.graph.truncated).toBe(false);
    expect(full.graph.nodes).toHaveLength(16);
  });
});

describe("trace_lineage answers campaign questions", () => {
  it("tells which prompt versions produced the outputs in a campaign", async () => {
    const { graph, text } = await trace({ id: g.campaigns.spring, question: "prompt_versions_for_campaign" });
    expect(graph.answer?.outputs).toBe(4);
    expect(graph.answer?.promptVersions.map((p) => [p.label, p.outputs])).toEqual([
      ["copywriter v1", 2],
      ["copywriter v2", 2],
    ]);
    expect(graph.answer?.promptVersions[1]?.outputIds.sort()).toEqual([g.outputs[2], g.outputs[3]].sort());
    expect(text).toMatch(/Campaign "Spring Sprint": 4 output\(s\) from 2 prompt version\(s\)/);
    expect(graph.mermaid).toContain(`${g.outputs[0]} -->|generated_by| ${g.promptVersions.v1.id}`);
    expect(graph.mermaid).toContain(`${g.outputs[0]} -->|used_in| ${g.campaigns.spring}`);
  });

  it("finds the prompt version through a generation run node", async () => {
    const { graph } = await trace({ id: g.campaigns.summer, question: "prompt_versions_for_campaign" });
    expect(graph.answer?.promptVersions).toEqual([
      { promptVersionId: g.promptVersions.v2.id, label: "copywriter v2", outputs: 1, outputIds: [g.outputs[4]] },
    ]);
    expect(graph.answer?.outputsWithoutPrompt).toEqual([]);
  });

  it("refuses the question for an id that is not a campaign", async () => {
    const outcome = await trace({ id: g.product, question: "prompt_versions_for_campaign" });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/not_found: Campaign ast_/);
  });
});

describe("trace_lineage output formats", () => {
  it("returns a Mermaid graph LR with named nodes and relation-labelled edges", async () => {
    const { graph, text } = await trace({ id: g.outputs[0], direction: "upstream", depth: 1 });
    const lines = graph.mermaid.split("\n");
    expect(lines[0]).toBe("graph LR");
    expect(lines).toContain(`  ${g.promptVersions.v1.id}[/"copywriter v1 · prompt version"/]`);
    expect(lines).toContain(`  ${g.outputs[0]} -->|derived_from| ${g.product}`);
    expect(text).toContain("graph LR");
  });
});

describe("trace_lineage bad input", () => {
  it("answers not_found for an unknown node id", async () => {
    const outcome = await trace({ id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D" });
    expect(outcome.isError).toBe(true);
    expect(outcome.error?.code).toBe("not_found");
    expect(outcome.text).toMatch(/Lineage node ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D not found/);
  });

  it.each([0, 11, 2.5])("refuses depth %s naming depth", async (depth) => {
    const outcome = await trace({ id: g.product, depth });
    expect(outcome.isError).toBe(true);
    expect(outcome.error?.code).toBe("invalid_input");
    expect(outcome.text).toMatch(/depth/);
  });

  it("refuses an unknown relation filter listing the valid ones", async () => {
    const outcome = await trace({ id: g.product, relations: ["inspired_by"] });
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/relations/);
    expect(outcome.text).toMatch(/derived_from/);
  });

  it("returns a node without edges on its own instead of failing", async () => {
    const { graph, isError } = await trace({ id: g.brandId });
    expect(isError).toBe(false);
    expect(graph.nodes).toEqual([
      expect.objectContaining({ id: g.brandId, kind: "brand", label: "Kestrel Run Co.", side: "root" }),
    ]);
  });
});

describe("lineage stays acyclic", () => {
  const at = () => isoNow(ws.services.clock);

  it("refuses an edge that would close a cycle and writes nothing", async () => {
    const { db } = ws.services.database;
    // out5 already depends on out1 (derived_from); out1 --derived_from--> out5 would loop.
    await expect(
      db.transaction((tx) =>
        addLineageEdges(tx, [{ fromId: g.outputs[0]!, relation: "derived_from", toId: g.outputs[4]! }], at()),
      ),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/would create a cycle/) });
    // A longer loop: product shot depending on an output derived from it.
    await expect(
      db.transaction((tx) =>
        addLineageEdges(tx, [{ fromId: g.product, relation: "derived_from", toId: g.outputs[4]! }], at()),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    const { graph } = await trace({ id: g.outputs[4], direction: "downstream", depth: 10 });
    expect(graph.edges).toEqual([]);
  });

  it("refuses a self edge and an unknown relation", async () => {
    const { db } = ws.services.database;
    await expect(
      addLineageEdges(db, [{ fromId: g.product, relation: "uses", toId: g.product }], at()),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      addLineageEdges(db, [{ fromId: g.product, relation: "loves" as "uses", toId: g.scene }], at()),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("re-adding an existing edge is a no-op", async () => {
    const { db } = ws.services.database;
    await addLineageEdges(db, [{ fromId: g.outputs[0]!, relation: "derived_from", toId: g.product }], at());
    const { graph } = await trace({ id: g.outputs[0], direction: "upstream", depth: 1, relations: ["derived_from"] });
    expect(graph.edges).toHaveLength(1);
  });
});
