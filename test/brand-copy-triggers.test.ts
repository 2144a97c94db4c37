import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { brands } from "../db/schema.ts";
import { checkBrandRules } from "../tools/check_brand_rules.ts";
import type { AnyTool } from "../tools/define.ts";
import { invokeTool } from "../tools/define.ts";
import { getBrandRules } from "../tools/get_brand_rules.ts";
import { updateBrandRules } from "../tools/update_brand_rules.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/** Copy checked on its own through the MCP tool, as the Slack router sends "check this copy: …" — no offerType. */
let ws: TestWorkspace;
const call = (tool: unknown, args: unknown) => invokeTool(tool as AnyTool, args, toolContext(ws.services));
const POLICY_RULES = readFileSync(join(import.meta.dirname, "fixtures/brand/policy-rules.yaml"), "utf8");

async function addBrand(slug: string, n: number) {
  await ws.services.database.db.insert(brands).values({
    id: `brd_01JTESTBRAND0000000000000${n}`,
    slug,
    name: slug,
    palette: [],
    createdAt: "2027-03-01T12:00:00.000Z",
  });
}

type Checked = {
  passed: boolean;
  violations: { ruleId: string; kind: string; message: string; measured: Record<string, unknown> }[];
  fixedCopy?: { disclaimer?: string };
};
const ruleIds = (out: { structured?: unknown }) => (out.structured as Checked).violations.map((v) => v.ruleId);

beforeEach(async () => {
  ws = await createTestWorkspace({}, { clock: fixedClock("2027-03-01T12:00:00.000Z") });
  await addBrand("larkspur", 1);
  const saved = await call(updateBrandRules, { brand: "larkspur", source: POLICY_RULES, note: "policy rules" });
  expect(saved.isError).toBe(false);
});
afterEach(async () => ws.cleanup());

describe("copy-triggered disclaimers through check_brand_rules (no offerType)", () => {
  it('"40% off today" needs "Terms apply."; the fix appends it and the fixed copy passes', async () => {
    const out = await call(checkBrandRules, { brand: "larkspur", copy: "40% off today" });
    expect(out.isError).toBe(false);
    const s = out.structured as Checked;
    expect(s.passed).toBe(false);
    expect(ruleIds(out)).toEqual(["disclaimer-offer-terms"]);
    expect(s.violations[0]!.message).toContain('"40% off" in body needs the disclaimer "Terms apply."');
    expect(s.violations[0]!.measured).toMatchObject({
      trigger: { field: "body", found: "40% off", by: "percent_off" },
    });
    expect(s.fixedCopy?.disclaimer).toBe("Terms apply.");
    const again = await call(checkBrandRules, { brand: "larkspur", copy: "40% off today", disclaimer: "Terms apply." });
    expect(again.structured).toMatchObject({ passed: true, violations: [] });
  });

  it("reads labelled lines of pasted copy as fields", async () => {
    const out = await call(checkBrandRules, {
      brand: "larkspur",
      copy: "Headline: 40% off lamps\nPrimary text: Warm light for long evenings.\nDisclaimer: T&Cs apply.",
    });
    expect(out.structured).toMatchObject({ passed: true, violations: [] });
    const clash = await call(checkBrandRules, { brand: "larkspur", copy: "Headline: Hi", headline: "Hello" });
    expect(clash.text).toContain("headline: is also given in the plain copy text");
  });

  it("accepts the disclaimer in any field, and accepted wordings", async () => {
    const inBody = await call(checkBrandRules, {
      brand: "larkspur",
      copy: { headline: "Up to 40% off lamps", body: "Ends Sunday. T&Cs apply." },
    });
    expect(ruleIds(inBody)).toEqual([]);
    const inHeadline = await call(checkBrandRules, { brand: "larkspur", headline: "30% off rugs. Terms apply." });
    expect(ruleIds(inHeadline)).toEqual([]);
  });

  it("fires each rule on its own triggers: price, free delivery, credit, trials, prize draws", async () => {
    const cases: [string, string[]][] = [
      ["Oak side table, £129", ["disclaimer-delivery-charges"]],
      ["Free delivery on all lamps", ["disclaimer-free-delivery"]],
      ["0% APR for 12 months", ["disclaimer-credit"]],
      ["The Harbour sofa for £25 a month", ["disclaimer-delivery-charges", "disclaimer-credit"]],
      ["Start your 30-day free trial today", ["disclaimer-subscription"]],
      ["Win a garden sofa set", ["disclaimer-prize-draw"]],
      ["100% cotton sheets, since 1998, call 0800 123 4567", []],
      ["New cushions in store from 30 Apr", []],
      ["Representative APR 19.9% variable", ["disclaimer-credit"]], // a partial disclaimer still needs the whole line
    ];
    for (const [copy, expected] of cases) {
      expect(ruleIds(await call(checkBrandRules, { brand: "larkspur", copy })), copy).toEqual(expected);
    }
  });

  it("a disclaimer's own words never trigger another disclaimer", async () => {
    const out = await call(checkBrandRules, {
      brand: "larkspur",
      headline: "Join Larkspur Plus",
      disclaimer: "Renews at £7.99/month after the trial unless cancelled. Cancel anytime.",
    });
    expect(ruleIds(out)).toEqual([]);
  });

  it("offerType still forces its disclaimers", async () => {
    const out = await call(checkBrandRules, { brand: "larkspur", copy: "Our new sofa range", offerType: "financing" });
    expect(ruleIds(out)).toEqual(["disclaimer-credit"]);
    expect((out.structured as Checked).violations[0]!.message).toContain('Offer type "financing"');
  });

  it("catches obfuscated banned phrases and whole-ad length breaches", async () => {
    expect(ruleIds(await call(checkBrandRules, { brand: "larkspur", copy: "The mirac1e pillow" }))).toEqual([
      "banned-health-claims",
    ]);
    expect(ruleIds(await call(checkBrandRules, { brand: "larkspur", copy: "Try it r.i.s.k f.r.e.e" }))).toEqual([
      "banned-risk-language",
    ]);
    const sms = await call(checkBrandRules, {
      brand: "larkspur",
      platform: "sms",
      headline: "Larkspur: new linen colours are in.",
      body: "Stonewashed sheets, duvet covers and pillowcases in six new colours.",
      cta: "Shop at larkspur.example",
      disclaimer: "Reply STOP to opt out. Msg rates may apply.",
    });
    const v = (sms.structured as Checked).violations;
    expect(v.map((x) => x.ruleId)).toEqual(["copy-length"]);
    expect(v[0]!.measured).toMatchObject({ field: "total", length: 170, max: 160, platform: "sms" });
  });
});

