import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { Orchestrator } from "./orchestrator.ts";

/**
 * The offline router reads the workspace's words per person: a kestrel editor is never told a heron name — not in a
 * "which brand?" question, a list of audiences to pick from, or a "did you mean".
 */
let ws: TestWorkspace;
const HERON_WORDS = /heron|secret labs|lab insiders|heron-insiders/i;

beforeAll(async () => {
  ws = await createTestWorkspace();
  await ws.services.brands.create(
    { slug: "kestrel", name: "Kestrel Run Co", audiences: [{ slug: "gen-z-runners", name: "Gen Z runners" }] },
    "test",
  );
  await ws.services.brands.create(
    { slug: "heron", name: "Heron Secret Labs", audiences: [{ slug: "heron-insiders", name: "Lab insiders" }] },
    "test",
  );
  await ws.services.brands.addMember({ brand: "kestrel", role: "editor", slackUserId: "U0KESTREL" }, "test");
});
afterAll(() => ws.cleanup());

const reply = async (text: string, actor: string) => {
  const r = await new Orchestrator(ws.services).respond({ text, actor });
  return [r.text, r.question ?? "", ...(r.understood ?? []), ...(r.ignored ?? [])].join("\n");
};

describe("the router's vocabulary is the asking person's brands only", () => {
  it("asks the local admin which brand, naming both", async () => {
    const text = await reply("make 4 variants of the spring offer", "cli:admin");
    expect(text).toMatch(/heron/);
    expect(text).toMatch(/kestrel/);
  });

  it("never names heron to kestrel's editor, whatever the ask", async () => {
    for (const ask of [
      "make 4 variants of the spring offer",
      "make 4 variants for the insiders",
      "who are the approvers?",
      "rename the heron folder",
      "gimme the thingy",
    ]) {
      const text = await reply(ask, "slack:U0KESTREL");
      expect(text, ask).not.toMatch(HERON_WORDS);
    }
  });

  it("keeps another brand's audiences, assets and members out of the vocabulary itself", async () => {
    const scope = await ws.services.authorizer.visibleBrands(await ws.services.people.slackCaller("U0KESTREL"));
    const v = await ws.services.vocabulary(scope);
    expect(v.brands.map((b) => b.slug)).toEqual(["kestrel"]);
    expect(v.audiences.map((a) => a.id)).toEqual(["gen-z-runners"]);
    const all = await ws.services.vocabulary();
    expect(all.audiences.map((a) => a.id).sort()).toEqual(["gen-z-runners", "heron-insiders"]);
  });
});
