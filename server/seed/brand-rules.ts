import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { systemActor } from "../../core/people/caller.ts";
import { latestRuleSet } from "../../db/repositories/rules.ts";
import type { SeedStep } from "./seed.ts";

export const DEMO_RULES_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../core/brand/demo-rules.yaml");

/** The Kestrel demo rule set, imported once (idempotent: skipped when the brand already has rules). */
export const brandRulesSeedStep: SeedStep = {
  name: "brand rules",
  run: async ({ services, brandId }) => {
    if (await latestRuleSet(services.database.db, brandId)) return;
    await services.brand.rules.importFile(DEMO_RULES_FILE, brandId, systemActor("seed"), "Kestrel demo rule set");
  },
};
