import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLineageEdges } from "../db/repositories/lineage.ts";
import type { Services } from "../server/services.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { measuredExperiment } from "./helpers/measured-experiment.ts";
import { type Persona, seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * Issue 22, the reads that cross brands: lineage (a prompt version or model is shared by every brand's outputs) and
 * slot insights (one regression over every experiment). A member sees the nodes and the experiments of their own
 * brands, and is told when something was left out.
 */
let ws: TestWorkspace;
let team: Team;
let kestrelOut: string[];
let heronOut: string[];
let promptVersionId: string;
let kestrelExp: string;
let heronExp: string;
const KESTREL_RUN = "run_01KESTRELRUN0000000000009";

async function variant(services: Services, brand: string, seed: number, tone: string) {
  const { asset } = await services.library.add({
    bytes: await makeJpeg(seed),
    filename: `v-${seed}.jpg`,
    meta: {
      kind: "output",
      name: `${brand} ${tone} variant ${seed}`,
      brand,
      status: "checked",
      metadata: { slots: { tone, hook: `${brand}-hook` } },
    },
    actor: "test",
  });
  return asset.id;
}

beforeAll(async () => {
  ws = await createTestWorkspace();
  team = await seedTeam(ws.services);
  const s = ws.services;
  kestrelOut = [await variant(s, team.brand, 8101, "bold"), await variant(s, team.brand, 8102, "calm")];
  heronOut = [
    await variant(s, team.otherBrand, 8201, "heron-secret-tone"),
    await variant(s, team.otherBrand, 8202, "quiet"),
  ];
  kestrelExp = await measuredExperiment(s, kestrelOut, [[300, 100]]);
  heronExp = await measuredExperiment(s, heronOut, [[500, 50]]);
  const made = await s.prompts.create({ name: "copywriter", text: "Write for {{audience}}." }, team.callers.admin);
  promptVersionId = made.version.id;
  const kestrel = await s.brands.get(team.brand);
  await s.database.client.execute({
    sql: "INSERT INTO generation_runs (id, brand_id, status, cost_micros, started_at) VALUES (?, ?, 'succeeded', 0, ?)",
    args: [KESTREL_RUN, kestrel.id, new Date().toISOString()],
  });
  const at = new Date().toISOString();
  await addLineageEdges(
    s.database.db,
    [
      ...[...kestrelOut, ...heronOut].map((fromId) => ({
        fromId,
        relation: "generated_by" as const,
        toId: promptVersionId,
      })),
      { fromId: kestrelOut[0]!, relation: "generated_by" as const, toId: KESTREL_RUN },
      { fromId: KESTREL_RUN, relation: "generated_by" as const, toId: promptVersionId },
    ],
    at,
  );
}, 120_000);
afterAll(async () => {
  await ws.cleanup();
});

const call = async (persona: Persona, tool: string, args: Record<string, unknown>) =>
  invokeTool(findTool(tool)!, args, toolContext(ws.services, "api", team.callers[persona]));

describe("trace_lineage for a member", () => {
  it("leaves out another brand's nodes and edges around a shared prompt version, and says how many", async () => {
    const out = await call("viewer", "trace_lineage", { id: promptVersionId, direction: "downstream" });
    expect(out.isError, out.text).toBe(false);
    const graph = out.structured as {
      nodes: { id: string; label: string }[];
      edges: { from: string }[];
      hidden: number;
    };
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([promptVersionId, ...kestrelOut, KESTREL_RUN]));
    for (const id of heronOut) expect(JSON.stringify(out.structured)).not.toContain(id);
    expect(JSON.stringify(out.structured)).not.toContain("heron-secret-tone");
    expect(graph.hidden).toBe(2);
    expect(out.text).toMatch(/2 node\(s\) on brands you are not a member of are left out/);
    expect(out.text).not.toContain(heronOut[0]!);
  });

  it("shows the whole graph to a workspace admin, with nothing hidden", async () => {
    const out = await call("admin", "trace_lineage", { id: promptVersionId, direction: "downstream" });
    const graph = out.structured as { nodes: { id: string }[]; hidden: number };
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([...kestrelOut, ...heronOut]));
    expect(graph.hidden).toBe(0);
    expect(out.text).not.toMatch(/left out/);
  });

  it("refuses to start a walk at another brand's generation run (an id the policy table cannot see)", async () => {
    const out = await call("otherApprover", "trace_lineage", { id: KESTREL_RUN });
    expect(out.isError).toBe(true);
    expect(out.error?.code).toBe("forbidden");
    expect(out.text).not.toContain(kestrelOut[0]!);
    expect((await call("viewer", "trace_lineage", { id: KESTREL_RUN })).isError).toBe(false);
  });
});

describe("slot_insights for a member", () => {
  const values = (out: { structured?: Record<string, unknown> }) =>
    ((out.structured?.effects ?? []) as { value: string }[]).map((e) => e.value);

  it("counts only the experiments of the caller's brands and says so", async () => {
    const heron = await call("otherApprover", "slot_insights", { slot: "tone" });
    expect(heron.isError, heron.text).toBe(false);
    expect(values(heron).sort()).toEqual(["heron-secret-tone", "quiet"]);
    expect(heron.structured?.experiments).toBe(1);
    expect(heron.text).toMatch(/brands you are a member of/);

    const kestrel = await call("viewer", "slot_insights", { slot: "tone" });
    expect(values(kestrel).sort()).toEqual(["bold", "calm"]);
    expect(JSON.stringify(kestrel.structured)).not.toContain("heron");
  });

  it("pools every brand for a workspace admin", async () => {
    const all = await call("admin", "slot_insights", { slot: "tone" });
    expect(values(all).sort()).toEqual(["bold", "calm", "heron-secret-tone", "quiet"]);
    expect(all.structured?.experiments).toBe(2);
    expect(all.text).not.toMatch(/brands you are a member of/);
  });
});

describe("list_jobs for a member", () => {
  beforeAll(async () => {
    const at = new Date().toISOString();
    await ws.services.database.client.execute({
      sql: `INSERT INTO jobs (id, name, status, payload, attempts, run_after, last_error, created_at, updated_at)
        VALUES ('job_01FAILEDALLOC000000000001', 'update_allocations', 'failed', '{}', 3, ?, ?, ?, ?)`,
      args: [at, `${kestrelExp}: kestrel arm went away; ${heronExp}: Error: Heron Secret Launch has no arms`, at, at],
    });
  });
  const failed = async (persona: Persona) => {
    const out = await call(persona, "list_jobs", { status: "failed" });
    expect(out.isError, out.text).toBe(false);
    return out;
  };

  it("shows every member that a job failed, with only the parts of its error that name their own brands", async () => {
    const viewer = await failed("viewer");
    const [job] = (viewer.structured as { items: { name: string; lastError: string | null }[] }).items;
    expect(job?.name).toBe("update_allocations");
    expect(job?.lastError).toContain(`${kestrelExp}: kestrel arm went away`);
    expect(job?.lastError).toContain("1 failure(s) on brands you are not a member of (details hidden)");
    expect(JSON.stringify(viewer)).not.toContain(heronExp);
    expect(JSON.stringify(viewer)).not.toContain("Heron Secret Launch");

    const other = JSON.stringify(await failed("otherApprover"));
    expect(other).toContain("Heron Secret Launch");
    expect(other).not.toContain(kestrelExp);
  });

  it("shows the admin the whole error", async () => {
    const admin = JSON.stringify(await failed("admin"));
    expect(admin).toContain(kestrelExp);
    expect(admin).toContain("Heron Secret Launch");
    expect(admin).not.toContain("details hidden");
  });
});
