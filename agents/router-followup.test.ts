import { describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY, type Vocabulary } from "../core/intents/vocabulary.ts";
import { valueCorrected } from "./followup-change.ts";
import type { LastCall } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { applyChange, asksAgain, carryReadScope, followUpRest, isUndo } from "./router-followup.ts";

const top = {
  name: "top_performers",
  description: "",
  annotations: { readOnlyHint: true },
  inputSchema: { type: "object", properties: { metric: { type: "string" }, audience: { type: "string" } } },
} as McpToolInfo;
const last: LastCall = {
  text: "what's been the best for conversions with the city runners since monday",
  tool: "top_performers",
  args: { metric: "cvr", audience: "urban-25-34", from: "2027-04-12", to: "2027-04-14" },
};

describe("a read asked again of what the thread showed", () => {
  it("keeps the last read's audience and dates when the message points back at its list", () => {
    expect(
      carryReadScope(
        top,
        { metric: "cpa" },
        "cheers. which one's the cheapest per conversion out of that lot?",
        last,
        [],
      ),
    ).toEqual({
      metric: "cpa",
      audience: "urban-25-34",
      from: "2027-04-12",
      to: "2027-04-14",
    });
    expect(carryReadScope(top, { limit: 5 }, "Just the top 5 by conversions please", last, [])).toMatchObject({
      audience: "urban-25-34",
      from: "2027-04-12",
    });
  });

  it("keeps the last read's scope when the message carries on from it: a lead, a short change, an empty search", () => {
    const weekly: LastCall = {
      text: "top ads by ctr last week",
      tool: "top_performers",
      args: { metric: "ctr", from: "2027-04-05", to: "2027-04-11" },
    };
    // A short change: the dates stay, the metric is the new one.
    expect(carryReadScope(top, { metric: "spend" }, "by spend", weekly, [])).toEqual({
      metric: "spend",
      from: "2027-04-05",
      to: "2027-04-11",
    });
    // A lead after an acknowledgement, in English, Spanish and French.
    for (const text of [
      "Noted. And what about the trail audience? Please share that also.",
      "¿y para los de trail?",
      "Ok et pour le trail ?",
    ])
      expect(carryReadScope(top, { audience: "trail-enthusiasts" }, text, weekly, []), text).toEqual({
        audience: "trail-enthusiasts",
        metric: "ctr",
        from: "2027-04-05",
        to: "2027-04-11",
      });
    // A search narrowed by words that look for nothing keeps what was looked for; filters merge, the new ones win.
    const search = {
      name: "search_assets",
      annotations: { readOnlyHint: true },
      inputSchema: { type: "object", properties: { query: { type: "string" }, filters: { type: "object" } } },
    } as unknown as McpToolInfo;
    const searched: LastCall = {
      text: "shoes on wet asphalt",
      tool: "search_assets",
      args: { query: "shoes on wet asphalt", filters: { brand: "kestrel", kind: "product" } },
    };
    expect(
      carryReadScope(search, { query: "Only the", filters: { format: "9:16" } }, "Only the ones in 9:16", searched, []),
    ).toEqual({ query: "shoes on wet asphalt", filters: { brand: "kestrel", kind: "product", format: "9:16" } });
    // A request of its own in more words carries nothing.
    expect(carryReadScope(top, { metric: "spend" }, "top ads by spend for the whole quarter", weekly, [])).toEqual({
      metric: "spend",
    });
  });

  it("carries nothing into a read that stands on its own, and dates only together", () => {
    expect(carryReadScope(top, { metric: "cpa" }, "cheapest per conversion last month?", last, [])).toEqual({
      metric: "cpa",
    });
    expect(carryReadScope(top, { from: "2027-03-01" }, "which of those since march?", last, [])).toEqual({
      from: "2027-03-01",
      metric: "cvr",
      audience: "urban-25-34",
    });
  });
});

describe("a follow-up that adds with 'too'", () => {
  it("keeps the 'too' so the change adds to the last request instead of replacing it", async () => {
    const { followUpRest } = await import("./router-followup.ts");
    const memory = {
      lastCall: { text: "make 2 square ads", tool: "generate_variants", args: { count: 2, formats: ["1:1"] } },
    };
    expect(followUpRest("9:16 too", memory)).toMatch(/\btoo$/);
    expect(followUpRest("lekker, now 1:1 as well", memory)).toMatch(/\b(?:too|as well)$/);
  });
});

describe("one version back from the one just shown", () => {
  it("reads 'the version before that one' against the last call's version", async () => {
    const { applyChange, followUpRest } = await import("./router-followup.ts");
    const rules = {
      name: "get_brand_rules",
      description: "",
      inputSchema: { type: "object", properties: { brand: { type: "string" }, version: { type: "number" } } },
    } as McpToolInfo;
    const shown: LastCall = {
      text: "see version 2 of the rules",
      tool: "get_brand_rules",
      args: { brand: "k", version: 2 },
    };
    const rest = followUpRest("Thank you. And what about the version before that one?", { lastCall: shown });
    expect(rest).toBeDefined();
    const v = EMPTY_VOCABULARY;
    const change = applyChange(rest!, shown, [rules], v, new Date("2027-04-14T10:00:00Z"));
    expect(change).toMatchObject({ kind: "call", args: { brand: "k", version: 1 } });
  });
});

