import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWithTool } from "../agents/autopilot.ts";
import { fixedClock } from "../core/clock.ts";
import { createHttpApp } from "../server/http.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 22: every audit row and every event names a person, or a named system actor ("system:scheduler",
 * "system:autopilot", "system:tagger", "system:seed"...), never a bare surface or job label. The demo seed runs the
 * autopilot, the tagger, the learning cycle and the drift monitor; scheduler ticks then run every scheduled job.
 */
const clock = fixedClock("2026-05-04T06:00:00Z");
let ws: TestWorkspace;
/** A person (e-mail, Slack id), the local admin, or a job that says it is the system. */
const PERSON_OR_SYSTEM = /^(local-admin|system:[a-z][a-z-]*|[^\s@]+@[^\s@]+\.[^\s@]+|(slack:)?[UW][A-Z0-9]{6,})$/;

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_SIMULATOR_SEED: "3" }, { clock });
  await seedDemoWorkspace(ws.services);
  // One generation the autopilot way: a tool call as the system, with its audit row.
  await generateWithTool(
    {
      brand: "kestrel",
      audience: "gen-z-runners",
      objective: "conversions",
      offer: "spring-20-off",
      formats: ["1:1"],
      count: 2,
      seed: 9,
      fixed: {},
    },
    ws.services,
  );
  for (let day = 0; day < 2; day++) {
    clock.advance(86_400_000);
    await ws.services.scheduler.tick();
  }
}, 240_000);
afterAll(() => ws?.cleanup());

const column = async (sql: string) =>
  [...new Set((await ws.services.database.client.execute(sql)).rows.map((r) => String(r.actor)))].sort();

describe("who the record names when nobody asked in person", () => {
  it("names a person or a system actor on every event", async () => {
    const actors = await column("SELECT DISTINCT actor FROM events");
    expect(actors.filter((a) => !PERSON_OR_SYSTEM.test(a))).toEqual([]);
    expect(actors).toEqual(expect.arrayContaining(["system:seed", "system:autopilot", "system:scheduler"]));
  });

  it("names a person or a system actor on every audit row, the system ones with caller kind 'system'", async () => {
    const rows = (await ws.services.database.client.execute("SELECT actor, caller_kind FROM audit_log")).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(String(r.actor)).toMatch(PERSON_OR_SYSTEM);
      expect(String(r.actor).startsWith("system:")).toBe(r.caller_kind === "system");
    }
  });

  it("filters the dashboard's audit trail by a system actor, and shows it as one", async () => {
    const app = createHttpApp(ws.services);
    const res = await app.request("http://127.0.0.1/audit?person=system%3Aautopilot", {
      headers: { host: "127.0.0.1:8787" },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    const people = [...html.matchAll(/<tr><td>[^<]*<\/td><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people)).toEqual(new Set(["system:autopilot"]));
  });
});
