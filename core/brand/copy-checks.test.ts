import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileRuleSet } from "./compile.ts";
import { type CopyContext, checkCopy } from "./copy-checks.ts";
import { normalizeFolded } from "./normalize.ts";
import { parseRuleSet } from "./parse.ts";

const demo = compileRuleSet(parseRuleSet(readFileSync(join(import.meta.dirname, "demo-rules.yaml"), "utf8")), {
  ruleSetId: "brs_demo",
  version: 1,
  brandId: "brd_demo",
});

const check = (copy: Partial<CopyContext["copy"]>, extra: Partial<CopyContext> = {}) =>
  checkCopy(demo, { copy: { headline: "", cta: "Shop now", ...copy }, format: "1080x1080", ...extra });
const kinds = async (copy: Partial<CopyContext["copy"]>, extra: Partial<CopyContext> = {}) =>
  (await check(copy, extra)).violations.map((v) => v.kind);

describe("banned phrases", () => {
  it.each([
    ["Free shipping on every pair", "plain"],
    ["FR3E shipping", "leet"],
    ["f.r.e.e shipping", "spelled out"],
    ["f r e e shipping", "spaced"],
    ["fr\u200Bee shipping", "zero-width space"],
    ["ｆｒｅｅ shipping", "full-width"],
    ["frée shipping", "diacritic"],
    ["frее shipping", "Cyrillic look-alikes"],
    ["freeeee shipping", "stretched"],
  ])("catches %j (%s)", async (headline) => {
    expect(await kinds({ headline })).toContain("banned_phrase");
  });

  it.each([
    "Freedom to run further",
    "A classic silhouette",
    "Hello, trail season",
    "Carefree miles ahead",
    "Secure fit, every stride",
    "Made in Scunthorpe",
  ])("does not flag the near-miss %j", async (headline) => {
    expect(await kinds({ headline })).not.toContain("banned_phrase");
  });

  it("reports the original character range even through obfuscation", async () => {
    const headline = "Run f.r.e.e today";
    const v = (await check({ headline })).violations.find((x) => x.kind === "banned_phrase");
    expect(v?.location).toEqual({ field: "headline", start: 4, end: 11 });
    expect(headline.slice(4, 11)).toBe("f.r.e.e");
  });

  it("auto-fixes with the rule's allowed synonym, keeping capitalisation, and says what changed", async () => {
    const out = await check({ headline: "Free returns. Cheap thrills." });
    expect(out.fixedCopy?.headline).toBe("Included returns. Affordable thrills.");
    expect(out.fixes).toEqual(expect.arrayContaining([expect.stringContaining('Replaced "Free" with "Included"')]));
  });

  it("refuses nothing by substring: leet folding leaves running distances alone", () => {
    expect(normalizeFolded("Run a 5k or 10k in 2027").text).toBe("run a 5k or 10k in 2027");
    expect(normalizeFolded("b3st m0ney").text).toBe("best money");
  });
});

describe("required disclaimers", () => {
  it("flags a missing financing disclaimer and appends it as a safe fix", async () => {
    const out = await check({ headline: "Run now, pay later" }, { offerType: "financing" });
    expect(out.violations.map((v) => v.ruleId)).toContain("disclaimer-financing");
    expect(out.fixedCopy?.disclaimer).toBe("Subject to credit approval. 0% APR for 12 months.");
  });

  it("accepts the exact text, an accepted wording, punctuation/case changes and T&Cs shorthand", async () => {
    for (const disclaimer of [
      "Subject to credit approval. 0% APR for 12 months.",
      "0% APR for 12 months, subject to credit approval.",
      "SUBJECT TO CREDIT APPROVAL — 0% APR for 12 months",
    ]) {
      expect(await kinds({ headline: "Pay later", disclaimer }, { offerType: "financing" })).not.toContain(
        "required_disclaimer",
      );
    }
    expect(await kinds({ headline: "20% off", disclaimer: "T&Cs apply." }, { offerType: "discount" })).not.toContain(
      "required_disclaimer",
    );
  });

  it("rejects a paraphrase that changes the terms", async () => {
    expect(
      await kinds({ headline: "Pay later", disclaimer: "0% APR for 24 months." }, { offerType: "financing" }),
    ).toContain("required_disclaimer");
    expect(await kinds({ headline: "20% off", disclaimer: "Some limits." }, { offerType: "discount" })).toContain(
      "required_disclaimer",
    );
  });

  it("does not ask for a disclaimer the offer type does not need", async () => {
    expect(await kinds({ headline: "New colours are here" }, { offerType: "launch" })).toEqual([]);
  });
});

