import * as z from "zod";
import { REVIEW_CATEGORIES } from "../core/brand/review.ts";
import { PageInput } from "../core/pagination.ts";
import { restrictTo } from "../core/people/caller.ts";
import { defineTool, PageOutput } from "./define.ts";

export const libraryReview = defineTool({
  name: "library_review",
  title: "Library review queue",
  description:
    "List assets that need a human look, with owner and reason: stale (marked needs_review by a rule change, a product " +
    "version change or a rights expiry), rights expiring within N days, never reviewed, or last reviewed more than N " +
    "days ago. Paginated: pass nextCursor back as cursor. Record a review with review_asset.",
  toolset: "library",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().optional().describe("Brand slug or id"),
    categories: z.array(z.enum(REVIEW_CATEGORIES)).optional().describe("Which reasons to list; all when omitted"),
    expiringWithinDays: z.number().int().min(0).max(3650).default(30),
    reviewOlderThanDays: z.number().int().min(1).max(3650).default(180),
    ...PageInput,
  }),
  output: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        status: z.string(),
        brandId: z.string().nullable(),
        owner: z.string().nullable(),
        rightsExpiresAt: z.string().nullable(),
        lastReviewedAt: z.string().nullable(),
        reasons: z.array(z.object({ category: z.enum(REVIEW_CATEGORIES), detail: z.string() })),
      }),
    ),
    ...PageOutput,
  }),
  async run(input, { services, visible }) {
    const page = await services.brand.review.list({ ...input, visible: restrictTo(visible) });
    const lines = page.items.map(
      (i) =>
        `${i.id} "${i.name}" (${i.kind}, ${i.status}, owner ${i.owner ?? "—"}): ${i.reasons.map((r) => r.detail).join("; ")}`,
    );
    return {
      structured: page,
      text: `${page.items.length} asset(s) to review${lines.length ? `\n${lines.join("\n")}` : ""}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`,
    };
  },
});
