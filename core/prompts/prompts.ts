import type { Database } from "../../db/client.ts";
import type { VisibleBrands } from "../../db/repositories/visibility.ts";
import { type Clock, isoNow } from "../clock.ts";
import type { Caller } from "../people/caller.ts";
import { actorOf } from "../people/caller.ts";
import { type ListPromptVersionsInput, listPromptVersions, type PromptVersionsPage } from "./list.ts";
import {
  type CreatePromptVersionInput,
  type CreatePromptVersionResult,
  createPromptVersion,
  getPromptVersionByLabel,
  type LabelMove,
  PRODUCTION,
  type PromptVersionView,
  type SetPromptLabelInput,
  setPromptLabel,
} from "./service.ts";

/**
 * Versioned prompts as one service for every surface (tools, the agent's system prompt): versions are workspace
 * configuration anyone signed in may read; moving production needs a prompt admin (WINNOW_PROMPT_ADMINS) or a
 * workspace admin; the usage roll-ups count only the brands the reader may see.
 */
export class PromptService {
  constructor(private readonly deps: { database: Database; clock: Clock; promptAdmins: string[] }) {}

  byLabel(name: string, label = PRODUCTION): Promise<PromptVersionView> {
    return getPromptVersionByLabel(this.deps.database.db, name, label);
  }

  create(
    input: Omit<CreatePromptVersionInput, "actor" | "at" | "promptAdmins" | "actorIsAdmin">,
    by: Caller,
  ): Promise<CreatePromptVersionResult> {
    return createPromptVersion(this.deps.database.db, { ...input, ...this.who(by) });
  }

  setLabel(
    input: Omit<SetPromptLabelInput, "actor" | "at" | "promptAdmins" | "actorIsAdmin">,
    by: Caller,
  ): Promise<LabelMove> {
    return setPromptLabel(this.deps.database.db, { ...input, ...this.who(by) });
  }

  list(input: ListPromptVersionsInput, visible?: VisibleBrands): Promise<PromptVersionsPage> {
    return listPromptVersions(this.deps.database.db, { ...input, visible });
  }

  private who(by: Caller) {
    return {
      actor: actorOf(by),
      actorIsAdmin: by.isAdmin,
      at: isoNow(this.deps.clock),
      promptAdmins: this.deps.promptAdmins,
    };
  }
}
