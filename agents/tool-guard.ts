import { routeIntent } from "./intent-router.ts";
import type { Intent } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * Destructive or approval-bearing tools never run because a model decided to: only when the human's own message in
 * this turn asks for that action. Text that reaches the model through tool results (asset notes, briefs, metrics)
 * cannot authorise anything, so a prompt injection in an asset note cannot promote, approve, roll back or delete.
 */
const APPROVAL_BEARING =
  /^(promote|approve|decide|reject|delete|deploy|prune|archive|discard|merge|publish|rollback|resolve)(_|$)|^(review_asset|set_prompt_label|update_brand_rules)$/;

export function isGuarded(tool: Pick<McpToolInfo, "name" | "annotations">): boolean {
  return tool.annotations?.destructiveHint === true || APPROVAL_BEARING.test(tool.name);
}

export interface GuardDecision {
  allowed: boolean;
  reason?: string;
}

/**
 * The user's message authorises a guarded tool when the offline router reads it as that very request, or when it
 * names the action outright ("set prompt label", "rollback_tagger").
 */
export function authorise(tool: Pick<McpToolInfo, "name" | "annotations">, userMessage: string): GuardDecision {
  if (!isGuarded(tool)) return { allowed: true };
  const intent: Intent | undefined = routeIntent(userMessage);
  if (intent?.tools.includes(tool.name)) return { allowed: true };
  const words = userMessage.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  if (words.includes(tool.name.replace(/_/g, " "))) return { allowed: true };
  return {
    allowed: false,
    reason:
      `${tool.name} changes live state and needs the user's explicit request and the normal approval; ` +
      "it was not run. Tell the user what you would do and let them ask for it directly.",
  };
}
