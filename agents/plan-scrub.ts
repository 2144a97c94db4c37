import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { RouterPlan } from "./router-plan-types.ts";

/**
 * The words a plan shows a person never carry an internal id: a template or campaign id becomes its name, any other
 * (review, model, version, deployment…) a plain word for what it is. Asset and experiment ids stay: people paste them.
 */
const INTERNAL =
  /\b(mdl|tpl|tpv|rvw|arm|brd|brs|aud|prm|prv|job|dep|alc|ing|dec|fbk|cst|evt|cnv|tgv|run|edg|cmp|prd|tal|scn)_[0-9A-Za-z]{6,}\b/g;
const WORD: Record<string, string> = {
  mdl: "the model",
  tpl: "the template",
  tpv: "the template version",
  rvw: "the review",
  arm: "the arm",
  cmp: "the campaign",
  job: "the job",
  dep: "the deployment",
  prv: "the prompt version",
  tgv: "the tagger version",
  run: "the generation run",
};

export function scrubPlan(plan: RouterPlan, v: Vocabulary): RouterPlan {
  const names = new Map<string, string>([
    ...v.templates.map((t) => [t.id, t.names[0] ?? "the template"] as [string, string]),
    ...(v.campaigns ?? []).map((c) => [c.id, c.name] as [string, string]),
  ]);
  const clean = (s: string) => s.replace(INTERNAL, (id, kind: string) => names.get(id) ?? WORD[kind] ?? "that item");
  const out = { ...plan, understood: plan.understood.map(clean), ignored: plan.ignored.map(clean) };
  if (out.kind === "question") out.question = clean(out.question);
  if (out.kind === "cannot") out.text = clean(out.text);
  return out;
}
