import type { Clock } from "../core/clock.ts";
import { seededRng } from "../core/experiments/rng.ts";
import { ConnectorRegistry } from "../core/ingestion/registry.ts";
import type { Config } from "../server/config.ts";
import { CsvConnector } from "./csv.ts";
import { GoogleAdsConnector } from "./google-ads.ts";
import { MetaConnector } from "./meta.ts";
import { SimulatorConnector } from "./simulator/connector.ts";
import { DEFAULT_MARKET, Market } from "./simulator/market.ts";
import { TikTokConnector } from "./tiktok.ts";

/** The simulator is always there (demo, benchmarks, dry runs); real platforms join when their credentials are set. */
export function buildConnectors(config: Config["experiments"], clock: Clock): ConnectorRegistry {
  const registry = new ConnectorRegistry([
    new SimulatorConnector(new Market(DEFAULT_MARKET, seededRng(config.simulatorSeed)), clock),
    // Import-only: experiments can run on "csv" (a team's own ads, linked by hand); ingest_metrics takes the file.
    new CsvConnector(""),
  ]);
  const { meta, googleAds, tiktok } = config;
  if (meta.accessToken && meta.adAccountId)
    registry.add(
      new MetaConnector({
        accessToken: meta.accessToken,
        adAccountId: meta.adAccountId,
        ...(meta.baseUrl ? { baseUrl: meta.baseUrl } : {}),
      }),
    );
  if (googleAds.accessToken && googleAds.developerToken && googleAds.customerId)
    registry.add(
      new GoogleAdsConnector({
        accessToken: googleAds.accessToken,
        developerToken: googleAds.developerToken,
        customerId: googleAds.customerId,
        ...(googleAds.baseUrl ? { baseUrl: googleAds.baseUrl } : {}),
      }),
    );
  if (tiktok.accessToken && tiktok.advertiserId)
    registry.add(
      new TikTokConnector({
        accessToken: tiktok.accessToken,
        advertiserId: tiktok.advertiserId,
        ...(tiktok.baseUrl ? { baseUrl: tiktok.baseUrl } : {}),
      }),
    );
  return registry;
}
