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
 */
export function detachedRequest(raw: Request): Request {
  return new Request(raw.url, { method: raw.method, headers: raw.headers, signal: raw.signal });
}
