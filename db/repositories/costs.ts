import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { costLedger } from "../schema.ts";

export interface CostEntry {
  runId?: string | null;
  campaignId?: string | null;
  modelId?: string | null;
  templateVersionId?: string | null;
  promptVersionId?: string | null;
  provider: string;
  operation: string;
  tokensIn?: number;
  tokensOut?: number;
  images?: number;
  seconds?: number;
  /** Integer micros ($1 = 1_000_000). */
  costMicros: number;
}

/** One ledger row per provider call; written in the same transaction as the run it belongs to. */
export async function recordCost(tx: Tx, entry: CostEntry, at: string): Promise<string> {
  if (!Number.isInteger(entry.costMicros) || entry.costMicros < 0) {
    throw new Error(`costMicros must be a non-negative integer (got ${entry.costMicros})`);
  }
  const id = newId("cost");
  await tx.insert(costLedger).values({
    id,
    runId: entry.runId ?? null,
    campaignId: entry.campaignId ?? null,
    modelId: entry.modelId ?? null,
    templateVersionId: entry.templateVersionId ?? null,
    promptVersionId: entry.promptVersionId ?? null,
    provider: entry.provider,
    operation: entry.operation,
    tokensIn: entry.tokensIn ?? 0,
    tokensOut: entry.tokensOut ?? 0,
    images: entry.images ?? 0,
    seconds: entry.seconds ?? 0,
    costMicros: entry.costMicros,
    createdAt: at,
  });
  return id;
}
