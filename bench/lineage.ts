/**
 * Lineage benchmark (issue 4): trace_lineage at depth 4 on a 100k-edge creative graph in a temp libSQL file.
 * The graph is shaped like a real workspace: product shots and scenes feed ~16k outputs, each generated_by a prompt
 * version, a template version and a model and used_in a campaign; some are tested_in experiments, ~10% are resizes
 * derived_from an earlier output (so chains exist). Edges and node rows go in with multi-row INSERTs.
 * Then the real tool (invokeTool(trace_lineage): zod, recursive CTE walk, node labels, Mermaid) runs from random
 * nodes in both directions. Target: p50 <= 20 ms. Prints one JSON object.
 * Run: npm run bench:lineage   (BENCH_EDGES / BENCH_CALLS shrink it)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { newId } from "../core/ids.ts";
import { silentLogger } from "../core/log.ts";
import { localAdmin } from "../core/people/caller.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices } from "../server/services.ts";
import { invokeTool } from "../tools/define.ts";
import { traceLineageTool } from "../tools/trace_lineage.ts";

const EDGES = Number(process.env.BENCH_EDGES ?? 100_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const DEPTH = 4;
const TARGET_P50_MS = 20;
const log = (msg: string) => process.stderr.write(`[bench:lineage] ${msg}\n`);

// Deterministic so two runs build the same graph (mulberry32).
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const work = mkdtempSync(join(tmpdir(), "winnow-bench-lineage-"));
const config = loadConfig({ WINNOW_DATA_DIR: work, WINNOW_AUTO_SEED: "0", LOG_LEVEL: "error" }, work);
const services = await buildServices(config, { logger: silentLogger });
const { client } = services.database;
const at = new Date().toISOString();

/** Multi-row INSERTs of `width` columns, as many rows per statement as SQLite's 32k variables allow (capped at 500). */
async function insertRows(table: string, columns: string[], rows: unknown[][]) {
  const per = Math.min(500, Math.floor(32_000 / columns.length));
  const statements = [];
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const placeholders = chunk.map(() => `(${columns.map(() => "?").join(",")})`).join(",");
    statements.push({
      sql: `INSERT INTO ${table} (${columns.join(",")}) VALUES ${placeholders}`,
      args: chunk.flat() as never[],
    });
  }
  await client.batch(statements, "write");
}

const buildStart = performance.now();
const ids = (kind: Parameters<typeof newId>[0], n: number) => Array.from({ length: n }, () => newId(kind));
const products = ids("asset", 200);
const scenes = ids("asset", 60);
const promptId = newId("prompt");
const promptVersions = ids("promptVersion", 24);
const templateId = newId("template");
const templateVersions = ids("templateVersion", 12);
const models = ids("model", 8);
const campaigns = ids("campaign", 40);
const experiments = ids("experiment", 120);

const assetRow = (id: string, name: string, kind: string) => [
  id,
  kind,
  name,
  "ready",
  id.padEnd(64, "0"),
  "image/png",
  "png",
  1080,
  1080,
  1000,
  at,
  at,
];
const assetRows: unknown[][] = [
  ...products.map((id, i) => assetRow(id, `Product shot ${i}`, "product")),
  ...scenes.map((id, i) => assetRow(id, `Scene ${i}`, "scene")),
];
const edges: unknown[][] = [];
const edge = (from: string, relation: string, to: string) => edges.push([newId("edge"), from, relation, to, at]);
const outputs: string[] = [];
while (edges.length < EDGES) {
  const o = newId("asset");
  // A resize points at an earlier output; it cannot close a cycle because edges only point at older nodes.
  if (outputs.length > 100 && rand() < 0.1) edge(o, "derived_from", pick(outputs));
  else edge(o, "derived_from", pick(products));
  edge(o, "uses", pick(scenes));
  edge(o, "generated_by", pick(promptVersions));
  edge(o, "generated_by", pick(templateVersions));
  edge(o, "generated_by", pick(models));
  edge(o, "used_in", pick(campaigns));
  if (rand() < 0.2) edge(o, "tested_in", pick(experiments));
  outputs.push(o);
  assetRows.push(assetRow(o, `Output ${outputs.length}`, "output"));
}
edges.length = EDGES;

