import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoNow } from "../core/clock.ts";
import { newId } from "../core/ids.ts";
import { getPromptVersionByLabel } from "../core/prompts/service.ts";
import { registerShippedPrompts } from "../core/prompts/shipped.ts";
import { recordCost } from "../db/repositories/costs.ts";
import { events, generationRuns } from "../db/schema.ts";
import { createPromptVersionTool } from "../tools/create_prompt_version.ts";
import { invokeTool } from "../tools/define.ts";
import { listPromptVersionsTool } from "../tools/list_prompt_versions.ts";
import { setPromptLabelTool } from "../tools/set_prompt_label.ts";
import { type SeededGraph, seedLineageGraph } from "./helpers/lineage-graph.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
const ADMIN = "slack:U0LEAD";
const MARKETER = "slack:U0MARKETER1";

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_PROMPT_ADMINS: `${ADMIN}, cli` });
  // Both are approvers of a brand (set_prompt_label's least role); only the lead is a prompt admin.
  await ws.services.brands.create({ slug: "acme", name: "Acme" }, "test");
  for (const id of [ADMIN, MARKETER])
    await ws.services.brands.addMember({ brand: "acme", role: "approver", slackUserId: id.slice(6) }, "test");
});
afterAll(async () => {
  await ws.cleanup();
});

/** A call as the person behind a Slack handle ("slack:U0LEAD"): events and label moves name them. */
const call = async (tool: Parameters<typeof invokeTool>[0], args: Record<string, unknown>, actor = MARKETER) =>
  invokeTool(tool, args, toolContext(ws.services, "slack", await ws.services.people.slackCaller(actor.slice(6))));
/** A call as the local admin, who sees every brand's roll-ups. */
const asAdmin = (tool: Parameters<typeof invokeTool>[0], args: Record<string, unknown>) =>
  invokeTool(tool, args, toolContext(ws.services));

describe("shipped prompts", () => {
  it("are registered as v1 labelled production and staging, once", async () => {
    const { db } = ws.services.database;
    const first = await registerShippedPrompts(db, isoNow(ws.services.clock));
    expect(first.map((r) => r.name).sort()).toEqual(["agent-system", "copywriter", "tagger"]);
    expect(await registerShippedPrompts(db, isoNow(ws.services.clock))).toEqual([]);
    const copywriter = await getPromptVersionByLabel(db, "copywriter");
    expect(copywriter).toMatchObject({ name: "copywriter", version: 1, id: expect.stringMatching(/^prv_/) });
    expect(copywriter.variables).toContain("brand_voice");
    expect((await getPromptVersionByLabel(db, "tagger", "staging")).version).toBe(1);
  });

  it("a changed shipped text becomes a staging-only version; production stays put", async () => {
    const { db } = ws.services.database;
    const changed = [
      { name: "tagger", description: "x", variables: ["brand_name"], text: "Tag images for {{brand_name}}." },
    ];
    expect(await registerShippedPrompts(db, isoNow(ws.services.clock), changed)).toEqual([
      { name: "tagger", version: 2, created: true },
    ]);
    expect((await getPromptVersionByLabel(db, "tagger", "production")).version).toBe(1);
    expect((await getPromptVersionByLabel(db, "tagger", "staging")).version).toBe(2);
  });

  it("unknown prompt and unknown label errors list what exists", async () => {
    const { db } = ws.services.database;
    await expect(getPromptVersionByLabel(db, "copywritr")).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/Known prompts: agent-system, copywriter, tagger/),
    });
    await expect(getPromptVersionByLabel(db, "copywriter", "canary")).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/production \(v1\), staging \(v1\)/),
    });
  });
});

