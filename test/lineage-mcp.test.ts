import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { type SeededGraph, seedCosts, seedLineageGraph } from "./helpers/lineage-graph.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let client: Client;
let g: SeededGraph;

beforeAll(async () => {
  // Every tool listed with its annotations (a default client lists a core set; these are reached by discovery).
  ws = await createTestWorkspace({ WINNOW_TOOLS: "all" });
  g = await seedLineageGraph(ws.services);
  await seedCosts(ws.services, g);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  client = new Client({ name: "winnow-lineage-test", version: "1.0.0" });
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  await client.connect(new StreamableHTTPClientTransport(url));
});
afterAll(async () => {
  await client.close();
  server.close();
  await ws.cleanup();
});

const textOf = (result: { content: unknown }) => (result.content as { type: string; text: string }[])[0]!.text;

describe("lineage, prompt and cost tools over MCP (Streamable HTTP, real SDK client)", () => {
  it("lists the tools with read-only annotations where they only read", async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of ["trace_lineage", "cost_report", "list_prompt_versions"]) {
      expect(byName.get(name)?.annotations?.readOnlyHint).toBe(true);
    }
    for (const name of ["create_prompt_version", "set_prompt_label"]) {
      expect(byName.get(name)?.annotations?.readOnlyHint).toBe(false);
    }
  });

  it("traces everything derived from a product shot, with structured content and a Mermaid diagram", async () => {
    const result = await client.callTool({
      name: "trace_lineage",
      arguments: { id: g.product, direction: "downstream" },
    });
    expect(result.isError).toBeFalsy();
    const graph = result.structuredContent as { nodes: { id: string }[]; mermaid: string };
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(g.outputs));
    expect(graph.mermaid.startsWith("graph LR\n")).toBe(true);
    expect(textOf(result)).toContain(`${g.outputs[4]} -->|derived_from| ${g.outputs[0]}`);
  });

  it("answers which prompt versions made a campaign's outputs", async () => {
    const result = await client.callTool({
      name: "trace_lineage",
      arguments: { id: g.campaigns.spring, question: "prompt_versions_for_campaign" },
    });
    const answer = (result.structuredContent as { answer: { promptVersions: { label: string; outputs: number }[] } })
      .answer;
    expect(answer.promptVersions.map((p) => `${p.label}:${p.outputs}`)).toEqual(["copywriter v1:2", "copywriter v2:2"]);
  });

  it("returns isError naming depth when it is out of range", async () => {
    const result = await client.callTool({ name: "trace_lineage", arguments: { id: g.product, depth: 42 } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/depth/);
  });

  it("lets the loopback local admin move production, recorded as local-admin rather than the surface", async () => {
    // Members who are not prompt admins are refused (test/prompts.test.ts); the local admin is the workspace's admin.
    const result = await client.callTool({
      name: "set_prompt_label",
      arguments: { name: "copywriter", label: "production", version: 2 },
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(textOf(result)).toMatch(/^copywriter production: v\d+ → v2 \(by local-admin\)$|already points at v2/);
  });

  it("reports cost per winner in dollars", async () => {
    const result = await client.callTool({ name: "cost_report", arguments: { campaignId: g.campaigns.spring } });
    expect(textOf(result)).toContain("Cost per winner, Spring Sprint: $0.09");
    expect((result.structuredContent as { totals: { costMicros: number } }).totals.costMicros).toBe(170_000);
  });
});
