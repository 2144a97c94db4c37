import type { SmallImage } from "../embeddings/visual.ts";
import type { Logger } from "../log.ts";
import type { AssetView } from "./types.ts";

export interface EnrichmentJob {
  asset: AssetView;
  /** The file as it was added; absent when the queue was too full to keep it (the worker reads it from the store). */
  bytes?: Buffer | undefined;
  /** Its 256px thumbnail (small, always kept): what hashing and visual features decode. */
  thumbnail?: Buffer | undefined;
  /** Its 48×48 view, made at import from the thumbnail's decode: when present nothing needs decoding. */
  small?: SmallImage | undefined;
}

/**
 * Work a batch leaves for later: the slow part of enrichment (pixel-verifying near-duplicate candidates) that must
 * not hold up a bulk import. It runs, in batch order, only once no batch is waiting and no add is in flight.
 */
export type DeferredWork = () => Promise<void>;

export interface EnrichmentQueueOptions {
  /**
   * Enriches a batch. Per-asset problems are the enricher's to record; a throw fails the whole batch. May return
   * deferred work (see DeferredWork).
   */
  enrich(jobs: EnrichmentJob[]): Promise<undefined | DeferredWork>;
  /** Records a failed batch on its assets (metadata + event) so nothing is lost silently. */
  onFailed(assetIds: string[], error: unknown): Promise<void>;
  logger: Logger;
  /** Batches in flight at once. */
  concurrency?: number;
  /**
   * Assets per batch: one read of stored hashes, one tag transaction, one vector insert per batch. While a bulk import
   * streams in, batches wait to fill (the import keeps the CPU; a 64-asset batch costs ~20% less per asset than 16).
   */
  batchSize?: number;
  /** Queued file bytes kept in memory at most; beyond it jobs keep only the asset and re-read the file later. */
  maxBufferedBytes?: number;
  /**
   * Enrichment yields to bulk imports: a short batch starts only once no asset has been added for this long, so during
   * an import or a generation run batches fill up instead of running one or two assets each; a lone add waits only
   * this long.
   */
  lingerMs?: number;
  /** A short batch waits at most this long for its batch to fill, however steadily assets keep arriving. */
  maxWaitMs?: number;
  /**
   * True while assets are being added (an import or generation has adds in flight): enrichment then runs only full
   * batches and leaves the CPU to the write path, catching up once the adds stop.
   */
  busy?: () => boolean;
}

/**
 * In-process background queue for work that follows an asset write (perceptual hash, tags, vectors). Adding an asset
 * never waits for it; `idle()` resolves once everything queued so far is done. Bounded concurrency so a bulk import
 * keeps CPU for the write path; batches form naturally while a worker is busy.
 */
export class EnrichmentQueue {
  private readonly pending: EnrichmentJob[] = [];
  private readonly deferred: { ids: string[]; work: DeferredWork }[] = [];
  private active = 0;
  private deferredRunning = false;
  private bufferedBytes = 0;
  private waiters: { resolve: () => void; deferredToo: boolean }[] = [];
  private closed = false;
  private failedBatches = 0;
  private lingering: NodeJS.Timeout | undefined;
  private lastEnqueuedAt = 0;
  /** When the oldest job still waiting for its batch to fill was queued. */
  private waitingSince = 0;

  constructor(private readonly options: EnrichmentQueueOptions) {}

  /** Jobs queued or running, and deferred work not yet done. */
  get size(): number {
    return this.pending.length + this.active + this.deferred.length + (this.deferredRunning ? 1 : 0);
  }

  get stats() {
    return {
      queued: this.pending.length,
      running: this.active,
      deferred: this.deferred.length + (this.deferredRunning ? 1 : 0),
      failedBatches: this.failedBatches,
    };
  }

