/**
 * When a tool refuses a slot value and lists the valid ones ("audience: \"Gen Z\" is not a value of slot audience.
 * Valid values: gen-z-runners, urban-25-34."), pick the valid value closest to what the user said, so "for Gen Z"
 * becomes gen-z-runners. Pure; the orchestrator retries the call once per field.
 */
export interface Repair {
  field: string;
  value: string;
}

const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function closestValue(said: string, allowed: string[]): string | undefined {
  const want = new Set(tokens(said));
  let best: { value: string; score: number } | undefined;
  for (const value of allowed) {
    const have = tokens(value);
    const overlap = have.filter((t) => want.has(t)).length;
    if (!overlap) continue;
    const score = overlap - have.length / 100;
    if (!best || score > best.score) best = { value, score };
  }
  return best?.value;
}

/** Reads "<field>: ... Valid values: a, b, c." from a tool error and proposes a replacement for that field. */
export function proposeRepair(errorText: string, args: Record<string, unknown>): Repair | undefined {
  const valid = errorText.match(/Valid values: ([^\n]+?)\.?$/m);
  if (!valid) return undefined;
  // The field is the first "name:" in the message that is one of the arguments (skips the error code prefix).
  const field = [...errorText.matchAll(/([A-Za-z][\w.]*): /g)].map((m) => m[1]!).find((name) => name in args);
  const current = field ? args[field] : undefined;
  if (!field || typeof current !== "string") return undefined;
  const allowed = valid[1]!
    .split(/,\s*/)
    .map((v) => v.trim())
    .filter(Boolean);
  const value = closestValue(current, allowed);
  return value && value !== current ? { field, value } : undefined;
}
