import * as z from "zod";
import { starterContext } from "../core/authoring/context.ts";
import { StarterKind, starterFile } from "../core/authoring/starters.ts";
import { defineTool } from "./define.ts";

export const getStarterFile = defineTool({
  name: "get_starter_file",
  title: "Get starter file",
  description:
    "A commented, valid example of a file a team writes by hand, to edit and save: a template spec (YAML for " +
    "create_template), a brand rule set (YAML for update_brand_rules) or an import manifest (CSV for import_assets). " +
    "With a brand, the template names that brand's own product, scene, talent and logo assets and the rule set uses its " +
    "palette. Every field is explained in docs/reference.md (the authoring reference).",
  toolset: "generation",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    kind: StarterKind.describe("template | rule_set | import_manifest"),
    brand: z.string().min(1).max(100).optional().describe("Brand slug or id whose assets and palette fill the starter"),
  }),
  output: z.object({
    kind: StarterKind,
    filename: z.string().describe("Suggested file name"),
    format: z.enum(["yaml", "csv"]),
    text: z.string().describe("The file, comments included"),
    next: z.string().describe("What to run with the edited file"),
    reference: z.string().describe("Where every field is documented"),
  }),
  async run({ kind, brand }, { services }) {
    const file = starterFile(kind, await starterContext(services, brand));
    const reference = "docs/reference.md";
    return {
      structured: { ...file, reference },
      text: `${file.filename} (${kind}); next: ${file.next}. Fields: ${reference}.\n\n${file.text}`,
    };
  },
});
