import * as z from "zod";
import { REFERENCE } from "../core/authoring/reference-links.ts";
import { describeRule, ruleSetAdvice } from "../core/brand/describe.ts";
import { summarize } from "../core/brand/rule-sets.ts";
import type { RuleSetSpec } from "../core/brand/rules.ts";
import { RuleSetSummaryView } from "./brand-views.ts";
import { defineTool } from "./define.ts";

export const getBrandRules = defineTool({
  name: "get_brand_rules",
  title: "Get brand rules",
  description:
    "Return a brand's rule set (newest version, or the version asked for) with its source text as written, plus the " +
    "list of versions. Use before update_brand_rules and pass its version as expectedVersion. Every rule kind, its " +
    'fields and an example: docs/reference.md#rule-sets (a starter: get_starter_file {kind: "rule_set"}).',
  toolset: "brand",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().min(1).describe("Brand slug or id"),
    version: z.number().int().min(1).optional().describe("A specific version; newest when omitted"),
  }),
  output: z.object({
    ruleSet: RuleSetSummaryView.extend({
      source: z.string(),
      rules: z
        .array(z.object({ id: z.string(), kind: z.string(), severity: z.string(), summary: z.string() }))
        .describe("Each rule in plain language: what it bans, requires or limits, and what triggers it"),
      advice: z.array(z.string()).describe("Rules that can only fire in some calls, with how to fix them"),
    }).nullable(),
    reference: z.string().describe("Where every rule kind and field is documented"),
    versions: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        createdBy: z.string(),
        note: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  }),
  async run({ brand, version }, { services }) {
    const { brand: b, row } = await services.brand.rules.get(brand, version);
    const versions = await services.brand.rules.versions(b.id);
    const spec = row?.rules as RuleSetSpec | undefined;
    const ruleSet =
      row && spec
        ? {
            ...summarize(row),
            source: row.source,
            rules: spec.rules.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, summary: describeRule(r) })),
            advice: ruleSetAdvice(spec),
          }
        : null;
    return {
      structured: { ruleSet, versions, reference: REFERENCE.ruleSets },
      text: ruleSet
        ? `${b.slug} rules v${ruleSet.version} (${ruleSet.ruleCount} rules); ${versions.length} version(s) kept.\n${ruleSet.rules.map((r) => `- ${r.id} [${r.severity}]: ${r.summary}`).join("\n")}${ruleSet.advice.length ? `\nadvice:\n${ruleSet.advice.map((a) => `- ${a}`).join("\n")}` : ""}\nRule kinds and fields: ${REFERENCE.ruleSets}\n\n${ruleSet.source}`
        : `${b.slug} has no rule set yet. Start from get_starter_file {kind: "rule_set", brand: "${b.slug}"} (or winnow brand rules init --brand ${b.slug}) and save it with update_brand_rules; every rule kind is in ${REFERENCE.ruleSets}.`,
    };
  },
});
