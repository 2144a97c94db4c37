import { describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY, type Vocabulary } from "../core/intents/vocabulary.ts";
import { performanceMetric } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import {
  audienceOfThread,
  audienceSaid,
  explicitDefaults,
  fillPerformance,
  metricSaid,
  slotOfValues,
} from "./slot-performance.ts";

const V: Vocabulary = {
  ...EMPTY_VOCABULARY,
  audiences: [
    { id: "gen-z-runners", names: ["Gen Z runners", "Gen Z"] },
    { id: "urban-25-34", names: ["Urban runners 25-34", "city runners", "urban runners"] },
    { id: "trail-enthusiasts", names: ["Trail enthusiasts", "trail runners"] },
    { id: "de-marathoners", names: ["German marathoners", "marathoners"] },
  ],
  offers: [
    { id: "spring-20-off", names: ["20% off"] },
    { id: "free-shipping", names: ["free shipping"] },
  ],
  tones: [
    { id: "calm", names: ["calm"] },
    { id: "premium", names: ["premium"] },
  ],
  formats: [
    { id: "9:16", names: ["story", "9:16"] },
    { id: "4:5", names: ["portrait"] },
  ],
  experiments: [
    { id: "exp_01TRAIL", name: "Trail tone test", status: "running", hasWinner: false, createdAt: "2027-04-01" },
  ],
};
const tool = (name: string, properties: Record<string, unknown>): McpToolInfo =>
  ({ name, description: "", inputSchema: { type: "object", properties } }) as McpToolInfo;
const insights = tool("slot_insights", {
  metric: { type: "string", enum: ["ctr", "cvr", "roas", "watch_time"] },
  slot: { type: "string" },
  audience: { type: "string" },
  filters: { type: "object" },
});
const top = tool("top_performers", {
  metric: { type: "string", enum: ["ctr", "cvr", "cpa", "roas", "conversions", "spend", "impressions"] },
  audience: { type: "string" },
});
const fill = (t: McpToolInfo, text: string) => fillPerformance(t, {}, text, V, []);

describe("performance reads' arguments", () => {
  it("reads the slot from the values compared", () => {
    expect(slotOfValues("does 9:16 beat 4:5 on CTR?", V)).toBe("format");
    expect(slotOfValues("calm or premium?", V)).toBe("tone");
    expect(slotOfValues("did the 20% off do better than free shipping?", V)).toBe("offer");
    // One value, or values of two slots, name no slot.
    expect(slotOfValues("is calm still ahead?", V)).toBeUndefined();
    expect(slotOfValues("calm 9:16 or premium 4:5?", V)).toBeUndefined();
  });

  it("maps what a conversion is called onto the metrics the tool ranks by", () => {
    expect(metricSaid("which hook drives installs best", ["ctr", "cvr", "roas"])).toBe("cvr");
    expect(metricSaid("which offer sells better? conversions, not clicks", ["ctr", "cvr"])).toBe("cvr");
    expect(metricSaid("which creatives convertd best", ["ctr", "cvr", "conversions"])).toBe("conversions");
    expect(metricSaid("ok and by roas?", ["ctr", "cvr", "roas"])).toBe("roas");
    expect(metricSaid("which tone is winning", ["ctr", "cvr"])).toBeUndefined();
  });

  it("fills slot, metric and an audience named by a word of its own, never from a test's name", () => {
    expect(fill(insights, "Which tone converts best with the urban crowd? Calm or premium?")).toEqual({
      slot: "tone",
      metric: "cvr",
      filters: { audience: "urban-25-34" },
    });
    expect(fill(insights, "which tone wins in the trail tone test?")).toEqual({ slot: "tone" });
    expect(fill(top, "et le mois dernier pour les trail ?")).toEqual({ audience: "trail-enthusiasts" });
  });

  it("reads an audience however it is spelt, heard or called by its market", () => {
    expect(audienceSaid("Which hook works best with the Jenn Z runners", V)).toBe("gen-z-runners");
    expect(audienceSaid("Which offer wins for the Germnas", V)).toBe("de-marathoners");
    expect(audienceSaid("Quel ton marche le mieux pour les marathonniens allemands ?", V)).toBe("de-marathoners");
    expect(audienceSaid("ok now the trail ppl", V)).toBe("trail-enthusiasts");
    expect(audienceSaid("which runners?", V)).toBeUndefined();
  });

  it("takes the thread's audience for 'them'", () => {
    const last = { tool: "top_performers", args: { audience: "urban-25-34" }, text: "" };
    expect(audienceOfThread(insights, { slot: "cta" }, "and which CTA wins for them?", last, [])).toEqual({
      slot: "cta",
      filters: { audience: "urban-25-34" },
    });
    expect(audienceOfThread(insights, { slot: "cta" }, "and which CTA wins?", last, [])).toEqual({ slot: "cta" });
  });

  it("says a ranking's default metric, so the reply and a follow-up know what it ranked by", () => {
    const ranked = {
      ...top,
      annotations: { readOnlyHint: true },
      inputSchema: {
        type: "object",
        properties: { metric: { type: "string", enum: ["ctr", "cvr"], default: "ctr" }, audience: { type: "string" } },
      },
    } as McpToolInfo;
    expect(explicitDefaults(ranked, {}, [])).toEqual({ metric: "ctr" });
    expect(explicitDefaults(ranked, { metric: "cvr" }, [])).toEqual({ metric: "cvr" });
  });
});

describe("the metric said loosely, with a slip, in another language, or beside a definition", () => {
  it("reads the metric words of other languages and their slips, the slipped word said first winning", () => {
    expect(performanceMetric("¿las convesiones de ayer? por asset").metric).toBe("conversions");
    expect(performanceMetric("los top 10 ads por clics").metric).toBe("ctr");
    expect(performanceMetric("heaps of impresions on tiktok since monday but no clicks").metric).toBe("impressions");
    expect(performanceMetric("before sending it, rank by roas").metric).toBe("roas");
  });
  it("leaves out the metrics a definitional question names", () => {
    expect(performanceMetric("what is the diffrence between ctr and cvr… and which ad has the best cvr?").metric).toBe(
      "cvr",
    );
    expect(metricSaid("what does ctr mean? and which ad has the best roas", ["ctr", "roas", "cvr"])).toBe("roas");
  });
});
