import type { Database } from "../../db/client.ts";
import { vocabularyRows } from "../../db/repositories/vocabulary.ts";
import { type BrandScope, EVERY_BRAND } from "../people/caller.ts";
import { buildVocabulary, type Vocabulary } from "./vocabulary.ts";

/**
 * The workspace's words for the offline router, read per turn and trimmed to the brands the asking person may see
 * (Authorizer.visibleBrands): the bench and the local admin read every brand.
 */
export class WorkspaceVocabulary {
  constructor(private readonly deps: { database: Database }) {}

  async load(scope: BrandScope = EVERY_BRAND): Promise<Vocabulary> {
    return buildVocabulary(await vocabularyRows(this.deps.database.db), scope);
  }
}
