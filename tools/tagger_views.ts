import * as z from "zod";
import type { VersionSummary } from "../core/learning/service.ts";

/** Output shapes shared by the tagger tools. */
const Accuracy = z.object({
  accuracy: z.number().nullable(),
  n: z.number().int(),
  perCategory: z.record(z.string(), z.object({ accuracy: z.number(), n: z.number().int() })),
});

export const ShadowComparisonView = z.object({
  heldOut: z.number().int().describe("Held-out corrected labels both taggers were graded on"),
  current: Accuracy.describe("The tagger in charge (active version, or the machine tags when none)"),
  candidate: Accuracy.describe("The new version running in shadow"),
  uplift: z.number().nullable().describe("candidate − current accuracy"),
  disagreements: z.number().int(),
});

export const TaggerVersionView = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.string().describe("shadow | active | retired | rolled_back | superseded"),
  approvedBy: z.string().nullable(),
  createdAt: z.string(),
  tags: z.number().int().describe("Tags this version learned"),
  comparison: ShadowComparisonView.nullable(),
});

export const pct = (v: number | null | undefined) => (v == null ? "n/a" : `${(v * 100).toFixed(1)}%`);

export const versionLine = (v: VersionSummary) =>
  `v${v.version} ${v.status}${v.approvedBy ? ` (approved by ${v.approvedBy})` : ""} · ${v.tags} tags${v.comparison ? ` · held-out ${pct(v.comparison.candidate.accuracy)} vs ${pct(v.comparison.current.accuracy)}` : ""}`;
