import type { Database } from "../../db/client.ts";
import {
  claimEvent,
  forgetEventsBefore,
  getConversation,
  saveConversationIf,
} from "../../db/repositories/conversations.ts";
import { type Clock, isoNow } from "../clock.ts";
import { WinnowError } from "../errors.ts";

/** A thread's state as the surface keeps it; `rev` counts writes so concurrent updates are settled by compare-and-set. */
export type ThreadState = Record<string, unknown> & { rev?: number };

export interface ConversationDeps {
  database: Database;
  clock: Clock;
}

const ATTEMPTS = 8;

/**
 * Conversation threads (Slack channel + thread ts) and their small state: recent turns, what the thread remembers,
 * confirmations waiting for a button and pages behind a "More" button. Also the claims on delivered event ids.
 */
export class ConversationStore {
  constructor(private readonly deps: ConversationDeps) {}

  async get(channel: string, threadTs: string): Promise<ThreadState | undefined> {
    const row = await getConversation(this.deps.database.db, channel, threadTs);
    return row ? (row.state as ThreadState) : undefined;
  }

  /**
   * Read-modify-write with compare-and-set: `change` gets the current state (or undefined) and returns the new one
   * plus a value for the caller, or `undefined` to write nothing. Retried when another writer got there first.
   */
  async update<T>(
    channel: string,
    threadTs: string,
    change: (state: ThreadState | undefined) => { state: ThreadState; value: T } | undefined,
  ): Promise<T | undefined> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const current = await this.get(channel, threadTs);
      const next = change(current);
      if (!next) return undefined;
      const rev = current?.rev ?? 0;
      const written = await saveConversationIf(
        this.deps.database.db,
        channel,
        threadTs,
        { ...next.state, rev: rev + 1 },
        current ? rev : 0,
        isoNow(this.deps.clock),
      );
      if (written) return next.value;
    }
    throw new WinnowError("conflict", `conversation ${channel}/${threadTs} kept changing; try again.`);
  }

  /** True the first time an event id is seen; a redelivery of the same event gets false. */
  claimEvent(eventId: string): Promise<boolean> {
    return claimEvent(this.deps.database.db, eventId, isoNow(this.deps.clock));
  }

  forgetEventsBefore(before: string): Promise<void> {
    return forgetEventsBefore(this.deps.database.db, before);
  }
}
