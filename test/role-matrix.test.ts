import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { springSprintSpec } from "../server/seed/spring-sprint.ts";
import { invokeTool } from "../tools/define.ts";
import { ALL_TOOLS, findTool } from "../tools/index.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { serveLocal } from "./helpers/serve.ts";
import { PERSONAS, type Persona, seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * The role matrix (issue 22): every tool × {non-member, viewer, editor, reviewer, approver of another brand, approver,
 * admin} through MCP over HTTP (the real SDK client) and the JSON API, each person with their own token. Allowed calls
 * must not be refused as forbidden (they may still fail for their own reasons, e.g. a missing file); every other call
 * must be refused with `forbidden`. The expectations below are the specification, written independently of
 * core/people/policy.ts.
 */
type Least = "viewer" | "editor" | "reviewer" | "approver" | "admin";
/** Least role, and whether the call below touches kestrel (false: a workspace-wide call, any brand's role counts). */
const SPEC: Record<string, [Least, boolean]> = {
  create_experiment: ["editor", true],
  get_experiment_results: ["viewer", true],
  top_performers: ["viewer", true],
  slot_insights: ["viewer", true],
  promote_winners: ["editor", true],
  ingest_metrics: ["editor", false],
  list_jobs: ["viewer", false],
  check_brand_rules: ["viewer", true],
  update_brand_rules: ["approver", true],
  get_brand_rules: ["viewer", true],
  library_review: ["viewer", true],
  review_asset: ["reviewer", true],
  replace_asset_version: ["editor", true],
  create_prompt_version: ["editor", false],
  list_prompt_versions: ["viewer", false],
  set_prompt_label: ["approver", false],
  trace_lineage: ["viewer", true],
  cost_report: ["viewer", false],
  create_template: ["editor", true],
  list_templates: ["viewer", true],
  get_starter_file: ["viewer", true],
  generate_variants: ["editor", true],
  list_models: ["viewer", false],
  add_asset: ["editor", true],
  import_assets: ["editor", true],
  get_asset: ["viewer", true],
  list_assets: ["viewer", true],
  update_asset: ["editor", true],
  request_review: ["editor", true],
  decide_review: ["approver", true],
  list_audit_events: ["approver", true],
  record_feedback: ["reviewer", true],
  list_reviews: ["viewer", true],
  retrain_tagger: ["editor", false],
  promote_tagger: ["approver", false],
  rollback_tagger: ["approver", false],
  list_tagger_versions: ["viewer", false],
  search_assets: ["viewer", true],
  find_similar: ["viewer", true],
  tag_assets: ["editor", true],
  find_duplicates: ["viewer", true],
  resolve_duplicates: ["editor", true],
  create_brand: ["admin", false],
  update_brand: ["approver", true],
  list_brands: ["viewer", true],
  add_brand_member: ["approver", true],
  remove_brand_member: ["approver", true],
  list_brand_members: ["viewer", true],
  link_deployment: ["editor", true],
  unlink_deployment: ["editor", true],
  list_deployments: ["viewer", true],
  update_allocation: ["approver", true],
  stop_experiment: ["approver", true],
  // MCP discovery: call_tool is checked again as the tool it calls (update_brand below)
  list_tools: ["viewer", false],
  describe_tool: ["viewer", false],
  call_tool: ["approver", true],
};

const RANK: Record<string, number> = { viewer: 1, editor: 2, reviewer: 3, approver: 4 };
const ON_KESTREL: Record<Persona, number> = {
  nonMember: 0,
  viewer: 1,
  editor: 2,
  reviewer: 3,
  otherApprover: 0,
  approver: 4,
  admin: 0,
};
const ANYWHERE: Record<Persona, number> = { ...ON_KESTREL, otherApprover: 4 };

function allowed(tool: string, persona: Persona): boolean {
  const [least, scoped] = SPEC[tool]!;
  if (persona === "admin") return true;
  if (least === "admin") return false;
  return (scoped ? ON_KESTREL : ANYWHERE)[persona] >= RANK[least]!;
}

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let team: Team;
let args: Record<string, Record<string, unknown>>;
/** Before some calls the fixture is put back (a deployment an allowed caller just unlinked is linked again). */
let before: Record<string, () => Promise<unknown>> = {};

beforeAll(async () => {
  ws = await createTestWorkspace();
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  team = await seedTeam(ws.services);
  const kestrel = await ws.services.brands.get(team.brand);
  const [a1, a2, a3, a4, a5, a6] = await Promise.all(
    [8101, 8102, 8103, 8104, 8105, 8106].map((seed) => addVariant(ws.services, kestrel.id, seed)),
  );
  const admin = (name: string, input: Record<string, unknown>) =>
    invokeTool(findTool(name)!, input, toolContext(ws.services)).then((o) => {
      if (o.isError) throw new Error(`${name}: ${o.text}`);
      return o.structured as Record<string, unknown>;
    });
  const exp = await admin("create_experiment", { arms: [a1, a2], metric: "ctr", name: "matrix", deploy: false });
  const experimentId = String(exp.experimentId);
  const relink = () => admin("link_deployment", { experimentId, assetId: a1, platform: "meta", platformAdId: "m-1" });
  await relink();
  before = { unlink_deployment: relink };
  const review = await ws.services.reviews.createReviewRequest({
    brandId: kestrel.id,
    assetId: a3,
    subjectType: "asset",
    subjectId: a3!,
    reasons: ["matrix"],
    requestedBy: "test",
  });
  const template = await ws.services.templates.create({
    brand: team.brand,
    name: "Matrix",
    spec: springSprintSpec(new Map()),
    actor: "test",
  });
  await admin("create_prompt_version", { name: "matrix-prompt", text: "Hello {{name}}" });
  const k = team.brand;
  args = {
    create_experiment: { arms: [a1], metric: "ctr", deploy: false },
    get_experiment_results: { experimentId },
    top_performers: { brand: k },
    slot_insights: { experimentId },
    promote_winners: { experimentId },
    ingest_metrics: {},
    list_jobs: {},
    check_brand_rules: { brand: k, copy: "Fresh trail shoes" },
    update_brand_rules: { brand: k, source: "rules: [unclosed" },
    get_brand_rules: { brand: k },
    library_review: { brand: k },
    review_asset: { id: a4, status: "checked" },
    replace_asset_version: { replacedId: a4 },
    create_prompt_version: { name: "matrix-prompt", text: "Hi {{name}}" },
    list_prompt_versions: { name: "matrix-prompt" },
    set_prompt_label: { name: "matrix-prompt", label: "staging", version: 1 },
    trace_lineage: { id: a1 },
    cost_report: {},
    create_template: { brand: k, name: "Matrix 2", spec: { slots: {}, copy: {} } },
    list_templates: { brand: k },
    get_starter_file: { kind: "template", brand: k },
    generate_variants: {
      brand: k,
      templateId: template.template.id,
      audience: "nobody",
      offer: "none",
      formats: ["1:1"],
      count: 1,
      budgetMicros: 1,
    },
    list_models: {},
    add_asset: { brand: k, path: "does-not-exist.jpg" },
    import_assets: { path: "does-not-exist", defaults: { brand: k } },
    get_asset: { id: a1 },
    list_assets: { brand: k },
    update_asset: { id: a2, notes: "matrix" },
    request_review: { brand: k, assetId: a5, reasons: ["matrix"] },
    decide_review: { reviewId: review.id, decision: "approve" },
    list_audit_events: { brand: k },
    record_feedback: { assetId: a1, label: "off_brand" },
    list_reviews: { brand: k },
    retrain_tagger: {},
    promote_tagger: { version: "v99" },
    rollback_tagger: { version: "v99" },
    list_tagger_versions: {},
    search_assets: { query: "shoes", filters: { brand: k } },
    find_similar: { id: a1 },
    tag_assets: { ids: [a1] },
    find_duplicates: { brand: k },
    resolve_duplicates: { assetIds: [a5, a6], keepId: a5 },
    create_brand: { slug: "matrix-new", name: "Matrix New" },
    update_brand: { brand: k, description: "matrix" },
    list_brands: { brand: k },
    add_brand_member: { brand: k, role: "viewer", email: "newbie@team.example" },
    remove_brand_member: { brand: k, member: "nobody@team.example" },
    list_brand_members: { brand: k },
    link_deployment: { experimentId, assetId: a2, platform: "meta", platformAdId: "m-2" },
    // By the platform's ad id, no dep_ id: the scope still finds kestrel through the deployment.
    unlink_deployment: { platform: "meta", platformAdId: "m-1" },
    list_deployments: { experimentId },
    update_allocation: { experimentId, apply: false },
    stop_experiment: { experimentId, dryRun: true },
    list_tools: {},
    describe_tool: { names: ["update_brand"] },
    call_tool: { name: "update_brand", arguments: { brand: k, description: "via call_tool" } },
  };
}, 120_000);
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

interface Outcome {
  forbidden: boolean;
  text: string;
}

async function overMcp(persona: Persona) {
  const client = new Client({ name: `matrix-${persona}`, version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${team.tokens[persona]}` } },
    }),
  );
  return {
    async call(tool: string): Promise<Outcome> {
      const r = await client.callTool({ name: tool, arguments: args[tool]! });
      const text = ((r.content as { text?: string }[]) ?? []).map((c) => c.text ?? "").join("\n");
      return { forbidden: r.isError === true && /^forbidden: /.test(text), text };
    },
    close: () => client.close(),
  };
}

async function overApi(persona: Persona, tool: string): Promise<Outcome> {
  const res = await fetch(`${base}/api/tools/${tool}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${team.tokens[persona]}` },
    body: JSON.stringify(args[tool]),
  });
  const body = (await res.json()) as { error?: { code: string; message: string } };
  if (res.status === 403) expect(body.error?.code).toBe("forbidden");
  return { forbidden: res.status === 403, text: body.error?.message ?? "ok" };
}

describe("role matrix", () => {
  it("has a specification for every served tool", () => {
    const served = ALL_TOOLS.map((t) => t.name);
    expect(served.filter((name) => !SPEC[name])).toEqual([]);
  });

  it("over MCP (Streamable HTTP, real client): allowed calls pass, all others are refused as forbidden", async () => {
    const wrong: string[] = [];
    for (const persona of PERSONAS) {
      const mcp = await overMcp(persona);
      for (const tool of Object.keys(SPEC)) {
        await before[tool]?.();
        const outcome = await mcp.call(tool);
        if (outcome.forbidden === allowed(tool, persona))
          wrong.push(`${persona} ${tool}: ${outcome.forbidden ? "refused" : "ran"} — ${outcome.text.slice(0, 160)}`);
      }
      await mcp.close();
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it("over the JSON API: the same matrix", async () => {
    const wrong: string[] = [];
    for (const persona of PERSONAS) {
      for (const tool of Object.keys(SPEC).filter((t) => findTool(t))) {
        await before[tool]?.();
        const outcome = await overApi(persona, tool);
        if (outcome.forbidden === allowed(tool, persona))
          wrong.push(`${persona} ${tool}: ${outcome.forbidden ? "refused" : "ran"} — ${outcome.text.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it("names the role needed and who holds it in every refusal", async () => {
    const res = await overApi("editor", "update_brand");
    expect(res.forbidden).toBe(true);
    expect(res.text).toMatch(/update_brand on kestrel needs approver .* Who can: approver \(approver@team\.example\)/);
  });

  it("wrote an audit row naming the person for every state-changing call and every refusal", async () => {
    const rows = await ws.services.database.client.execute(
      "SELECT actor, caller_kind, tool, outcome FROM audit_log WHERE caller_kind = 'member'",
    );
    expect(rows.rows.length).toBeGreaterThan(200);
    const emails = new Set(Object.values(team.emails));
    for (const r of rows.rows) expect(emails.has(String(r.actor)), String(r.actor)).toBe(true);
    const refusedDecide = rows.rows.filter((r) => r.tool === "decide_review" && r.outcome === "refused");
    expect(refusedDecide.map((r) => r.actor)).toContain(team.emails.otherApprover);
  });
});
