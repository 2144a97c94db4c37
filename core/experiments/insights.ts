import { inArray, sql } from "drizzle-orm";
import * as z from "zod";
import type { Tx } from "../../db/client.ts";
import { experimentVisible, type VisibleBrands } from "../../db/repositories/visibility.ts";
import { models, templateVersions } from "../../db/schema.ts";
import { invalidInput } from "../errors.ts";
import { parseStoredJson } from "../json-bounds.ts";
import { attributeSlots, type SlotEffect } from "./attribution.ts";

export const InsightMetric = z.enum(["ctr", "cvr", "roas", "watch_time"]);
export type InsightMetric = z.infer<typeof InsightMetric>;

export interface SlotInsights {
  metric: InsightMetric;
  slot: string | null;
  filters: Record<string, string>;
  /** What the answer was narrowed to (experiment, template, audience). */
  scope: { experimentId: string | null; templateId: string | null; audience: string | null };
  variants: number;
  experiments: number;
  baseline: number;
  effects: SlotEffect[];
  answer: string;
}

interface ArmRowOut {
  experimentId: string;
  audience: string | null;
  audienceId: string | null;
  metadata: string;
  impressions: number;
  clicks: number;
  conversions: number;
  spend: number;
  revenue: number;
  watch: number | null;
}

export interface SlotInsightsInput {
  metric: InsightMetric;
  slot?: string | undefined;
  filters?: Record<string, string> | undefined;
  /** Only this experiment's arms (exp_...). */
  experimentId?: string | undefined;
  /** Only variants generated from this template (tpl_...) or template version (tv_...). */
  templateId?: string | undefined;
  /** Only experiments run for this audience (slug or aud_ id). */
  audience?: string | undefined;
  lambda?: number;
  /** Only experiments the reader may see in full (every arm's brand and the campaign's); undefined: every brand. */
  visible?: VisibleBrands;
}

/**
 * "Which tone wins for 25-34?", "which model made the best short-form video for DE?": every arm that ran, described
 * by its slot values, its format, the models that made it (generation lineage) and its experiment's audience,
 * filtered, then attributed with a ridge regression (see attribution.ts).
 */
export async function slotInsights(tx: Tx, input: SlotInsightsInput): Promise<SlotInsights> {
  const scopeSql = sql`WHERE ${experimentVisible(sql`ar.experiment_id`, input.visible)}${
    input.experimentId ? sql` AND ar.experiment_id = ${input.experimentId}` : sql``
  }`;
  if (input.experimentId) {
    const found = await tx.all<{ id: string }>(sql`SELECT id FROM experiments WHERE id = ${input.experimentId}`);
    if (!found.length)
      throw invalidInput(
        "experimentId",
        `experiment ${input.experimentId} not found`,
        "Pass an id from get_experiment_results or the dashboard.",
      );
  }
  const templateVersionIds = input.templateId ? await versionsOf(tx, input.templateId) : null;
  const rows = await tx.all<ArmRowOut>(sql`
    SELECT ar.experiment_id AS experimentId, au.slug AS audience, au.id AS audienceId, a.metadata AS metadata,
      sum(m.impressions) AS impressions, sum(m.clicks) AS clicks, sum(m.conversions) AS conversions,
      sum(m.spend_micros) AS spend, sum(m.revenue_micros) AS revenue, sum(m.video_watch_ms) AS watch
    FROM arms ar JOIN assets a ON a.id = ar.asset_id
    JOIN experiments e ON e.id = ar.experiment_id LEFT JOIN audiences au ON au.id = e.audience_id
    JOIN deployments d ON d.arm_id = ar.id
    JOIN metrics m ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id
    ${scopeSql}
    GROUP BY ar.id`);
  const modelIds = new Set<string>();
  const parsed = rows.map((r) => {
    const meta = (parseStoredJson(r.metadata) ?? {}) as {
      slots?: Record<string, unknown>;
      format?: unknown;
      modelIds?: unknown;
      market?: unknown;
      templateVersionId?: unknown;
    };
    for (const id of Array.isArray(meta.modelIds) ? meta.modelIds : []) modelIds.add(String(id));
    return { r, meta };
  });
  const modelRows = modelIds.size
    ? await tx
        .select()
        .from(models)
        .where(inArray(models.id, [...modelIds]))
    : [];
  const modelName = new Map(modelRows.map((m) => [m.id, `${m.provider}/${m.name}`]));
  const filters = Object.fromEntries(
    Object.entries({ ...(input.filters ?? {}), ...(input.audience ? { audience: input.audience } : {}) }).map(
      ([k, v]) => [k.toLowerCase(), v.toLowerCase()],
    ),
  );
  const attributed = [];
  const experimentsSeen = new Set<string>();
  for (const { r, meta } of parsed) {
    if (templateVersionIds && !templateVersionIds.has(String(meta.templateVersionId ?? ""))) continue;
    const features: Record<string, string> = {};
    for (const [k, v] of Object.entries(meta.slots ?? {}))
      if (typeof v === "string" || typeof v === "number") features[k] = String(v);
    if (typeof meta.format === "string") features.format ??= meta.format;
    if (typeof meta.market === "string") features.market ??= meta.market;
    if (r.audience) features.audience ??= r.audience;
    if (r.audienceId && filters.audience?.startsWith("aud_")) features.audience = r.audienceId;
    const ids = Array.isArray(meta.modelIds) ? meta.modelIds.map(String) : [];
    if (ids.length) features.model = ids.map((id) => modelName.get(id) ?? id).join(" + ");
    const matches = Object.entries(filters).every(([k, v]) => features[k]?.toLowerCase() === v);
    if (!matches) continue;
    const point = observation(input.metric, r);
    if (!point) continue;
    experimentsSeen.add(r.experimentId);
    // Filtered slots are constant within the selection: dropping them keeps the regression identifiable.
    const slots = { ...features };
    for (const k of Object.keys(filters)) delete slots[k];
    attributed.push({ slots, ...point });
  }
  const scope = {
    experimentId: input.experimentId ?? null,
    templateId: input.templateId ?? null,
    audience: input.audience ?? null,
  };
  if (attributed.length === 0) {
    throw invalidInput(
      "filters",
      `no measured variants match ${JSON.stringify({ ...(input.filters ?? {}), ...Object.fromEntries(Object.entries(scope).filter(([, v]) => v)) })}${input.slot ? ` with slot ${input.slot}` : ""}`,
      "Widen the filters, or run experiments (create_experiment) and ingest metrics first.",
    );
  }
  const { baseline, effects } = attributeSlots(attributed, input.lambda ?? 1);
  // The answer leads with the largest effect: by size within the asked slot, by |effect| across slots otherwise.
  const chosen = input.slot
    ? effects.filter((e) => e.slot === input.slot).sort((a, b) => b.effect - a.effect)
    : [...effects].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  if (input.slot && chosen.length === 0) {
    throw invalidInput(
      "slot",
      `no measured variant has a value for ${input.slot}`,
      "Use a slot the variants carry, e.g. tone, hook, offer, cta, format, model, audience.",
    );
  }
  return {
    metric: input.metric,
    slot: input.slot ?? null,
    filters: input.filters ?? {},
    scope,
    variants: attributed.length,
    experiments: experimentsSeen.size,
    baseline,
    effects: chosen,
    answer: answerText(
      input.metric,
      input.slot,
      {
        ...(input.experimentId ? { experiment: input.experimentId } : {}),
        ...(input.templateId ? { template: input.templateId } : {}),
        ...filters,
      },
      baseline,
      chosen,
      attributed.length,
    ),
  };
}