describe("claims, tone and length", () => {
  it("needs substantiation for superlatives but not for 'personal best'", async () => {
    expect(await kinds({ headline: "The best trail shoe" })).toContain("claim");
    expect(await kinds({ headline: "The #1 trail shoe" })).toContain("claim");
    expect(await kinds({ headline: "The #10 bus to the park" })).not.toContain("claim");
    expect(await kinds({ headline: "Chase your personal best" })).not.toContain("claim");
    expect(await kinds({ headline: "Clinically proven comfort" }, { substantiationIds: ["SUB-2027-CLIN-01"] })).toEqual(
      [],
    );
    expect(await kinds({ headline: "Clinically proven comfort" }, { substantiationIds: ["SUB-OTHER"] })).toContain(
      "claim",
    );
  });

  it("flags preachy or shouting copy with the measured lexicon values", async () => {
    const v = (await check({ headline: "No excuses. You must run!!" })).violations.filter((x) => x.kind === "tone");
    expect(v.map((x) => x.severity)).toEqual(["warn", "warn"]);
    expect(await kinds({ headline: "RUN FASTER TODAY" })).toContain("tone");
    expect(await kinds({ headline: "Come run with us!" })).toEqual([]);
  });

  it("uses the most specific length limit for platform and format, counting graphemes", async () => {
    const headline = "Trail miles, city smiles, all yours"; // 35 chars
    expect(await kinds({ headline })).toEqual([]);
    expect(await kinds({ headline }, { platform: "google" })).toContain("copy_length");
    expect(await kinds({ headline }, { format: "1080x1920" })).toContain("copy_length");
    const emoji = `${"🏃🏽‍♀️".repeat(10)}${"x".repeat(30)}`; // 40 graphemes, 100 UTF-16 units
    expect(await kinds({ headline: emoji })).not.toContain("copy_length");
    expect(await kinds({ headline: `${emoji}x` })).toContain("copy_length");
  });
});

describe("copy-triggered disclaimers and whole-ad limits", () => {
  it("asks for the discount disclaimer from the copy alone, with no offer type", async () => {
    const out = await check({ headline: "20% off trail shoes" });
    expect(out.violations.map((v) => v.ruleId)).toEqual(["disclaimer-discount"]);
    expect(out.violations[0]!.measured).toMatchObject({ trigger: { field: "headline", found: "20% off" } });
    expect(out.fixedCopy?.disclaimer).toBe("Terms and conditions apply.");
    expect(await kinds({ headline: "20% off trail shoes", disclaimer: "T&Cs apply." })).toEqual([]);
    expect(await kinds({ headline: "Run now, pay later" })).toEqual(["required_disclaimer"]);
    expect(await kinds({ headline: "Made with 100% recycled laces" })).toEqual([]);
  });

  const lengths = compileRuleSet(
    parseRuleSet(
      [
        "rules:",
        "  - id: len",
        "    kind: copy_length",
        "    fix: Shorten.",
        "    limits:",
        "      - { field: headline, max: 40 }",
        "      - { field: total, max: 60 }",
        "      - { field: total, max: 30, platforms: [sms] }",
        "      - { field: total, max: 20, formats: ['1080x1920'], include: [headline, cta] }",
      ].join("\n"),
    ),
    { ruleSetId: null, version: null, brandId: "b" },
  );
  const measure = async (copy: CopyContext["copy"], extra: Partial<CopyContext> = {}) =>
    (await checkCopy(lengths, { copy, format: "1080x1080", ...extra })).violations.map(
      (v) => v.measured as { field: string; length: number; max: number },
    );

  it("adds up every field for the whole ad, and the most specific total per measure wins", async () => {
    const copy = { headline: "Twenty-char headline", body: "A body of exactly 30 chars ok.", cta: "Shop now" };
    expect(await measure(copy)).toEqual([]); // 20 + 30 + 8 = 58 of 60
    expect(await measure({ ...copy, disclaimer: "T&Cs." })).toEqual([
      expect.objectContaining({ field: "total", length: 63, max: 60 }),
    ]);
    expect(await measure(copy, { platform: "sms" })).toEqual([
      expect.objectContaining({ field: "total", length: 58, max: 30 }),
    ]);
  });

  it("applies a format's total over its own fields beside the default total", async () => {
    const copy = { headline: "Twenty-char headline", body: "A body of exactly 30 chars ok.", cta: "Shop now" };
    const story = await measure(copy, { format: "1080x1920" });
    expect(story).toEqual([expect.objectContaining({ field: "total", length: 28, max: 20 })]);
    expect(await measure({ headline: "Short", cta: "Go" }, { format: "1080x1920" })).toEqual([]);
  });
});

describe("trigger exceptions", () => {
  const rules = compileRuleSet(
    parseRuleSet(
      [
        "rules:",
        "  - id: terms",
        "    kind: required_disclaimer",
        "    text: Terms apply.",
        "    fix: Add it.",
        "    triggers:",
        "      builtin: [percent_off]",
        "      phrases: [giveaway]",
        "      except: [off the grid, no giveaway]",
      ].join("\n"),
    ),
    { ruleSetId: null, version: null, brandId: "b" },
  );
  const ids = async (headline: string) =>
    (await checkCopy(rules, { copy: { headline, cta: "" }, format: "1080x1080" })).violations.map((v) => v.ruleId);

  it("drops a trigger inside an except phrase and keeps the others", async () => {
    expect(await ids("Live 100% off the grid")).toEqual([]);
    expect(await ids("This is no giveaway")).toEqual([]);
    expect(await ids("Live 100% off the grid, 20% off lamps")).toEqual(["terms"]);
    expect(await ids("Spring giveaway")).toEqual(["terms"]);
  });
});
