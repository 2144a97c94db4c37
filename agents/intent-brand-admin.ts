import { memberRole, newBrandSlots } from "./intent-slots.ts";
import type { Intent, IntentName, Slots } from "./intent-types.ts";

/** Decides the brand-admin asks: create, update or list brands; list, add or remove a brand's members. */
type Make = (name: IntentName, extra?: Slots) => Intent;

/**
 * Asking who may decide ("who can sign this off?", "who's supposed to approve this one?", "who do I ask to approve
 * local ads?", "can I approve this myself?") is asking for the brand's approvers, never a decision. Said in the
 * present: "who approved it" / "who signed it off" ask what happened (the audit or decided reviews).
 */
const DECIDE = String.raw`(?:ap{1,2}rov(?:e|es|ing)|sign(?:s|ing)?(?:\s+(?:it|this|that|these|those|them|\w+ \w+))?\s+off|give (?:the )?sign-?off|decide[sd]?|ok(?:ay)?s? (?:it|this|that|things))\b`;
const WHO_DECIDES = new RegExp(
  String.raw`(?:^|[.?!;:]\s+)(?:[\w,]+\s+){0,2}?who(?:'s|s|m)?\b[^.?!]*?\b${DECIDE}|(?:^|[.?!;:]\s+)(?:[\w,]+\s+){0,2}?(?:can|could|may|am|are)\s+(?:i|we)\b(?:\s+\S+){0,2}?\s+(?:allowed to\s+)?ap{1,2}rov(?:e|ing)\b`,
);
export const asksWhoDecides = (lower: string) => WHO_DECIDES.test(lower);

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
  const people =
    /\b(members?|team|approvers?|reviewers?|marketers?|admins?|viewers?|editors?|who (?:else )?can approve|who('s| is) on|access)\b/.test(
      lower,
    ) && !/\b(review queue|pending|waiting)\b/.test(lower);
  if (people) {
    const role = memberRole(lower);
    if (/\b(remove|take\b.*\boff|kick|revoke|drop)\b/.test(lower)) return make("remove_member", role ? { role } : {});
    if (/\b(add|make|invite|give|grant)\b/.test(lower)) return make("add_member", role ? { role } : {});
    if (/\b(who|list|show|which|members|team)\b/.test(lower))
      return make("list_members", /\bapprove|approvers?\b/.test(lower) ? { role: "approver" } : role ? { role } : {});
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
