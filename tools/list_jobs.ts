import * as z from "zod";
import { defineTool } from "./define.ts";

export const listJobs = defineTool({
  name: "list_jobs",
  title: "List scheduled jobs",
  description:
    "Recent scheduler jobs (ingest metrics, update allocations, early stop, prune, promote candidates, library review) " +
    "with status, attempts, next run and last error — failed jobs stay listed until they succeed. Jobs are the " +
    "workspace's; a last error naming another brand's experiments or ads is redacted to a count for its non-members.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    status: z.enum(["pending", "running", "succeeded", "failed"]).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  }),
  output: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: z.string(),
        attempts: z.number().int(),
        runAfter: z.string(),
        updatedAt: z.string(),
        lastError: z.string().nullable(),
      }),
    ),
  }),
  async run({ status, limit }, { services, visible }) {
    const rows = await services.scheduler.recentFor(visible, limit, status ? [status] : undefined);
    const items = rows.map((j) => ({
      id: j.id,
      name: j.name,
      status: j.status,
      attempts: j.attempts,
      runAfter: j.runAfter,
      updatedAt: j.updatedAt,
      lastError: j.lastError,
    }));
    return { structured: { items }, text: renderJobs(items) };
  },
});

export function renderJobs(
  items: { id: string; name: string; status: string; attempts: number; runAfter: string; lastError: string | null }[],
) {
  if (!items.length) return "No jobs yet.";
  return items
    .map(
      (j) =>
        `${j.id} ${j.name.padEnd(18)} ${j.status.padEnd(9)} attempts=${j.attempts} next=${j.runAfter}${j.lastError ? ` error: ${j.lastError}` : ""}`,
    )
    .join("\n");
}
