import type { RouterPlan } from "./router-plan-types.ts";
import { choicesOf } from "./router-questions.ts";

/** The JSON Schema words a bound is read from (the tool's own input schema, as its MCP listing serves it). */
interface Prop {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  properties?: Record<string, Prop>;
  items?: Prop;
}

/** Fields shown to a person by their everyday name in a question. */
const FIELD_WORDS: Record<string, string> = { limit: "how many", minImpressions: "the impressions floor" };
const said = (field: string) => FIELD_WORDS[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * What a value asked for is outside of, in words, or undefined when the schema allows it: a count above the most the
 * tool shows, a metric it does not rank by, a date it cannot read.
 */
function outside(value: unknown, p: Prop): { why: string; choices?: string[] } | undefined {
  if (typeof value === "number") {
    if (p.minimum !== undefined && value < p.minimum)
      return {
        why: `is at least ${p.minimum}${p.maximum !== undefined && p.maximum < 1e6 ? ` and at most ${p.maximum}` : ""}`,
      };
    if (p.maximum !== undefined && value > p.maximum) return { why: `is at most ${p.maximum}` };
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  if (p.enum && !p.enum.includes(value)) {
    const choices = p.enum.map(String);
    return { why: `is one of ${choices.join(", ")}`, choices };
  }
  // Only a date's pattern is put in words; an id's shape is the tool's to judge (it names what it could not find).
  if (p.pattern?.includes("\\d{4}-\\d{2}-\\d{2}") && !new RegExp(p.pattern).test(value))
    return { why: "is a date like 2027-04-01" };
  return undefined;
}

/** One argument the schema refuses: where it sits (top level, or inside an object such as `filters`) and why. */
interface Outside {
  path: string[];
  field: string;
  value: unknown;
  why: string;
  choices?: string[];
}

/**
 * A call whose arguments the tool's own schema refuses becomes a question naming the field and what it takes, so the
 * person answers once instead of reading the tool's error ("top 500 ads" when it shows at most 100, "rank by watch
 * time" when it ranks by ctr, cvr …). The question keeps the call, so a short answer ("top 50", "ctr") finishes it.
 * Only the top level and one nested object (filters) are read: that is where what a person says lands.
 */
export function withinSchema(plan: RouterPlan, text: string): RouterPlan {
  if (plan.kind !== "call" || plan.batch) return plan;
  const props = (plan.tool.inputSchema.properties ?? {}) as Record<string, Prop>;
  const found = Object.entries(plan.args).flatMap(([k, v]): Outside[] => {
    const p = props[k];
    if (!p) return [];
    if (v && typeof v === "object" && !Array.isArray(v) && p.properties)
      return Object.entries(v as Record<string, unknown>).flatMap(([k2, v2]) => {
        const bad = p.properties?.[k2] ? outside(v2, p.properties[k2]!) : undefined;
        return bad ? [{ path: [k, k2], field: k2, value: v2, ...bad }] : [];
      });
    const bad = outside(v, p);
    return bad ? [{ path: [k], field: k, value: v, ...bad }] : [];
  })[0];
  if (!found) return plan;
  const args = structuredClone(plan.args);
  const [top, inner] = found.path as [string, string?];
  if (inner === undefined) delete args[top];
  else delete (args[top] as Record<string, unknown>)[inner];
  const { kind: _kind, tool, args: _args, direct: _d, confirm: _c, batch: _b, followUp: _f, ...rest } = plan;
  return {
    ...rest,
    kind: "question",
    question: `${tool.title ?? tool.name}: ${said(found.field)} ${found.why}, so I can't use "${String(found.value)}". What should it be?`,
    pending: {
      text,
      field: found.field,
      ...choicesOf(found.choices ?? []),
      call: { tool: tool.name, args },
    },
  };
}
