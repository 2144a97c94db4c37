import { mkdirSync } from "node:fs";
import type { Server as NodeHttpServer } from "node:http";
import { serve } from "@hono/node-server";
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { startTaggerSchedule } from "../agents/tagger-trainer.ts";
import { killSvgRenders } from "../core/media/svg-render.ts";
import { localAdmin } from "../core/people/caller.ts";
import { startSlackSocketMode } from "../slack-app/socket.ts";
import type { Config } from "./config.ts";
import { createHttpApp } from "./http.ts";
import { keepIdleConnectionsLongerThanClients } from "./keep-alive.ts";
import { LiveSet } from "./live-set.ts";
import { createMcpServer } from "./mcp.ts";
import { asCaller } from "./mcp-caller.ts";
import { isEmpty, seedDemoWorkspace } from "./seed/seed.ts";
import { buildServices, type Services } from "./services.ts";

/** Opens services and seeds the demo workspace when the database is empty (and WINNOW_AUTO_SEED allows it). */
export async function openWorkspace(config: Config): Promise<Services> {
  // The import root is where people drop files for add_asset, import_assets and ingest_metrics: it exists from the start.
  mkdirSync(config.importRoot, { recursive: true });
  const services = await buildServices(config);
  if (config.autoSeed && (await isEmpty(services))) {
    services.logger.info("empty database: seeding the demo workspace", { database: config.databaseUrl });
    await seedDemoWorkspace(services);
  }
  return services;
}

export async function startHttpServer(config: Config) {
  const services = await openWorkspace(config);
  const app = createHttpApp(services);
  // The loop's jobs (ingest, allocate, prune, promote, library review); WINNOW_SCHEDULER=0 turns them off.
  if (config.experiments.scheduler) services.scheduler.start();
  const slackSocket = await startSlackSocketMode(services);
  // Tagger learning cycles + drift checks every WINNOW_TAGGER_CYCLE_MINUTES (0 = off).
  const taggerSchedule = startTaggerSchedule(services);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    services.logger.info("winnow listening", {
      url: `http://${config.host}:${info.port}`,
      mcp: `http://${config.host}:${info.port}/mcp`,
    });
  });
  keepIdleConnectionsLongerThanClients(server as NodeHttpServer);
  const shutdown = () => {
    services.logger.info("shutting down");
    void slackSocket?.stop();
    taggerSchedule.stop();
    // An SVG render in flight is a child process (core/media/svg-render.ts): stop it rather than wait for it.
    killSvgRenders();
    server.close(() => void services.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { server, services };
}

/** stdio MCP: stdout carries only protocol messages; every log line goes to stderr. */
export async function startStdioServer(config: Config) {
  const services = await openWorkspace(config);
  // Held weakly: the SDK may build a server per exchange, and a finished one must not stay reachable from here.
  const live = new LiveSet<ReturnType<typeof createMcpServer>>();
  // Clients that browse resources hear about new assets (generated variants, imports) as they land.
  services.library.onAssetAdded(async () => {
    for (const server of live) {
      try {
        server.sendResourceListChanged();
      } catch {
        // a probe instance that never connected has nobody to tell
      }
    }
  });
  // Calls run as the person whose token the client config holds (WINNOW_MEMBER_TOKEN, checked on every message so a
  // revoked token stops at once); without one, as the local admin, like the CLI on the server host.
  const memberToken = config.memberToken;
  const caller = memberToken
    ? async () => {
        const result = await services.people.authenticateToken(memberToken);
        if ("caller" in result) return result.caller;
        throw new Error(`WINNOW_MEMBER_TOKEN is ${result.refused}`);
      }
    : localAdmin("mcp-stdio");
  const handle = serveStdio(
    () => {
      const server = createMcpServer(services, "mcp-stdio", { stateful: true });
      const connect = server.connect.bind(server);
      server.connect = (transport) => connect(asCaller(transport, caller));
      live.add(server);
      return server;
    },
    {
      onerror: (error) => services.logger.warn("stdio transport error", { error: error.message }),
    },
  );
  process.stdin.once("end", () => void handle.close().then(() => services.close()));
  services.logger.info("winnow mcp (stdio) ready");
  return handle;
}
