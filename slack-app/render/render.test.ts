import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { AgentReply, ToolOutcome } from "../../agents/orchestrator.ts";
import { ALL_TOOLS } from "../../tools/index.ts";
import { humanText } from "./format.ts";
import { dashboardRefs } from "./refs.ts";
import { renderReply } from "./reply.ts";
import { RENDERERS, renderOutcome } from "./tools.ts";

const noUrls = { thumbnailUrl: () => undefined };
const urls = { thumbnailUrl: (id: string) => `https://winnow.example.com/api/assets/${id}/thumbnail?exp=1&sig=x` };

const asset = (id: string, name: string) => ({ id, name, kind: "output", status: "approved" });
const searchOutcome: ToolOutcome = {
  name: "search_assets",
  args: { query: "orange trail shoes" },
  isError: false,
  text: `3 result(s)\n1. ast_000003 ...\n(more: cursor=eyJvIjozLCJmIjoiYWJjIn0)`,
  structured: {
    items: [
      { asset: asset("ast_000003", "Dawn trail"), score: 0.9, why: ["tags: orange"], matchedTags: [] },
      { asset: asset("ast_000001", "Dusk road"), score: 0.8, why: ["meaning"], matchedTags: [] },
      { asset: asset("ast_000002", "Track day"), score: 0.7, why: ["look"], matchedTags: [] },
    ],
    nextCursor: "eyJvIjozLCJmIjoiYWJjIn0",
    audience: "gen-z-runners",
    notes: [],
  },
};

const reply = (results: ToolOutcome[], extra: Partial<AgentReply> = {}): AgentReply => ({
  text: `${results.map((r) => r.text).join("\n")}\n_Tools: ${results.map((r) => r.name).join(", ")}_`,
  results,
  toolsRan: results.map((r) => ({ name: r.name, ok: !r.isError })),
  assetIds: [],
  memory: {},
  failed: false,
  via: "router",
  ...extra,
});

/** A story as core/experiments/story.ts tells it (the fields Slack draws). */
const story = (over: Record<string, unknown>) => ({
  state: "collecting",
  headline: "running",
  call: null,
  why: "Keep collecting.",
  next: "Keep it running: Winnow re-splits after every ingest.",
  rules: "",
  approval: { needed: null, why: "", reasons: [] },
  delivery: { by: "winnow", sharesAre: "applied", srmChecks: "all_days", appliedFrom: null },
  warnings: [],
  ...over,
});

let keys = 0;
const options = { ...noUrls, threadTs: "1700.1", user: "U0MARKETER1", newKey: () => `k${keys++}` };
const everything = (m: { text: string; blocks: unknown[] }) => `${m.text}\n${JSON.stringify(m.blocks)}`;

