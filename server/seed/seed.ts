import { count, eq } from "drizzle-orm";
import { isoNow } from "../../core/clock.ts";
import { WinnowError } from "../../core/errors.ts";
import { newId } from "../../core/ids.ts";
import { systemActor } from "../../core/people/caller.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { assets, brands, campaigns } from "../../db/schema.ts";
import type { Services } from "../services.ts";
import { DEMO_AUDIENCES, DEMO_BRAND, DEMO_CAMPAIGN, DEMO_MEMBERS, demoAssets } from "./demo.ts";
import { SEED_STEPS } from "./steps.ts";

export interface SeedContext {
  services: Services;
  brandId: string;
  campaignId: string;
  /** Demo asset ids by their seed key (e.g. "aero-3-ember"). */
  assetIds: Map<string, string>;
}

export type SeedStep = { name: string; run: (ctx: SeedContext) => Promise<void> };

export async function isEmpty(services: Services): Promise<boolean> {
  const [row] = await services.database.db.select({ n: count() }).from(brands);
  return (row?.n ?? 0) === 0;
}

/**
 * Creates the demo workspace. The brand, its audiences (with the aliases people use) and its members go through the
 * brand service like any team's own. Idempotent: an existing demo brand, member role, campaign or file is reused,
 * so a second run writes nothing.
 */
export async function seedDemoWorkspace(services: Services): Promise<SeedContext> {
  const brandId = await seedDemoBrand(services);
  const campaignId = await seedDemoCampaign(services, brandId);
  const assetIds = new Map<string, string>();
  for (const demo of demoAssets()) {
    const bytes = await demo.render();
    const links = demo.meta.kind === "product" && campaignId ? [{ type: "campaign" as const, id: campaignId }] : [];
    const result = await services.library.add({
      bytes,
      filename: `${demo.key}.${demo.meta.kind === "logo" ? "png" : "jpg"}`,
      meta: { ...demo.meta, links },
      actor: systemActor("seed"),
      onDuplicate: "skip",
    });
    assetIds.set(demo.key, result.asset.id);
  }
  const ctx: SeedContext = { services, brandId, campaignId, assetIds };
  for (const step of SEED_STEPS) await step.run(ctx);
  // Tags, vectors and hashes of everything above (made in the background) are in place when seeding returns.
  await services.enrichment.idle();
  const [n] = await services.database.db.select({ n: count() }).from(assets);
  services.logger.info("demo workspace seeded", { brand: DEMO_BRAND.slug, assets: n?.n ?? 0 });
  return ctx;
}

/** The demo brand with its audiences and members, through the brand service; adds only what is missing. */
export async function seedDemoBrand(services: Services): Promise<string> {
  const existing = await services.brands.get(DEMO_BRAND.slug).catch((error: unknown) => {
    if (error instanceof WinnowError && error.code === "not_found") return undefined;
    throw error;
  });
  const brand =
    existing ?? (await services.brands.create({ ...DEMO_BRAND, audiences: DEMO_AUDIENCES }, systemActor("seed")));
  const members = await services.brands.listMembers(brand.id, { limit: 100 });
  for (const m of DEMO_MEMBERS) {
    const person = members.items.find((p) => p.slackUserId === m.slackUserId || p.userRef === m.slackUserId);
    if (!person?.roles.includes(m.role))
      await services.brands.addMember({ brand: brand.id, ...m }, systemActor("seed"));
  }
  return brand.id;
}

/** The demo campaign, with the seed's audit event in the same transaction. */
export async function seedDemoCampaign(services: Services, brandId: string): Promise<string> {
  const { db } = services.database;
  const existing = (await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.brandId, brandId)))[0];
  if (existing) return existing.id;
  const at = isoNow(services.clock);
  const campaignId = newId("campaign");
  await db.transaction(async (tx) => {
    await tx
      .insert(campaigns)
      .values({ id: campaignId, brandId, ...DEMO_CAMPAIGN, status: "active", startsAt: at, createdAt: at });
    await recordEvent(tx, {
      entityType: "brand",
      entityId: brandId,
      action: "seed.demo_workspace",
      actor: systemActor("seed"),
      at,
      data: { brand: DEMO_BRAND.slug },
    });
  });
  return campaignId;
}
