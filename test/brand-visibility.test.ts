import type { AddressInfo } from "node:net";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { serveLocal } from "./helpers/serve.ts";
import { type Persona, seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * Issue 22: a member sees only the brands they hold a role on. kestrel's assets, experiment, review request, campaign
 * spend and generation run must not show on any dashboard page or list tool for the approver of heron only, while the
 * viewer of kestrel and the workspace admin see them. Same rule in both places (Authorizer.visibleBrands).
 */
let ws: TestWorkspace;
let app: ReturnType<typeof createHttpApp>;
let team: Team;
let kestrelAssets: string[];
let heronAsset: string;
let experimentId: string;
const CAMPAIGN = "Kestrel Secret Spring Campaign";
const RUN = "run_01KESTRELRUN0000000000001";

beforeAll(async () => {
  ws = await createTestWorkspace();
  app = createHttpApp(ws.services);
  team = await seedTeam(ws.services);
  const kestrel = await ws.services.brands.get(team.brand);
  const heron = await ws.services.brands.get(team.otherBrand);
  kestrelAssets = await Promise.all([9101, 9102].map((seed) => addVariant(ws.services, kestrel.id, seed)));
  heronAsset = await addVariant(ws.services, heron.id, 9201);
  const admin = async (name: string, input: Record<string, unknown>) => {
    const o = await invokeTool(findTool(name)!, input, toolContext(ws.services));
    if (o.isError) throw new Error(`${name}: ${o.text}`);
    return o.structured as Record<string, unknown>;
  };
  experimentId = String(
    (await admin("create_experiment", { arms: kestrelAssets, metric: "ctr", name: "Kestrel hooks", deploy: false }))
      .experimentId,
  );
  await admin("link_deployment", {
    experimentId,
    assetId: kestrelAssets[0],
    platform: "meta",
    platformAdId: "kestrel-ad-77",
  });
  await ws.services.reviews.createReviewRequest({
    brandId: kestrel.id,
    assetId: kestrelAssets[0],
    subjectType: "asset",
    subjectId: kestrelAssets[0]!,
    reasons: ["kestrel-only reason"],
    requestedBy: "test",
  });
  const at = new Date().toISOString();
  await ws.services.database.client.batch([
    {
      sql: "INSERT INTO campaigns (id, brand_id, name, created_at) VALUES ('cmp_01KESTRELCMP0000000000001', ?, ?, ?)",
      args: [kestrel.id, CAMPAIGN, at],
    },
    {
      sql: "INSERT INTO generation_runs (id, campaign_id, brand_id, status, cost_micros, started_at) VALUES (?, 'cmp_01KESTRELCMP0000000000001', ?, 'succeeded', 4200000, ?)",
      args: [RUN, kestrel.id, at],
    },
    {
      sql: "INSERT INTO cost_ledger (id, run_id, campaign_id, provider, operation, cost_micros, created_at) VALUES ('cost_01KESTRELCOST000000001', ?, 'cmp_01KESTRELCMP0000000000001', 'openai', 'image', 4200000, ?)",
      args: [RUN, at],
    },
  ]);
}, 120_000);
afterAll(async () => {
  await ws.cleanup();
});

const page = async (persona: Persona, path: string) => {
  const res = await app.request(`http://127.0.0.1${path}`, {
    headers: { host: "127.0.0.1", authorization: `Bearer ${team.tokens[persona]}` },
  });
  return { status: res.status, text: await res.text() };
};

const api = async (persona: Persona, tool: string, args: Record<string, unknown> = {}) => {
  const res = await fetchApi(persona, tool, args);
  return { status: res.status, text: await res.text() };
};
const fetchApi = (persona: Persona, tool: string, args: Record<string, unknown>) =>
  app.request(`http://127.0.0.1/api/tools/${tool}`, {
    method: "POST",
    headers: {
      host: "127.0.0.1",
      "content-type": "application/json",
      authorization: `Bearer ${team.tokens[persona]}`,
    },
    body: JSON.stringify(args),
  });

const PAGES = ["/", "/library", "/runs", "/experiments", "/winners", "/review", "/costs", "/settings"];
const kestrelMarks = () => [
  ...kestrelAssets,
  "Spring offer variant 9101",
  "Spring offer variant 9102",
  experimentId,
  "Kestrel hooks",
  "kestrel-only reason",
  CAMPAIGN,
  RUN,
  "kestrel-ad-77",
];

describe("brand visibility on the dashboard (over HTTP, personal tokens)", () => {
  it("shows none of kestrel's assets, experiments, reviews, costs or runs to the approver of heron only", async () => {
    const leaks: string[] = [];
    for (const path of PAGES) {
      const { status, text } = await page("otherApprover", path);
      expect(status, path).toBe(200);
      for (const mark of kestrelMarks()) if (text.includes(mark)) leaks.push(`${path} shows ${mark}`);
    }
    expect(leaks).toEqual([]);
    // …and they do see their own brand's asset.
    expect((await page("otherApprover", "/library")).text).toContain(heronAsset);
  });

  it("shows kestrel's rows to kestrel's viewer and to the workspace admin", async () => {
    for (const persona of ["viewer", "admin"] as const) {
      const library = (await page(persona, "/library")).text;
      for (const id of kestrelAssets) expect(library, persona).toContain(id);
      expect((await page(persona, "/experiments")).text).toContain("Kestrel hooks");
      expect((await page(persona, "/review")).text).toContain("kestrel-only reason");
      expect((await page(persona, "/runs")).text).toContain(RUN);
      expect((await page(persona, "/costs")).text).toContain(CAMPAIGN);
    }
    expect((await page("viewer", "/library")).text).not.toContain(heronAsset);
    expect((await page("admin", "/library")).text).toContain(heronAsset);
  });

  it("refuses another brand's asset, experiment and settings pages with 403", async () => {
    expect((await page("otherApprover", `/assets/${kestrelAssets[0]}`)).status).toBe(403);
    expect((await page("otherApprover", `/assets/${kestrelAssets[0]}/thumbnail`)).status).toBe(403);
    expect((await page("otherApprover", `/experiments/${experimentId}`)).status).toBe(403);
    expect((await page("otherApprover", `/settings/brands/${team.brand}`)).status).toBe(403);
    expect((await page("viewer", `/assets/${kestrelAssets[0]}`)).status).toBe(200);
    expect((await page("viewer", `/experiments/${experimentId}`)).status).toBe(200);
  });
});

describe("brand visibility in list tools without a brand argument (JSON API)", () => {
  const LISTS: [string, Record<string, unknown>][] = [
    ["list_assets", {}],
    ["search_assets", { query: "spring offer variant" }],
    ["find_similar", { id: "HERON" }],
    ["list_reviews", {}],
    ["find_duplicates", {}],
    ["cost_report", {}],
    ["list_brands", {}],
    ["library_review", {}],
    ["top_performers", { metric: "ctr" }],
    ["list_deployments", {}],
  ];
  const argsFor = (args: Record<string, unknown>) => (args.id === "HERON" ? { ...args, id: heronAsset } : args);

  it("filters every list to the caller's brands instead of refusing", async () => {
    const leaks: string[] = [];
    for (const [tool, args] of LISTS) {
      const { status, text } = await api("otherApprover", tool, argsFor(args));
      expect(status, `${tool}: ${text.slice(0, 200)}`).toBe(200);
      for (const mark of [...kestrelMarks(), `"slug":"${team.brand}"`])
        if (text.includes(mark)) leaks.push(`${tool} shows ${mark}`);
    }
    expect(leaks).toEqual([]);
  });

  it("still lists kestrel's rows for kestrel's viewer and the admin", async () => {
    for (const persona of ["viewer", "admin"] as const) {
      expect((await api(persona, "list_assets")).text).toContain(kestrelAssets[0]!);
      expect((await api(persona, "list_reviews")).text).toContain("kestrel-only reason");
      expect((await api(persona, "library_review")).text).toContain(kestrelAssets[0]!);
      expect((await api(persona, "list_deployments")).text).toContain("kestrel-ad-77");
      expect((await api(persona, "cost_report")).text).toContain(CAMPAIGN);
      expect((await api(persona, "search_assets", { query: "spring offer variant" })).text).toContain(
        kestrelAssets[0]!,
      );
    }
    expect((await api("viewer", "list_assets")).text).not.toContain(heronAsset);
  });
});

describe("brand visibility in MCP resource lists (Streamable HTTP, real client)", () => {
  it("lists only the caller's brands' thumbnails, rule sets and experiment reports", async () => {
    const server = serveLocal(app.fetch);
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const listed = async (persona: Persona) => {
      const client = new Client({ name: `visibility-${persona}`, version: "1.0.0" });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${team.tokens[persona]}` } },
        }),
      );
      const { resources } = await client.listResources();
      await client.close();
      return resources.map((r) => r.uri).join("\n");
    };
    try {
      const other = await listed("otherApprover");
      expect(other).toContain(heronAsset);
      expect(other).toContain(`winnow://brands/${team.otherBrand}/rules`);
      for (const mark of [...kestrelAssets, experimentId, `winnow://brands/${team.brand}/rules`])
        expect(other).not.toContain(mark);
      const viewer = await listed("viewer");
      expect(viewer).toContain(kestrelAssets[0]!);
      expect(viewer).toContain(`winnow://experiments/${experimentId}/report`);
    } finally {
      server.close();
    }
  });
});
