import type { BlobStore } from "../../db/blobs.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../clock.ts";
import type { Library } from "../library/library.ts";
import type { ToneJudge } from "./copy-checks.ts";
import { ruleSetAdvice } from "./describe.ts";
import { BrandChecker } from "./governance.ts";
import { LibraryReview } from "./review.ts";
import { type PatchInput, RuleSetStore, type SaveInput } from "./rule-sets.ts";
import { Staleness } from "./staleness.ts";

export interface BrandGovernanceDeps {
  database: Database;
  blobs: BlobStore;
  clock: Clock;
  library: Library;
  toneJudge?: ToneJudge | undefined;
}

/** Brand governance as one service: rule sets, the candidate checker, stale-asset marking and the review queue. */
export class BrandGovernance {
  readonly rules: RuleSetStore;
  readonly checker: BrandChecker;
  readonly staleness: Staleness;
  readonly review: LibraryReview;

  constructor(deps: BrandGovernanceDeps) {
    this.rules = new RuleSetStore(deps);
    this.checker = new BrandChecker({ ...deps, store: this.rules });
    this.staleness = new Staleness({ ...deps, checker: this.checker });
    this.review = new LibraryReview(deps);
  }

  /** Saves a new rule-set version, then re-checks the brand's live outputs and marks those that now fail. */
  async saveRules(input: SaveInput) {
    const saved = await this.rules.save(input);
    const recheck = await this.staleness.recheckOutputs(saved.brandId, saved.id, saved.version, input.actor);
    return { ruleSet: saved, recheck, advice: ruleSetAdvice((await this.rules.compiled(saved.id)).spec) };
  }

  async patchRules(input: PatchInput) {
    const saved = await this.rules.patch(input);
    const recheck = await this.staleness.recheckOutputs(saved.brandId, saved.id, saved.version, input.actor);
    return { ruleSet: saved, recheck, advice: ruleSetAdvice((await this.rules.compiled(saved.id)).spec) };
  }

  async importRulesFile(path: string, brand: string, actor: string) {
    const saved = await this.rules.importFile(path, brand, actor);
    const recheck = await this.staleness.recheckOutputs(saved.brandId, saved.id, saved.version, actor);
    return { ruleSet: saved, recheck };
  }
}
