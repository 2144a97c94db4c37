import { costSlots } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * The breakdown of a report that groups by dimensions (cost_report's groupBy and period bucket), read from the whole
 * message however the tool was chosen: "are we leaking money on generation? break it down by modle this month",
 * "grouped by model and week". Only the dimensions the schema allows; only when nothing filled it yet; said back.
 */
export function fillBreakdown(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<
    string,
    { type?: string; enum?: string[]; items?: { enum?: string[] } }
  >;
  const group = props.groupBy;
  if (group?.type !== "array" || args.groupBy !== undefined) return args;
  const said = costSlots(text.toLowerCase());
  const allowed = group.items?.enum;
  const dims = (said.groupBy ?? []).filter((d) => !allowed || allowed.includes(d));
  if (!dims.length) return args;
  const out: Record<string, unknown> = { ...args, groupBy: dims };
  if (said.period && props.period && args.period === undefined) out.period = said.period;
  understood.push(`by ${dims.map((d) => (d === "period" && said.period ? said.period : d)).join(", ")}`);
  return out;
}
