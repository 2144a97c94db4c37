import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ToolOutcome } from "../agents/orchestrator.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { experimentStories, lookUpRefs } from "../slack-app/render/names.ts";
import { idsIn, NO_REFS } from "../slack-app/render/refs.ts";
import { renderReply } from "../slack-app/render/reply.ts";
import { RENDERERS, renderOutcome } from "../slack-app/render/tools.ts";
import type { Block, RenderedOutcome, RenderOptions } from "../slack-app/render/types.ts";
import { ALL_TOOLS } from "../tools/index.ts";
import { realToolOutcomes } from "./helpers/tool-outcomes.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Every tool's Slack rendering, from results the real tools returned on the seeded demo workspace (issue 25): names
 * and dashboard links instead of internal ids, no JSON, no "[object Object]", within Slack's Block Kit limits.
 */
const PUBLIC = "https://winnow.example.com";
/** The demo brand's approver (a Slack member): stories are read as the person who asked. */
const APPROVER = "U0APPROVER1";
let ws: TestWorkspace;
let seed: SeedContext;
let outcomes: ToolOutcome[];

beforeAll(async () => {
  ws = await createTestWorkspace({
    WINNOW_DEMO_LOOP: "1",
    WINNOW_REEMBED_INTERVAL_MS: "0",
    WINNOW_PUBLIC_URL: PUBLIC,
    WINNOW_TOKEN: "renderer-test-token",
  });
  seed = await seedDemoWorkspace(ws.services);
  outcomes = await realToolOutcomes(ws.services, seed, ws.dir);
}, 240_000);
afterAll(async () => {
  await ws?.cleanup();
});

const options = async (o: ToolOutcome): Promise<RenderOptions> => ({
  thumbnailUrl: () => undefined,
  refs: await lookUpRefs(ws.services, idsIn(o.structured, o.args, o.text)),
  experimentStory: experimentStories(ws.services, APPROVER),
});

