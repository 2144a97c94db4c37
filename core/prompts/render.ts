import { invalidInput } from "../errors.ts";

/** `{{ name }}` placeholders: letters, digits, `_` and `.`; whitespace inside the braces is allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

/** Variable names in first-appearance order, each once. */
export function detectVariables(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) seen.add(match[1]!);
  return [...seen];
}

export type PromptVars = Record<string, unknown>;

/**
 * Substitutes every `{{var}}`. A missing (undefined/null) variable is an error naming it, because a prompt silently
 * sent with a hole in it produces plausible but wrong copy. Arrays become comma-separated lists, objects JSON.
 */
export function renderPrompt(text: string, vars: PromptVars): string {
  const missing = detectVariables(text).filter((name) => vars[name] === undefined || vars[name] === null);
  if (missing.length > 0) {
    const given = Object.keys(vars);
    throw invalidInput(
      `vars.${missing[0]}`,
      `the prompt needs ${missing.map((m) => `{{${m}}}`).join(", ")} but ${missing.length === 1 ? "it was" : "they were"} not given`,
      `Pass a value for each variable (given: ${given.length ? given.join(", ") : "none"}).`,
    );
  }
  return text.replace(PLACEHOLDER, (_, name: string) => formatValue(vars[name]));
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
