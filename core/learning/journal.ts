import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import * as repo from "../../db/repositories/learning.ts";

/**
 * What the learning loop writes down and reads back: cycles and drift checks (as events, plotted on /learning), the
 * raw KPI figures, the newest assets for the drift check and the tagger review already open. The tagger trainer and
 * drift monitor (agents/) and the dashboard reach the tables only through here.
 */
export class LearningJournal {
  constructor(private readonly deps: { database: Database }) {}

  private get db() {
    return this.deps.database.db;
  }

  cycles(limit?: number) {
    return repo.learningCycles(this.db, limit);
  }

  driftChecks(limit?: number) {
    return repo.driftChecks(this.db, limit);
  }

  kpiFigures() {
    return repo.kpiFigures(this.db);
  }

  newestAssetIds(limit: number) {
    return repo.newestAssetIds(this.db, limit);
  }

  pendingTaggerReview(subjectId: string) {
    return repo.pendingTaggerReview(this.db, subjectId);
  }

  /** A learning cycle (`tagger_cycle`) or a drift check (`drift`), stored as an event. */
  record(entry: {
    entityType: "tagger_cycle" | "drift";
    entityId: string;
    action: string;
    actor: string;
    at: string;
    data: Record<string, unknown>;
  }) {
    return recordEvent(this.db, entry);
  }
}
