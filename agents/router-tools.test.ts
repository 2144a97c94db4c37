import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeJpeg } from "../test/helpers/images.ts";
import { measuredExperiment } from "../test/helpers/measured-experiment.ts";
import { seedReviewBrand } from "../test/helpers/review-fixtures.ts";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { Orchestrator } from "./orchestrator.ts";

let ws: TestWorkspace;
let variantId: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  let brandId: string;
  ({ brandId, variantId } = await seedReviewBrand(ws.services));
  // Measured variants that differ in hook and tone, so slot insights have something to rank.
  const arms = [];
  for (const [seed, hook, tone] of [
    [71, "run club", "calm"],
    [72, "personal best", "playful"],
  ] as const) {
    const { asset } = await ws.services.library.add({
      bytes: await makeJpeg(seed, 64),
      filename: `arm-${seed}.jpg`,
      meta: {
        kind: "output",
        brand: brandId,
        status: "generated",
        metadata: { slots: { hook, tone, audience: "gen-z-runners" } },
      },
      actor: "test",
    });
    arms.push(asset.id);
  }
  await measuredExperiment(ws.services, arms, [
    [150, 300],
    [160, 290],
  ]);
});
afterAll(() => ws.cleanup());

/** [what the marketer types (ID = a real variant), the tool that must run and succeed] */
const CASES: [string, string][] = [
  ["check ID against the brand rules", "check_brand_rules"],
  ['check this copy for brand compliance: "Guaranteed fastest shoe ever"', "check_brand_rules"],
  ["which assets have rights expiring within 14 days?", "library_review"],
  ["any stale assets?", "library_review"],
  ["which hook works best for gen-z-runners?", "slot_insights"],
  ["best tone by click-through", "slot_insights"],
  ["what drives click-through?", "slot_insights"],
  ["cost by model", "cost_report"],
  ["monthly spend by provider", "cost_report"],
  ["what was made from ID?", "trace_lineage"],
  ["where did ID come from?", "trace_lineage"],
  ["list templates", "list_templates"],
  ["find duplicates in the library", "find_duplicates"],
  ["any exact dupes?", "find_duplicates"],
  ["which image models are available?", "list_models"],
  ["show failed jobs", "list_jobs"],
];

describe("offline router over the real MCP tools (no model key)", () => {
  it.each(CASES)("“%s” runs %s and it succeeds", async (phrasing, tool) => {
    const reply = await new Orchestrator(ws.services).respond({
      text: phrasing.replace("ID", variantId),
      actor: "slack:U0MARKETER1",
    });
    expect(reply.via).toBe("router");
    expect(reply.toolsRan, reply.text).toEqual([{ name: tool, ok: true }]);
    expect(reply.text).toContain(`_Tools: ${tool}_`);
  });

  it("answers the insight question with the measured winner, not just any output", async () => {
    const reply = await new Orchestrator(ws.services).respond({
      text: "which hook works best for gen-z-runners?",
      actor: "slack:U0MARKETER1",
    });
    expect(reply.text).toMatch(/hook.*gen-z-runners: personal best/i);
  });
});
