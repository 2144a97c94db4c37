import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "@modelcontextprotocol/client";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../core/log.ts";
import { AUTH_CACHE_MS } from "../core/people/service.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices, type Services } from "../server/services.ts";
import { seedTeam, type Team } from "./helpers/team.ts";

/**
 * Issue 22: stdio MCP (Claude Desktop, AI IDEs, the MCPB bundle's local mode) takes the person's token from the
 * client config (WINNOW_MEMBER_TOKEN) and every call runs as them: their role decides, the audit row names them, and a
 * token revoked on the server host stops working without restarting the client.
 */
const WINNOW = resolve(import.meta.dirname, "../bin/winnow.cjs");
const dir = mkdtempSync(join(tmpdir(), "winnow-stdio-member-"));
const data = join(dir, "data");
const open = (): Promise<Services> =>
  buildServices(loadConfig({ WINNOW_DATA_DIR: data, WINNOW_AUTO_SEED: "0" }, dir), { logger: silentLogger });
let team: Team;
let client: Client;

beforeAll(async () => {
  const services = await open();
  try {
    team = await seedTeam(services);
  } finally {
    await services.close();
  }
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [WINNOW, "mcp"],
    env: {
      ...getDefaultEnvironment(),
      WINNOW_DATA_DIR: data,
      WINNOW_AUTO_SEED: "0",
      WINNOW_MEMBER_TOKEN: team.tokens.viewer,
      LOG_LEVEL: "error",
    },
    cwd: dir,
    stderr: "pipe",
  });
  client = new Client({ name: "claude-desktop-like", version: "1.0.0" });
  await client.connect(transport, { timeout: 150_000 });
}, 160_000);
afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const textOf = (r: { content: unknown }) => ((r.content as { text?: string }[])[0]?.text ?? "").toString();

describe("stdio MCP with the person's token from the client config", () => {
  it("runs calls as that person: a viewer reads their brand and is refused what needs an approver", async () => {
    const brands = await client.callTool({ name: "list_brands", arguments: {} });
    expect(brands.isError).toBeFalsy();
    const slugs = (brands.structuredContent as { items: { slug: string }[] }).items.map((b) => b.slug);
    expect(slugs).toContain(team.brand);
    expect(slugs).not.toContain(team.otherBrand);

    const escalate = await client.callTool({
      name: "add_brand_member",
      arguments: { brand: team.brand, role: "approver", email: team.emails.viewer },
    });
    expect(escalate.isError).toBe(true);
    expect(textOf(escalate)).toMatch(/^forbidden: add_brand_member on kestrel needs approver/);

    const services = await open();
    try {
      const rows = await services.database.client.execute(
        "SELECT actor, caller_kind, surface, outcome FROM audit_log WHERE tool = 'add_brand_member'",
      );
      expect(rows.rows.map((r) => ({ ...r }))).toEqual([
        { actor: team.emails.viewer, caller_kind: "member", surface: "mcp-stdio", outcome: "refused" },
      ]);
    } finally {
      await services.close();
    }
  });

  it("stops on the next call once the token is revoked on the server host, with no client restart", async () => {
    const services = await open();
    try {
      const [mine] = (await services.people.tokens(team.emails.viewer)).filter((t) => t.status === "active");
      await services.people.revokeToken(mine!.id, team.callers.admin);
    } finally {
      await services.close();
    }
    const until = Date.now() + AUTH_CACHE_MS + 3_000;
    let r = await client.callTool({ name: "list_brands", arguments: {} });
    while (!r.isError && Date.now() < until) {
      await new Promise((done) => setTimeout(done, 250));
      r = await client.callTool({ name: "list_brands", arguments: {} });
    }
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/^unauthorized: .*(revoked|without a signed-in person)/);
  }, 30_000);
});
