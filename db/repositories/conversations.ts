import { and, eq, lt, sql } from "drizzle-orm";
import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { conversations, processedEvents } from "../schema.ts";

export type ConversationRow = typeof conversations.$inferSelect;

export async function getConversation(tx: Tx, channel: string, threadTs: string) {
  const rows = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.channel, channel), eq(conversations.threadTs, threadTs)))
    .limit(1);
  return rows[0];
}

/** One row per Slack thread; the state is replaced whole (it is small: recent turns and slots). */
export async function saveConversation(
  tx: Tx,
  channel: string,
  threadTs: string,
  state: Record<string, unknown>,
  at: string,
): Promise<void> {
  await tx
    .insert(conversations)
    .values({ id: newId("conversation"), channel, threadTs, state, updatedAt: at })
    .onConflictDoUpdate({ target: [conversations.channel, conversations.threadTs], set: { state, updatedAt: at } });
}

/**
 * Claims an event id; true the first time, false for a retried delivery of the same event. The primary key makes
 * two concurrent deliveries race safely: only one insert succeeds.
 */
export async function claimEvent(tx: Tx, eventId: string, at: string): Promise<boolean> {
  const result = await tx.insert(processedEvents).values({ eventId, receivedAt: at }).onConflictDoNothing();
  return result.rowsAffected === 1;
}

/** Slack retries for about an hour; older claims can go. */
export async function forgetEventsBefore(tx: Tx, before: string): Promise<void> {
  await tx.delete(processedEvents).where(lt(processedEvents.receivedAt, before));
}

/**
 * Forgets the memory of Slack threads nobody has written in since `before`: a thread's last request, its pending
 * Confirm and its turns. A reply in such a thread afterwards starts fresh, as a new thread would.
 */
export async function forgetConversationsBefore(tx: Tx, before: string): Promise<number> {
  const r = await tx.delete(conversations).where(lt(conversations.updatedAt, before));
  return r.rowsAffected;
}

/**
 * Compare-and-set on the state's `rev`: writes only when the stored state is still at `expectedRev` (0 = no row yet),
 * so two button presses on one confirmation cannot both take it. True when this write won.
 */
export async function saveConversationIf(
  tx: Tx,
  channel: string,
  threadTs: string,
  state: Record<string, unknown>,
  expectedRev: number,
  at: string,
): Promise<boolean> {
  if (expectedRev === 0) {
    const inserted = await tx
      .insert(conversations)
      .values({ id: newId("conversation"), channel, threadTs, state, updatedAt: at })
      .onConflictDoNothing();
    return inserted.rowsAffected === 1;
  }
  const updated = await tx
    .update(conversations)
    .set({ state, updatedAt: at })
    .where(
      and(
        eq(conversations.channel, channel),
        eq(conversations.threadTs, threadTs),
        sql`coalesce(json_extract(${conversations.state}, '$.rev'), 0) = ${expectedRev}`,
      ),
    );
  return updated.rowsAffected === 1;
}
