/**
 * Soak benchmark (issue 23): one `winnow serve` the whole team leans on. Starts the real command (bin/winnow.cjs
 * serve) on 127.0.0.1 in a temp dir with the demo workspace, then:
 *  1. throughput: the same read/search calls (list_assets, get_asset, search_assets) from SOAK_CLIENTS (20) clients,
 *     over MCP (real @modelcontextprotocol/client over Streamable HTTP) and over the JSON API (POST /api/tools/:name),
 *     in slices of one run ordered A B C C B A so both see the same machine and a drift cancels out. Targets: MCP >=
 *     250 calls/s, p99 <= 400 ms, and MCP at least as fast as the API. The clients run on the server's cores, so each
 *     surface's client CPU per call is printed beside the server's: the SDK client parses every answer with zod, bare
 *     fetch does not. A third surface, `mcpBare`, sends the same MCP requests the SDK client sends (same headers, same
 *     JSON-RPC body) with bare fetch, so `mcpBare` vs `api` compares the two server paths with clients of equal cost.
 *  2. soak: 20 MCP clients and 5 JSON API clients at once for SOAK_SECONDS (300), a mix of reads, searches, adds
 *     (add_asset, a distinct small PNG each time) and ingests (ingest_metrics with CSV text). The server's RSS is
 *     sampled every SOAK_SAMPLE_SECONDS (5) from /proc.
 * Prints one JSON object. Exits 1 when any call errors or RSS after warm-up (SOAK_WARMUP_SECONDS, default a fifth of
 * the run, at most 60 s) grows more than 10% (the lowest sample of the last third of the run against the lowest of
 * the first third after warm-up: the floor a collection returns to, not the saw-tooth's peaks); SOAK_ENFORCE_RATE=1 also fails on the throughput targets (off by default: on a shared machine they
 * measure the neighbours as much as Winnow).
 * Run: npm run bench:soak   (quick check: SOAK_SECONDS=30 SOAK_THROUGHPUT_SECONDS=10 npm run bench:soak;
 * SOAK_THROUGHPUT_SECONDS=0 skips part 1, SOAK_SECONDS=0 skips part 2; SOAK_NODE_ARGS are node flags for the server,
 * e.g. --cpu-prof)
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import sharp from "sharp";

const env = (name: string, fallback: number) => {
  const value = process.env[name];
  return value === undefined || value === "" ? fallback : Number(value);
};
const SOAK_SECONDS = env("SOAK_SECONDS", 300);
const THROUGHPUT_SECONDS = env("SOAK_THROUGHPUT_SECONDS", 40);
const CLIENTS = env("SOAK_CLIENTS", 20);
const API_CLIENTS = env("SOAK_API_CLIENTS", 5);
const SAMPLE_SECONDS = env("SOAK_SAMPLE_SECONDS", 5);
const WARMUP_SECONDS = env("SOAK_WARMUP_SECONDS", Math.min(60, Math.round(SOAK_SECONDS / 5)));
const ENFORCE_RATE = process.env.SOAK_ENFORCE_RATE === "1";
const TARGETS = { mcpCallsPerSecond: 250, mcpP99Ms: 400, rssGrowthPct: 10 };

const WINNOW = resolve(import.meta.dirname, "../bin/winnow.cjs");
const work = mkdtempSync(join(tmpdir(), "winnow-soak-"));
const log = (msg: string) => process.stderr.write(`[bench:soak] ${msg}\n`);

// ---- the server -------------------------------------------------------------------------------------------------

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  mkdirSync(join(work, "import"), { recursive: true });
  const nodeArgs = process.env.SOAK_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, WINNOW, "serve", "--port", "0", "--host", "127.0.0.1"], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: work,
      WINNOW_DATA_DIR: join(work, "data"),
      WINNOW_IMPORT_ROOT: join(work, "import"),
      LOG_LEVEL: "info", // "winnow listening" is an info line
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let logs = "";
  return new Promise((done, fail) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      logs = (logs + chunk.toString()).slice(-20_000);
      const match = /"msg":"winnow listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(logs);
      if (match?.[1]) done({ child, url: match[1] });
    });
    child.once("exit", (code) => fail(new Error(`winnow serve exited with ${code} before listening:\n${logs}`)));
  });
}

/** Resident set size of the server process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 102.4) / 10;
}

/** CPU seconds (user + system) the server process has used so far (Linux /proc; clock ticks at 100 Hz). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// ---- the calls ----------------------------------------------------------------------------------------------------

type Op = "list_assets" | "get_asset" | "search_assets" | "add_asset" | "ingest_metrics";
interface Call {
  op: Op;
  args: Record<string, unknown>;
}
interface Surface {
  call(call: Call): Promise<void>;
  close(): Promise<void>;
}

const QUERIES = ["running shoes", "gen z summer", "trail", "bold red product shot", "calm morning scene", "logo"];
let assetIds: string[] = [];
let counter = 0;

const readCall = (i: number): Call => {
  const pick = i % 3;
  if (pick === 0) return { op: "list_assets", args: { limit: 20 } };
  if (pick === 1) return { op: "get_asset", args: { id: assetIds[i % assetIds.length]! } };
  return { op: "search_assets", args: { query: QUERIES[i % QUERIES.length]!, limit: 10 } };
};

/** A distinct small PNG (random pixels), so every add stores a new asset. */
async function freshPng(): Promise<Buffer> {
  const pixels = Buffer.alloc(48 * 48 * 3);
  for (let k = 0; k < pixels.length; k++) pixels[k] = Math.floor(Math.random() * 256);
  return sharp(pixels, { raw: { width: 48, height: 48, channels: 3 } })
    .png()
    .toBuffer();
}

