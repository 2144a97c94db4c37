import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { type CorpusRouter, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import { toolContext } from "../test/helpers/workspace.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";

let r: CorpusRouter;
beforeAll(async () => {
  r = await openCorpusRouter();
});
afterAll(async () => {
  await r.ws.cleanup();
});

describe("a template from words", () => {
  it("plans create_template with a spec the tool accepts, from the slots said in one line", async () => {
    const plan = planOver(
      r,
      "new template 'Trail Blaze' for kestrel: tones calm/premium, offers free-shipping, formats 1:1 and 9:16",
      {},
      new Date(CORPUS_NOW),
    );
    expect(plan).toMatchObject({ kind: "call", tool: { name: "create_template" }, args: { name: "Trail Blaze" } });
    if (plan.kind !== "call") return;
    const spec = plan.args.spec as { slots: Record<string, { values: { id: string }[] }> };
    expect(spec.slots.tone!.values.map((x) => x.id)).toEqual(["calm", "premium"]);
    expect(spec.slots.format!.values.map((x) => x.id)).toEqual(["1:1", "9:16"]);
    const outcome = await invokeTool(findTool("create_template")!, plan.args, toolContext(r.ws.services));
    expect(outcome.isError, outcome.text).toBe(false);
  });
});
