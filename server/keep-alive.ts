import type { Server as NodeHttpServer } from "node:http";

/** How long an idle keep-alive connection is kept open, and the idle time advertised to clients (seconds). */
export const KEEP_ALIVE = { keptMs: 65_000, advertisedSeconds: 5 } as const;

/**
 * Idle keep-alive connections are closed by the client, never under a request in flight. Node's default closes an
 * idle connection after 5 s and says `Keep-Alive: timeout=5`; undici (Node's fetch, which the MCP SDK client uses)
 * then reuses a connection for up to 4 s, checked by a timer that ticks once a second. A request sent on a
 * connection in its last moments met the server's close: the client read ECONNRESET ("fetch failed"). It happened on
 * a busy or starved machine, where the client's timer runs late (bench:soak once; an MCP test under a loaded suite).
 * Now the server keeps idle connections for 65 s and still advertises 5 s, so clients drop them a minute before the
 * server would.
 */
export function keepIdleConnectionsLongerThanClients(server: NodeHttpServer) {
  server.keepAliveTimeout = KEEP_ALIVE.keptMs;
  // A request's headers may take this long on a fresh connection; kept above the keep-alive time, as Node advises.
  server.headersTimeout = KEEP_ALIVE.keptMs + 1_000;
  const advertised = `timeout=${KEEP_ALIVE.advertisedSeconds}`;
  server.prependListener("request", (_req, res) => res.setHeader("Keep-Alive", advertised));
}
