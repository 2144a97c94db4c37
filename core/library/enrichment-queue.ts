import type { Logger } from "../log.ts";
import type { AssetView } from "./types.ts";

export interface EnrichmentJob {
  asset: AssetView;
  /** The file as it was added; absent when the queue was too full to keep it (the worker reads it from the store). */
  bytes?: Buffer | undefined;
  /** Its 256px thumbnail (small, always kept): what hashing and visual features decode. */
  thumbnail?: Buffer | undefined;
}

export interface EnrichmentQueueOptions {
  /** Enriches a batch. Per-asset problems are the enricher's to record; a throw fails the whole batch. */
  enrich(jobs: EnrichmentJob[]): Promise<void>;
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
  private active = 0;
  private bufferedBytes = 0;
  private waiters: (() => void)[] = [];
  private closed = false;
  private failedBatches = 0;
  private lingering: NodeJS.Timeout | undefined;
  private lastEnqueuedAt = 0;
  /** When the oldest job still waiting for its batch to fill was queued. */
  private waitingSince = 0;

  constructor(private readonly options: EnrichmentQueueOptions) {}

  /** Jobs queued or running. */
  get size(): number {
    return this.pending.length + this.active;
  }

  get stats() {
    return { queued: this.pending.length, running: this.active, failedBatches: this.failedBatches };
  }

  enqueue(asset: AssetView, bytes?: Buffer, thumbnail?: Buffer): void {
    if (this.closed) {
      this.options.logger.warn("enrichment queue closed; asset left for catch-up", { assetId: asset.id });
      return;
    }
    const keep = bytes && this.bufferedBytes + bytes.length <= (this.options.maxBufferedBytes ?? 64 * 1024 * 1024);
    if (keep) this.bufferedBytes += bytes.length;
    this.lastEnqueuedAt = Date.now();
    if (this.pending.length === 0) this.waitingSince = this.lastEnqueuedAt;
    this.pending.push({ asset, bytes: keep ? bytes : undefined, thumbnail });
    this.pump();
  }

  /** Resolves when nothing is queued or running (including jobs queued while waiting). */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops taking jobs and waits for the queued ones to finish. */
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
        if (this.size === 0) {
          const waiters = this.waiters;
          this.waiters = [];
          for (const resolve of waiters) resolve();
        }
      });
    }
  }

  private async run(batch: EnrichmentJob[]) {
    try {
      await this.options.enrich(batch);
    } catch (error) {
      this.failedBatches++;
      const ids = batch.map((j) => j.asset.id);
      this.options.logger.error("enrichment failed", { assetIds: ids, error: String(error) });
      try {
        await this.options.onFailed(ids, error);
      } catch (recordError) {
        this.options.logger.error("could not record enrichment failure", { assetIds: ids, error: String(recordError) });
      }
    }
  }
}