describe("Slack renderers", () => {
  it("has a renderer for every registered tool (a new tool needs one in slack-app/render/tools.ts)", () => {
    expect(ALL_TOOLS.map((t) => t.name).filter((name) => !RENDERERS[name])).toEqual([]);
    expect(Object.keys(RENDERERS).filter((name) => !ALL_TOOLS.some((t) => t.name === name))).toEqual([]);
  });

  it("lists search hits in result order and uploads their thumbnails in that order without a public URL", async () => {
    const r = await renderOutcome(searchOutcome, noUrls);
    expect(r.images.map((i) => i.assetId)).toEqual(["ast_000003", "ast_000001", "ast_000002"]);
    expect(r.images[0]!.title).toBe("1. Dawn trail");
    const rows = JSON.stringify(r.blocks);
    expect(rows.indexOf("Dawn trail")).toBeLessThan(rows.indexOf("Dusk road"));
    expect(rows.indexOf("Dusk road")).toBeLessThan(rows.indexOf("Track day"));
    expect(r.next).toEqual({
      tool: "search_assets",
      args: { query: "orange trail shoes", cursor: "eyJvIjozLCJmIjoiYWJjIn0" },
    });
  });

  it("puts each thumbnail beside its row when Slack can fetch it (signed link), uploading nothing", async () => {
    const r = await renderOutcome(searchOutcome, urls);
    expect(r.images).toEqual([]);
    const accessories = r.blocks.flatMap((b) =>
      "accessory" in b && b.accessory && "image_url" in b.accessory ? [b.accessory.image_url] : [],
    );
    expect(accessories.map((u) => u.match(/ast_\d+/)![0])).toEqual(["ast_000003", "ast_000001", "ast_000002"]);
  });

  it("pages with a More button that keeps the cursor out of sight", async () => {
    const m = await renderReply(reply([searchOutcome]), options);
    const [key] = Object.keys(m.pages);
    expect(m.pages[key!]!.args.cursor).toBe("eyJvIjozLCJmIjoiYWJjIn0");
    const more = JSON.stringify(m.blocks);
    expect(more).toContain(`"action_id":"agent_more"`);
    expect(more).toContain(`"value":"1700.1|${key}"`);
    expect(everything({ text: m.text, blocks: m.blocks.filter((b) => b.type !== "actions") })).not.toMatch(
      /cursor|eyJvIjoz/i,
    );
  });

  it("shows money from micros as dollars, with no micros, cursors or JSON left in the text", async () => {
    const cost: ToolOutcome = {
      name: "cost_report",
      args: { from: "2026-03-01", to: "2026-03-31" },
      isError: false,
      text: "Total $1,234.56",
      structured: {
        range: { from: "2026-03-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" },
        totals: { key: null, costMicros: 1_234_560_000, calls: 42, tokensIn: 1, tokensOut: 1, images: 7, seconds: 3 },
        breakdowns: [
          {
            dimension: "model",
            rows: [{ key: "m1", label: "local/render", share: 0.75, costMicros: 925_920_000, calls: 30 }],
            more: false,
          },
        ],
        costPerWinner: [
          {
            campaignId: "cmp_1",
            label: "Spring",
            costMicros: 1_000_000,
            winners: 2,
            costPerWinnerMicros: 500_000,
            adSpendMicros: 2_000_000_000,
            costPerWinningAssetMicros: 1_000_500_000,
            note: null,
          },
        ],
      },
    };
    const m = await renderReply(reply([cost]), options);
    const all = everything(m);
    expect(all).toContain("$1,234.56");
    expect(all).toContain("$925.92");
    expect(all).toContain("$0.50 per winner");
    expect(all).toContain("from 1 Mar 2026 through 31 Mar 2026");
    expect(all).not.toMatch(/micros|1234560000|costMicros/i);
  });

  it("makes a tool's own text human: no cursor lines, micros become dollars, no JSON, no Mermaid", () => {
    const text = humanText(
      [
        "Spent budgetMicros=12500000 on 2026-04-01T09:30:00.000Z",
        '{"items":[{"id":"ast_1"}],"nextCursor":"abc"}',
        "graph LR",
        '  a["x"] --> b',
      ].join("\n"),
    );
    expect(text).toBe("Spent budget $12.50 on 2026-04-01 09:30 UTC");
    expect(humanText("3 asset(s)\n1. a\n(more: cursor=eyJhIjoxfQ)")).toBe("3 asset(s)\n1. a");
  });

  it("reads an experiment out with its leader's image first, P(best) and status", async () => {
    const arm = (id: string, assetId: string, label: string, p: number) => ({
      armId: id,
      assetId,
      label,
      status: "active",
      statusReason: null,
      slots: {},
      impressions: 20_000,
      clicks: 400,
      conversions: 0,
      sample: 20_000,
      mean: 0.02 + p / 100,
      interval: [0.018, 0.024],
      probabilityBest: p,
      expectedLoss: 0,
      lift: { median: 0.1, interval: [0, 0.2] },
      share: 0.5,
    });
    const m = await renderReply(
      reply([
        {
          name: "get_experiment_results",
          args: { experimentId: "exp_01" },
          isError: false,
          text: "summary",
          structured: {
            experimentId: "exp_01",
            name: "Spring hook test",
            metric: "ctr",
            status: "running",
            story: story({ headline: "running — leader Beat the dawn at 92% P(best), ~4,000 more impressions" }),
            platform: "meta",
            spendMicros: 812_340_000,
            currency: null,
            latestMetricDate: "2026-04-01",
            arms: [arm("arm_a", "ast_A", "Run club", 0.08), arm("arm_b", "ast_B", "Beat the dawn", 0.92)],
            srm: { status: "ok", pValue: 0.4, chiSquare: 0.5 },
            recommendation: { status: "keep_collecting", winnerArmId: null, text: "Keep collecting." },
            summary: "",
          },
        },
      ]),
      options,
    );
    expect(m.images).toEqual([{ assetId: "ast_B", title: "Leader: Beat the dawn" }]);
    const all = everything(m);
    expect(all).toContain("P(best) 92.0%");
    expect(all).toContain("$812.34");
    expect(all).toContain("running");
    expect(all.indexOf("Beat the dawn")).toBeLessThan(all.indexOf("Run club"));
  });

  it("draws lineage as a PNG picture, not Mermaid source", async () => {
    const r = await renderOutcome(
      {
        name: "trace_lineage",
        args: { id: "ast_V" },
        isError: false,
        text: "graph LR\n  ast_V --> tpv_1",
        structured: {
          root: "ast_V",
          nodes: [
            { id: "ast_V", kind: "asset", label: "Variant 1", side: "root", depth: 0 },
            { id: "tpv_1", kind: "template_version", label: "Spring v2", side: "upstream", depth: 1 },
            { id: "cmp_1", kind: "campaign", label: "Spring sale", side: "downstream", depth: 1 },
          ],
          edges: [
            { id: "e1", from: "ast_V", relation: "generated_by", to: "tpv_1" },
            { id: "e2", from: "ast_V", relation: "used_in", to: "cmp_1" },
          ],
          truncated: false,
          mermaid: "graph LR",
          answer: null,
        },
      },
      noUrls,
    );
    expect(r.charts).toHaveLength(1);
    const meta = await sharp(r.charts[0]!.png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBeGreaterThan(300);
    const text = JSON.stringify(r.blocks);
    expect(text).toContain("Made from: Spring v2 (template version)");
    expect(text).toContain("Went to: Spring sale (campaign)");
    expect(text).not.toContain("graph LR");
  });

  it("shows what the router understood and could not use, and its one question", async () => {
    const m = await renderReply(
      reply([], {
        text: "Which experiment do you mean?",
        question: "Which experiment do you mean?",
        understood: ["date range: last week"],
        ignored: ["tone “serious”: not a tone of this template"],
      }),
      options,
    );
    const context = JSON.stringify(m.blocks.filter((b) => b.type === "context"));
    expect(context).toContain("Understood: date range: last week");
    expect(context).toContain("Could not use: tone “serious”");
    expect(m.text).toContain("Which experiment do you mean?");
  });

  it("asks for confirmation with Confirm/Cancel buttons naming what will change", async () => {
    const m = await renderReply(
      reply([], {
        text: "…",
        confirm: {
          tool: "promote_winners",
          args: { experimentId: "exp_01" },
          summary: "Promote “Dawn” (ast_1) as the winner of “Spring” (exp_01).",
        },
      }),
      options,
    );
    expect(m.confirm?.pending.tool).toBe("promote_winners");
    const blocks = JSON.stringify(m.blocks);
    expect(blocks).toContain("agent_confirm");
    expect(blocks).toContain("agent_cancel");
    expect(blocks).toContain("Promote “Dawn” (ast_1) as the winner of “Spring” (exp_01).");
    expect(blocks).toContain(`"value":"1700.1|${m.confirm!.key}"`);
  });

  it("falls back to the tool's text for any other tool, errors shown plainly", async () => {
    const m = await renderReply(
      reply([
        { name: "get_asset", args: { id: "ast_9" }, isError: true, text: "not_found: Asset ast_9 was not found." },
      ]),
      options,
    );
    expect(JSON.stringify(m.blocks)).toContain("⚠️ Asset ast_9 was not found.");
    expect(m.text).not.toContain("not_found:");
    const listed = await renderReply(
      reply([
        {
          name: "list_templates",
          args: {},
          isError: false,
          text: "2 template(s)\n- Spring promo (tpl_1)\n- Trail (tpl_2)\n(more: cursor=eyJpZCI6InRwbF8yIn0)",
          structured: { items: [{ id: "tpl_1" }, { id: "tpl_2" }], nextCursor: "eyJpZCI6InRwbF8yIn0" },
        },
      ]),
      options,
    );
    expect(listed.text).toContain("Spring promo (tpl_1)");
    expect(everything({ text: listed.text, blocks: listed.blocks.filter((b) => b.type !== "actions") })).not.toMatch(
      /cursor|eyJpZCI6/,
    );
    expect(Object.values(listed.pages)[0]).toEqual({ tool: "list_templates", args: { cursor: "eyJpZCI6InRwbF8yIn0" } });
  });

  it("reads a stopped experiment out with the final call and offers to pause the losing ads for real after a dry run", async () => {
    const m = await renderReply(
      reply([
        {
          name: "stop_experiment",
          args: { experimentId: "exp_02", pauseLosers: true, dryRun: true },
          isError: false,
          text: "Spring test is stopped",
          structured: {
            experimentId: "exp_02",
            name: "Spring test",
            alreadyEnded: false,
            dryRun: true,
            finalCall: {
              armId: "arm_b",
              assetId: "ast_B",
              name: "Beat the dawn",
              basis: "confident",
              probabilityBest: 0.97,
              risk: 0.001,
              decision: "winner",
              recommendation: "Promote Beat the dawn",
              reason: null,
              at: "2026-04-02T10:00:00.000Z",
              actor: "slack:U1",
            },
            pauses: [
              {
                deploymentId: "dep_1",
                armId: "arm_a",
                assetId: "ast_A",
                name: "Run club",
                platform: "meta",
                platformAdId: "2384",
                action: "would_pause",
              },
            ],
            status: "done — winner Beat the dawn (97% P(best))",
            story: story({
              state: "decided",
              headline: "done — winner Beat the dawn (97% P(best))",
              call: {
                armId: "arm_b",
                name: "Beat the dawn",
                basis: "confident",
                probabilityBest: 0.97,
                expectedLoss: 0.001,
                evidence: "Beat the dawn: 120 clicks from 5,000 impressions; 97.0% likely best.",
              },
              why: "It reached the 95% calling bar with every contender fairly sampled.",
              next: "Promote it with promote_winners.",
              approval: { needed: false, why: "No approval needed.", reasons: [] },
            }),
          },
        },
      ]),
      options,
    );
    const all = everything(m);
    // The story's own words: its headline, the call with its evidence, and the next step said as people ask for it.
    expect(all).toContain("Stopped: *Spring test* — done — winner Beat the dawn (97% P(best))");
    expect(all).toContain("*Winner:* *Beat the dawn*");
    expect(all).toContain("97.0% likely best");
    expect(all).toContain("Promote it with “promote the winner”");
    expect(all).toContain("would pause: Run club — meta ad 2384");
    expect(m.images).toEqual([{ assetId: "ast_B", title: "Winner: Beat the dawn" }]);
    expect(m.confirm?.pending).toMatchObject({
      tool: "stop_experiment",
      args: { experimentId: "exp_02", pauseLosers: true, dryRun: false },
    });
    expect(m.confirm!.pending.summary).toContain("Run club (meta ad 2384)");
  });

  it("ranks top performers with their metric, spend in dollars and the date range", async () => {
    const r = await renderOutcome(
      {
        name: "top_performers",
        args: { metric: "cpa", from: "2026-03-01", to: "2026-03-31" },
        isError: false,
        text: "…",
        structured: {
          metric: "cpa",
          direction: "asc",
          range: { from: "2026-03-01", to: "2026-03-31" },
          filters: { brand: null, audience: null, platform: null, experiment: null },
          minImpressions: 1000,
          items: [
            {
              rank: 1,
              assetId: "ast_1",
              name: "Dawn",
              thumbnailUri: "",
              platforms: ["meta"],
              value: 4_250_000,
              impressions: 50_000,
              clicks: 900,
              conversions: 40,
              spendMicros: 170_000_000,
              revenueMicros: 0,
              ctr: 0.018,
              cvr: 0.04,
              cpaMicros: 4_250_000,
              roas: null,
            },
            {
              rank: 2,
              assetId: "ast_2",
              name: "Dusk",
              thumbnailUri: "",
              platforms: ["meta"],
              value: 6_000_000,
              impressions: 30_000,
              clicks: 500,
              conversions: 20,
              spendMicros: 120_000_000,
              revenueMicros: 0,
              ctr: 0.016,
              cvr: 0.04,
              cpaMicros: 6_000_000,
              roas: null,
            },
          ],
          belowFloor: 3,
          total: 2,
          nextCursor: null,
        },
      },
      noUrls,
    );
    const all = `${r.text}${JSON.stringify(r.blocks)}`;
    expect(all).toContain("Top 2 of 2 by cpa");
    expect(all).toContain("1 Mar 2026 – 31 Mar 2026");
    expect(all).toContain("$4.25 per conversion · 50,000 impressions · spend $170.00");
    expect(r.images.map((i) => i.assetId)).toEqual(["ast_1", "ast_2"]);
    expect(all).not.toMatch(/Micros|4250000/);
  });
});

describe("no internal ids or JSON in words a person reads", () => {
  it("drops model, template, review and arm ids from a tool's text, keeping asset ids people paste back", () => {
    const text = humanText(
      'Models: claude-haiku (mdl_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D) via `tpl_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E`\nReview rvw_01JD3Q8Z5K4W6X7Y8Z9A0B1C2F for ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G, filters "[object Object]"\n{"a":1}',
    );
    expect(text).not.toMatch(/\b(mdl|tpl|rvw)_/);
    expect(text).not.toContain("[object Object]");
    expect(text).not.toContain('{"a"');
    expect(text).toContain("ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G");
    expect(text).toContain("claude-haiku");
  });
});

describe("errors read as sentences", () => {
  it("says a filter object from an error in words, not JSON (“which tone works best for 25-34?”)", async () => {
    const r = await renderOutcome(
      {
        name: "slot_insights",
        args: { slot: "tone", audience: "urban-25-34" },
        isError: true,
        text: 'invalid_input: filters: no measured variants match {"audience":"urban-25-34"} with slot tone. Widen the filters.',
      },
      noUrls,
    );
    expect(r.text).toBe("filters: no measured variants match audience urban-25-34 with slot tone. Widen the filters.");
    expect(JSON.stringify(r.blocks)).not.toContain('{\\"');
  });
});

describe("both agent paths use the renderers", () => {
  const refs = dashboardRefs("https://winnow.example.com", new Map([["ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G", "Dawn trail"]]));
  const asked = { ...options, refs };

  it("model path: the model's words lead, with asset ids turned into linked names, then each tool's rendering", async () => {
    const m = await renderReply(
      reply([searchOutcome], {
        via: "model",
        text: "Best match: ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G.\n_Tools: search_assets_",
      }),
      asked,
    );
    const first = m.blocks[0] as { text: { text: string } };
    expect(first.text.text).toBe(
      "Best match: <https://winnow.example.com/assets/ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G|Dawn trail>.",
    );
    expect(JSON.stringify(m.blocks)).toContain("results*");
  });

  it("router path: a note the router could not print is said without '[object Object]'", async () => {
    const m = await renderReply(
      reply([searchOutcome], { ignored: ['filters "[object Object]": not a filter of search_assets. Left out.'] }),
      asked,
    );
    const notes = JSON.stringify(m.blocks.filter((b) => b.type === "context"));
    expect(notes).toContain("Could not use: filters: not a filter");
    expect(notes).not.toContain("[object Object]");
  });
});
