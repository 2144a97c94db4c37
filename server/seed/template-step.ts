import { systemActor } from "../../core/people/caller.ts";
import { findTemplateByName } from "../../db/repositories/templates.ts";
import type { SeedStep } from "./seed.ts";
import { SPRING_SPRINT, springSprintSpec } from "./spring-sprint.ts";

/** The Spring Sprint demo template, built on the seeded product, scene, talent and logo assets. Idempotent. */
export const templateSeedStep: SeedStep = {
  name: "demo template",
  run: async ({ services, brandId, assetIds }) => {
    if (await findTemplateByName(services.database.db, brandId, SPRING_SPRINT.name)) return;
    await services.templates.create({
      brand: brandId,
      name: SPRING_SPRINT.name,
      description: SPRING_SPRINT.description,
      spec: springSprintSpec(assetIds),
      note: "demo seed",
      actor: systemActor("seed"),
    });
  },
};
