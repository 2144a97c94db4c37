import { and, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "../client.ts";
import {
  arms,
  assets,
  brands,
  campaigns,
  deployments,
  experiments,
  reviewRequests,
  templates,
  templateVersions,
} from "../schema.ts";

/** What a tool call names; each list is resolved to the brands it belongs to (see brandsTouched). */
export interface ScopeRefs {
  brands: string[];
  assets: string[];
  experiments: string[];
  arms: string[];
  reviews: string[];
  templates: string[];
  deployments: string[];
  campaigns: string[];
  /** Ads named by their platform's id ({platform, platformAdId}), e.g. unlink_deployment without a dep_ id. */
  ads: { platform: string; adId: string }[];
}

const nonNull = (ids: (string | null)[]) => ids.filter((id): id is string => Boolean(id));

/** The brand ids a call touches. Refs that do not resolve add nothing (the tool itself then answers "not found"). */
export async function brandsTouched(tx: Tx, refs: ScopeRefs): Promise<string[]> {
  const out = new Set<string>();
  const add = (ids: (string | null)[]) => {
    for (const id of nonNull(ids)) out.add(id);
  };
  if (refs.brands.length) {
    const lower = refs.brands.map((b) => b.toLowerCase());
    const rows = await tx
      .select({ id: brands.id })
      .from(brands)
      .where(or(inArray(brands.id, refs.brands), inArray(brands.slug, lower)));
    add(rows.map((r) => r.id));
  }
  const assetIds = [...refs.assets];
  const campaignIds = [...refs.campaigns];
  if (refs.experiments.length) {
    const exp = await tx
      .select({ campaignId: experiments.campaignId })
      .from(experiments)
      .where(inArray(experiments.id, refs.experiments));
    campaignIds.push(...nonNull(exp.map((e) => e.campaignId)));
    const armRows = await tx
      .select({ assetId: arms.assetId })
      .from(arms)
      .where(inArray(arms.experimentId, refs.experiments));
    assetIds.push(...armRows.map((a) => a.assetId));
  }
  if (refs.arms.length) {
    const rows = await tx.select({ assetId: arms.assetId }).from(arms).where(inArray(arms.id, refs.arms));
    assetIds.push(...rows.map((a) => a.assetId));
  }
  for (const ad of refs.ads.slice(0, 100)) {
    const rows = await tx
      .select({ assetId: deployments.assetId, campaignId: deployments.campaignId })
      .from(deployments)
      .where(and(eq(deployments.platform, ad.platform), eq(deployments.platformAdId, ad.adId)));
    assetIds.push(...rows.map((d) => d.assetId));
    campaignIds.push(...nonNull(rows.map((d) => d.campaignId)));
  }
  if (refs.deployments.length) {
    const rows = await tx
      .select({ assetId: deployments.assetId, campaignId: deployments.campaignId })
      .from(deployments)
      .where(inArray(deployments.id, refs.deployments));
    assetIds.push(...rows.map((d) => d.assetId));
    campaignIds.push(...nonNull(rows.map((d) => d.campaignId)));
  }
  if (refs.reviews.length) {
    const rows = await tx
      .select({ brandId: reviewRequests.brandId, assetId: reviewRequests.assetId })
      .from(reviewRequests)
      .where(inArray(reviewRequests.id, refs.reviews));
    add(rows.map((r) => r.brandId));
    assetIds.push(...nonNull(rows.map((r) => r.assetId)));
  }
  if (refs.templates.length) {
    const rows = await tx
      .select({ brandId: templates.brandId })
      .from(templates)
      .where(inArray(templates.id, refs.templates));
    add(rows.map((r) => r.brandId));
    const versions = await tx
      .select({ brandId: templates.brandId })
      .from(templateVersions)
      .innerJoin(templates, eq(templates.id, templateVersions.templateId))
      .where(inArray(templateVersions.id, refs.templates));
    add(versions.map((r) => r.brandId));
  }
  if (campaignIds.length) {
    const rows = await tx
      .select({ brandId: campaigns.brandId })
      .from(campaigns)
      .where(inArray(campaigns.id, campaignIds));
    add(rows.map((r) => r.brandId));
  }
  if (assetIds.length) {
    const rows = await tx.select({ brandId: assets.brandId }).from(assets).where(inArray(assets.id, assetIds));
    add(rows.map((r) => r.brandId));
  }
  return [...out].sort();
}
