import { desc, eq } from "drizzle-orm";
import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { events } from "../schema.ts";

export interface EventInput {
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  data?: Record<string, unknown>;
  at: string;
}

/** The audit trail: every change writes one row, inside the same transaction as the change. */
export async function recordEvent(tx: Tx, event: EventInput): Promise<void> {
  await tx.insert(events).values(eventRow(event));
}

/** Several events in one INSERT (a group of adds written together). */
export async function recordEvents(tx: Tx, list: EventInput[]): Promise<void> {
  if (list.length === 0) return;
  await tx.insert(events).values(list.map(eventRow));
}

function eventRow(event: EventInput): typeof events.$inferInsert {
  return {
    id: newId("event"),
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    actor: event.actor,
    data: event.data ?? {},
    createdAt: event.at,
  };
}

export function eventsFor(tx: Tx, entityId: string, limit = 50) {
  return tx.select().from(events).where(eq(events.entityId, entityId)).orderBy(desc(events.createdAt)).limit(limit);
}