describe("create_prompt_version", () => {
  it("creates immutable numbered versions with detected variables and an event each", async () => {
    const v1 = await call(createPromptVersionTool, {
      name: "headline-polisher",
      text: "Tighten: {{headline}}",
      description: "polish",
    });
    const v2 = await call(createPromptVersionTool, {
      name: "headline-polisher",
      text: "Tighten to {{max_chars}} chars: {{headline}}",
      variables: ["headline", "max_chars"],
      labels: ["staging"],
      note: "respect length",
    });
    expect(v1.structured).toMatchObject({ created: true, version: { version: 1, variables: ["headline"] } });
    expect(v2.structured).toMatchObject({
      created: true,
      version: { version: 2, variables: ["max_chars", "headline"], createdBy: MARKETER },
      labelsMoved: [{ label: "staging", fromVersion: null, toVersion: 2, changed: true }],
    });
    const id = (v2.structured as { version: { id: string } }).version.id;
    const rows = await ws.services.database.db.select().from(events).where(eq(events.entityId, id));
    expect(rows.map((r) => r.action)).toEqual(["prompt_version.created"]);
  });

  it("returns the existing version for content-identical text instead of a duplicate", async () => {
    const again = await call(createPromptVersionTool, { name: "headline-polisher", text: "Tighten: {{headline}}" });
    expect(again.structured).toMatchObject({ created: false, version: { version: 1 } });
    expect(again.text).toMatch(/^Already existed: headline-polisher v1/);
    const list = await call(listPromptVersionsTool, { name: "headline-polisher" });
    expect((list.structured as { prompt: { latestVersion: number } }).prompt.latestVersion).toBe(2);
  });

  it("refuses declared variables that do not match the text, naming both sides", async () => {
    const out = await call(createPromptVersionTool, {
      name: "headline-polisher",
      text: "Hi {{audience}}",
      variables: ["audiense"],
    });
    expect(out.isError).toBe(true);
    expect(out.text).toMatch(
      /variables: declared but not used in text: audiense; used in text but not declared: audience/,
    );
  });

  it("refuses a bad prompt name and a bad label name", async () => {
    expect((await call(createPromptVersionTool, { name: "Copy Writer", text: "x" })).text).toMatch(
      /^invalid_input: name:/,
    );
    expect((await call(createPromptVersionTool, { name: "ok", text: "x", labels: ["Prod!"] })).text).toMatch(
      /label: "Prod!"/,
    );
  });

  it("refuses labelling production at creation by a non-admin and writes nothing", async () => {
    const out = await call(createPromptVersionTool, { name: "brand-new", text: "Hello", labels: ["production"] });
    expect(out.error?.code).toBe("forbidden");
    const list = await call(listPromptVersionsTool, { name: "brand-new" });
    expect(list.error?.code).toBe("not_found");
  });
});

describe("set_prompt_label: deploy and roll back", () => {
  it("protects production: a non-admin gets forbidden with a clear message", async () => {
    const out = await call(setPromptLabelTool, { name: "headline-polisher", label: "production", version: 2 });
    expect(out.isError).toBe(true);
    expect(out.error?.code).toBe("forbidden");
    expect(out.text).toMatch(
      /production is protected and slack:U0MARKETER1 is not a prompt admin.*WINNOW_PROMPT_ADMINS/,
    );
  });

  it("lets anyone move staging or a custom label", async () => {
    const out = await call(setPromptLabelTool, { name: "headline-polisher", label: "experiment-b", version: 1 });
    expect(out.structured).toMatchObject({
      move: { label: "experiment-b", fromVersion: null, toVersion: 1, changed: true },
    });
  });

  it("deploys and rolls back production as an admin, recording from, to and who for every move", async () => {
    const deploy1 = await call(
      setPromptLabelTool,
      { name: "headline-polisher", label: "production", version: 1 },
      ADMIN,
    );
    const deploy2 = await call(
      setPromptLabelTool,
      { name: "headline-polisher", label: "production", version: 2 },
      ADMIN,
    );
    expect(deploy2.text).toBe(`headline-polisher production: v1 → v2 (by ${ADMIN})`);
    const rollback = await call(
      setPromptLabelTool,
      { name: "headline-polisher", label: "production", rollback: true },
      ADMIN,
    );
    expect(deploy1.isError).toBe(false);
    expect(rollback.structured).toMatchObject({ move: { fromVersion: 2, toVersion: 1, changed: true } });
    expect((await getPromptVersionByLabel(ws.services.database.db, "headline-polisher")).version).toBe(1);
    const same = await call(setPromptLabelTool, { name: "headline-polisher", label: "production", version: 1 }, ADMIN);
    expect(same.structured).toMatchObject({ move: { changed: false } });

    const list = await call(listPromptVersionsTool, { name: "headline-polisher" });
    const moves = (
      list.structured as {
        recentLabelMoves: { label: string; fromVersion: number | null; toVersion: number; actor: string }[];
      }
    ).recentLabelMoves.filter((m) => m.label === "production");
    expect(moves.map((m) => [m.fromVersion, m.toVersion, m.actor])).toEqual([
      [2, 1, ADMIN],
      [1, 2, ADMIN],
      [null, 1, ADMIN],
    ]);
  });

  it("refuses an unknown version, an unknown prompt, and version together with rollback", async () => {
    expect((await call(setPromptLabelTool, { name: "headline-polisher", label: "staging", version: 9 })).text).toMatch(
      /version: prompt headline-polisher has no version 9. Pick one of 1-2/,
    );
    expect((await call(setPromptLabelTool, { name: "nope", label: "staging", version: 1 })).error?.code).toBe(
      "not_found",
    );
    expect(
      (await call(setPromptLabelTool, { name: "headline-polisher", label: "staging", version: 1, rollback: true }))
        .text,
    ).toMatch(/version: was given together with rollback/);
    expect(
      (await call(setPromptLabelTool, { name: "headline-polisher", label: "fresh", rollback: true })).text,
    ).toMatch(/no earlier version to roll back to/);
  });
});

