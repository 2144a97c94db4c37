import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import * as z from "zod";
import type { Tx } from "../../db/client.ts";
import { findPromptByName, findVersionByText } from "../../db/repositories/prompts.ts";
import { WinnowError } from "../errors.ts";
import { systemActor } from "../people/caller.ts";
import { createPromptVersion, PRODUCTION, STAGING } from "./service.ts";

/** The prompt texts that ship with Winnow: prompts/<name>.md, YAML front matter + the prompt body. */
export const SHIPPED_PROMPTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../prompts");

const FrontMatter = z.object({
  description: z.string().min(1),
  variables: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/)).default([]),
});

export interface ShippedPrompt {
  name: string;
  description: string;
  variables: string[];
  text: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits `---\nyaml\n---\nbody`; the body (trimmed) is the prompt text exactly as it is versioned. */
export function parsePromptFile(name: string, source: string): ShippedPrompt {
  const match = FENCE.exec(source);
  if (!match) {
    throw new WinnowError(
      "invalid_input",
      `prompts/${name}.md: missing front matter. Start the file with ---, description: and variables:, then ---.`,
    );
  }
  const parsed = FrontMatter.safeParse(parseYaml(match[1]!));
  if (!parsed.success) {
    throw new WinnowError("invalid_input", `prompts/${name}.md front matter: ${parsed.error.issues[0]!.message}`);
  }
  return { name, ...parsed.data, text: match[2]!.trim() };
}

export function loadShippedPrompts(dir = SHIPPED_PROMPTS_DIR): ShippedPrompt[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parsePromptFile(f.slice(0, -3), readFileSync(join(dir, f), "utf8")));
}

/**
 * Registers the shipped prompts. A new prompt becomes v1 labelled production and staging. If a later release ships
 * changed text, it becomes a new version labelled staging only: production stays where an admin put it.
 * Idempotent: identical text is never versioned twice.
 */
const SEED = systemActor("seed");

export async function registerShippedPrompts(db: Tx, at: string, shipped = loadShippedPrompts()) {
  const registered: { name: string; version: number; created: boolean }[] = [];
  for (const p of shipped) {
    const exists = await findPromptByName(db, p.name);
    if (exists && (await findVersionByText(db, exists.id, p.text))) continue;
    const result = await createPromptVersion(db, {
      name: p.name,
      text: p.text,
      description: p.description,
      variables: p.variables,
      note: "shipped with Winnow",
      labels: exists ? [STAGING] : [PRODUCTION, STAGING],
      actor: SEED,
      at,
      // The seed registers what ships; it is the one actor allowed to set production on a brand-new prompt.
      promptAdmins: [SEED],
    });
    registered.push({ name: p.name, version: result.version.version, created: result.created });
  }
  return registered;
}
