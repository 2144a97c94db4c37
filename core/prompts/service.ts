import type { Tx } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  findPromptByName,
  findVersionByText,
  getVersionByNumber,
  insertPrompt,
  insertPromptVersion,
  labelHistory,
  labelsOf,
  latestVersionNumber,
  listPromptNames,
  type PromptVersionRow,
  upsertLabel,
} from "../../db/repositories/prompts.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { detectVariables } from "./render.ts";

export { detectVariables, renderPrompt } from "./render.ts";

/** The label generation uses unless told otherwise; only configured prompt admins may move it. */
export const PRODUCTION = "production";
export const STAGING = "staging";
const LABEL = /^[a-z][a-z0-9_-]{0,39}$/;
const PROMPT_NAME = /^[a-z][a-z0-9-]{0,63}$/;

export interface PromptVersionView {
  id: string;
  promptId: string;
  name: string;
  version: number;
  text: string;
  variables: string[];
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

const view = (name: string, row: PromptVersionRow): PromptVersionView => ({
  id: row.id,
  promptId: row.promptId,
  name,
  version: row.version,
  text: row.text,
  variables: row.variables,
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

async function requirePrompt(db: Tx, name: string) {
  const prompt = await findPromptByName(db, name);
  if (!prompt) {
    const known = await listPromptNames(db);
    throw notFound(
      "Prompt",
      name,
      known.length
        ? `Known prompts: ${known.join(", ")}.`
        : "No prompts are registered yet; run `winnow seed` to register the prompts shipped in prompts/.",
    );
  }
  return prompt;
}

/** The version a label points at, e.g. the production copywriter prompt that generation records on every run. */
export async function getPromptVersionByLabel(db: Tx, promptName: string, label = PRODUCTION) {
  const prompt = await requirePrompt(db, promptName);
  const labels = await labelsOf(db, prompt.id);
  const hit = labels.find((l) => l.label === label);
  if (!hit) {
    throw notFound(
      `Label ${label} of prompt`,
      promptName,
      labels.length
        ? `Its labels are: ${labels.map((l) => `${l.label} (v${l.version})`).join(", ")}.`
        : "It has no labels yet; set one with set_prompt_label.",
    );
  }
  const row = await getVersionByNumber(db, prompt.id, hit.version);
  return view(prompt.name, row!);
}

export async function getPromptVersion(db: Tx, promptName: string, version: number) {
  const prompt = await requirePrompt(db, promptName);
  const row = await getVersionByNumber(db, prompt.id, version);
  if (!row) {
    const latest = await latestVersionNumber(db, prompt.id);
    throw notFound(`Version ${version} of prompt`, promptName, `It has versions 1-${latest}.`);
  }
  return view(prompt.name, row);
}

export interface CreatePromptVersionInput {
  name: string;
  text: string;
  description?: string | undefined;
  /** When given, must match the {{variables}} found in the text exactly (catches typos in either). */
  variables?: string[] | undefined;
  note?: string | undefined;
  labels?: string[] | undefined;
  actor: string;
  at: string;
  promptAdmins: string[];
  /** Workspace admins (and the local admin) may move production without being listed in WINNOW_PROMPT_ADMINS. */
  actorIsAdmin?: boolean | undefined;
}

export interface CreatePromptVersionResult {
  version: PromptVersionView;
  /** False when identical text already existed as a version: that version is returned instead of a duplicate. */
  created: boolean;
  labelsMoved: LabelMove[];
}

export async function createPromptVersion(db: Tx, input: CreatePromptVersionInput): Promise<CreatePromptVersionResult> {
  if (!PROMPT_NAME.test(input.name)) {
    throw invalidInput(
      "name",
      `"${input.name}" is not a prompt name`,
      "Use lowercase letters, digits and dashes, starting with a letter (e.g. copywriter, agent-system).",
    );
  }
  if (input.text.trim() === "") throw invalidInput("text", "is empty", "Pass the full prompt text.");
  const variables = detectVariables(input.text);
  if (input.variables) checkDeclared(input.variables, variables);
  for (const label of input.labels ?? []) checkLabel(label, input.actor, input.promptAdmins, input.actorIsAdmin);
  return db.transaction(async (tx) => {
    let prompt = await findPromptByName(tx, input.name);
    if (!prompt) {
      prompt = { id: newId("prompt"), name: input.name, description: input.description ?? null, createdAt: input.at };
      await insertPrompt(tx, prompt);
      await recordEvent(tx, {
        entityType: "prompt",
        entityId: prompt.id,
        action: "prompt.created",
        actor: input.actor,
        at: input.at,
        data: { name: input.name },
      });
    }
    let row = await findVersionByText(tx, prompt.id, input.text);
    const created = !row;
    if (!row) {
      row = {
        id: newId("promptVersion"),
        promptId: prompt.id,
        version: (await latestVersionNumber(tx, prompt.id)) + 1,
        text: input.text,
        variables,
        note: input.note ?? null,
        createdBy: input.actor,
        createdAt: input.at,
      };
      await insertPromptVersion(tx, row);
      await recordEvent(tx, {
        entityType: "prompt_version",
        entityId: row.id,
        action: "prompt_version.created",
        actor: input.actor,
        at: input.at,
        data: { prompt: input.name, version: row.version, variables },
      });
    }
    const labelsMoved: LabelMove[] = [];
    for (const label of input.labels ?? []) {
      labelsMoved.push(await moveLabel(tx, prompt.id, input.name, label, row, input.actor, input.at));
    }
    return { version: view(prompt.name, row), created, labelsMoved };
  });
}

export interface LabelMove {
  prompt: string;
  label: string;
  fromVersion: number | null;
  toVersion: number;
  promptVersionId: string;
  changed: boolean;
}

export interface SetPromptLabelInput {
  name: string;
  label: string;
  /** Target version; omit with rollback: true to move the label back to where it pointed before its last move. */
  version?: number | undefined;
  rollback?: boolean | undefined;
  actor: string;
  at: string;
  promptAdmins: string[];
  actorIsAdmin?: boolean | undefined;
}

/** Deploy and rollback are label moves; each move is an event with from, to and who. */
export async function setPromptLabel(db: Tx, input: SetPromptLabelInput): Promise<LabelMove> {
  checkLabel(input.label, input.actor, input.promptAdmins, input.actorIsAdmin);
  if ((input.version === undefined) === !input.rollback) {
    throw invalidInput(
      "version",
      input.rollback ? "was given together with rollback" : "is missing",
      "Pass either version (the number to point the label at) or rollback: true, not both.",
    );
  }
  return db.transaction(async (tx) => {
    const prompt = await requirePrompt(tx, input.name);
    let target = input.version;
    if (input.rollback) target = await previousVersionOf(tx, prompt.id, input.name, input.label);
    const row = await getVersionByNumber(tx, prompt.id, target!);
    if (!row) {
      const latest = await latestVersionNumber(tx, prompt.id);
      throw invalidInput("version", `prompt ${input.name} has no version ${target}`, `Pick one of 1-${latest}.`);
    }
    return moveLabel(tx, prompt.id, input.name, input.label, row, input.actor, input.at);
  });
}

async function moveLabel(
  tx: Tx,
  promptId: string,
  name: string,
  label: string,
  row: PromptVersionRow,
  actor: string,
  at: string,
): Promise<LabelMove> {
  const current = (await labelsOf(tx, promptId)).find((l) => l.label === label);
  const move: LabelMove = {
    prompt: name,
    label,
    fromVersion: current?.version ?? null,
    toVersion: row.version,
    promptVersionId: row.id,
    changed: current?.promptVersionId !== row.id,
  };
  if (!move.changed) return move;
  await upsertLabel(tx, { promptId, label, promptVersionId: row.id, updatedBy: actor, updatedAt: at });
  await recordEvent(tx, {
    entityType: "prompt",
    entityId: promptId,
    action: "prompt_label.moved",
    actor,
    at,
    data: {
      prompt: name,
      label,
      fromVersion: move.fromVersion,
      toVersion: move.toVersion,
      fromVersionId: current?.promptVersionId ?? null,
      toVersionId: row.id,
    },
  });
  return move;
}

async function previousVersionOf(tx: Tx, promptId: string, name: string, label: string): Promise<number> {
  const [last] = await labelHistory(tx, promptId, label, 1);
  if (!last || last.fromVersion === null) {
    throw new WinnowError(
      "conflict",
      `Label ${label} of prompt ${name} has no earlier version to roll back to. Pass version to point it explicitly.`,
      { field: "rollback" },
    );
  }
  return last.fromVersion;
}

function checkLabel(label: string, actor: string, admins: string[], actorIsAdmin = false) {
  if (!LABEL.test(label)) {
    throw invalidInput(
      "label",
      `"${label}" is not a label name`,
      "Use production, staging or a custom lowercase name (letters, digits, - and _), e.g. experiment-b.",
    );
  }
  if (label === PRODUCTION && !actorIsAdmin && !admins.includes(actor)) {
    throw new WinnowError(
      "forbidden",
      `label: production is protected and ${actor} is not a prompt admin. Ask an admin to deploy it, move staging instead, or add ${actor} to WINNOW_PROMPT_ADMINS (currently ${admins.length ? admins.join(", ") : "empty"}).`,
      { field: "label" },
    );
  }
}

function checkDeclared(declared: string[], detected: string[]) {
  const missing = declared.filter((v) => !detected.includes(v));
  const undeclared = detected.filter((v) => !declared.includes(v));
  if (missing.length || undeclared.length) {
    throw invalidInput(
      "variables",
      [
        missing.length ? `declared but not used in text: ${missing.join(", ")}` : "",
        undeclared.length ? `used in text but not declared: ${undeclared.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; "),
      `Declare exactly the {{variables}} the text uses (found: ${detected.join(", ") || "none"}), or omit variables to detect them.`,
    );
  }
}