/** Every piece of text a person sees in these blocks (links keep only their label: the id in a URL is fine). */
function visibleTexts(blocks: Block[], fallback: string): string[] {
  const out: string[] = [fallback];
  const walk = (v: unknown, key?: string) => {
    if (typeof v === "string") {
      if (key === "text" || key === "alt_text") out.push(v);
      return;
    }
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(blocks);
  return out.map((t) => t.replace(/<(https?:[^|>]+)\|([^>]*)>/g, "$2").replace(/<https?:[^>]+>/g, ""));
}

const ID =
  /\b(?:ast|brd|brs|tpl|tpv|prm|prv|mdl|cmp|aud|run|edg|exp|arm|alc|dep|ing|rvw|dec|fbk|job|cst|evt|cnv|tgv|prd|tal|scn|mbr|tok|adt)_(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{6,}\b/;

/** Slack's limits for a message we post (Block Kit reference). */
function expectWithinBlockKit(blocks: Block[]) {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) {
    if (b.type === "section") {
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      expect((b.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    if (b.type === "context") expect(b.elements.length).toBeLessThanOrEqual(10);
    if (b.type === "header") expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === "actions") expect(b.elements.length).toBeLessThanOrEqual(25);
  }
}

function expectClean(name: string, r: { blocks: Block[]; text: string }) {
  for (const text of visibleTexts(r.blocks, r.text)) {
    expect(text, `${name}: [object Object]`).not.toContain("[object Object]");
    expect(text, `${name}: JSON`).not.toMatch(/\{"|"\}/);
    expect(text, `${name}: raw id in "${text.match(ID)?.[0]}"`).not.toMatch(ID);
    expect(text, `${name}: micros`).not.toMatch(/micros/i);
  }
}

describe("Slack renderers over real tool results", () => {
  it("ran every registered tool successfully at least once", () => {
    const ok = new Set(outcomes.filter((o) => !o.isError).map((o) => o.name));
    expect(ALL_TOOLS.map((t) => t.name).filter((n) => !ok.has(n))).toEqual([]);
  });

  it("draws every result with its own renderer: names and links, no ids, no JSON, within Block Kit limits", async () => {
    for (const o of outcomes.filter((x) => !x.isError)) {
      const renderer = RENDERERS[o.name];
      expect(renderer, o.name).toBeDefined();
      const c = { ...(await options(o)), refs: (await options(o)).refs! };
      // Called directly, so a renderer that throws fails here instead of falling back to the generic text.
      const r: RenderedOutcome = await renderer!(o, c);
      expect(r.blocks.length, o.name).toBeGreaterThan(0);
      expect(r.text.trim(), o.name).not.toBe("");
      expectWithinBlockKit(r.blocks);
      expectClean(o.name, r);
    }
  });

  it("shows no internal id and no JSON for any tool even when no name or dashboard link can be found", async () => {
    const STRICT_ID = /\b(ast|tpl|tpv|exp|arm|rvw|mdl)_[0-9A-Za-z]{6,}/;
    const leaks: string[] = [];
    for (const o of outcomes.filter((x) => !x.isError)) {
      const known = (await options(o)).refs!;
      const worlds: [string, RenderOptions][] = [
        ["no names, no links", { thumbnailUrl: () => undefined, refs: NO_REFS }],
        ["names, no links", { thumbnailUrl: () => undefined, refs: { name: known.name, url: () => undefined } }],
        ["names and links", await options(o)],
      ];
      for (const [world, opts] of worlds) {
        const r = await renderOutcome(o, opts);
        for (const text of visibleTexts(r.blocks, r.text)) {
          const problem = text.includes("[object Object]")
            ? "[object Object]"
            : /\{"|"\}|":\s*["{[\d]/.test(text)
              ? "JSON"
              : STRICT_ID.exec(text)?.[0];
          if (problem) leaks.push(`${o.name} (${world}): ${problem} in "${text.slice(0, 160)}"`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("links assets and experiments to their dashboard pages by name", async () => {
    const results = outcomes.find((o) => o.name === "get_experiment_results" && !o.isError)!;
    const r = await renderOutcome(results, await options(results));
    const s = results.structured as { experimentId: string; name: string };
    expect(r.text).toContain(`<${PUBLIC}/experiments/${s.experimentId}|${s.name.replace(/&/g, "&amp;")}>`);
    const list = outcomes.find((o) => o.name === "list_assets")!;
    const first = (list.structured as { items: { id: string; name: string }[] }).items[0]!;
    expect(JSON.stringify((await renderOutcome(list, await options(list))).blocks)).toContain(
      `<${PUBLIC}/assets/${first.id}|${first.name}>`,
    );
  });

  it("says an already promoted experiment is promoted, with the story's winner, instead of the conflict", async () => {
    const refused = outcomes.find((o) => o.name === "promote_winners" && o.isError)!;
    expect(refused.text).toMatch(/already promoted/);
    const r = await renderOutcome(refused, await options(refused));
    expect(r.text).toMatch(/Already promoted/);
    expect(r.text).toMatch(/winner .* promoted to the library/);
    expect(r.text).not.toMatch(/conflict|Not promoted|Keep collecting/);
    expectClean("promote_winners (refused)", r);
  });

  it("tells promote, stop and the read-out of one experiment in the story's words, never contradicting it", async () => {
    const running = outcomes.find((o) => o.name === "stop_experiment")!.args.experimentId as string;
    const told = outcomes.filter(
      (o) =>
        !o.isError &&
        ["promote_winners", "stop_experiment", "get_experiment_results"].includes(o.name) &&
        (o.structured as { experimentId: string }).experimentId === running,
    );
    expect(told.length).toBeGreaterThanOrEqual(4);
    for (const o of told) {
      const story = (
        o.structured as { story: { headline: string; next: string; call: { probabilityBest: number } | null } }
      ).story;
      const r = await renderOutcome(o, await options(o));
      // The headline is the story's, word for word (names linked).
      const shown = visibleTexts(r.blocks, "").join("\n");
      expect(shown, o.name).toContain(story.headline.replace(/&/g, "&amp;"));
      // Any P(best) printed for the named arm is the story's own number.
      if (story.call) expect(shown).toContain(`${(story.call.probabilityBest * 100).toFixed(1)}% likely best`);
      expect(shown).not.toMatch(/Keep collecting:\s*\(|:\s*\(\s*…/);
    }
  });

  it("tells a story only to someone allowed to read the experiment", async () => {
    const [row] = (await ws.services.database.client.execute("SELECT id FROM experiments LIMIT 1")).rows;
    expect(await experimentStories(ws.services, APPROVER)(String(row!.id))).toBeDefined();
    expect(await experimentStories(ws.services, "U0STRANGER1")(String(row!.id))).toBeUndefined();
  });

  it("a Confirm card for promoting an already promoted experiment is not offered; the reply says it is promoted", async () => {
    const promoted = (
      await ws.services.database.client.execute("SELECT id FROM experiments WHERE status = 'promoted' LIMIT 1")
    ).rows[0]!.id as string;
    const m = await renderReply(
      {
        text: "Promote the winner?\nPress Confirm to go ahead, or Cancel.",
        confirm: {
          tool: "promote_winners",
          args: { experimentId: promoted },
          summary: `Promote the winner of ${promoted}: P(best) 100%. Winnow's read-out says it is not decided yet: Keep collecting: `,
        },
        toolsRan: [{ name: "promote_winners", ok: false, blocked: true }],
        assetIds: [],
        memory: {},
        failed: false,
        via: "router",
      },
      {
        ...(await options({ name: "promote_winners", args: { experimentId: promoted }, isError: false, text: "" })),
        threadTs: "1.1",
        user: "U0MARKETER1",
        newKey: () => "k1",
      },
    );
    expect(m.confirm).toBeUndefined();
    expect(JSON.stringify(m.blocks)).not.toContain("agent_confirm");
    expect(m.text).toMatch(/Already promoted/);
    expect(m.text).not.toMatch(/not decided yet|Keep collecting/);
  });
});
