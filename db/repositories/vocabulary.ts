import { desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assets, audiences, brandMembers, brands, campaigns, experiments, prompts, reviewRequests } from "../schema.ts";

/**
 * The names people use in chat, read in a few small queries: brands, audiences, experiments, campaigns, template slot
 * values, members, prompts, assets and pending reviews — each with the brand it belongs to, so a reader is only told their brands' names.
 */
export async function vocabularyRows(tx: Tx) {
  const brandRows = await tx.select({ id: brands.id, slug: brands.slug, name: brands.name }).from(brands);
  const audienceRows = await tx
    .select({
      id: audiences.id,
      slug: audiences.slug,
      name: audiences.name,
      aliases: audiences.aliases,
      brandId: audiences.brandId,
    })
    .from(audiences);
  const experimentRows = await tx
    .select({
      id: experiments.id,
      name: experiments.name,
      status: experiments.status,
      winnerArmId: experiments.winnerArmId,
      audienceId: experiments.audienceId,
      campaignId: experiments.campaignId,
      createdAt: experiments.createdAt,
    })
    .from(experiments)
    .orderBy(desc(experiments.createdAt))
    .limit(500);
  // An experiment belongs to the brands of its campaign and of the assets its arms test.
  const experimentBrands = await tx.all<{ experiment_id: string; brand_id: string }>(sql`
    SELECT DISTINCT a.experiment_id, s.brand_id FROM arms a JOIN assets s ON s.id = a.asset_id
    WHERE s.brand_id IS NOT NULL
    UNION
    SELECT e.id, c.brand_id FROM experiments e JOIN campaigns c ON c.id = e.campaign_id WHERE c.brand_id IS NOT NULL`);
  // What people also name a test by: the variants it compares and where its ads run ("the tiktok test").
  const experimentArms = await tx.all<{
    id: string;
    experiment_id: string;
    asset_id: string;
    platform: string | null;
  }>(sql`
    SELECT a.id, a.experiment_id, a.asset_id, d.platform FROM arms a LEFT JOIN deployments d ON d.arm_id = a.id`);
  const campaignRows = await tx
    .select({ id: campaigns.id, name: campaigns.name, brandId: campaigns.brandId })
    .from(campaigns)
    .orderBy(desc(campaigns.createdAt))
    .limit(500);
  // The latest version of each template: its slot values are what briefs may say (tones, offers, audiences).
  const specs = await tx.all<{ id: string; name: string; brand_id: string | null; spec: string }>(sql`
    SELECT t.id, t.name, t.brand_id, v.spec FROM templates t
    JOIN template_versions v ON v.template_id = t.id AND v.version = t.latest_version`);
  const memberRows = await tx
    .select({
      userRef: brandMembers.userRef,
      slackUserId: brandMembers.slackUserId,
      email: brandMembers.email,
      name: brandMembers.displayName,
      role: brandMembers.role,
      brandId: brandMembers.brandId,
    })
    .from(brandMembers);
  const promptRows = await tx.select({ name: prompts.name }).from(prompts);
  // Assets by name, newest first ("the trail dawn photo", "the benefit arm"), bounded so a large library stays cheap.
  const assetRows = await tx
    .select({
      id: assets.id,
      name: assets.name,
      kind: assets.kind,
      status: assets.status,
      brandId: assets.brandId,
      createdAt: assets.createdAt,
    })
    .from(assets)
    .orderBy(desc(assets.createdAt))
    .limit(2000);
  // Pending review requests, newest first: "approve the DE promo", "reject the playful one", "rvw 2" name one.
  const reviewRows = await tx
    .select({
      id: reviewRequests.id,
      brandId: reviewRequests.brandId,
      subjectType: reviewRequests.subjectType,
      subjectId: reviewRequests.subjectId,
      assetId: reviewRequests.assetId,
      reasons: reviewRequests.reasons,
      createdAt: reviewRequests.createdAt,
    })
    .from(reviewRequests)
    .where(eq(reviewRequests.status, "pending"))
    .orderBy(desc(reviewRequests.createdAt))
    .limit(200);
  return {
    reviewRows,
    brandRows,
    audienceRows,
    experimentRows,
    experimentBrands,
    experimentArms,
    campaignRows,
    specs,
    memberRows,
    promptRows,
    assetRows,
  };
}

export type VocabularyRows = Awaited<ReturnType<typeof vocabularyRows>>;
