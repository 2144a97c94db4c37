import * as z from "zod";
import { PageInput } from "../core/pagination.ts";
import { ReviewRequestView, ReviewStatus } from "../core/review/types.ts";
import { defineTool, PageOutput } from "./define.ts";

export const listReviews = defineTool({
  name: "list_reviews",
  title: "List review requests",
  description:
    "The review queue: review requests newest first, pending by default, optionally for one brand. Each shows the " +
    "subject, the reasons it needs a human and who decided. Paginated: pass nextCursor back as cursor.",
  toolset: "review",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    status: ReviewStatus.default("pending").describe("pending | approved | rejected"),
    brand: z.string().trim().min(1).max(100).optional().describe("Brand slug or id"),
    ...PageInput,
  }),
  output: z.object({ items: z.array(ReviewRequestView), ...PageOutput }),
  async run({ status, brand, cursor, limit }, { services, visible }) {
    const page = await services.reviews.list({ status, brand, visible }, { cursor, limit });
    const lines = page.items.map(
      (r) =>
        `${r.id} ${r.subjectType} ${r.subjectId} — ${r.status}${r.decidedBy ? ` by ${r.decidedBy}` : ""}: ${r.reasons.join("; ")}`,
    );
    return {
      structured: page,
      text: `${page.items.length} ${status} review request(s)\n${lines.join("\n")}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`,
    };
  },
});