function metricsCsv(n: number): string {
  const day = new Date(Date.UTC(2026, 0, 1 + (n % 60))).toISOString().slice(0, 10);
  const rows = ["ad_id,date,impressions,clicks,conversions,spend,revenue"];
  for (let ad = 0; ad < 20; ad++) rows.push(`soak-ad-${ad},${day},${1000 + n},${30 + (n % 7)},${n % 5},12.50,40.00`);
  return rows.join("\n");
}

/** The soak mix: half reads, about a third searches, a few adds and ingests. */
async function mixedCall(): Promise<Call> {
  const n = counter++;
  const roll = n % 50;
  if (roll < 4) {
    const png = await freshPng();
    return {
      op: "add_asset",
      args: { contentBase64: png.toString("base64"), filename: `soak-${n}.png`, kind: "reference", name: `Soak ${n}` },
    };
  }
  if (roll < 6) return { op: "ingest_metrics", args: { csv: metricsCsv(n) } };
  if (roll < 25) return { op: "search_assets", args: { query: QUERIES[n % QUERIES.length]!, limit: 10 } };
  return n % 2
    ? { op: "list_assets", args: { limit: 20 } }
    : { op: "get_asset", args: { id: assetIds[n % assetIds.length]! } };
}

async function mcpSurface(url: string): Promise<Surface & { protocolVersion: string | undefined }> {
  const client = new Client({ name: "bench-soak", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(`${url}/mcp`));
  await client.connect(transport);
  return {
    protocolVersion: transport.protocolVersion,
    async call({ op, args }) {
      const result = await client.callTool({ name: op, arguments: args });
      if (result.isError) throw new Error(`${op}: ${JSON.stringify(result.content).slice(0, 300)}`);
    },
    close: () => client.close(),
  };
}

/**
 * MCP without the SDK client: the tools/call request the SDK client sends once it is initialized (its headers, its
 * JSON-RPC body), answered by the same server path; the answer is parsed as JSON and checked, not zod-validated.
 */
function mcpBareSurface(url: string, protocolVersion: string): Surface {
  let id = 0;
  return {
    async call({ op, args }) {
      const response = await fetch(`${url}/mcp`, {
        method: "POST",
        headers: {
          accept: "application/json, text/event-stream",
          "content-type": "application/json",
          "mcp-protocol-version": protocolVersion,
        },
        body: JSON.stringify({ method: "tools/call", params: { name: op, arguments: args }, jsonrpc: "2.0", id: id++ }),
      });
      const body = await response.text();
      if (!response.ok || !response.headers.get("content-type")?.includes("application/json"))
        throw new Error(`${op}: HTTP ${response.status} ${body.slice(0, 300)}`);
      const message = JSON.parse(body) as { result?: { isError?: boolean }; error?: unknown };
      if (!message.result || message.result.isError) throw new Error(`${op}: ${body.slice(0, 300)}`);
    },
    close: async () => {},
  };
}

function apiSurface(url: string): Surface {
  return {
    async call({ op, args }) {
      const response = await fetch(`${url}/api/tools/${op}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(args),
      });
      const body = await response.text();
      if (!response.ok) throw new Error(`${op}: HTTP ${response.status} ${body.slice(0, 300)}`);
    },
    close: async () => {},
  };
}

// ---- measuring ----------------------------------------------------------------------------------------------------

class Tally {
  readonly latencies: number[] = [];
  readonly byOp = new Map<Op, number[]>();
  errors = 0;
  readonly errorSamples: string[] = [];
  record(op: Op, ms: number) {
    this.latencies.push(ms);
    const times = this.byOp.get(op) ?? [];
    if (!times.length) this.byOp.set(op, times);
    times.push(ms);
  }
  fail(error: unknown) {
    this.errors++;
    if (this.errorSamples.length < 5) this.errorSamples.push(`${new Date().toISOString()} ${describe(error)}`);
  }
  summary(seconds: number) {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      calls: sorted.length,
      callsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      byOp: Object.fromEntries(
        [...this.byOp].map(([op, times]) => {
          const s = [...times].sort((a, b) => a - b);
          return [op, { calls: s.length, p50Ms: quantile(s, 0.5), p99Ms: quantile(s, 0.99) }];
        }),
      ),
      errors: this.errors,
      ...(this.errorSamples.length ? { errorSamples: this.errorSamples } : {}),
    };
  }
}

const quantile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!) : null;

/** An error with its causes: undici's "fetch failed" says why only in `cause` (ECONNRESET, other side closed…). */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: string; code?: string };
    parts.push([code, message ?? String(e)].filter(Boolean).join(" "));
  }
  return parts.join(" <- ").slice(0, 500);
}

/** Closed-loop clients: each sends its next call as soon as the last one answered, until `until`. */
async function drive(surfaces: Surface[], next: (i: number) => Call | Promise<Call>, until: number, tally: Tally) {
  let i = 0;
  await Promise.all(
    surfaces.map(async (surface) => {
      while (Date.now() < until) {
        const call = await next(i++);
        const started = performance.now();
        try {
          await surface.call(call);
          tally.record(call.op, performance.now() - started);
        } catch (error) {
          tally.fail(error);
        }
      }
    }),
  );
}

type Side = "mcp" | "api" | "mcpBare";

async function throughput(url: string, pid: number) {
  const mcp = await Promise.all(Array.from({ length: CLIENTS }, () => mcpSurface(url)));
  const protocolVersion = mcp[0]!.protocolVersion ?? "2025-11-25";
  const surfaces: Record<Side, Surface[]> = {
    mcp,
    api: Array.from({ length: CLIENTS }, () => apiSurface(url)),
    mcpBare: Array.from({ length: CLIENTS }, () => mcpBareSurface(url, protocolVersion)),
  };
  const sides: Side[] = ["mcp", "api", "mcpBare"];
  const tallies = { mcp: new Tally(), api: new Tally(), mcpBare: new Tally() };
  const cpu = { mcp: 0, api: 0, mcpBare: 0 };
  const clientCpu = { mcp: 0, api: 0, mcpBare: 0 };
  // A B C C B A: each surface runs THROUGHPUT_SECONDS / 2 in all, and a drift over the run (a neighbour's build
  // starting, the heap growing) weighs on every surface alike instead of on whichever always goes first.
  const order: Side[] = [...sides, ...[...sides].reverse()];
  const slice = (THROUGHPUT_SECONDS * 1000) / 4;
  // Warm every path briefly (JIT, the SDK's lazy wire schemas), untimed.
  for (const side of sides) await drive(surfaces[side], readCall, Date.now() + 2000, new Tally());
  for (const side of order) {
    const before = cpuSeconds(pid);
    const clientBefore = process.cpuUsage();
    await drive(surfaces[side], readCall, Date.now() + slice, tallies[side]);
    cpu[side] += cpuSeconds(pid) - before;
    const used = process.cpuUsage(clientBefore);
    clientCpu[side] += (used.user + used.system) / 1e6;
  }
  await Promise.all(mcp.map((m) => m.close()));
  const seconds = THROUGHPUT_SECONDS / 2;
  const perCall = (cpuSeconds: number, calls: number) =>
    calls ? Math.round((cpuSeconds * 1000 * 100) / calls) / 100 : null;
  // Server CPU per call is what a shared machine cannot blur: wall-clock rates also measure the neighbours.
  const withCpu = (side: Side) => {
    const summary = tallies[side].summary(seconds);
    const cpuMsPerCall = perCall(cpu[side], summary.calls);
    return {
      ...summary,
      serverCpuMsPerCall: cpuMsPerCall,
      // The bench's own process: the clients of this surface (they share the server's cores).
      clientCpuMsPerCall: perCall(clientCpu[side], summary.calls),
      // What the server alone could do with both cores to itself: an upper bound, the clients need CPU too.
      projectedOnIdleCores: cpuMsPerCall ? Math.round((availableParallelism() * 1000) / cpuMsPerCall) : null,
    };
  };
  const result = { clients: CLIENTS, seconds, mcp: withCpu("mcp"), api: withCpu("api"), mcpBare: withCpu("mcpBare") };
  const ratio = (a: number | null, b: number | null) => (a && b ? Math.round((a / b) * 100) / 100 : null);
  return {
    ...result,
    mcpToApi: ratio(result.mcp.callsPerSecond, result.api.callsPerSecond),
    /** Same server paths, clients of equal cost: MCP answered by the server as fast as the API, or not. */
    mcpBareToApi: ratio(result.mcpBare.callsPerSecond, result.api.callsPerSecond),
    /** API server CPU per call over MCP's (above 1: MCP's server path is the cheaper). */
    apiToMcpServerCpu: ratio(result.api.serverCpuMsPerCall, result.mcp.serverCpuMsPerCall),
  };
}

async function soak(url: string, pid: number) {
  const mcp = await Promise.all(Array.from({ length: CLIENTS }, () => mcpSurface(url)));
  const api = Array.from({ length: API_CLIENTS }, () => apiSurface(url));
  const tallies = { mcp: new Tally(), api: new Tally() };
  const started = Date.now();
  const samples: { s: number; rssMb: number }[] = [{ s: 0, rssMb: rssMb(pid) }];
  const sampler = setInterval(() => {
    samples.push({ s: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid) });
  }, SAMPLE_SECONDS * 1000);
  const until = started + SOAK_SECONDS * 1000;
  await Promise.all([drive(mcp, mixedCall, until, tallies.mcp), drive(api, mixedCall, until, tallies.api)]);
  clearInterval(sampler);
  samples.push({ s: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid) });
  await Promise.all(mcp.map((m) => m.close()));

  // RSS saw-tooths by 50-100 MB between major collections, so a peak is not growth: what a leak raises is the floor
  // (the RSS right after a collection). Compare the lowest sample of the last third of the run after warm-up with the
  // lowest of its first third.
  const afterWarmup = samples.filter((s) => s.s >= WARMUP_SECONDS);
  const third = Math.max(1, Math.floor(afterWarmup.length / 3));
  const floor = (xs: { rssMb: number }[]) => Math.min(...xs.map((x) => x.rssMb));
  const warm = floor(afterWarmup.slice(0, third));
  const end = floor(afterWarmup.slice(-third));
  const growthPct = afterWarmup.length >= 3 ? Math.round(((end - warm) / warm) * 1000) / 10 : null;
  const seconds = (Date.now() - started) / 1000;
  const all = new Tally();
  all.latencies.push(...tallies.mcp.latencies, ...tallies.api.latencies);
  return {
    seconds: Math.round(seconds),
    clients: { mcp: CLIENTS, api: API_CLIENTS },
    callsPerSecond: all.summary(seconds).callsPerSecond,
    mcp: tallies.mcp.summary(seconds),
    api: tallies.api.summary(seconds),
    rss: {
      warmupSeconds: WARMUP_SECONDS,
      floorAfterWarmupMb: Math.round(warm),
      floorAtEndMb: Math.round(end),
      peakMb: Math.round(Math.max(...samples.map((x) => x.rssMb))),
      growthPct,
      samples,
    },
  };
}

// ---- main ---------------------------------------------------------------------------------------------------------

const { child, url } = await startServer();
const stop = () => {
  if (child.exitCode === null) child.kill("SIGTERM");
};
process.once("SIGINT", () => {
  stop();
  process.exit(130);
});
try {
  const listed = await fetch(`${url}/api/tools/list_assets`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ limit: 50 }),
  });
  assetIds = ((await listed.json()) as { result: { items: { id: string }[] } }).result.items.map((a) => a.id);
  if (!assetIds.length) throw new Error("the demo workspace has no assets");
  log(`server ${url} (pid ${child.pid}), ${assetIds.length} assets to read; rss ${rssMb(child.pid!)} MB`);

  const throughputResult = THROUGHPUT_SECONDS > 0 ? await throughput(url, child.pid!) : undefined;
  if (throughputResult)
    log(
      `throughput: mcp ${throughputResult.mcp.callsPerSecond}/s, api ${throughputResult.api.callsPerSecond}/s, ` +
        `mcp with a bare client ${throughputResult.mcpBare.callsPerSecond}/s`,
    );
  const soakResult = SOAK_SECONDS > 0 ? await soak(url, child.pid!) : undefined;

  const errors =
    (throughputResult
      ? throughputResult.mcp.errors + throughputResult.api.errors + throughputResult.mcpBare.errors
      : 0) + (soakResult ? soakResult.mcp.errors + soakResult.api.errors : 0);
  const targets = {
    noErrors: { met: errors === 0, errors },
    rssGrowth: {
      targetPct: TARGETS.rssGrowthPct,
      growthPct: soakResult?.rss.growthPct ?? null,
      met: soakResult?.rss.growthPct == null || soakResult.rss.growthPct <= TARGETS.rssGrowthPct,
    },
    mcpRate: {
      target: TARGETS.mcpCallsPerSecond,
      value: throughputResult?.mcp.callsPerSecond ?? null,
      met: !throughputResult || throughputResult.mcp.callsPerSecond >= TARGETS.mcpCallsPerSecond,
    },
    mcpP99: {
      targetMs: TARGETS.mcpP99Ms,
      valueMs: throughputResult?.mcp.p99Ms ?? null,
      met: !throughputResult || (throughputResult.mcp.p99Ms ?? 0) <= TARGETS.mcpP99Ms,
    },
    mcpAtLeastApi: {
      ratio: throughputResult?.mcpToApi ?? null,
      // Within 5%: the two halves of a shared machine differ by more than that from one slice to the next.
      met: !throughputResult || (throughputResult.mcpToApi ?? 0) >= 0.95,
    },
  };
  const failed =
    !targets.noErrors.met ||
    !targets.rssGrowth.met ||
    (ENFORCE_RATE && (!targets.mcpRate.met || !targets.mcpP99.met || !targets.mcpAtLeastApi.met));
  const out = {
    bench: "soak",
    machine: { cores: availableParallelism(), loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
    throughput: throughputResult,
    soak: soakResult,
    targets,
    ok: !failed,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(work, { recursive: true, force: true });
}
