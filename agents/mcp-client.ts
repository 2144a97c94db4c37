import { createMCPClient, type MCPClient } from "@ai-sdk/mcp";
import { InMemoryTransport, McpServer } from "@modelcontextprotocol/server";
import type { ToolSet } from "ai";
import { type Caller, localAdmin } from "../core/people/caller.ts";
import { createMcpServer, SERVER_INFO } from "../server/mcp.ts";
import { asCaller } from "../server/mcp-caller.ts";
import type { Services } from "../server/services.ts";
import { type AnyTool, registerTools } from "../tools/define.ts";

export interface McpToolInfo {
  name: string;
  title?: string | undefined;
  description?: string | undefined;
  inputSchema: { type: "object"; properties?: Record<string, unknown>; required?: string[] };
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean; idempotentHint?: boolean } | undefined;
}

export interface McpCallResult {
  isError: boolean;
  text: string;
  structured?: Record<string, unknown> | undefined;
  links: { uri: string; name?: string | undefined; mimeType?: string | undefined }[];
}

export interface WinnowMcpSession {
  client: MCPClient;
  tools: McpToolInfo[];
  /** The same tools as `ai` SDK tools (execute goes over MCP). */
  toolSet: ToolSet;
  call(name: string, args: Record<string, unknown>): Promise<McpCallResult>;
  close(): Promise<void>;
}

/**
 * Connects an MCP client to a fresh Winnow MCP server over an in-process transport. Slack and the agent reach the
 * tools exactly as an IDE would — same schemas, same errors, same tool list — with `actor` written into events.
 */
export async function openMcpSession(
  services: Services,
  actor: string,
  tools?: AnyTool[],
  caller?: Caller,
): Promise<WinnowMcpSession> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  // The agent works over every served tool (its guard asks before destructive ones), not the compact default listing.
  const server = tools ? narrowServer(services, actor, tools) : createMcpServer(services, actor, { tools: "all" });
  // Every call of the session runs as this person, through the same authorization point as /mcp.
  await server.connect(asCaller(serverSide, caller ?? (await callerForActor(services, actor))));
  const client = await createMCPClient({ transport: clientSide, name: "winnow-agent" });
  const listed = await client.listTools();
  const infos = listed.tools as unknown as McpToolInfo[];
  const toolSet = client.toolsFromDefinitions(listed);
  return {
    client,
    tools: infos,
    toolSet,
    async call(name, args) {
      const tool = toolSet[name];
      if (!tool?.execute) return { isError: true, text: `Tool ${name} is not available on this server.`, links: [] };
      const raw = await tool.execute(args, { toolCallId: `direct-${name}`, messages: [] });
      return toCallResult(raw as RawCallResult);
    },
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/**
 * The caller behind an actor label: "slack:U123" is that Slack user as a member (or a non-member, refused by every
 * tool); any other label is in-process work on the server (autopilot, tests, benches) and runs as the local admin.
 */
export async function callerForActor(services: Services, actor: string): Promise<Caller> {
  const slack = /^slack:([A-Z0-9]+)$/.exec(actor);
  if (slack) return services.people.slackCaller(slack[1]!);
  return localAdmin(actor);
}

interface RawCallResult {
  isError?: boolean;
  content?: { type: string; text?: string; uri?: string; name?: string; mimeType?: string }[];
  structuredContent?: Record<string, unknown>;
}

export function toCallResult(raw: RawCallResult): McpCallResult {
  const content = raw.content ?? [];
  return {
    isError: raw.isError === true,
    text: content
      .filter((c) => c.type === "text")
      .map((c) => c.text ?? "")
      .join("\n"),
    structured: raw.structuredContent,
    links: content
      .filter((c) => c.type === "resource_link" && c.uri)
      .map((c) => ({ uri: c.uri as string, name: c.name, mimeType: c.mimeType })),
  };
}

/** A server with an explicit tool list (a narrowed toolset, or extra tools in tests). */
function narrowServer(services: Services, actor: string, tools: AnyTool[]): McpServer {
  const server = new McpServer(SERVER_INFO, { capabilities: { tools: {} } });
  registerTools(server, tools, services, actor);
  return server;
}
