import { desc, eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { feedbackLabels } from "../schema.ts";

export type FeedbackRow = typeof feedbackLabels.$inferSelect;

export async function insertFeedback(tx: Tx, row: typeof feedbackLabels.$inferInsert): Promise<void> {
  await tx.insert(feedbackLabels).values(row);
}

export function feedbackForAsset(tx: Tx, assetId: string, limit = 50) {
  return tx
    .select()
    .from(feedbackLabels)
    .where(eq(feedbackLabels.assetId, assetId))
    .orderBy(desc(feedbackLabels.createdAt))
    .limit(limit);
}

export function recentFeedback(tx: Tx, limit = 50) {
  return tx.select().from(feedbackLabels).orderBy(desc(feedbackLabels.createdAt)).limit(limit);
}
