import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { serveLocal } from "./helpers/serve.ts";
import { type Persona, seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * Issue 22: MCP prompts run as the person asking, like tools. find_like_this is a get_asset of its example (another
 * brand's asset is refused), weekly_creative_review reads only the asker's brands, brief_to_variants needs a role on
 * the brand it names. Through the real SDK client over Streamable HTTP, each person with their own token.
 */
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let team: Team;
let kestrelAsset: string;
let heronAsset: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  team = await seedTeam(ws.services);
  const kestrel = await ws.services.brands.get(team.brand);
  const heron = await ws.services.brands.get(team.otherBrand);
  const [k1, k2, h1, h2] = await Promise.all([
    addVariant(ws.services, kestrel.id, 9101),
    addVariant(ws.services, kestrel.id, 9102),
    addVariant(ws.services, heron.id, 9103),
    addVariant(ws.services, heron.id, 9104),
  ]);
  kestrelAsset = k1!;
  heronAsset = h1!;
  for (const [name, arms] of [
    ["kestrel spring hooks", [k1, k2]],
    ["heron secret launch", [h1, h2]],
  ] as const) {
    const out = await invokeTool(
      findTool("create_experiment")!,
      { arms, metric: "ctr", name, deploy: false },
      toolContext(ws.services),
    );
    if (out.isError) throw new Error(out.text);
  }
}, 120_000);
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

async function asPerson<T>(persona: Persona, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ name: `prompts-${persona}`, version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${team.tokens[persona]}` } },
    }),
  );
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

const textOf = (r: { messages: { content: { type: string; text?: string } }[] }) =>
  r.messages.map((m) => (m.content.type === "text" ? m.content.text : "")).join("\n");

describe("MCP prompts are authorized as the person asking", () => {
  it("find_like_this: a viewer gets their brand's example and is refused another brand's, naming the role", async () => {
    await asPerson("viewer", async (client) => {
      const mine = await client.getPrompt({ name: "find_like_this", arguments: { assetId: kestrelAsset } });
      expect(textOf(mine)).toContain(kestrelAsset);
      await expect(client.getPrompt({ name: "find_like_this", arguments: { assetId: heronAsset } })).rejects.toThrow(
        /forbidden|needs viewer/,
      );
    });
    await asPerson("nonMember", async (client) => {
      await expect(client.getPrompt({ name: "find_like_this", arguments: { assetId: kestrelAsset } })).rejects.toThrow(
        /not a member|needs viewer/,
      );
    });
  });

  it("weekly_creative_review: shows only the asker's brands, and refuses a brand they hold no role on", async () => {
    await asPerson("viewer", async (client) => {
      const all = textOf(await client.getPrompt({ name: "weekly_creative_review", arguments: {} }));
      expect(all).toContain("kestrel spring hooks");
      expect(all).not.toContain("heron secret launch");
      await expect(
        client.getPrompt({ name: "weekly_creative_review", arguments: { brand: team.otherBrand } }),
      ).rejects.toThrow(/forbidden|needs viewer/);
    });
    await asPerson("admin", async (client) => {
      const all = textOf(await client.getPrompt({ name: "weekly_creative_review", arguments: {} }));
      expect(all).toContain("kestrel spring hooks");
      expect(all).toContain("heron secret launch");
    });
  });

  it("brief_to_variants: needs a role on the brand it names", async () => {
    const brief = (brand: string) => ({ brand, audience: "runners", objective: "conversions" });
    await asPerson("editor", async (client) => {
      expect(textOf(await client.getPrompt({ name: "brief_to_variants", arguments: brief(team.brand) }))).toMatch(
        /ad variants for Kestrel/,
      );
      await expect(client.getPrompt({ name: "brief_to_variants", arguments: brief(team.otherBrand) })).rejects.toThrow(
        /forbidden|needs viewer/,
      );
    });
  });
});
