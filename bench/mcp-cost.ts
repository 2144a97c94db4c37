/**
 * Where an MCP call's CPU goes, server and client apart (issue 23). One process, no sockets, the demo workspace:
 *  - server: the HTTP app served on a socket as `winnow serve` serves it, called by a bare-fetch client in a process
 *    of its own (bench/mcp-cost/wire-client.ts) with the requests the real SDK client sends to /mcp and those a script
 *    sends to POST /api/tools/:name; this process's CPU per call is the server's, in alternating rounds.
 *  - client: the real @modelcontextprotocol/client callTool against canned answers (the server's own bodies) vs a
 *    bare fetch + response.text() against the same canned answers: what each client costs per call on top of the
 *    socket, which bench:soak's clients pay on the same cores as the server.
 * Prints one JSON object. MCP_COST_CALLS (2000) calls per surface per round, MCP_COST_ROUNDS (4).
 * MCP_COST_ONLY=mcp|api runs that surface's server rounds alone; MCP_COST_PROFILE=<file.cpuprofile> records a CPU
 * profile of the timed server rounds only (not the seeding, the warm-up or the client rounds).
 * Run: npm run bench:mcp-cost
 */

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { silentLogger } from "../core/log.ts";
import { loadConfig } from "../server/config.ts";
import { createHttpApp } from "../server/http.ts";
import { keepIdleConnectionsLongerThanClients } from "../server/keep-alive.ts";
import { isEmpty, seedDemoWorkspace } from "../server/seed/seed.ts";
import { buildServices } from "../server/services.ts";

const WIRE_CLIENT = [
  resolve(import.meta.dirname, "../bin/run-ts.cjs"),
  resolve(import.meta.dirname, "mcp-cost/wire-client.ts"),
];
const CALLS = Number(process.env.MCP_COST_CALLS || 2000);
const ROUNDS = Number(process.env.MCP_COST_ROUNDS || 4);
const log = (msg: string) => process.stderr.write(`[bench:mcp-cost] ${msg}\n`);

const dir = mkdtempSync(join(tmpdir(), "winnow-mcp-cost-"));
const config = loadConfig({ WINNOW_DATA_DIR: join(dir, "data"), WINNOW_IMPORT_ROOT: dir, LOG_LEVEL: "error" }, dir);
const services = await buildServices(config, { logger: silentLogger });
if (await isEmpty(services)) await seedDemoWorkspace(services);
const app = createHttpApp(services);
const BASE = "http://127.0.0.1:8787";

type Op = { name: string; args: Record<string, unknown> };
const QUERIES = ["running shoes", "gen z summer", "trail", "bold red product shot", "calm morning scene", "logo"];
const listed = await app.fetch(
  new Request(`${BASE}/api/tools/list_assets`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:8787" },
    body: JSON.stringify({ limit: 50 }),
  }),
);
const ids = ((await listed.json()) as { result: { items: { id: string }[] } }).result.items.map((a) => a.id);
/** bench:soak's read mix. */
const op = (i: number): Op =>
  i % 3 === 0
    ? { name: "list_assets", args: { limit: 20 } }
    : i % 3 === 1
      ? { name: "get_asset", args: { id: ids[i % ids.length]! } }
      : { name: "search_assets", args: { query: QUERIES[i % QUERIES.length]!, limit: 10 } };

// ---- what the real SDK client sends: captured once through an in-process fetch ---------------------------------------

