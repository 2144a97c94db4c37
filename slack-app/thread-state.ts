import type { ThreadMemory } from "../agents/intent-types.ts";
import type { PendingConfirmation, Turn } from "../agents/orchestrator.ts";
import type { ConversationStore, ThreadState } from "../core/conversations/store.ts";
import type { SlackFile } from "./files.ts";
import type { StoredPage } from "./render/reply.ts";

/** A confirmation waiting for its button, with who asked for it. */
export interface StoredConfirmation extends PendingConfirmation {
  user: string;
  createdAt: string;
}

/** A page call whose image argument is kept as the Slack file it came from (re-downloaded on "More"). */
export interface StoredPageCall extends StoredPage {
  imageFile?: SlackFile | undefined;
}

export interface SlackThreadState {
  turns: Turn[];
  memory: ThreadMemory;
  pending?: Record<string, StoredConfirmation>;
  pages?: Record<string, StoredPageCall>;
}

const MAX_TURNS = 20;
const MAX_KEYS = 20;

const keep = <T>(entries: Record<string, T>) => Object.fromEntries(Object.entries(entries).slice(-MAX_KEYS));

export function readThread(state: ThreadState | undefined): SlackThreadState {
  const s = (state ?? {}) as Partial<SlackThreadState>;
  return { turns: s.turns ?? [], memory: s.memory ?? {}, pending: s.pending ?? {}, pages: s.pages ?? {} };
}

export async function loadThread(store: ConversationStore, channel: string, threadTs: string) {
  return readThread(await store.get(channel, threadTs));
}

/** Appends a turn and the state its buttons need, merged into whatever else wrote the thread meanwhile. */
export async function saveTurn(
  store: ConversationStore,
  channel: string,
  threadTs: string,
  change: {
    turns?: Turn[];
    memory?: ThreadMemory;
    /** Merged into what the thread remembers (a confirmed change, for "undo"), instead of replacing it. */
    memoryPatch?: Partial<ThreadMemory>;
    pages?: Record<string, StoredPageCall>;
    pending?: Record<string, StoredConfirmation>;
  },
): Promise<void> {
  await store.update(channel, threadTs, (current) => {
    const s = readThread(current);
    return {
      state: {
        ...current,
        turns: [...s.turns, ...(change.turns ?? [])].slice(-MAX_TURNS),
        memory: { ...(change.memory ?? s.memory), ...change.memoryPatch },
        pages: keep({ ...s.pages, ...change.pages }),
        pending: keep({ ...s.pending, ...change.pending }),
      },
      value: undefined,
    };
  });
}

/**
 * Takes a confirmation out of the thread if `allowed(it)`: of two presses on the same button only one gets it (the
 * store's compare-and-set), and a refused press leaves it in place for the person who may confirm.
 */
export async function takeConfirmation(
  store: ConversationStore,
  channel: string,
  threadTs: string,
  key: string,
  allowed: (pending: StoredConfirmation) => boolean,
): Promise<{ pending?: StoredConfirmation; refused?: StoredConfirmation }> {
  let refused: StoredConfirmation | undefined;
  const taken = await store.update<StoredConfirmation>(channel, threadTs, (current) => {
    const s = readThread(current);
    const pending = s.pending?.[key];
    if (!pending) return undefined;
    if (!allowed(pending)) {
      refused = pending;
      return undefined;
    }
    const { [key]: _gone, ...rest } = s.pending ?? {};
    return { state: { ...current, pending: rest }, value: pending };
  });
  return { ...(taken ? { pending: taken } : {}), ...(refused ? { refused } : {}) };
}
