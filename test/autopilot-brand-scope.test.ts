import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { winningSlots } from "../agents/autopilot.ts";
import { fixedClock } from "../core/clock.ts";
import { makeJpeg } from "./helpers/images.ts";
import { measuredExperiment } from "./helpers/measured-experiment.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 22: the autopilot learns which slot values win from the brief's own brand only. Heron's experiment (the "city"
 * hook wins for gen-z-runners) must not steer Kestrel's next round, nor appear in Kestrel's loop report.
 */
let ws: TestWorkspace;

beforeAll(async () => {
  ws = await createTestWorkspace({}, { clock: fixedClock("2026-06-10T12:00:00Z") });
  const s = ws.services;
  await s.brands.create({ slug: "kestrel", name: "Kestrel" }, "test");
  const heron = await s.brands.create({ slug: "heron", name: "Heron" }, "test");
  const arms: string[] = [];
  for (const [seed, hook] of [
    [7301, "run club"],
    [7302, "city"],
  ] as const) {
    const { asset } = await s.library.add({
      bytes: await makeJpeg(seed),
      filename: `heron-${seed}.jpg`,
      meta: {
        kind: "output",
        name: `Heron ${hook}`,
        brand: heron.id,
        status: "checked",
        rightsHolder: "Heron",
        metadata: { slots: { audience: "gen-z-runners", hook } },
      },
      actor: "test",
    });
    arms.push(asset.id);
  }
  await measuredExperiment(s, arms, [
    [100, 300],
    [110, 320],
  ]);
});
afterAll(() => ws.cleanup());

describe("the autopilot learns from its own brand", () => {
  it("holds Heron's winning hook for Heron, and nothing for Kestrel, whose brand has no experiments", async () => {
    const heron = await winningSlots(ws.services, { brand: "heron", audience: "gen-z-runners" }, "ctr", ["hook"]);
    expect(heron).toEqual({ hook: "city" });
    const kestrel = await winningSlots(ws.services, { brand: "kestrel", audience: "gen-z-runners" }, "ctr", ["hook"]);
    expect(kestrel).toEqual({});
  });
});
