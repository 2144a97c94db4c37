import { auditedTool, changedThing } from "./intent-topics.ts";
import type { LastCall } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * The tool an audit question is about when the question names no thing of its own and the thread does: "and who
 * changed them last" after the brand rules were shown (update_brand_rules), "who touched this" after "Mara's rights
 * expiry changed overnight" (update_asset), "who promoted v3?" after the tagger's versions (promote_tagger, not
 * promote_winners). The question's verb and the thread's thing are read together. Only a read with a `tool` field
 * naming a served tool; said back.
 */
export function auditedInThread(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  last: LastCall | undefined,
  toolNames: string[],
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, { type?: string }>;
  if (!last || props.tool?.type !== "string" || !tool.annotations?.readOnlyHint) return args;
  const lower = text.toLowerCase();
  if (changedThing(lower) || /\b[a-z]+(?:_[a-z]+)+\b/.test(lower)) return args;
  const audited = auditedTool(`${lower} ${last.text.toLowerCase()}`);
  if (!audited || audited === args.tool || !toolNames.includes(audited)) return args;
  understood.push(`tool: ${audited} (what this thread is about)`);
  return { ...args, tool: audited };
}
