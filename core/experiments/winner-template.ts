import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { getTemplate, getTemplateVersion } from "../../db/repositories/templates.ts";
import { invalidInput, notFound } from "../errors.ts";
import type { TemplateService, TemplateVersionSummary, TemplateView } from "../templates/service.ts";
import { COPY_FIELDS, type CopyField, SLOT_NAMES, type SlotName, TemplateSpec } from "../templates/spec.ts";
import { slotsOf } from "./readout.ts";

/** Slots a winner pins by default: what the copy says and how, not where it runs or what it shows. */
export const DEFAULT_PINNED_SLOTS: readonly SlotName[] = ["tone", "hook", "cta"];

export interface WinnerTemplate {
  templateId: string;
  version: TemplateVersionSummary;
  pinned: Partial<Record<SlotName, string>>;
}

/**
 * The next version of a template, built around a winner: the pinned slots allow only the winner's values, and each
 * copy field gets a rule for exactly those values whose lines are the winner's own (the most specific rule wins, so
 * new variants reuse the winning words; other slots such as format, audience or scene still vary). Pure.
 */
export function specAroundWinner(
  spec: TemplateSpec,
  winnerSlots: Record<string, string>,
  winnerCopy: Partial<Record<CopyField, string>>,
  pin: readonly SlotName[],
): { spec: TemplateSpec; pinned: Partial<Record<SlotName, string>> } {
  const pinned: Partial<Record<SlotName, string>> = {};
  const slots = { ...spec.slots };
  for (const name of pin) {
    const value = winnerSlots[name];
    const def = slots[name];
    const chosen = def?.values.find((v) => v.id === value);
    if (!def || !chosen || value === undefined) continue;
    pinned[name] = value;
    slots[name] = { ...def, values: [chosen] };
  }
  const copy = { ...spec.copy };
  for (const field of COPY_FIELDS) {
    // Rules for values the version no longer allows could never match (and the spec refuses them).
    const reachable = spec.copy[field].filter((rule) =>
      Object.entries(rule.when).every(([slot, value]) => {
        const kept = pinned[slot as SlotName];
        return kept === undefined || kept === value;
      }),
    );
    const line = winnerCopy[field];
    // Braces would read as {slot} placeholders; the winner's line is already filled in.
    copy[field] = line ? [{ when: { ...pinned }, texts: [line.replace(/[{}]/g, "")] }, ...reachable] : reachable;
  }
  return { spec: TemplateSpec.parse({ ...spec, slots, copy }), pinned };
}

/**
 * Turns a winner into a template version built around it (specAroundWinner): by default the next version of the
 * template it was generated from; with `templateId`, the next version of that template (the winner's values pinned
 * where that template allows them); with `name`, a new template. The version records derivedFromAssetId, so the
 * lineage graph gets winner --promoted_to--> template version. `field` names the argument an error is about
 * (promote_winners' toTemplate, create_template's derivedFromAssetId).
 */
export async function templateFromWinner(
  deps: { database: Database; templates: TemplateService },
  input: {
    assetId: string;
    experimentId?: string | undefined;
    pin?: readonly SlotName[] | undefined;
    actor: string;
    templateId?: string | undefined;
    name?: string | undefined;
    brand?: string | undefined;
    description?: string | undefined;
    note?: string | undefined;
    field?: string | undefined;
  },
): Promise<WinnerTemplate & { template: TemplateView }> {
  const { db } = deps.database;
  const field = input.field ?? "toTemplate";
  const asset = await getAssetRow(db, input.assetId);
  if (!asset) throw notFound("Asset", input.assetId);
  const versionId = asset.metadata?.templateVersionId;
  if (typeof versionId !== "string")
    throw invalidInput(
      field,
      `winner ${asset.id} was not generated from a template (no metadata.templateVersionId)`,
      field === "toTemplate"
        ? "Only outputs of generate_variants can become template versions; promote without toTemplate."
        : "Only outputs of generate_variants can become template versions; pass spec instead.",
    );
  const source = await getTemplateVersion(db, versionId);
  if (!source) throw notFound("Template version", versionId);
  const into = input.name ? undefined : (input.templateId ?? source.templateId);
  const base =
    into && into !== source.templateId
      ? (await deps.templates.resolve(into, "")).spec
      : TemplateSpec.parse(source.spec);
  const copy = (asset.metadata?.copy ?? {}) as Partial<Record<CopyField, string>>;
  const pin = (input.pin ?? DEFAULT_PINNED_SLOTS).filter((s) => SLOT_NAMES.includes(s));
  const { spec, pinned } = specAroundWinner(base, slotsOf(asset.metadata), copy, pin);
  const described = Object.entries(pinned)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const { template, version } = await deps.templates.create({
    templateId: into,
    name: input.name,
    // A new template belongs to the brand of the one the winner came from unless another is named.
    brand: input.brand ?? (input.name ? ((await getTemplate(db, source.templateId))?.brandId ?? undefined) : undefined),
    description: input.description,
    spec,
    note:
      input.note ??
      `Winner ${asset.id}${input.experimentId ? ` of ${input.experimentId}` : ""} (v${source.version}${described ? `, pinned ${described}` : ""})`,
    derivedFromAssetId: asset.id,
    actor: input.actor,
  });
  return { templateId: template.id, version, pinned, template };
}
