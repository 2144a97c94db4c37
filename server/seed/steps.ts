import type { SeedStep } from "./seed.ts";

/**
 * Demo data added by later capabilities (templates, prompts, brand rules, experiments...), run in order after the
 * brand and its assets exist. Each step must be idempotent: seeding twice changes nothing.
 */
export const SEED_STEPS: SeedStep[] = [];
