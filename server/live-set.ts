/**
 * A set of objects that does not keep them alive: long-lived hooks (a library's asset-added listeners) reach whatever
 * is still around, and an entry nobody else holds (a finished MCP session, a discarded app) drops out by itself.
 */
export class LiveSet<T extends object> {
  private readonly refs = new Set<WeakRef<T>>();

  add(value: T): void {
    this.refs.add(new WeakRef(value));
  }

  /** The entries still alive; collected ones are removed on the way. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (const ref of this.refs) {
      const value = ref.deref();
      if (value === undefined) this.refs.delete(ref);
      else yield value;
    }
  }

  get size(): number {
    return [...this].length;
  }
}