describe("check_brand_rules input", () => {
  it("uses the only brand when none is named, and names the field when several exist", async () => {
    const only = await call(checkBrandRules, { copy: "40% off today" });
    expect(ruleIds(only)).toEqual(["disclaimer-offer-terms"]);
    await addBrand("kestrel", 2);
    const ambiguous = await call(checkBrandRules, { copy: "40% off today" });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toMatch(
      /^invalid_input: brand: is required.*Pass one of: (kestrel, larkspur|larkspur, kestrel)/,
    );
  });

  it("refuses bad copy with an error naming the field and the fix", async () => {
    const wrongType = await call(checkBrandRules, { brand: "larkspur", copy: 42 });
    expect(wrongType.isError).toBe(true);
    expect(wrongType.text).toContain(
      "copy: must be the ad text as a string, or an object { headline, body, cta, disclaimer }",
    );
    const unknownField = await call(checkBrandRules, { brand: "larkspur", copy: { title: "Hi" } });
    expect(unknownField.isError).toBe(true);
    expect(unknownField.text).toContain("copy");
    const empty = await call(checkBrandRules, { brand: "larkspur", copy: "" });
    expect(empty.text).toContain("copy");
    const nothing = await call(checkBrandRules, { brand: "larkspur" });
    expect(nothing.text).toMatch(/copy: nothing to check\. Pass the ad text as copy/);
    const twice = await call(checkBrandRules, { brand: "larkspur", copy: "Sale", text: "Sale" });
    expect(twice.text).toContain("text: duplicates copy");
  });
});

describe("rule set outputs", () => {
  it("get_brand_rules summarises each rule in plain language; update_brand_rules warns of offer-type-only disclaimers", async () => {
    const got = await call(getBrandRules, { brand: "larkspur" });
    const rules = (got.structured as { ruleSet: { rules: { id: string; summary: string }[] } }).ruleSet.rules;
    expect(rules.find((r) => r.id === "disclaimer-offer-terms")?.summary).toBe(
      'add "Terms apply." when copy mentions percent off, money off, "buy one get one", "bogo", "half price", "sale price", 1 pattern(s) or offer type discount/sale',
    );
    expect(rules.find((r) => r.id === "copy-length")?.summary).toContain("whole ad ≤ 160 sms");
    const legacy = await call(updateBrandRules, {
      brand: "larkspur",
      upsert: [
        { id: "disclaimer-legacy", kind: "required_disclaimer", offerTypes: ["trial"], text: "Ts&Cs.", fix: "Add it." },
      ],
    });
    expect((legacy.structured as { advice: string[] }).advice).toEqual([
      expect.stringMatching(/^disclaimer-legacy: fires only when the caller passes offerType trial/),
    ]);
    const never = await call(updateBrandRules, {
      brand: "larkspur",
      upsert: [{ id: "disclaimer-never", kind: "required_disclaimer", text: "Ts&Cs.", fix: "Add it." }],
    });
    expect(never.isError).toBe(true);
    expect(never.text).toMatch(/upsert\.0\.triggers: a required_disclaimer needs triggers/);
  });
});
