import { isoNow } from "../../core/clock.ts";
import { newId } from "../../core/ids.ts";
import { brandMembers, brands } from "../../db/schema.ts";
import type { Services } from "../../server/services.ts";
import { makeJpeg } from "./images.ts";

export const APPROVER = "U0APPROVER1";
export const APPROVER_2 = "U0APPROVER2";
export const MARKETER = "U0MARKETER1";
export const REVIEW_CHANNEL = "C0REVIEW";
let nextSeed = 1000;

/** A brand with two approvers, a marketer (editor), a review channel and a review policy, plus one generated variant. */
export async function seedReviewBrand(services: Services, settings: Record<string, unknown> = {}) {
  const { db } = services.database;
  const at = isoNow(services.clock);
  const brandId = newId("brand");
  await db.insert(brands).values({
    id: brandId,
    slug: `brand-${brandId.slice(-6).toLowerCase()}`,
    name: "Kestrel Run Co.",
    settings: { reviewChannel: REVIEW_CHANNEL, ...settings },
    createdAt: at,
  });
  await db.insert(brandMembers).values([
    { brandId, userRef: APPROVER, role: "approver", createdAt: at },
    { brandId, userRef: APPROVER_2, role: "approver", createdAt: at },
    { brandId, userRef: MARKETER, role: "editor", createdAt: at },
  ]);
  const variant = await addVariant(services, brandId, nextSeed++);
  return { brandId, variantId: variant };
}

export async function addVariant(services: Services, brandId: string, seed: number, notes?: string) {
  const result = await services.library.add({
    bytes: await makeJpeg(seed),
    filename: `variant-${seed}.jpg`,
    meta: {
      kind: "output",
      name: `Spring offer variant ${seed}`,
      brand: brandId,
      status: "checked",
      rightsHolder: "Kestrel",
      ...(notes ? { notes } : {}),
      metadata: { slots: { audience: "gen-z-runners", offer: "spring offer", hook: "run club" } },
    },
    actor: "test",
  });
  return result.asset.id;
}
