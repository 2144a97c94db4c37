import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { memberRole, newBrandSlots } from "./intent-slots.ts";
import { WHO_CHANGES, WHO_DECIDED, WHO_DID } from "./intent-topics.ts";
import type { Intent, IntentName, Slots } from "./intent-types.ts";
import { valuesNamedIn } from "./resolve.ts";

/** Decides the brand-admin asks: create, update or list brands; list, add or remove a brand's members. */
type Make = (name: IntentName, extra?: Slots) => Intent;

/**
 * Asking who may decide ("who can sign this off?", "who's supposed to approve this one?", "who do I ask to approve
 * local ads?", "can I approve this myself?") is asking for the brand's approvers, never a decision. Said in the
 * present: "who approved it" / "who signed it off" ask what happened (the audit or decided reviews).
 */
const DECIDE = String.raw`(?:ap{1,2}rov(?:e|es|ing)|sign(?:s|ing)?(?:\s+(?:it|this|that|these|those|them|\w+ \w+))?\s+off|give (?:the )?sign-?off|(?:for|to get) (?:a |the )?sign-?off|decide[sd]?|ok(?:ay)?s? (?:it|this|that|things))\b`;
const WHO_DECIDES = new RegExp(
  String.raw`(?:^|[.?!;:]\s+)(?:[\w,]+\s+){0,2}?who(?:'s|s|m)?\b[^.?!]*?\b${DECIDE}|(?:^|[.?!;:]\s+)(?:[\w,]+\s+){0,2}?(?:can|could|may|am|are)\s+(?:i|we)\b(?:\s+\S+){0,2}?\s+(?:allowed to\s+)?ap{1,2}rov(?:e|ing)\b`,
);
/** Not "who ha approve the promo" ("chi ha approvato", half translated): a decision already made (intent-topics.ts). */
export const asksWhoDecides = (lower: string) => WHO_DECIDES.test(lower) && !WHO_DECIDED.test(lower);

