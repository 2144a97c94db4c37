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

  constructor(
    private readonly write: (items: T[]) => Promise<(R | Error)[]>,
    private readonly maxGroup = 64,
  ) {}

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

  private async drain() {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
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
        group.forEach((g, i) => {
          const outcome = outcomes[i]!;
          if (outcome instanceof Error) g.reject(outcome);
          else g.resolve(outcome);
        });
      }
    } finally {
      this.draining = false;
    }
  }
}
