import { describe, expect, it } from "vitest";
import { mermaidId, mermaidLabel, toMermaid } from "./mermaid.ts";
import type { LineageGraph } from "./types.ts";

describe("Mermaid rendering", () => {
  it("keeps Winnow ids and replaces characters Mermaid would misread", () => {
    expect(mermaidId("ast_01JD3Q8Z")).toBe("ast_01JD3Q8Z");
    expect(mermaidId("weird id-->x")).toBe("weird_id___x");
    expect(mermaidId("9lives")).toBe("n_9lives");
  });

  it("escapes quotes, angle brackets and pipes in labels", () => {
    expect(mermaidLabel('Aero "3" <ember> | sale\nnow')).toBe("Aero #quot;3#quot; #lt;ember#gt; #124; sale now");
  });

  it("draws a graph LR with labelled nodes, shapes per kind and relation-labelled arrows from dependent to dependency", () => {
    const graph: LineageGraph = {
      root: "ast_out",
      truncated: false,
      hidden: 0,
      nodes: [
        { id: "ast_out", kind: "asset", assetKind: "output", label: "Spring 1:1 #1", side: "root", depth: 0 },
        { id: "prv_1", kind: "prompt_version", label: "copywriter v2", side: "upstream", depth: 1 },
        { id: "mdl_1", kind: "model", label: "local/copy", side: "upstream", depth: 1 },
        { id: "cmp_1", kind: "campaign", label: 'Spring "Sprint"', side: "upstream", depth: 1 },
      ],
      edges: [
        { id: "e1", from: "ast_out", relation: "generated_by", to: "prv_1" },
        { id: "e2", from: "ast_out", relation: "generated_by", to: "mdl_1" },
        { id: "e3", from: "ast_out", relation: "used_in", to: "cmp_1" },
      ],
    };
    expect(toMermaid(graph).split("\n")).toEqual([
      "graph LR",
      '  ast_out["Spring 1:1 #1 · output"]',
      '  prv_1[/"copywriter v2 · prompt version"/]',
      '  mdl_1{{"local/copy · model"}}',
      '  cmp_1(["Spring #quot;Sprint#quot; · campaign"])',
      "  ast_out -->|generated_by| prv_1",
      "  ast_out -->|generated_by| mdl_1",
      "  ast_out -->|used_in| cmp_1",
      "  classDef root stroke-width:3px",
      "  class ast_out root",
    ]);
  });
});
