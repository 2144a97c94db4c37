import type { BrandView, MemberView } from "../core/brand/workspace-types.ts";

/** Short text renderings of brands and members shared by the brand and member tools. */
export function renderBrand(b: BrandView): string {
  const audiences = b.audiences.map((a) => (a.aliases.length ? `${a.slug} (${a.aliases.join(", ")})` : a.slug));
  const policy = b.approvalPolicy;
  return [
    `${b.name} [${b.slug}] ${b.id}`,
    b.palette.length ? `  palette ${b.palette.join(" ")}` : "",
    b.fonts.headline || b.fonts.body ? `  fonts ${[b.fonts.headline, b.fonts.body].filter(Boolean).join(" / ")}` : "",
    audiences.length ? `  audiences ${audiences.join("; ")}` : "",
    `  approval: spend ≥ $${(policy.spendThresholdMicros / 1e6).toFixed(2)}${policy.approvalBelowProbability !== undefined ? `, P(best) < ${policy.approvalBelowProbability}` : ""}; ${b.members.approvers} approver(s), ${b.members.total} member(s)${b.reviewChannel ? `; reviews in ${b.reviewChannel}` : ""}`,
    b.ruleSetVersion !== null ? `  rule set v${b.ruleSetVersion}` : "  no rule set yet (update_brand_rules)",
  ]
    .filter(Boolean)
    .join("\n");
}

export function renderMember(m: MemberView): string {
  const handles = [m.slackUserId, m.email].filter(Boolean).join(", ");
  return `${m.name ?? m.userRef} (${handles || m.userRef}): ${m.roles.join(", ") || "no roles"}`;
}
