import { invalidInput } from "../core/errors.ts";
import type { CreativeCopy, CreativeImage, PushCreative, PushTarget } from "../core/ingestion/types.ts";

export interface LivePush {
  image: CreativeImage;
  copy: CreativeCopy;
  target: PushTarget;
}

/**
 * What every live push needs, checked before the first request so a half-specified push never reaches a platform.
 * `extra` names target fields this platform also needs (Meta: pageId, TikTok: identityId).
 */
export function requireLivePush(
  platform: string,
  input: PushCreative,
  extra: readonly ("pageId" | "identityId")[] = [],
): LivePush {
  const { image, copy, target } = input;
  if (!image || image.bytes.length === 0)
    throw invalidInput(
      "image",
      `${platform}: asset ${input.assetId} has no rendered image to upload`,
      "Deploy a generated output asset (its original file must be in the store).",
    );
  if (!copy?.headline)
    throw invalidInput(
      "copy",
      `${platform}: asset ${input.assetId} has no copy (metadata.copy.headline)`,
      "Deploy an output made by generate_variants, which records its headline, body and cta.",
    );
  if (!target?.adGroupId)
    throw invalidInput(
      "target.adGroupId",
      `${platform}: a live push needs the ad set / ad group the ad goes into`,
      "Pass target.adGroupId (Meta ad set id, Google Ads ad group id or TikTok ad group id).",
    );
  if (!/^https:\/\//.test(target.landingUrl ?? ""))
    throw invalidInput(
      "target.landingUrl",
      `${platform}: a live push needs an https landing page (got ${JSON.stringify(target.landingUrl)})`,
      "Pass target.landingUrl, e.g. https://kestrel.example/spring.",
    );
  for (const field of extra)
    if (!target[field])
      throw invalidInput(
        `target.${field}`,
        `${platform}: a live push needs target.${field}`,
        field === "pageId"
          ? "Pass the Facebook Page id the ad runs as."
          : "Pass the TikTok custom identity id the ad runs as.",
      );
  return { image, copy, target };
}

const CALL_TO_ACTIONS = [
  "SHOP_NOW",
  "LEARN_MORE",
  "SIGN_UP",
  "BUY_NOW",
  "GET_OFFER",
  "ORDER_NOW",
  "SUBSCRIBE",
  "DOWNLOAD",
  "CONTACT_US",
  "APPLY_NOW",
  "BOOK_NOW",
] as const;

/** Platforms take a call-to-action enum, not free text: "Shop now" / slot "shop-now" → SHOP_NOW, else LEARN_MORE. */
export function callToActionType(copy: CreativeCopy, slots: Record<string, string>): string {
  for (const text of [slots.cta, copy.cta]) {
    const upper = (text ?? "")
      .toUpperCase()
      .replace(/[^A-Z]+/g, "_")
      .replace(/^_|_$/g, "");
    const known = CALL_TO_ACTIONS.find((c) => c === upper);
    if (known) return known;
  }
  return "LEARN_MORE";
}
