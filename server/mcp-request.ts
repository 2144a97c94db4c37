/**
 * The request handed to the MCP SDK: the same method, URL and headers, and a signal of its own that follows the
 * client's (a client that goes away still aborts the exchange).
 *
 * Why not the incoming request itself: the SDK hangs each per-request server's teardown on `request.signal`, and the
 * incoming request's signal outlives the exchange — undici's FinalizationRegistry holds it until the body it made
 * for the JSON guard is collected and the registry's cleanup has run. Every per-request server (tools, schemas,
 * handlers) therefore survived two collections, was promoted to the old generation and came back only with a full
 * GC: RSS grew by hundreds of KB per MCP call (issue 23). The signal of this copy is referenced by nothing else, so
 * a finished exchange's server dies young.
 *
 * The parsed JSON-RPC message travels with it (see messageOf), so the server factory can build only what the message
 * needs: a tools/call needs one tool, not every tool, resource and prompt.
 */
export function detachedRequest(raw: Request, parsedBody?: unknown): Request {
  const request = new Request(raw.url, { method: raw.method, headers: raw.headers, signal: raw.signal });
  if (parsedBody !== undefined) messages.set(request, parsedBody);
  return request;
}

const messages = new WeakMap<Request, unknown>();

/** The parsed body detachedRequest was given for this request, if any. */
export function messageOf(request: Request | undefined): unknown {
  return request ? messages.get(request) : undefined;
}

/** The tool a single JSON-RPC tools/call message calls; undefined for anything else (batches, other methods). */
export function calledTool(message: unknown): string | undefined {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return undefined;
  const { method, params } = message as { method?: unknown; params?: { name?: unknown } };
  return method === "tools/call" && typeof params?.name === "string" ? params.name : undefined;
}
