import { isoNow } from "../../core/clock.ts";
import { registerShippedPrompts } from "../../core/prompts/shipped.ts";
import { brandRulesSeedStep } from "./brand-rules.ts";
import { demoLoopSeedStep } from "./demo-loop.ts";
import { searchSeedStep } from "./search.ts";
import type { SeedStep } from "./seed.ts";
import { templateSeedStep } from "./template-step.ts";

/**
 * Demo data added by later capabilities (templates, prompts, brand rules, experiments...), run in order after the
 * brand and its assets exist. Each step must be idempotent: seeding twice changes nothing.
 */
export const SEED_STEPS: SeedStep[] = [
  {
    // First: generation records the production copywriter prompt version on every run.
    name: "shipped prompts",
    run: async ({ services }) => {
      await registerShippedPrompts(services.database.db, isoNow(services.clock));
    },
  },
  searchSeedStep,
  brandRulesSeedStep,
  templateSeedStep,
  // Last: runs the loop on everything above (generate, test, promote, leave one running, learn).
  demoLoopSeedStep,
];