function observation(metric: InsightMetric, r: ArmRowOut): { value: number; weight: number } | null {
  switch (metric) {
    case "ctr":
      return r.impressions > 0 ? { value: r.clicks / r.impressions, weight: r.impressions } : null;
    case "cvr":
      return r.clicks > 0 ? { value: r.conversions / r.clicks, weight: r.clicks } : null;
    case "roas":
      return r.spend > 0 ? { value: r.revenue / r.spend, weight: r.spend / 1e6 } : null;
    case "watch_time":
      return r.impressions > 0 && r.watch !== null
        ? { value: r.watch / 1000 / r.impressions, weight: r.impressions }
        : null;
  }
}

function answerText(
  metric: InsightMetric,
  slot: string | undefined,
  filters: Record<string, string>,
  baseline: number,
  effects: SlotEffect[],
  n: number,
) {
  const fmt = (v: number) => (metric === "ctr" || metric === "cvr" ? `${(v * 100).toFixed(2)}%` : v.toFixed(2));
  const fmtDelta = (v: number) =>
    metric === "ctr" || metric === "cvr"
      ? `${v >= 0 ? "+" : ""}${(v * 100).toFixed(2)} pts`
      : `${v >= 0 ? "+" : ""}${v.toFixed(2)}`;
  const where = Object.keys(filters).length
    ? ` for ${Object.entries(filters)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}`
    : "";
  const top = effects[0];
  if (!top) return `No slot effects to report${where}.`;
  const list = effects
    .slice(0, 5)
    .map(
      (e) => `${e.slot}=${e.value} ${fmtDelta(e.effect)} (observed ${fmt(e.observedMean)}, ${e.variants} variant(s))`,
    );
  const context = `(baseline ${fmt(baseline)}, ${n} measured variants, adjusted for the other slots)`;
  if (slot) {
    const spread = Math.max(...effects.map((e) => e.effect)) - Math.min(...effects.map((e) => e.effect));
    // Under 2% of the baseline between the best and worst value is noise for any decision a marketer makes.
    if (effects.length === 1)
      return `${slot} does not vary${where}: every measured variant has ${top.value} ${context}.`;
    // No measurable difference: under 2% of the baseline, or (rates) within two standard errors of the gap between
    // the best- and worst-measured values.
    const top2 = [...effects].sort((a, b) => b.effect - a.effect);
    const [hi, lo] = [top2[0]!, top2[top2.length - 1]!];
    const se =
      metric === "ctr" || metric === "cvr"
        ? Math.sqrt(
            (baseline * (1 - baseline)) / Math.max(hi.support, 1) +
              (baseline * (1 - baseline)) / Math.max(lo.support, 1),
          )
        : 0;
    if (spread < Math.max(0.02 * Math.abs(baseline), 2 * se))
      return `${slot} makes no measurable difference${where}: its values are within ${fmtDelta(spread).replace(/^\+/, "")} of each other ${context}.\n${list.join("\n")}`;
    return `Best ${slot}${where}: ${top.value}, ${fmtDelta(top.effect)} ${metric} vs the average ${context}.\n${list.join("\n")}`;
  }
  return `Largest effect${where}: ${top.slot}=${top.value}, ${fmtDelta(top.effect)} ${metric} vs the average ${context}.\n${list.join("\n")}`;
}

/** Template versions of a template (tpl_...), or the one version given (tv_...). */
async function versionsOf(tx: Tx, ref: string): Promise<Set<string>> {
  const rows = await tx.all<{ id: string }>(
    sql`SELECT id FROM ${templateVersions} WHERE template_id = ${ref} OR id = ${ref}`,
  );
  if (!rows.length)
    throw invalidInput("templateId", `template ${ref} not found`, "Pass a template id (tpl_...) from list_templates.");
  return new Set(rows.map((r) => r.id));
}