describe("an audience changed in a follow-up", () => {
  const v: Vocabulary = {
    ...EMPTY_VOCABULARY,
    audiences: [
      { id: "gen-z-runners", names: ["Gen Z runners", "Gen Z"] },
      { id: "trail-enthusiasts", names: ["Trail enthusiasts", "trail runners"] },
    ],
    experiments: [
      {
        id: "exp_01TRAIL",
        name: "Trail tone test",
        status: "running",
        hasWinner: false,
        createdAt: "2027-04-01",
        audienceNames: ["trail-enthusiasts", "Trail enthusiasts", "trail runners"],
      },
    ],
  };
  const ranked = {
    ...top,
    inputSchema: { type: "object", properties: { ...top.inputSchema.properties, experiment: { type: "string" } } },
  } as McpToolInfo;
  const genZ: LastCall = { text: "", tool: "top_performers", args: { audience: "gen-z-runners", metric: "ctr" } };
  const now = new Date("2027-04-14T10:00:00Z");

  it("reads the audience by a word of its own, not the test that shares it, unless a test is said", () => {
    const call = applyChange("the trail ppl", genZ, [ranked], v, now);
    expect(call?.kind === "call" && call.args).toEqual({ audience: "trail-enthusiasts", metric: "ctr" });
    const test = applyChange("the trail test", genZ, [ranked], v, now);
    expect(test?.kind === "call" && test.args.experiment).toBe("exp_01TRAIL");
  });

  it("reads 'do the same for …' after a one-word lead", () => {
    expect(followUpRest("sharp, now do the same for urban runners", { lastCall: genZ })).toBe("for urban runners");
  });
});

describe("a follow-up that changes more than one thing, or moves the period back", () => {
  const v: Vocabulary = {
    ...EMPTY_VOCABULARY,
    tones: [
      { id: "calm", names: ["calm"] },
      { id: "playful", names: ["playful"] },
    ],
  };
  const generate = {
    name: "generate_variants",
    description: "",
    inputSchema: {
      type: "object",
      properties: { count: { type: "integer" }, tone: { type: "string" }, formats: { type: "array" } },
    },
  } as McpToolInfo;
  const made: LastCall = {
    text: "6 vertical ads for gen z",
    tool: "generate_variants",
    args: { count: 6, formats: ["9:16"] },
  };
  const now = new Date("2027-04-14T10:00:00Z");

  it("reads a count and a tone together, the tone also said as more of it ('calmer')", () => {
    for (const text of ["bet. now 3 more but calmer", "mejor 3, y tono calm"]) {
      const rest = followUpRest(text, { lastCall: made }) ?? text;
      expect(applyChange(rest, made, [generate], v, now), text).toMatchObject({
        kind: "call",
        args: { count: 3, tone: "calm", formats: ["9:16"] },
      });
    }
  });

  it("reads 'la anterior' after normalising it ('the anterior') as the period before", () => {
    const weekly: LastCall = {
      text: "top por CTR de la semana pasada",
      tool: "top_performers",
      args: { metric: "ctr", from: "2027-04-05", to: "2027-04-11" },
    };
    const rest = followUpRest("¿y la anterior?", { lastCall: weekly });
    expect(applyChange(rest!, weekly, [top], EMPTY_VOCABULARY, now)).toMatchObject({
      kind: "call",
      args: { metric: "ctr", from: "2027-03-29", to: "2027-04-04" },
    });
  });
});

describe("undo said with the why around it, asked, or in another language", () => {
  it("reads a clause that takes something back, also before the thread changed anything", () => {
    expect(isUndo("hmm undo, picked the wrong arm")).toBe(true);
    expect(isUndo("ugh, could you undo?")).toBe(true);
    expect(isUndo("annulez svp, erreur de ma part")).toBe(true);
    expect(isUndo("deshazlo por favor")).toBe(true);
    expect(isUndo("bitte rückgängig machen")).toBe(true);
    // Led by an assent before the no: "yeah nah", "oh".
    expect(isUndo("yeah nah undo that, she's not starting till May", true)).toBe(true);
    expect(isUndo("oh undo that please", true)).toBe(true);
    // Another request in the message names what to take back: the rules read it.
    expect(isUndo("undo — roll the tagger back to v2")).toBe(false);
    expect(isUndo("undo — roll the tagger back to v2", true)).toBe(true);
    // "go back to the previous one", "reverse that link": undo with what it undoes named, once the thread changed one.
    expect(isUndo("hmm no, go back to the previous version please", true)).toBe(true);
    expect(isUndo("reverse that link (wrong ad)", true)).toBe(true);
    expect(isUndo("revert my last edit", true)).toBe(true);
  });
});

