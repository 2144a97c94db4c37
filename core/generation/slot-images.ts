import type { Tx } from "../../db/client.ts";
import { assetsByIds, RETIRED_STATUSES } from "../../db/repositories/staleness.ts";
import {
  IMAGE_SLOTS,
  type ImagePolicy,
  type ImageSlot,
  type SlotChoice,
  slotValue,
  type TemplateSpec,
} from "../templates/spec.ts";

/** One image an ad should show but cannot: which slot, why, what to do, and whether the variant is skipped. */
export interface MissingImage {
  slot: ImageSlot;
  /** The slot value's id (for the logo: "logo"). */
  value: string;
  assetId: string | null;
  policy: ImagePolicy;
  problem: string;
  fix: string;
}

export interface SlotImageCheck {
  /** Required images that cannot be placed: the variant is not rendered. */
  skip: MissingImage[];
  /** Optional images that cannot be placed: the variant is rendered without them and flagged. */
  flag: MissingImage[];
  /** Asset ids the renderer must leave out (missing or unusable). */
  unplaceable: Set<string>;
}

export const DEFAULT_IMAGE_POLICY: Record<(typeof IMAGE_SLOTS)[number], ImagePolicy> = {
  product: "required",
  scene: "optional",
  talent: "optional",
};

export function imagePolicy(spec: TemplateSpec, slot: ImageSlot): ImagePolicy {
  return slot === "logo" ? spec.style.logoImage : (spec.slots[slot]?.image ?? DEFAULT_IMAGE_POLICY[slot]);
}

interface AssetFacts {
  name: string;
  mimeType: string;
  status: string;
  reviewReason: string | null;
}

/**
 * Loads the facts of every image a template version can place (once per generate call) and answers, per slot
 * combination, which images are missing. Pure after loading: the same facts give the same answer for every variant.
 */
export async function loadSlotImages(tx: Tx, spec: TemplateSpec) {
  const ids = new Set<string>();
  for (const slot of IMAGE_SLOTS) for (const v of spec.slots[slot]?.values ?? []) if (v.assetId) ids.add(v.assetId);
  if (spec.style.logoAssetId) ids.add(spec.style.logoAssetId);
  const rows = await assetsByIds(tx, [...ids]);
  const facts = new Map<string, AssetFacts>(rows.map((r) => [r.id, r]));
  return (slots: SlotChoice) => checkSlotImages(spec, slots, facts);
}

export function checkSlotImages(spec: TemplateSpec, slots: SlotChoice, facts: Map<string, AssetFacts>): SlotImageCheck {
  const out: SlotImageCheck = { skip: [], flag: [], unplaceable: new Set() };
  const note = (missing: MissingImage) => {
    (missing.policy === "required" ? out.skip : out.flag).push(missing);
    if (missing.assetId) out.unplaceable.add(missing.assetId);
  };
  for (const slot of IMAGE_SLOTS) {
    const value = slotValue(spec, slot, slots[slot]);
    if (!value) continue;
    const policy = imagePolicy(spec, slot);
    const where = `${slot} slot value "${value.id}"`;
    const problem = value.assetId
      ? unusable(value.assetId, facts.get(value.assetId))
      : { problem: "has no assetId", fix: "" };
    if (!problem) continue;
    note({
      slot,
      value: value.id,
      assetId: value.assetId ?? null,
      policy,
      problem: `${where} ${problem.problem}`,
      fix: value.assetId
        ? problem.fix
        : `Add "assetId": "ast_…" (a ${slot} photo in the library: add_asset or winnow import) to slots.${slot}.values[id=${value.id}] in a new template version${policy === "required" ? `, or set slots.${slot}.image to "optional"` : ""}.`,
    });
  }
  const logo = spec.style.logoAssetId;
  const logoProblem = logo ? unusable(logo, facts.get(logo)) : { problem: "has no logoAssetId", fix: "" };
  if (logoProblem) {
    note({
      slot: "logo",
      value: "logo",
      assetId: logo ?? null,
      policy: spec.style.logoImage,
      problem: `logo (style.logoAssetId) ${logoProblem.problem}`,
      fix: logo
        ? logoProblem.fix
        : "Set style.logoAssetId to a logo asset (kind logo) in a new template version; a template that should carry no logo sets nothing and the flag says so.",
    });
  }
  return out;
}

function unusable(assetId: string, asset: AssetFacts | undefined): { problem: string; fix: string } | undefined {
  if (!asset)
    return {
      problem: `names ${assetId}, which is not in the library`,
      fix: `Import the photo (winnow import / add_asset) and put its id in place of ${assetId}.`,
    };
  const label = `${assetId} ("${asset.name}")`;
  if (!asset.mimeType.startsWith("image/"))
    return {
      problem: `names ${label}, which is not an image (${asset.mimeType})`,
      fix: `Point it at an image asset instead of ${assetId}.`,
    };
  if (asset.status === "needs_review")
    return {
      problem: `names ${label}, which is blocked until reviewed (${asset.reviewReason ?? "needs review"})`,
      fix: `Review ${assetId} with review_asset, or point the value at another asset.`,
    };
  if (RETIRED_STATUSES.includes(asset.status))
    return {
      problem: `names ${label}, which is ${asset.status}`,
      fix: `Point the value at a live asset instead of ${assetId}.`,
    };
  return undefined;
}

/** One line per missing image: what, and the fix. */
export const describeMissing = (m: MissingImage) => `${m.problem}. ${m.fix}`;
