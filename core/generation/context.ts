import type { Database } from "../../db/client.ts";
import type { ModelRow } from "../../db/repositories/models.ts";
import type { CandidateChecker } from "../brand/checker.ts";
import type { Clock } from "../clock.ts";
import type { Library } from "../library/library.ts";
import type { Logger } from "../log.ts";
import type { ImageProvider, TextProvider } from "../providers/types.ts";
import type { Palette } from "../render/renderer.ts";
import type { SlotChoice, TemplateSpec } from "../templates/spec.ts";

/** What generation needs from the outside world; tests pass fakes only for what is outside the machine. */
export interface GenerationDeps {
  database: Database;
  library: Library;
  clock: Clock;
  logger: Logger;
  /** Provider for a model row (by its provider name). */
  text: (model: ModelRow) => TextProvider;
  image: (model: ModelRow) => ImageProvider;
  loadAsset: (assetId: string) => Promise<Buffer>;
  /** Read per call, so a checker attached after start-up (or swapped in tests) is used. */
  checker: () => CandidateChecker | undefined;
  maxVariants: number;
}

/** Everything fixed for one generate call. */
export interface RunContext {
  batchId: string;
  actor: string;
  seed: number;
  brandId: string;
  campaignId: string | null;
  templateName: string;
  templateVersion: number;
  templateVersionId: string;
  promptVersionId: string;
  spec: TemplateSpec;
  palette: Palette;
  models: { text: ModelRow; image: ModelRow };
  checker: CandidateChecker | undefined;
  pinned: { ruleSetId: string | null };
  /** Dedup keys of existing outputs plus those made so far in this call. */
  seenKeys: Set<string>;
  renderPrompt: (slots: SlotChoice) => string;
}