describe("a short change of the last read", () => {
  const cost = {
    name: "cost_report",
    description: "",
    annotations: { readOnlyHint: true },
    inputSchema: { type: "object", properties: { groupBy: { type: "array" }, from: { type: "string" } } },
  } as McpToolInfo;
  const march: LastCall = {
    text: "¿Cuánto costó generar todo lo de marzo?",
    tool: "cost_report",
    args: { from: "2027-03-01", to: "2027-03-31" },
  };
  it("keeps the last read's period when the message only changes how it is broken down or ranked", () => {
    expect(carryReadScope(cost, { groupBy: ["model"] }, "desglósalo por modelo", march, [])).toEqual({
      groupBy: ["model"],
      from: "2027-03-01",
      to: "2027-03-31",
    });
    expect(
      carryReadScope(cost, { groupBy: ["template_version"] }, "Ok et le récap des coûts par template ?", march, []),
    ).toMatchObject({ from: "2027-03-01" });
    expect(carryReadScope(top, { metric: "spend" }, "by spend", last, [])).toMatchObject({
      metric: "spend",
      audience: "urban-25-34",
      from: "2027-04-12",
    });
  });
});

describe("a template named in a follow-up", () => {
  const insights = {
    name: "slot_insights",
    description: "",
    annotations: { readOnlyHint: true },
    inputSchema: { type: "object", properties: { slot: { type: "string" }, templateId: { type: "string" } } },
  } as McpToolInfo;
  const v: Vocabulary = {
    ...EMPTY_VOCABULARY,
    templates: [
      { id: "tpl_spring", names: ["Spring Sprint"] },
      { id: "tpl_summer", names: ["Summer Heat"] },
    ],
  };
  const slots: LastCall = { text: "slot effects for tone", tool: "slot_insights", args: { slot: "tone" } };
  it("is the words nearest the noun, whatever is said before them", () => {
    for (const text of [
      "now scope it to the Spring Sprint template",
      "Same regression but scoped to the Spring Sprint template only.",
    ]) {
      const f = applyChange(text, slots, [insights], v, new Date("2027-04-14T12:00:00Z"));
      expect(f?.kind).toBe("call");
      expect(f?.kind === "call" && f.args.templateId).toBe("tpl_spring");
    }
    const unknown = applyChange(
      "now scope it to the autumn template",
      slots,
      [insights],
      v,
      new Date("2027-04-14T12:00:00Z"),
    );
    expect(unknown?.kind === "question" && unknown.question).toContain('called "autumn"');
  });
});

describe("an order that changes one setting of the last read", () => {
  it("keeps the rest of its scope", () => {
    expect(asksAgain("bump min impressions to 2k, too much noise")).toBe(true);
    expect(asksAgain("raise the limit to 20")).toBe(true);
    expect(asksAgain("make 4 variants for gen z, spring 20% off")).toBe(false);
  });
});

describe("a value said alone after a change", () => {
  const now = new Date("2027-04-14T12:00:00Z");
  const expiry: LastCall = {
    text: "licence for the harvest banner runs to 3 March 2028",
    tool: "update_asset",
    args: { id: "ast_01TESTHARVEST00000000001", rightsExpiresAt: "2028-03-03" },
  };
  const threshold: LastCall = {
    text: "raise the sign-off threshold to $2,000",
    tool: "update_brand",
    args: { brand: "harvest", approvalPolicy: { spendThresholdMicros: 2_000_000_000, approvalBelowProbability: 0.9 } },
  };
  it("replaces the one value of its kind the last call gave: a day, or a number (micros for money)", () => {
    expect(valueCorrected("2028-03-31", expiry, now)?.args).toEqual({ ...expiry.args, rightsExpiresAt: "2028-03-31" });
    expect(valueCorrected("the 31st of March 2028 then", expiry, now)?.args.rightsExpiresAt).toBe("2028-03-31");
    // The number said with its field's name: "again with rule set version 5" after a check against version 4.
    const checked: LastCall = {
      text: "check the harvest banner against rule set 4",
      tool: "check_brand_rules",
      args: { assetId: "ast_01TESTHARVEST00000000001", ruleSetVersion: 4 },
    };
    expect(valueCorrected("rerun with version 5", checked, now)?.args.ruleSetVersion).toBe(5);
    expect(valueCorrected("$1.5k", threshold, now)?.args).toEqual({
      brand: "harvest",
      approvalPolicy: { spendThresholdMicros: 1_500_000_000, approvalBelowProbability: 0.9 },
    });
  });
  it("leaves a request that holds a number, a share, or a call with no value of that kind", () => {
    expect(valueCorrected("drop the bar to 80%", threshold, now)).toBeUndefined();
    expect(valueCorrected("make 300 more banners", threshold, now)).toBeUndefined();
    expect(valueCorrected("400", expiry, now)).toBeUndefined();
  });
});
