import { ulid } from "ulid";
import type { Clock } from "../../core/clock.ts";
import type { Connector, MetricPage, PullRequest, PushCreative, PushResult } from "../../core/ingestion/types.ts";
import type { Market } from "./market.ts";

/**
 * The simulator behind the same interface as the real platforms: pushing a creative registers it in the market,
 * pulling metrics reads what the market would report as of the injected clock's date, in pages.
 */
export class SimulatorConnector implements Connector {
  readonly platform = "simulator";
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;

  constructor(
    readonly market: Market,
    private readonly clock: Clock,
    private readonly pageSize = 500,
  ) {}

  async pushCreative(input: PushCreative): Promise<PushResult> {
    // The simulator never touches a network, so every push is a dry run as far as real platforms go.
    const platformAdId = `sim_${ulid(this.clock.now().getTime())}`;
    this.market.register({ platformAdId, slots: input.slots, audience: input.audience });
    return { platformAdId, dryRun: true };
  }

  async fetchPage(request: PullRequest): Promise<MetricPage> {
    const asOf = this.clock.now().toISOString().slice(0, 10);
    const all = this.market.report(asOf, request.since, request.until);
    const offset = request.cursor ? Number(request.cursor) : 0;
    const records = all.slice(offset, offset + this.pageSize);
    const next = offset + this.pageSize < all.length ? String(offset + this.pageSize) : null;
    return { records, rejected: [], nextCursor: next };
  }
}
