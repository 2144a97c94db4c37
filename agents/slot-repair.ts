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
    .filter(Boolean)
    .map((t) => (t.length > 3 ? t.replace(/s$/, "") : t));

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

/**
 * One step toward a call the tool accepts, read from any Winnow error ("field: problem. fix", zod issues
 * "a.b: Invalid option: expected one of …", "Too big: expected number to be <=50", not_found with a list of known
 * values): swap in the closest allowed value, clamp a number, drop an optional argument the user's words could not
 * fill (saying so), or ask about a required one.
 */
export type RepairStep =
  | { kind: "set"; path: string[]; value: unknown; note: string }
  | { kind: "drop"; path: string[]; note: string }
  | { kind: "ask"; path: string[]; question: string };

const OPTIONS_LIST =
  /(?:Valid values:?|Known [\w ]+?:|[Vv]alid [\w ]+?:|[Uu]se one of:?|expected one of|[Oo]ne of:|Allowed values?:?)\s*((?:"[^"]+"\|?)+|[^\n;]+?)\.?(?:$|;|\n|\s{2})/;

function options(problem: string): string[] {
  const m = problem.match(OPTIONS_LIST);
  if (!m) return [];
  const raw = m[1]!;
  const quoted = [...raw.matchAll(/"([^"]+)"/g)].map((q) => q[1]!);
  return (quoted.length ? quoted : raw.split(/,\s*|\s+or\s+|\|/))
    .map((v) => v.trim().replace(/^['"`]|['"`.]$/g, ""))
    .filter((v) => v && v.length < 80);
}

function getPath(args: Record<string, unknown>, path: string[]): unknown {
  let node: unknown = args;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

export function setPath(args: Record<string, unknown>, path: string[], value: unknown) {
  let node = args;
  for (const key of path.slice(0, -1)) node = (node[key] ?? {}) as Record<string, unknown>;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(path.at(-1)), 1);
    else delete node[path.at(-1)!];
  } else node[path.at(-1)!] = value;
}

/** The issues of an error: "field.path: problem" pieces; a message without a field is matched to an argument value. */
function issues(errorText: string, args: Record<string, unknown>): { path: string[]; problem: string }[] {
  const body = errorText.replace(/^[a-z_]+:\s*/, "");
  const out: { path: string[]; problem: string }[] = [];
  for (const piece of body.split(/;\s+(?=[A-Za-z_][\w.]*:\s)/)) {
    const m = piece.match(/^([A-Za-z_][\w]*(?:\.[\w]+)*):\s*([\s\S]*)$/);
    if (m && getPath(args, m[1]!.split(".")) !== undefined) out.push({ path: m[1]!.split("."), problem: m[2]! });
  }
  if (out.length) return out;
  // not_found: 'Audience "Gen Z" not found. Known audiences: …' names the value, not the field.
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === "string" && value.length > 1 && body.includes(value)) out.push({ path: [key], problem: body });
  }
  return out;
}

export function planRepair(
  errorText: string,
  args: Record<string, unknown>,
  required: string[] = [],
  tried: Set<string> = new Set(),
): RepairStep | undefined {
  for (const { path, problem } of issues(errorText, args)) {
    const key = path.join(".");
    if (tried.has(key)) continue;
    const current = getPath(args, path);
    const allowed = options(problem);
    if (allowed.length && typeof current === "string") {
      const value = closestValue(current, allowed);
      if (value && value !== current) return { kind: "set", path, value, note: `${key}: "${current}" → ${value}` };
    }
    const bound = problem.match(/(?:Too (big|small)|must be)[^<>]*([<>]=?)\s*(-?\d+(?:\.\d+)?)/i);
    if (bound && typeof current === "number") {
      const value = Number(bound[3]);
      return { kind: "set", path, value, note: `${key}: ${current} → ${value} (the most this allows)` };
    }
    const fix = problem.replace(/\s+/g, " ").trim();
    if (path.length === 1 && required.includes(path[0]!)) {
      const hint = allowed.length ? ` (${allowed.slice(0, 6).join(", ")})` : "";
      return { kind: "ask", path, question: `${key}: ${fix} Which ${key} should I use?${hint}` };
    }
    return { kind: "drop", path, note: `${key} ${shownValue(current)}: ${fix} Left out.` };
  }
  return undefined;
}

/** A dropped value as people read it: `"Gen Z"`, `(audience 25-34, format 9:16)`, never "[object Object]". */
export function shownValue(value: unknown): string {
  const plain = (v: unknown): string => {
    if (v === null || v === undefined) return "none";
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v)) return v.map(plain).join(", ");
    if (typeof v === "object")
      return Object.entries(v as Record<string, unknown>)
        .map(([k, inner]) => `${k} ${plain(inner)}`)
        .join(", ");
    return String(v);
  };
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value) || (value !== null && typeof value === "object")) return `(${plain(value) || "empty"})`;
  return plain(value);
}
