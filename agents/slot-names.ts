import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchValue, valuesNamedIn } from "./resolve.ts";

/**
 * Names from the workspace for the fields a tool takes that the rules did not fill: a campaign ("the Spring Sprint
 * 2027 campaign", "la campaña spring sprint") → its id in `campaignId` or `campaign`. Only free fields the schema
 * declares; each fill is said back.
 */
const CAMPAIGN_WORD = /\b(?:campaigns?|campaña|campana|kampagne)\b/i;

export function fillNamed(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  const key = ["campaignId", "campaign"].find((k) => k in props && args[k] === undefined);
  const campaigns = (v.campaigns ?? []).map((c) => ({ id: c.id, names: [c.name] }));
  if (!key || !campaigns.length) return args;
  const whole = valuesNamedIn(text, campaigns);
  const said = CAMPAIGN_WORD.test(text) ? campaignPhrase(text) : undefined;
  const partial = said ? matchValue(said, campaigns) : undefined;
  const one = whole.length === 1 ? whole[0] : partial?.kind === "one" ? partial.value : undefined;
  if (!one) return args;
  understood.push(`campaign: ${one.names[0]}`);
  return { ...args, [key]: one.id };
}

/** The words that name a campaign: before "campaign" ("the spring sprint campaign") or after ("campaña spring"). */
function campaignPhrase(text: string): string | undefined {
  const before = text.match(/((?:[\p{L}\d'-]+\s+){1,4})(?:campaigns?|kampagne)\b/iu)?.[1];
  const after = text.match(
    /\b(?:campaña|campana|kampagne|campaign)\s+(?:de\s+|del\s+|la\s+|el\s+|called\s+)?((?:[\p{L}\d'-]+\s*){1,4})/iu,
  )?.[1];
  return [before, after].filter(Boolean).join(" ") || undefined;
}
