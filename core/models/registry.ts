import type { Database } from "../../db/client.ts";
import { ensureModelRows, listModelRows, type ModelRow } from "../../db/repositories/models.ts";
import type { Clock } from "../clock.ts";
import { isoNow } from "../clock.ts";
import { newId } from "../ids.ts";
import { MODEL_CATALOG } from "./catalog.ts";
import { chooseModel, type ModelInfo, pickRequested, type Stage } from "./router.ts";

export interface ModelChoice {
  text: ModelRow;
  image: ModelRow;
}

/** The model registry: catalog rows in the models table plus which providers this process has keys for. */
export class ModelRegistry {
  private seeded = false;

  constructor(private readonly deps: { database: Database; clock: Clock; configuredProviders: () => Set<string> }) {}

  /** Inserts catalog models that are missing; never touches observed stats of existing rows. */
  async ensureCatalog(): Promise<void> {
    if (this.seeded) return;
    const at = isoNow(this.deps.clock);
    await ensureModelRows(
      this.deps.database.db,
      MODEL_CATALOG.map((m) => ({ id: newId("model"), ...m, createdAt: at })),
    );
    this.seeded = true;
  }

  async list(): Promise<(ModelRow & { configured: boolean })[]> {
    await this.ensureCatalog();
    const configured = this.deps.configuredProviders();
    return (await listModelRows(this.deps.database.db)).map((m) => ({ ...m, configured: configured.has(m.provider) }));
  }

  /** Picks the text and image model for a run: requested ones if given, else by stage policy. */
  async choose(
    stage: Stage,
    requested: { text?: string | undefined; image?: string | undefined } = {},
  ): Promise<ModelChoice> {
    const rows = await this.list();
    const usable = (m: ModelInfo) => (m as ModelRow & { configured: boolean }).configured;
    const pick = (task: "text" | "image") => {
      const ref = requested[task];
      return (ref ? pickRequested(rows, ref, task, usable) : chooseModel(rows, task, stage, usable)) as ModelRow;
    };
    return { text: pick("text"), image: pick("image") };
  }
}
