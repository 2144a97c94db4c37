import { count, eq } from "drizzle-orm";
import { isoNow } from "../../core/clock.ts";
import { newId } from "../../core/ids.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { assets, audiences, brandMembers, brands, campaigns } from "../../db/schema.ts";
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

/** Creates the demo workspace. Idempotent: an existing demo brand is reused and existing files are skipped. */
export async function seedDemoWorkspace(services: Services): Promise<SeedContext> {
  const { db } = services.database;
  const at = isoNow(services.clock);
  let brandId = (await db.select({ id: brands.id }).from(brands).where(eq(brands.slug, DEMO_BRAND.slug)))[0]?.id;
  let campaignId: string;
  if (!brandId) {
    brandId = newId("brand");
    campaignId = newId("campaign");
    const newBrandId = brandId;
    await db.transaction(async (tx) => {
      await tx
        .insert(brands)
        .values({ id: newBrandId, ...DEMO_BRAND, settings: { reviewChannel: "#creative-review" }, createdAt: at });
      await tx.insert(brandMembers).values(DEMO_MEMBERS.map((m) => ({ brandId: newBrandId, ...m, createdAt: at })));
      await tx.insert(campaigns).values({
        id: campaignId,
        brandId: newBrandId,
        ...DEMO_CAMPAIGN,
        status: "active",
        startsAt: at,
        createdAt: at,
      });
      await tx
        .insert(audiences)
        .values(DEMO_AUDIENCES.map((a) => ({ id: newId("audience"), ...a, createdAt: at })))
        .onConflictDoNothing();
      await recordEvent(tx, {
        entityType: "brand",
        entityId: newBrandId,
        action: "seed.demo_workspace",
        actor: "seed",
        at,
        data: { brand: DEMO_BRAND.slug },
      });
    });
  } else {
    campaignId =
      (await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.brandId, brandId)))[0]?.id ?? "";
  }
  const assetIds = new Map<string, string>();
  for (const demo of demoAssets()) {
    const bytes = await demo.render();
    const links = demo.meta.kind === "product" && campaignId ? [{ type: "campaign" as const, id: campaignId }] : [];
    const result = await services.library.add({
      bytes,
      filename: `${demo.key}.${demo.meta.kind === "logo" ? "png" : "jpg"}`,
      meta: { ...demo.meta, links },
      actor: "seed",
      onDuplicate: "skip",
    });
    assetIds.set(demo.key, result.asset.id);
  }
  const ctx: SeedContext = { services, brandId, campaignId, assetIds };
  for (const step of SEED_STEPS) await step.run(ctx);
  // Tags, vectors and hashes of everything above (made in the background) are in place when seeding returns.
  await services.enrichment.idle();
  const [n] = await db.select({ n: count() }).from(assets);
  services.logger.info("demo workspace seeded", { brand: DEMO_BRAND.slug, assets: n?.n ?? 0 });
  return ctx;
}
