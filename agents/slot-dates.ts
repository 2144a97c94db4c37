import { describeRange, parseDateRange } from "./intent-dates.ts";
import type { LastCall } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { asksAgain } from "./router-followup.ts";

/**
 * The date range of any tool that takes one, read the same way for all: a pair of day fields (from/to, since/until)
 * filled from the period the message says ("de la semana psada", "for the march month", "in the last 24h", "Q1? No —
 * March only"), wherever in the message it is said, and, when the message says none and carries on from the thread
 * ("and on the AI generation side?", "ok and what about cvr for the same?"), the period of the thread's last read,
 * whichever tool that was. Only when the tool declares the pair and nothing filled either yet; each fill is said back.
 */
export type DateFields = readonly [from: string, to: string];

const PAIRS: DateFields[] = [
  ["from", "to"],
  ["since", "until"],
];

/** The tool's pair of day fields (both plain strings at the top level), if it has one. */
export function dateFields(tool: McpToolInfo): DateFields | undefined {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, { type?: string }>;
  return PAIRS.find(([a, b]) => props[a]?.type === "string" && props[b]?.type === "string");
}

/** The message's period in the tool's own day fields. */
export function fillDateRange(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  now: Date,
  understood: string[],
): Record<string, unknown> {
  const fields = dateFields(tool);
  if (!fields || args[fields[0]] !== undefined || args[fields[1]] !== undefined) return args;
  const range = parseDateRange(text, now);
  if (!range) return args;
  understood.push(describeRange(range));
  return { ...args, [fields[0]]: range.from, [fields[1]]: range.to };
}

/** "for the same", "same period", "same dates": the period of the last read asked for again. */
const SAME_PERIOD =
  /\b(?:for|over|in|across) the same\b|\bsame (?:period|dates?|days?|range|window|timeframe|week|month)\b/i;

/** The thread's last period, carried into a read that asks again with something else changed and says no period. */
export function carryPeriod(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  now: Date,
  last: LastCall | undefined,
  understood: string[],
): Record<string, unknown> {
  const fields = dateFields(tool);
  if (!fields || !last || last.tool === tool.name || !tool.annotations?.readOnlyHint) return args;
  if (args[fields[0]] !== undefined || args[fields[1]] !== undefined || parseDateRange(text, now)) return args;
  if (!asksAgain(text) && !SAME_PERIOD.test(text)) return args;
  const had = PAIRS.find(([a]) => typeof last.args[a] === "string");
  if (!had) return args;
  const out = { ...args, [fields[0]]: last.args[had[0]] };
  if (typeof last.args[had[1]] === "string") out[fields[1]] = last.args[had[1]];
  understood.push(`dates: ${out[fields[0]]} → ${out[fields[1]] ?? "today"} (as before)`);
  return out;
}
