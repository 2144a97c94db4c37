import type { Server as NodeHttpServer } from "node:http";
import { serve } from "@hono/node-server";
import { keepIdleConnectionsLongerThanClients } from "../../server/keep-alive.ts";

/**
 * Serves an app on 127.0.0.1 (a free port) the way `winnow serve` does: idle keep-alive connections are left for the
 * client to close (server/keep-alive.ts). With Node's defaults a request sent on a connection in its last moment met
 * the server's close, and a loaded suite read ECONNRESET ("fetch failed", once in test/http-auth.test.ts).
 */
export function serveLocal(fetch: Parameters<typeof serve>[0]["fetch"]): ReturnType<typeof serve> {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" });
  keepIdleConnectionsLongerThanClients(server as NodeHttpServer);
  return server;
}

/** The same for a plain node:http server a test starts (fake issuers, fake Slack, fake platforms and providers). */
export function keepAliveLikeWinnow<S extends NodeHttpServer>(server: S): S {
  keepIdleConnectionsLongerThanClients(server);
  return server;
}
