import {
  type AuthInfo,
  isJsonContentType,
  PROTOCOL_VERSION_META_KEY,
  SUPPORTED_PROTOCOL_VERSIONS,
} from "@modelcontextprotocol/server";
import type { Caller } from "../core/people/caller.ts";
import { type AnyTool, invokeTool, toolResultOf } from "../tools/define.ts";

/**
 * The hot path of /mcp: a plain 2025-era `tools/call` (one JSON-RPC request, no progress token, no task, no 2026
 * envelope) is answered here, as the SDK would answer it, without building an SDK server and transport for it.
 *
 * Why: per call, the SDK path built an McpServer and a transport, parsed the JSON-RPC message and the call's params
 * with zod, validated the input (which invokeTool validates again), validated the structured result against the
 * output schema and the whole result against CallToolResult, and answered through a per-request stream map. That was
 * most of what an MCP call cost beyond the same call over POST /api/tools/:name (issue 23). What is left here is what
 * the JSON API does too: invokeTool (validation, authorization, audit) and one JSON.stringify of the answer.
 *
 * Anything this does not recognise as plainly such a call returns undefined and goes through the SDK, which owns the
 * protocol's error answers (bad headers, unsupported versions, unknown tools, malformed messages) and everything else.
 * The structured result is not re-validated against the output schema here: the tool's code is typed against it,
 * clients that listed the tool validate it, and stdio and streamed calls still go through the SDK's check.
 */
export interface PlainToolCall {
  id: string | number;
  tool: AnyTool;
  args: unknown;
}

/** The served tool a stateless /mcp request may call by this name (server/mcp.ts), or undefined. */
export type ToolLookup = (name: string) => AnyTool | undefined;

export function plainToolCall(raw: Request, body: unknown, lookup: ToolLookup): PlainToolCall | undefined {
  if (raw.method !== "POST" || !isPlainObject(body)) return undefined;
  const { jsonrpc, id, method, params } = body;
  if (jsonrpc !== "2.0" || method !== "tools/call" || !isRequestId(id) || !isPlainObject(params)) return undefined;
  for (const key in params) if (key !== "name" && key !== "arguments" && key !== "_meta") return undefined;
  const { name, arguments: args, _meta: meta } = params;
  if (typeof name !== "string" || (args !== undefined && !isPlainObject(args))) return undefined;
  // A progress token wants an SSE stream; the protocol-version key is the 2026 era's envelope.
  if (meta !== undefined && (!isPlainObject(meta) || "progressToken" in meta || PROTOCOL_VERSION_META_KEY in meta))
    return undefined;
  const headers = raw.headers;
  const version = headers.get("mcp-protocol-version");
  if (version !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) return undefined;
  if (headers.has("mcp-method") || headers.has("mcp-name")) return undefined;
  const accept = headers.get("accept");
  if (!accept?.includes("application/json") || !accept.includes("text/event-stream")) return undefined;
  if (!isJsonContentType(headers.get("content-type"))) return undefined;
  const tool = lookup(name);
  return tool ? { id, tool, args } : undefined;
}

/** Runs the call through invokeTool (the one validation, authorization and audit point) and answers it as JSON. */
export async function answerToolCall(
  call: PlainToolCall,
  raw: Request,
  authInfo: AuthInfo,
  ctx: { services: Parameters<typeof invokeTool>[2]["services"]; actor: string },
): Promise<Response> {
  const outcome = await invokeTool(call.tool, call.args, {
    services: ctx.services,
    caller: authInfo.extra?.caller as Caller,
    actor: ctx.actor,
    surface: "mcp",
    signal: raw.signal,
    progress: async () => {},
  });
  const body = `{"jsonrpc":"2.0","id":${JSON.stringify(call.id)},"result":${JSON.stringify(toolResultOf(outcome))}}`;
  return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isRequestId = (id: unknown): id is string | number =>
  typeof id === "string" || (typeof id === "number" && Number.isInteger(id));