const cols = [
  "id",
  "kind",
  "name",
  "status",
  "sha256",
  "mime_type",
  "format",
  "width",
  "height",
  "bytes",
  "created_at",
  "updated_at",
];
await insertRows("assets", cols, assetRows);
await insertRows("prompts", ["id", "name", "created_at"], [[promptId, "copywriter", at]]);
await insertRows(
  "prompt_versions",
  ["id", "prompt_id", "version", "text", "created_at"],
  promptVersions.map((id, i) => [id, promptId, i + 1, `Prompt text ${i}`, at]),
);
await insertRows("templates", ["id", "name", "created_at"], [[templateId, "Spring promo", at]]);
await insertRows(
  "template_versions",
  ["id", "template_id", "version", "spec", "created_at"],
  templateVersions.map((id, i) => [id, templateId, i + 1, "{}", at]),
);
await insertRows(
  "models",
  ["id", "provider", "name", "task", "created_at"],
  models.map((id, i) => [id, "local", `model-${i}`, i % 2 ? "image" : "text", at]),
);
await insertRows(
  "campaigns",
  ["id", "name", "created_at"],
  campaigns.map((id, i) => [id, `Campaign ${i}`, at]),
);
await insertRows(
  "experiments",
  ["id", "campaign_id", "name", "metric", "status", "created_at"],
  experiments.map((id, i) => [id, pick(campaigns), `Experiment ${i}`, "ctr", "running", at]),
);
await insertRows("lineage_edges", ["id", "from_id", "relation", "to_id", "created_at"], edges);
await client.execute("ANALYZE");
const buildSeconds = (performance.now() - buildStart) / 1000;
const [{ n: edgeCount } = { n: 0 }] = (await client.execute("SELECT count(*) AS n FROM lineage_edges"))
  .rows as unknown as { n: number }[];
log(`built ${edgeCount} edges, ${assetRows.length} assets in ${buildSeconds.toFixed(1)} s`);

// Random start nodes over every node in the graph (outputs dominate, as in a real workspace).
const allNodes = [
  ...outputs,
  ...products,
  ...scenes,
  ...promptVersions,
  ...templateVersions,
  ...models,
  ...campaigns,
  ...experiments,
];
const ctx = { services, caller: localAdmin("bench"), actor: "bench", progress: async () => {} };
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function measure(direction: "upstream" | "downstream", pool: string[] = allNodes) {
  const times: number[] = [];
  let nodes = 0;
  let truncated = 0;
  for (let i = 0; i < CALLS; i++) {
    const id = pick(pool);
    const t0 = performance.now();
    const out = await invokeTool(traceLineageTool, { id, direction, depth: DEPTH }, ctx);
    times.push(performance.now() - t0);
    if (out.isError) throw new Error(`trace_lineage failed: ${out.text}`);
    const graph = out.structured as { nodes: unknown[]; truncated: boolean };
    nodes += graph.nodes.length;
    if (graph.truncated) truncated++;
  }
  return {
    calls: CALLS,
    p50Ms: +percentile(times, 50).toFixed(2),
    p95Ms: +percentile(times, 95).toFixed(2),
    maxMs: +Math.max(...times).toFixed(2),
    meanNodes: +(nodes / CALLS).toFixed(1),
    truncatedCalls: truncated,
  };
}

// Hubs are the worst case: a model reached by thousands of outputs (capped by maxNodes, default 500).
async function hub() {
  const times: number[] = [];
  for (const id of models) {
    const t0 = performance.now();
    await invokeTool(traceLineageTool, { id, direction: "downstream", depth: DEPTH }, ctx);
    times.push(performance.now() - t0);
  }
  return { calls: models.length, p50Ms: +percentile(times, 50).toFixed(2), maxMs: +Math.max(...times).toFixed(2) };
}

for (let i = 0; i < 20; i++) await invokeTool(traceLineageTool, { id: pick(allNodes), depth: DEPTH }, ctx); // warm-up
const upstream = await measure("upstream");
const downstream = await measure("downstream");
const hubDownstream = await hub();
// Random nodes are mostly outputs, which rarely have descendants; this figure starts only from sources.
const downstreamFromSources = await measure("downstream", [
  ...products,
  ...scenes,
  ...promptVersions,
  ...templateVersions,
  ...campaigns,
  ...experiments,
]);
const overallP50 = Math.max(upstream.p50Ms, downstream.p50Ms);

const result = {
  bench: "lineage",
  machine: { cores: availableParallelism(), loadavg1m: +loadavg()[0]!.toFixed(2), node: process.version, shared: true },
  graph: {
    edges: Number(edgeCount),
    assets: assetRows.length,
    outputs: outputs.length,
    buildSeconds: +buildSeconds.toFixed(2),
  },
  depth: DEPTH,
  upstream,
  downstream,
  hubDownstream,
  downstreamFromSources,
  targets: {
    traceDepth4P50Ms: { target: TARGET_P50_MS, value: overallP50, pass: overallP50 <= TARGET_P50_MS },
    upstreamP50: { target: TARGET_P50_MS, value: upstream.p50Ms, pass: upstream.p50Ms <= TARGET_P50_MS },
    downstreamP50: { target: TARGET_P50_MS, value: downstream.p50Ms, pass: downstream.p50Ms <= TARGET_P50_MS },
  },
};
await services.close();
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
