import { WinnowError } from "../core/errors.ts";
import { retryable } from "../core/ingestion/retry.ts";

/** JSON over fetch with a timeout; network failures and 5xx are retryable, everything else goes to the caller. */
export async function fetchJson(
  url: string,
  init: RequestInit & { platform: string; timeoutMs?: number },
): Promise<{ status: number; body: unknown; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(init.timeoutMs ?? 30_000) });
  } catch (error) {
    throw retryable(`${init.platform}: network error calling ${new URL(url).pathname}: ${String(error)}`);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (res.status >= 500) throw retryable(`${init.platform}: HTTP ${res.status} with a non-JSON body`);
    throw new WinnowError(
      "provider_error",
      `${init.platform}: expected JSON from ${new URL(url).pathname}, got: ${text.slice(0, 200)}`,
    );
  }
  if (res.status >= 500)
    throw retryable(`${init.platform}: HTTP ${res.status} from ${new URL(url).pathname}`, retryAfter(res.headers));
  return { status: res.status, body, headers: res.headers };
}

export function retryAfter(headers: Headers): number | undefined {
  const v = headers.get("retry-after");
  if (!v) return undefined;
  const s = Number(v);
  return Number.isFinite(s) ? s * 1000 : undefined;
}

/** A dry run's fake ad id: one per arm (an asset tested for two audiences gets two ads), else one per asset. */
export function dryRunAdId(platform: string, assetId: string, armId?: string): string {
  const asset = assetId.replace(/^ast_/, "");
  return armId ? `dry_${platform}_${asset}_${armId.replace(/^arm_/, "")}` : `dry_${platform}_${asset}`;
}