/** Brands and their people: create/update/list brands, list/add/remove members. */
export function brandAdminIntent(text: string, lower: string, make: Make): Intent | undefined {
  if (/\bbrand (rules?|guidelines?|check|compliance)\b/.test(lower)) return undefined;
  if (asksWhoDecides(lower)) return make("list_members", { role: "approver" });
  if (
    /^new brand\b|\b(create|set ?up|add|launch(?:ing)?|onboard|register|start)\b[^.]*\b(?:new\s+)?brand\b(?!s)/.test(
      lower,
    ) &&
    !/\b(members?|approvers?|reviewers?)\b/.test(lower)
  )
    return make("create_brand", newBrandSlots(text));
  if (
    /\b(which|what|list|show)\b.*\bbrands\b|\bbrands\b.*\b(set up|exist|do we (have|manage))\b|^brands\b|\b(which|what|list|show)\b.*\baudiences\b/.test(
      lower,
    )
  )
    return make("list_brands");
  const settings = brandSettingsAsk(lower);
  if (settings) return make(settings);
  const people =
    /\b(members?|team|approvers?|reviewers?|marketers?|admins?|viewers?|editors?|éditeur|éditrice|approbat\w+|relect\w+|who (?:else )?can approve|who (?:else )?(?:can|may|could|gets? to) (?:edit|view|see|review)|who('s| is) on|access)\b/.test(
      lower,
    ) &&
    !/\b(review queue|pending|waiting)\b/.test(lower) &&
    // "who made the last changes to the team?", "who added Lena as a member?" ask the audit trail (intent-topics.ts),
    // not who is on it.
    !WHO_CHANGES.test(lower) &&
    !WHO_DID.test(lower);
  if (people) {
    const role = memberRole(lower);
    if (/\b(remove|take\b.*\boff|kick|revoke|drop)\b/.test(lower)) return make("remove_member", role ? { role } : {});
    // "upgrade me to editor", "Jonas should be an approver going forward", "she must be viewer, not editor".
    if (
      /\b(add|make|invite|give|grant|upgrade|promote|bump|ajoute)\b|\b(?:should|must|shall|will|needs? to) be (?:an? )?(?:approver|reviewer|editor|viewer|marketer|admin)\b/.test(
        lower,
      )
    )
      return make("add_member", role ? { role } : {});
    // "and who can edit?": the role whose right is asked about.
    const byVerb = lower.match(/\bwho\b[^.?!]*\b(?:can|may|could|gets? to)\s+(edit|view|see|review)\b/)?.[1];
    const asked = byVerb ? { edit: "editor", view: "viewer", see: "viewer", review: "reviewer" }[byVerb] : undefined;
    if (/\b(who|list|show|which|members|team)\b/.test(lower))
      return make(
        "list_members",
        /\bapprove|approvers?\b/.test(lower) ? { role: "approver" } : (role ?? asked) ? { role: role ?? asked } : {},
      );
  }
  if (
    /\b(update|change|set|rename|switch)\b.*\b(review channel|channel|palette|colou?rs?|fonts?|logo|description)\b/.test(
      lower,
    )
  ) {
    const channel = text.match(/(#[\w-]+)/)?.[1];
    return make("update_brand", channel ? { reviewChannel: channel } : {});
  }
  return undefined;
}

/** The brand settings people ask about or change by name: the approval policy, fonts, audiences, review channel. */
const POLICY =
  /\b(?:approval (?:policy|bar|threshold|rules?)|spend threshold|threshold for approvals?|p\s*\(\s*best\s*\)|probability (?:to|of) (?:be(?:ing)? )?best|brand[- ](?:rule )?warnings?)\b/;
const SETTINGS = /\b(?:fonts?|typefaces?|audiences?|review channel)\b/;
const CHANGE =
  /\b(?:raise|lower|increase|decrease|bump|drop|set|change|switch|turn|make|put|move|update|should|needs? to|i'?d like|want|add|remove|delete|rename)\b/;

/**
 * A brand's settings asked about ("what's the approval policy on Kestrel?", "is there a list of the fonts we're meant
 * to use?", "what audiences do we target?") → list_brands; changed ("raise the approval bar: a winner under 0.995
 * P(best) should need an approver", "drop the German marathoners audience") → update_brand.
 */
export function brandSettingsAsk(lower: string): "list_brands" | "update_brand" | undefined {
  const policy = POLICY.test(lower);
  if (!policy && !SETTINGS.test(lower)) return undefined;
  if (/\b(?:tests?|experiments?|variants?|ads?|creatives?|images?|photos?)\b/.test(lower) && !policy) return undefined;
  const asks = /\?|^(?:what|which|who|is|are|do|does|how|show|list|tell)\b/.test(lower);
  if (CHANGE.test(lower) && !(asks && !/\b(?:add|remove|drop|raise|lower|set|change|switch)\b/.test(lower)))
    return "update_brand";
  return asks || /\b(?:show|list|see|check)\b/.test(lower) ? "list_brands" : undefined;
}

/** "1k", "$1,000", "500", "2.5k dollars" → micros. */
function moneyMicros(said: string): number | undefined {
  const m = said.match(/\$?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m)?\b/i);
  if (!m) return undefined;
  const n =
    Number(m[1]!.replace(/,/g, "")) * (m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 1_000_000) : undefined;
}

/**
 * What a brand change says, as update_brand's fields: the approval policy's spend threshold ("raise the spend
 * threshold to 1k"), its P(best) bar ("under 0.995 P(best)", "below 99.5% probability to best"), review on brand
 * warnings ("any brand-rule warning should go to review"), a font ("the body font to Inter"), an audience to drop by
 * its name in the workspace, or a new one ("'HR wellness leads', slug hr-wellness-leads, aliases 'people ops' and
 * 'HR'"). After a policy change in the thread, "put it back to 500" sets the same field again.
 */
export function brandPatchArgs(
  tool: { name: string; inputSchema: { properties?: Record<string, unknown> } },
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
  last?: { tool: string; args: Record<string, unknown> },
): Record<string, unknown> {
  if (tool.name !== "update_brand") return args;
  const lower = text.toLowerCase();
  const out = { ...args };
  const policy: Record<string, unknown> = { ...((args.approvalPolicy as Record<string, unknown>) ?? {}) };
  const lastPolicy = last?.tool === "update_brand" ? (last.args.approvalPolicy as Record<string, unknown>) : undefined;
  const threshold =
    /\b(?:spend )?threshold\b|\bspends? (?:over|above)\b/.test(lower) ||
    (lastPolicy?.spendThresholdMicros !== undefined && /\b(?:back|again|instead)\b/.test(lower));
  if (threshold && policy.spendThresholdMicros === undefined) {
    const after =
      lower.match(/\b(?:to|at|of|=|back to)\s+(\$?\s?[\d.,]+\s*k?)\b/)?.[1] ??
      lower.match(/\$\s?[\d.,]+\s*k?\b|\b\d+(?:\.\d+)?k\b/)?.[0];
    const micros = after ? moneyMicros(after) : undefined;
    if (micros) {
      policy.spendThresholdMicros = micros;
      understood.push(`spend threshold: $${micros / 1_000_000}`);
    }
  }
  if (/\bp\s*\(\s*best\s*\)|\bprobability\b|\bconfidence bar\b|\bapproval bar\b/.test(lower)) {
    const pct = lower.match(/\b(\d{2}(?:\.\d+)?)\s*%/)?.[1];
    const dec = lower.match(/\b(0\.\d+|1(?:\.0+)?)\b/)?.[1];
    const p = pct ? Number(pct) / 100 : dec ? Number(dec) : undefined;
    if (p !== undefined && p >= 0.5 && p <= 1) {
      policy.approvalBelowProbability = p;
      understood.push(`P(best) bar: ${p}`);
    }
  }
  if (/\bbrand[- ](?:rule )?warnings?\b/.test(lower)) {
    policy.reviewOnBrandWarnings =
      !/\b(?:no longer|stop|don'?t|do not|switch (?:that |it )?off|turn (?:that |it )?off)\b/.test(lower);
    understood.push(`review on brand warnings: ${policy.reviewOnBrandWarnings ? "on" : "off"}`);
  }
  if (Object.keys(policy).length) out.approvalPolicy = policy;
  const font = text.match(
    /\b(body|headline|heading)\s+(?:font|typeface)\b[^.?!]*?\b(?:to|=|:)\s+["“']?([A-Z][\w -]{1,40}?)["”']?(?=[.?!,]|\s+(?:and|please|pls|thanks)\b|$)/i,
  );
  if (font && out.fonts === undefined) {
    out.fonts = { [font[1]!.toLowerCase() === "body" ? "body" : "headline"]: font[2]!.trim() };
    understood.push(`${font[1]!.toLowerCase()} font: ${font[2]!.trim()}`);
  }
  if (
    /\b(?:drop|remove|delete|retire)\b/.test(lower) &&
    /\baudiences?\b/.test(lower) &&
    out.removeAudiences === undefined
  ) {
    const gone = valuesNamedIn(text, v.audiences).map((a) => a.id);
    if (gone.length) {
      out.removeAudiences = gone;
      understood.push(`remove audience: ${gone.join(", ")}`);
    }
  }
  const slug = text.match(/\bslug\s*:?\s*([a-z0-9]+(?:-[a-z0-9]+)*)\b/i)?.[1]?.toLowerCase();
  if (slug && /\baudiences?\b/.test(lower) && out.audiences === undefined) {
    const quoted = [...text.matchAll(/["“‘']([^"”’']{2,60})["”’']/g)].map((m) => ({ said: m[1]!.trim(), at: m.index }));
    const aliasAt = lower.search(/\baliase?s?\b/);
    const before = quoted.filter((q) => aliasAt < 0 || q.at < aliasAt).map((q) => q.said);
    const aliases = aliasAt < 0 ? [] : quoted.filter((q) => q.at > aliasAt).map((q) => q.said);
    const name = before[0] ?? slug.replace(/-/g, " ");
    out.audiences = [{ slug, name, ...(aliases.length ? { aliases } : {}) }];
    understood.push(`new audience: ${name} (${slug})`);
  }
  return out;
}
