import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { boundedJsonObject, DOCUMENT_LIMITS } from "../core/json-bounds.ts";
import { MarkedView, RuleSetSummaryView } from "./brand-views.ts";
import { defineTool } from "./define.ts";

export const updateBrandRules = defineTool({
  name: "update_brand_rules",
  title: "Update brand rules",
  description:
    "Save a new version of a brand's rule set: either the full source (YAML or JSON) or a patch (upsert rules by id, " +
    "remove rule ids). Every save is a new version; old versions are kept. Invalid rules are refused with the line and " +
    "field. After saving, the brand's live outputs are re-checked and those that now fail are marked needs_review. " +
    "The format (root key rules:, every kind with its fields and an example): docs/reference.md#rule-sets.",
  toolset: "brand",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    brand: z.string().min(1).describe("Brand slug or id"),
    source: z.string().max(500_000).optional().describe("Full rule set as YAML or JSON (replaces the current version)"),
    format: z.enum(["yaml", "json"]).optional().describe("Format of source; detected when omitted"),
    upsert: z.array(boundedJsonObject(DOCUMENT_LIMITS)).max(100).optional().describe("Rules to add or replace, by id"),
    remove: z.array(z.string()).max(100).optional().describe("Rule ids to remove"),
    note: z.string().max(500).optional().describe("Why the rules changed"),
    expectedVersion: z.number().int().min(0).optional().describe("Version you edited; the save fails if it changed"),
  }),
  output: z.object({
    ruleSet: RuleSetSummaryView,
    recheck: z.object({ checked: z.number().int(), marked: z.array(MarkedView) }),
    advice: z.array(z.string()).describe("Rules that can only fire in some calls, with how to fix them"),
  }),
  async run(input, { services, actor }) {
    const hasPatch = Boolean(input.upsert?.length || input.remove?.length);
    if (input.source !== undefined && hasPatch) {
      throw invalidInput("source", "cannot be combined with upsert/remove", "Send either the full source or a patch.");
    }
    const common = { brand: input.brand, actor, note: input.note, expectedVersion: input.expectedVersion };
    const result =
      input.source !== undefined
        ? await services.brand.saveRules({ ...common, source: input.source, format: input.format })
        : hasPatch
          ? await services.brand.patchRules({ ...common, upsert: input.upsert, remove: input.remove })
          : (() => {
              throw invalidInput("source", "nothing to save", "Pass source, or upsert/remove for a patch.");
            })();
    const { ruleSet, recheck, advice } = result;
    return {
      structured: result,
      text: `Saved rule set v${ruleSet.version} (${ruleSet.ruleCount} rules). Re-checked ${recheck.checked} live output(s); ${recheck.marked.length} marked needs_review${recheck.marked.length ? `:\n${recheck.marked.map((m) => `- ${m.assetId}: ${m.reason}`).join("\n")}` : "."}${advice.length ? `\nadvice:\n${advice.map((a) => `- ${a}`).join("\n")}` : ""}`,
    };
  },
});
