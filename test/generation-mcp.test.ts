import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let seed: SeedContext;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  seed = await seedDemoWorkspace(ws.services);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

interface Variant {
  assetId: string;
  runId: string;
  slots: Record<string, string>;
  copy: { headline: string };
  thumbnailUri: string;
}

describe("generate_variants over MCP (offline, demo brief)", () => {
  it("makes 12 brand-checked variants in one call, each traceable to template version, prompt version, models and inputs, with cost rows", async () => {
    const client = new Client({ name: "winnow-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    const progress: number[] = [];
    const result = await client.callTool(
      {
        name: "generate_variants",
        arguments: {
          brand: "kestrel",
          campaign: seed.campaignId,
          audience: "gen-z-runners",
          objective: "conversions",
          offer: "spring-20-off",
          formats: ["1:1", "9:16", "1.91:1", "4:5"],
          count: 12,
        },
      },
      { onprogress: (p) => progress.push(p.progress) },
    );
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as {
      variants: Variant[];
      templateVersionId: string;
      promptVersionId: string;
      models: { text: string; image: string };
      design: { marginalSpread: number };
      dropped: unknown[];
    };
    expect(out.variants).toHaveLength(12);
    expect(out.dropped).toEqual([]);
    expect(out.design.marginalSpread).toBeLessThanOrEqual(1);
    expect(progress.length).toBeGreaterThanOrEqual(12);
    const links = (result.content as { type: string; uri?: string }[]).filter((c) => c.type === "resource_link");
    expect(links).toHaveLength(12);
    // Every format appears three times: the design balances slot values.
    const formats = out.variants.map((v) => v.slots.format);
    for (const f of ["1:1", "9:16", "1.91:1", "4:5"]) expect(formats.filter((x) => x === f)).toHaveLength(3);

    const { db } = ws.services.database;
    for (const v of out.variants) {
      const edges = await db.all<{ relation: string; to_id: string }>(
        sql`SELECT relation, to_id FROM lineage_edges WHERE from_id = ${v.assetId}`,
      );
      const to = (rel: string) => edges.filter((e) => e.relation === rel).map((e) => e.to_id);
      expect(to("generated_by")).toEqual(
        expect.arrayContaining([out.templateVersionId, out.promptVersionId, out.models.text, out.models.image]),
      );
      expect(to("uses")).toEqual(expect.arrayContaining([expect.stringMatching(/^ast_/)]));
      expect(to("uses").length).toBeGreaterThanOrEqual(3); // product, scene, talent, logo
      expect(to("derived_from")).toHaveLength(1);
      expect(to("used_in")).toEqual([seed.campaignId]);
      const costs = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM cost_ledger WHERE run_id = ${v.runId}`);
      expect(costs[0]!.n).toBe(2); // one copy call, one render
      const run = await db.all<{ status: string }>(sql`SELECT status FROM generation_runs WHERE id = ${v.runId}`);
      expect(run[0]!.status).toBe("succeeded");
      const asset = (await ws.services.library.get(v.assetId)) as {
        status: string;
        kind: string;
        metadata: Record<string, unknown>;
      };
      expect(asset).toMatchObject({ kind: "output", status: "generated" });
      expect(asset.metadata).toMatchObject({
        templateVersionId: out.templateVersionId,
        promptVersionId: out.promptVersionId,
        runId: v.runId,
      });
    }
    const thumb = await client.readResource({ uri: out.variants[0]!.thumbnailUri });
    expect((thumb.contents[0] as { mimeType: string }).mimeType).toBe("image/webp");
    const original = await ws.services.library.readFile(out.variants[0]!.assetId, "original");
    const meta = await sharp(original.bytes).metadata();
    expect(meta.format).toBe("png");

    // Same brief again: every slot combination + copy already exists, so nothing new is stored.
    const again = await client.callTool({
      name: "generate_variants",
      arguments: {
        brand: "kestrel",
        audience: "gen-z-runners",
        offer: "spring-20-off",
        formats: ["1:1", "9:16", "1.91:1", "4:5"],
        count: 12,
      },
    });
    const second = again.structuredContent as { variants: unknown[]; dropped: { reason: string }[] };
    expect(second.variants).toHaveLength(0);
    expect(second.dropped).toHaveLength(12);
    expect(second.dropped[0]!.reason).toMatch(/near-duplicate/);
    await client.close();
  });

  it("refuses an unknown slot value and lists the valid ones", async () => {
    const client = new Client({ name: "winnow-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    const bad = await client.callTool({
      name: "generate_variants",
      arguments: { brand: "kestrel", audience: "retirees", offer: "spring-20-off", formats: ["1:1"], count: 2 },
    });
    expect(bad.isError).toBe(true);
    expect((bad.content as { text: string }[])[0]!.text).toMatch(
      /audience.*gen-z-runners, urban-25-34, trail-enthusiasts, de-marathoners/,
    );
    await client.close();
  });
});