describe("list_prompt_versions", () => {
  let g: SeededGraph;
  beforeAll(async () => {
    g = await seedLineageGraph(ws.services);
    const { db } = ws.services.database;
    const run = (promptVersionId: string, ms: number, status: string, outputs: number) => ({
      id: newId("run"),
      promptVersionId,
      status,
      outputCount: outputs,
      startedAt: "2027-03-01T10:00:00.000Z",
      finishedAt: new Date(Date.parse("2027-03-01T10:00:00.000Z") + ms).toISOString(),
    });
    await db
      .insert(generationRuns)
      .values([run(g.promptVersions.v1.id, 1000, "succeeded", 2), run(g.promptVersions.v1.id, 3000, "failed", 0)]);
    await recordCost(
      db,
      { promptVersionId: g.promptVersions.v1.id, provider: "anthropic", operation: "copy", costMicros: 12_000 },
      "2027-03-01T10:00:00.000Z",
    );
    await recordCost(
      db,
      { promptVersionId: g.promptVersions.v2.id, provider: "anthropic", operation: "copy", costMicros: 30_000 },
      "2027-03-01T10:00:00.000Z",
    );
  });

  type Item = { version: number; labels: string[]; text: string | null; rollup: Record<string, number | null> };

  it("rolls up runs, outputs, cost, latency and ad results per version", async () => {
    const out = await asAdmin(listPromptVersionsTool, { name: "copywriter" });
    const items = (out.structured as { items: Item[] }).items;
    // copywriter v1 is the shipped prompt; the seeded graph added "Write for {{audience}}." (v2) and the bold one (v3).
    const byVersion = new Map(items.map((i) => [i.version, i]));
    expect(byVersion.get(g.promptVersions.v1.version)?.rollup).toMatchObject({
      runs: 2,
      failedRuns: 1,
      outputs: 2,
      costMicros: 12_000,
      avgLatencyMs: 2000,
      deployments: 0,
      ctr: null,
    });
    // The bold version generated out3, which ran on Meta: 10k impressions, 250 clicks.
    expect(byVersion.get(g.promptVersions.v2.version)?.rollup).toMatchObject({
      runs: 1,
      costMicros: 30_000,
      deployments: 1,
      impressions: 10_000,
      clicks: 250,
      conversions: 10,
      spendMicros: 100_000_000,
      ctr: 0.025,
    });
    expect(out.text).toMatch(/v3 \[staging\] prv_\w+: 1 runs, 1 outputs, \$0\.03.*CTR 2\.50%/);
  });

  it("counts only the brands the reader can see: an approver of another brand gets the versions, not its ad results", async () => {
    const out = await call(listPromptVersionsTool, { name: "copywriter" });
    expect(out.isError).toBe(false);
    const byVersion = new Map((out.structured as { items: Item[] }).items.map((i) => [i.version, i]));
    // The unbranded runs and costs above stay; the seeded brand's deployed output and its run do not.
    expect(byVersion.get(g.promptVersions.v1.version)?.rollup).toMatchObject({ runs: 2, costMicros: 12_000 });
    expect(byVersion.get(g.promptVersions.v2.version)?.rollup).toMatchObject({
      deployments: 0,
      impressions: 0,
      clicks: 0,
      ctr: null,
    });
    expect(out.text).not.toMatch(/CTR/);
  });

  it("shows labels and, on request, full texts and a line diff between two versions", async () => {
    const out = await asAdmin(listPromptVersionsTool, {
      name: "copywriter",
      includeText: true,
      diff: { from: 2, to: 3 },
    });
    const page = out.structured as {
      items: Item[];
      diff: { unified: string; addedLines: number; removedLines: number };
    };
    // The seeded graph deployed v2 to production (as the seed actor) and put v3 on staging.
    expect(page.items.map((i) => [i.version, i.labels])).toEqual([
      [3, ["staging"]],
      [2, ["production"]],
      [1, []],
    ]);
    expect(page.items.find((i) => i.version === 3)?.text).toBe("Write boldly for {{audience}}.");
    expect(page.diff).toMatchObject({ addedLines: 1, removedLines: 1 });
    expect(page.diff.unified).toContain("-Write for {{audience}}.\n+Write boldly for {{audience}}.");
    const bad = await asAdmin(listPromptVersionsTool, { name: "copywriter", diff: { from: 7 } });
    expect(bad.text).toMatch(/diff\.from: prompt copywriter has no version 7/);
  });

  it("pages newest first with a cursor", async () => {
    const first = await asAdmin(listPromptVersionsTool, { name: "copywriter", limit: 2 });
    const p1 = first.structured as { items: Item[]; nextCursor: string | null };
    expect(p1.items.map((i) => i.version)).toEqual([3, 2]);
    const second = await asAdmin(listPromptVersionsTool, { name: "copywriter", limit: 2, cursor: p1.nextCursor });
    const p2 = second.structured as { items: Item[]; nextCursor: string | null };
    expect(p2.items.map((i) => i.version)).toEqual([1]);
    expect(p2.nextCursor).toBeNull();
    expect((await asAdmin(listPromptVersionsTool, { name: "copywriter", cursor: "garbage" })).text).toMatch(/cursor/);
  });
});
