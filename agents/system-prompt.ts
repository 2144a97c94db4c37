import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderPrompt } from "../core/prompts/render.ts";
import { SHIPPED_PROMPTS_DIR } from "../core/prompts/shipped.ts";
import type { Services } from "../server/services.ts";

export interface SystemPrompt {
  text: string;
  /** prompt_versions id when the prompt came from the versioned store; null for the shipped file. */
  promptVersionId: string | null;
}

/** The production "agent-system" prompt version, or the shipped file when prompts are not registered yet. */
export async function loadSystemPrompt(services: Services, vars: Record<string, string>): Promise<SystemPrompt> {
  try {
    const version = await services.prompts.byLabel("agent-system");
    return { text: renderPrompt(version.text, vars), promptVersionId: version.id };
  } catch (error) {
    services.logger.debug("agent-system prompt not in the store; using the shipped file", { error: String(error) });
    const source = readFileSync(resolve(SHIPPED_PROMPTS_DIR, "agent-system.md"), "utf8");
    const body = source.replace(/^---[\s\S]*?\n---\s*\n/, "");
    return { text: body.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name] ?? ""), promptVersionId: null };
  }
}