let capturedHeaders: Record<string, string> | undefined;
const inProcessFetch = async (input: string | URL | Request, init?: RequestInit) => {
  const request = new Request(input, init);
  request.headers.set("host", "127.0.0.1:8787"); // what a socket would carry
  if (request.method === "POST" && !capturedHeaders) {
    const body = await request.clone().text();
    if (body.includes('"tools/call"')) capturedHeaders = Object.fromEntries(request.headers);
  }
  return app.fetch(request);
};
const sdk = new Client({ name: "bench-mcp-cost", version: "1.0.0" });
const sdkTransport = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
  fetch: inProcessFetch as typeof fetch,
});
await sdk.connect(sdkTransport);
const protocolVersion = sdkTransport.protocolVersion ?? "";
await sdk.callTool({ name: "list_assets", arguments: { limit: 1 } });
if (!capturedHeaders) throw new Error("did not see the SDK client's tools/call");
const mcpHeaders = { ...capturedHeaders, host: "127.0.0.1:8787" };
log(`SDK client headers: ${JSON.stringify(capturedHeaders)} (protocol ${protocolVersion})`);

const mcpRequest = (i: number) => {
  const { name, args } = op(i);
  return new Request(`${BASE}/mcp`, {
    method: "POST",
    headers: mcpHeaders,
    body: JSON.stringify({ method: "tools/call", params: { name, arguments: args }, jsonrpc: "2.0", id: i }),
  });
};
const apiRequest = (i: number) => {
  const { name, args } = op(i);
  return new Request(`${BASE}/api/tools/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "*/*", host: "127.0.0.1:8787" },
    body: JSON.stringify(args),
  });
};

// ---- the server over a socket, its client in another process ------------------------------------------------------

const httpServer = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
keepIdleConnectionsLongerThanClients(httpServer);
await new Promise((done) => httpServer.once("listening", done));
const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
const { host: _host, ...sdkHeaders } = capturedHeaders;
const wire = spawn(
  process.execPath,
  [
    WIRE_CLIENT[0]!,
    WIRE_CLIENT[1]!,
    JSON.stringify({ url, mcpHeaders: sdkHeaders, calls: Array.from({ length: 60 }, (_, i) => op(i)) }),
  ],
  { stdio: ["pipe", "pipe", "inherit"] },
);
const answers = createInterface({ input: wire.stdout! })[Symbol.asyncIterator]();

/** CALLS calls of one surface from the wire client; the CPU this process used meanwhile is the server's. */
async function serverRound(surface: "mcp" | "api") {
  const start = process.cpuUsage();
  const t0 = performance.now();
  wire.stdin!.write(`${surface} ${CALLS}\n`);
  const answer = await answers.next();
  if (answer.done || !answer.value.startsWith("done ")) throw new Error(`wire client: ${answer.value}`);
  const used = process.cpuUsage(start);
  return {
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - t0,
    bytes: Number(answer.value.slice(5)),
  };
}

// ---- the clients against canned answers ---------------------------------------------------------------------------

const canned = new Map<string, { mcp: string; api: string }>();
for (let i = 0; i < 60; i++) {
  const key = JSON.stringify(op(i));
  if (canned.has(key)) continue;
  const mcp = await (await app.fetch(mcpRequest(i))).text();
  const api = await (await app.fetch(apiRequest(i))).text();
  canned.set(key, { mcp: mcp.replace(/"id":\d+/, '"id":__ID__'), api });
}
// The init is read as it is: a Request made from it would follow the transport's long-lived signal (one listener per
// call until undici's FinalizationRegistry drops it), which is the harness's cost, not the client's.
const cannedFetch = async (_input: string | URL | Request, init?: RequestInit) => {
  const message = JSON.parse(String(init?.body)) as { id: number; params: { name: string; arguments: object } };
  const key = JSON.stringify({ name: message.params.name, args: message.params.arguments });
  const body = canned.get(key)!.mcp.replace("__ID__", String(message.id));
  return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
};
const sdkCanned = new Client({ name: "bench-mcp-cost", version: "1.0.0" });
// Connected for real (initialize), then pointed at the canned answers.
let useCanned = false;
await sdkCanned.connect(
  new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      useCanned ? cannedFetch(input, init) : inProcessFetch(input, init)) as typeof fetch,
  }),
);
useCanned = true;
const apiCannedFetch = async (input: string, init: RequestInit) => {
  const args = JSON.parse(String(init.body));
  const name = input.slice(input.lastIndexOf("/") + 1);
  return new Response(canned.get(JSON.stringify({ name, args }))!.api, {
    status: 200,
    headers: { "content-type": "application/json" },
  });
};

async function clientRound(call: (i: number) => Promise<void>) {
  const start = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < CALLS) await call(next++ % 60);
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const sdkCall = async (i: number) => {
  const { name, args } = op(i);
  const result = await sdkCanned.callTool({ name, arguments: args });
  if (result.isError) throw new Error(JSON.stringify(result.content));
};
const fetchCall = async (i: number) => {
  const { name, args } = op(i);
  const response = await apiCannedFetch(`${BASE}/api/tools/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  await response.text();
};

// ---- rounds -----------------------------------------------------------------------------------------------------

const server = { mcp: [] as number[], api: [] as number[] };
const client = { sdk: [] as number[], fetch: [] as number[] };
let mcpBytes = 0;
let apiBytes = 0;
await serverRound("mcp"); // warm-up (JIT)
await serverRound("api");
const ONLY = process.env.MCP_COST_ONLY;
const PROFILE = process.env.MCP_COST_PROFILE;
if (!ONLY) {
  await clientRound(sdkCall);
  await clientRound(fetchCall);
}
const profiler = new Session();
if (PROFILE) {
  profiler.connect();
  await profiler.post("Profiler.enable");
}
const profiled = async <T>(run: () => Promise<T>): Promise<T> => {
  if (!PROFILE) return run();
  await profiler.post("Profiler.start");
  try {
    return await run();
  } finally {
    await profiler.post("Profiler.stop").then(({ profile }) => profiles.push(profile));
  }
};
const profiles: object[] = [];
for (let r = 0; r < ROUNDS; r++) {
  if (ONLY !== "api") {
    const m = await profiled(() => serverRound("mcp"));
    server.mcp.push(m.cpuMs / CALLS);
    mcpBytes = m.bytes / CALLS;
  }
  if (ONLY !== "mcp") {
    const a = await profiled(() => serverRound("api"));
    server.api.push(a.cpuMs / CALLS);
    apiBytes = a.bytes / CALLS;
  }
  if (ONLY) continue;
  client.sdk.push((await clientRound(sdkCall)) / CALLS);
  client.fetch.push((await clientRound(fetchCall)) / CALLS);
  log(`round ${r + 1}: server mcp ${server.mcp.at(-1)!.toFixed(3)} api ${server.api.at(-1)!.toFixed(3)} ms/call`);
}
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : Number.NaN);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const result = {
  bench: "mcp-cost",
  machine: { loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
  callsPerRound: CALLS,
  rounds: ROUNDS,
  sdkClientProtocol: protocolVersion,
  serverCpuMsPerCall: {
    mcp: round3(median(server.mcp)),
    api: round3(median(server.api)),
    mcpRounds: server.mcp.map(round3),
    apiRounds: server.api.map(round3),
  },
  responseBytesPerCall: { mcp: Math.round(mcpBytes), api: Math.round(apiBytes) },
  clientCpuMsPerCall: {
    sdkClient: round3(median(client.sdk)),
    bareFetch: round3(median(client.fetch)),
    sdkRounds: client.sdk.map(round3),
    fetchRounds: client.fetch.map(round3),
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
// One profile per timed round: file.cpuprofile for the first, file.2.cpuprofile and on for the rest.
for (const [i, profile] of profiles.entries())
  writeFileSync(i ? PROFILE!.replace(/(\.cpuprofile)?$/, `.${i + 1}.cpuprofile`) : PROFILE!, JSON.stringify(profile));
wire.stdin!.end();
httpServer.close();
await sdk.close();
await sdkCanned.close();
await services.close();
rmSync(dir, { recursive: true, force: true });
