import * as z from "zod";

/** What people call the ad platforms, folded to the names metrics and deployments are stored under. */
const PLATFORM_ALIASES: Record<string, string> = {
  facebook: "meta",
  fb: "meta",
  instagram: "meta",
  "meta-ads": "meta",
  meta_ads: "meta",
  google: "google_ads",
  "google-ads": "google_ads",
  adwords: "google_ads",
  "tiktok-ads": "tiktok",
  tiktok_ads: "tiktok",
};

export const PLATFORM_NAME = /^[a-z][a-z0-9_]{1,31}$/;

/** "Facebook" → "meta", "Google Ads" → "google_ads", "Pinterest" → "pinterest". */
export function normalizePlatform(name: string): string {
  const p = name.trim().toLowerCase().replace(/\s+/g, "-");
  return PLATFORM_ALIASES[p] ?? p.replace(/-/g, "_");
}

/** A platform name: lower-case, [a-z0-9_]; any platform works (pinterest, linkedin, snapchat...), aliases folded. */
export const PlatformName = z
  .string()
  .trim()
  .transform(normalizePlatform)
  .pipe(
    z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,31}$/, 'use a short platform name like "meta", "google_ads", "tiktok" or "pinterest"'),
  );
