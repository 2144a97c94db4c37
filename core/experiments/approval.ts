import type { Tx } from "../../db/client.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import { formatMoney } from "../costs/money.ts";
import { needsReview, policyFromSettings } from "../review/policy.ts";
import type { ExperimentPolicy } from "./policy.ts";

export interface ApprovalVerdict {
  needed: boolean;
  /** One reason per rule that asks for a person, e.g. "confidence 95.2% P(best) < 99% approval bar". */
  reasons: string[];
  /** The P(best) under which a promotion needs an approver (the brand's bar, else the experiment's). */
  bar: number;
}

/**
 * Whether promoting an experiment's winner needs a recorded approval, and why — the one rule promote_winners applies
 * and every read-out states. The brand's review policy (spend threshold, brand warnings, its own P(best) bar) governs
 * its assets; an asset without a brand falls back to the experiment's policy.
 */
export async function approvalFor(
  tx: Tx,
  asset: { brandId: string | null; status: string; metadata: Record<string, unknown> | null },
  facts: { spendMicros: number; probabilityBest: number; currency?: string | null | undefined },
  policy: Pick<ExperimentPolicy, "approvalSpendMicros" | "approvalBelowProbability">,
): Promise<ApprovalVerdict> {
  const warnings = Array.isArray(asset.metadata?.brandWarnings) ? (asset.metadata.brandWarnings as string[]) : [];
  const reasons: string[] = [];
  let bar = policy.approvalBelowProbability;
  const brand = asset.brandId ? await findBrand(tx, asset.brandId) : undefined;
  if (brand) {
    const brandPolicy = policyFromSettings(brand.settings as Record<string, unknown> | null);
    bar = brandPolicy.approvalBelowProbability ?? bar;
    reasons.push(
      ...needsReview(
        {
          spendMicros: facts.spendMicros,
          currency: facts.currency,
          brandWarnings: warnings,
          probabilityBest: facts.probabilityBest,
        },
        { ...brandPolicy, approvalBelowProbability: bar },
      ).reasons,
    );
  } else {
    if (facts.spendMicros >= policy.approvalSpendMicros)
      reasons.push(
        `spend ${formatMoney(facts.spendMicros, facts.currency)} ≥ threshold ${formatMoney(policy.approvalSpendMicros, facts.currency)}`,
      );
    if (warnings.length) reasons.push(`${warnings.length} brand-rule warning(s)`);
    if (facts.probabilityBest < bar)
      reasons.push(
        `confidence ${(facts.probabilityBest * 100).toFixed(1)}% P(best) < ${(bar * 100).toFixed(0)}% approval bar`,
      );
  }
  if (asset.status === "needs_review") reasons.push("asset is marked needs_review");
  return { needed: reasons.length > 0, reasons, bar };
}
