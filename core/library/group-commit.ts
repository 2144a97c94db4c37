import { setTimeout as sleep } from "node:timers/promises";

export interface GroupCommitOptions {
  /** Items per transaction at most. */
  maxGroup?: number;
  /**
   * How many more items are on their way (callers that have started and will submit soon): while some are, a group
   * waits up to `lingerMs` for them, so a bulk import's adds, which finish their image work a few milliseconds apart,
   * share a transaction instead of paying BEGIN/COMMIT and a duplicate check each. A lone write never waits.
   */
  expected?: () => number;
  /** The longest a group waits for expected items (default 4 ms). */
  lingerMs?: number;
}

/**
 * Group commit: writes submitted while another is in progress are written together by the next one, in one
 * transaction with one statement per table. During an import several adds finish their image work at about the same
 * time, so one BEGIN/COMMIT and one multi-row INSERT carry many assets; a lone write goes through on the next turn of
 * the event loop. `write` returns one outcome per item (an Error fails only that item); a throw fails the group, and
 * then each item is retried alone so one bad item cannot sink the others.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private draining = false;
  /** Items taken off the queue and being written now. */
  private writing = 0;
  private readonly maxGroup: number;
  private readonly lingerMs: number;

  constructor(
    private readonly write: (items: T[]) => Promise<(R | Error)[]>,
    private readonly options: GroupCommitOptions = {},
  ) {
    this.maxGroup = options.maxGroup ?? 64;
    this.lingerMs = options.lingerMs ?? 4;
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let adds whose image work completed in this same turn join the first group.
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Items on their way that are neither queued nor being written (the caller's count includes both). */
  private stillComing(): number {
    return this.options.expected ? this.options.expected() - this.queue.length - this.writing : 0;
  }

  private async drain() {
    try {
      while (this.queue.length > 0) {
        const lingerUntil = performance.now() + this.lingerMs;
        while (this.queue.length < this.maxGroup && this.stillComing() > 0 && performance.now() < lingerUntil) {
          await sleep(1);
        }
        const group = this.queue.splice(0, this.maxGroup);
        this.writing = group.length;
        const outcomes = await this.write(group.map((g) => g.item)).catch(async (error) => {
          if (group.length === 1) return [error instanceof Error ? error : new Error(String(error))];
          const alone: (R | Error)[] = [];
          for (const g of group) {
            alone.push(
              await this.write([g.item]).then(
                (one) => one[0]!,
                (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
              ),
            );
          }
          return alone;
        });
        this.writing = 0;
        group.forEach((g, i) => {
          const outcome = outcomes[i]!;
          if (outcome instanceof Error) g.reject(outcome);
          else g.resolve(outcome);
        });
      }
    } finally {
      this.draining = false;
      this.writing = 0;
    }
  }
}