  enqueue(asset: AssetView, bytes?: Buffer, thumbnail?: Buffer, small?: SmallImage): void {
    if (this.closed) {
      this.options.logger.warn("enrichment queue closed; asset left for catch-up", { assetId: asset.id });
      return;
    }
    const keep = bytes && this.bufferedBytes + bytes.length <= (this.options.maxBufferedBytes ?? 64 * 1024 * 1024);
    if (keep) this.bufferedBytes += bytes.length;
    this.lastEnqueuedAt = Date.now();
    if (this.pending.length === 0) this.waitingSince = this.lastEnqueuedAt;
    this.pending.push({ asset, bytes: keep ? bytes : undefined, thumbnail, small });
    this.pump();
  }

  /** Resolves when nothing is queued, running or deferred (including jobs queued while waiting). */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ resolve, deferredToo: true }));
  }

  /** Resolves when every batch has run (hashes, tags and vectors stored); deferred work may still be waiting. */
  enriched(): Promise<void> {
    if (this.pending.length + this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ resolve, deferredToo: false }));
  }

  private wake() {
    const batchesDone = this.pending.length + this.active === 0;
    const allDone = this.size === 0;
    this.waiters = this.waiters.filter((w) => {
      if (!(w.deferredToo ? allDone : batchesDone)) return true;
      w.resolve();
      return false;
    });
  }

  /**
   * Drops deferred work not yet started and returns how many batches it covered: for a caller that will flag near-
   * duplicates another way (find_duplicates scans on demand) and must not wait for the pixel checks.
   */
  discardDeferred(): number {
    const dropped = this.deferred.splice(0).length;
    this.wake();
    return dropped;
  }

  /** Stops taking jobs and waits for the queued ones (and their deferred work) to finish. */
  async close(): Promise<void> {
    await this.idle();
    this.closed = true;
  }

  private pump() {
    const limit = this.options.concurrency ?? 1;
    const batchSize = this.options.batchSize ?? 64;
    const linger = this.options.lingerMs ?? 25;
    const maxWait = this.options.maxWaitMs ?? 2000;
    if (this.active < limit && this.pending.length > 0 && this.pending.length < batchSize && linger > 0) {
      // Adds still arriving: wait for the batch to fill or the stream to pause, whichever comes first.
      const now = Date.now();
      const quietIn = this.options.busy?.() ? linger : this.lastEnqueuedAt + linger - now;
      const wait = Math.min(quietIn, this.waitingSince + maxWait - now);
      if (wait > 0) {
        if (this.lingering) clearTimeout(this.lingering);
        this.lingering = setTimeout(() => {
          this.lingering = undefined;
          this.pump();
        }, wait);
        return;
      }
    }
    if (this.lingering) clearTimeout(this.lingering);
    this.lingering = undefined;
    while (this.active < limit && this.pending.length > 0) {
      const batch = this.pending.splice(0, batchSize);
      this.waitingSince = Date.now();
      for (const job of batch) if (job.bytes) this.bufferedBytes -= job.bytes.length;
      this.active++;
      void this.run(batch).finally(() => {
        this.active--;
        this.pump();
        this.wake();
      });
    }
    this.runDeferred();
  }

  /** One deferred item at a time, only while nothing else is queued or running and no add is in flight. */
  private runDeferred() {
    if (this.deferredRunning || this.deferred.length === 0) return;
    if (this.pending.length > 0 || this.active > 0) return;
    if (this.options.busy?.()) {
      this.lingering ??= setTimeout(() => {
        this.lingering = undefined;
        this.pump();
      }, this.options.lingerMs ?? 25);
      return;
    }
    const next = this.deferred.shift()!;
    this.deferredRunning = true;
    void this.attempt(next.ids, next.work).finally(() => {
      this.deferredRunning = false;
      this.pump();
      this.wake();
    });
  }

  private async run(batch: EnrichmentJob[]) {
    const ids = batch.map((j) => j.asset.id);
    await this.attempt(ids, async () => {
      const later = await this.options.enrich(batch);
      if (later) this.deferred.push({ ids, work: later });
    });
  }

  private async attempt(ids: string[], work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      this.failedBatches++;
      this.options.logger.error("enrichment failed", { assetIds: ids, error: String(error) });
      try {
        await this.options.onFailed(ids, error);
      } catch (recordError) {
        this.options.logger.error("could not record enrichment failure", { assetIds: ids, error: String(recordError) });
      }
    }
  }
}
