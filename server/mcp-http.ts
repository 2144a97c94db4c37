import {
  type AuthInfo,
  createMcpHandler,
  isLegacyRequest,
  type McpServer,
  WebStandardStreamableHTTPServerTransport,
} from "@modelcontextprotocol/server";
import type { Logger } from "../core/log.ts";
import { calledTool, detachedRequest, messageOf } from "./mcp-request.ts";
import { answerToolCall, plainToolCall, type ToolLookup } from "./mcp-tool-call.ts";
import type { Services } from "./services.ts";

/** Builds the server for one exchange; `only` names the one tool a tools/call needs (see server/mcp.ts). */
export type ServerFactory = (only: string | undefined) => McpServer;

export interface McpHttpOptions {
  factory: ServerFactory;
  logger: Logger;
  /** Plain tools/call requests are answered without an SDK server (server/mcp-tool-call.ts) when this is given. */
  toolCalls?: { services: Services; lookup: ToolLookup; actor: string };
}

/**
 * /mcp for both protocol eras. The SDK's handler (createMcpHandler) serves the 2026 era, subscriptions/listen and
 * anything unusual; a plain 2025-era request (one JSON-RPC request, no progress token — what every tools/call from
 * the SDK client, Claude Desktop or an IDE is) is answered here with a JSON body instead of an SSE stream.
 *
 * Why: the SDK's 2025-era fallback answers every request as an SSE stream (a priming event, a keep-alive timer, a
 * ReadableStream wrapped in a second one to learn when it ends). For a call that yields one result and no
 * notifications, that machinery was about a third of an MCP call's server CPU beyond the JSON API's. The spec lets
 * the server pick either content type for a POST the client accepts both for; a request with a progress token keeps
 * the stream, so its progress notifications still arrive.
 *
 * The commonest of those, a plain tools/call, does not reach the SDK at all when `toolCalls` is given: it is answered
 * by server/mcp-tool-call.ts straight from invokeTool, with no server, transport or zod parsing of the message.
 */
export function createMcpHttpHandler({ factory, logger, toolCalls }: McpHttpOptions) {
  const onerror = (error: Error) => logger.debug("mcp request rejected", { error: error.message });
  const sdk = createMcpHandler(({ requestInfo }) => factory(calledTool(messageOf(requestInfo))), { onerror });

  async function fetch(raw: Request, parsedBody: unknown, authInfo: AuthInfo): Promise<Response> {
    const call = toolCalls && plainToolCall(raw, parsedBody, toolCalls.lookup);
    if (call) return answerToolCall(call, raw, authInfo, toolCalls);
    const request = detachedRequest(raw, parsedBody);
    if (answersAsJson(raw, parsedBody) && (await isLegacyRequest(request, parsedBody))) {
      return jsonExchange(factory(calledTool(parsedBody)), request, parsedBody, authInfo, onerror);
    }
    return sdk.fetch(request, { parsedBody, authInfo });
  }
  return { fetch, notify: sdk.notify, close: () => sdk.close() };
}

/** A single JSON-RPC request (not a notification, not a batch) that asked for no progress, on POST. */
function answersAsJson(raw: Request, body: unknown): boolean {
  if (raw.method !== "POST" || typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const message = body as { id?: unknown; method?: unknown; params?: { _meta?: { progressToken?: unknown } } };
  if (message.id === undefined || typeof message.method !== "string") return false;
  if (message.method === "initialize") return true;
  return message.params?._meta?.progressToken === undefined;
}

async function jsonExchange(
  server: McpServer,
  request: Request,
  parsedBody: unknown,
  authInfo: AuthInfo,
  onerror: (error: Error) => void,
): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  transport.onerror = onerror;
  try {
    await server.connect(transport);
    return await transport.handleRequest(request, { parsedBody, authInfo });
  } catch (error) {
    void server.close().catch(() => {});
    throw error;
  }
  // Not closed: the JSON response is complete once handleRequest resolves, no handler, timer or stream of this
  // exchange is left, and the request is detached (mcp-request.ts), so server and transport are garbage now.
  // Closing them would only build a "Connection closed" error (a stack trace, ~0.2 ms) per call.
}
