import * as z from "zod";
import type { Tx } from "../../db/client.ts";
import {
  findPromptByName,
  getVersionByNumber,
  type LabelMoveEvent,
  labelHistory,
  labelsOf,
  latestVersionNumber,
  listPromptNames,
  pageVersions,
  rollupsFor,
  type VersionRollup,
} from "../../db/repositories/prompts.ts";
import type { VisibleBrands } from "../../db/repositories/visibility.ts";
import { invalidInput, notFound } from "../errors.ts";
import { encodeCursor } from "../pagination.ts";
import { diffPromptTexts, type PromptDiff } from "./diff.ts";

export interface ListPromptVersionsInput {
  name: string;
  cursor?: string | undefined;
  limit: number;
  includeText?: boolean | undefined;
  /** Diff `from` → `to` (default: the latest version). */
  diff?: { from: number; to?: number | undefined } | undefined;
  /** Roll-ups count only runs, costs and ads of these brands (and unbranded ones); undefined: every brand. */
  visible?: VisibleBrands;
}

export interface VersionListItem {
  id: string;
  version: number;
  variables: string[];
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  labels: string[];
  text: string | null;
  rollup: Omit<VersionRollup, "promptVersionId"> & { ctr: number | null };
}

export interface PromptVersionsPage {
  prompt: { id: string; name: string; description: string | null; latestVersion: number };
  labels: { label: string; version: number; updatedBy: string | null; updatedAt: string }[];
  recentLabelMoves: LabelMoveEvent[];
  items: VersionListItem[];
  nextCursor: string | null;
  diff: PromptDiff | null;
}

const VersionCursor = z.object({ v: z.number().int().min(1) });

function decodeVersionCursor(cursor: string): number {
  try {
    return VersionCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).v;
  } catch {
    throw invalidInput(
      "cursor",
      "is not a cursor this tool issued",
      "Pass nextCursor from the previous page unchanged.",
    );
  }
}

/** Versions newest first, each with its labels and usage/performance roll-up; optionally a diff of two versions. */
export async function listPromptVersions(db: Tx, input: ListPromptVersionsInput): Promise<PromptVersionsPage> {
  const prompt = await findPromptByName(db, input.name);
  if (!prompt) {
    throw notFound("Prompt", input.name, `Known prompts: ${(await listPromptNames(db)).join(", ") || "none"}.`);
  }
  const latest = await latestVersionNumber(db, prompt.id);
  const before = input.cursor ? decodeVersionCursor(input.cursor) : undefined;
  const rows = await pageVersions(db, prompt.id, before, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const labels = await labelsOf(db, prompt.id);
  const rollups = await rollupsFor(
    db,
    page.map((r) => r.id),
    input.visible,
  );
  const items = page.map((row): VersionListItem => {
    const { promptVersionId: _, ...rollup } = rollups.get(row.id)!;
    return {
      id: row.id,
      version: row.version,
      variables: row.variables,
      note: row.note,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      labels: labels.filter((l) => l.promptVersionId === row.id).map((l) => l.label),
      text: input.includeText ? row.text : null,
      rollup: { ...rollup, ctr: rollup.impressions > 0 ? rollup.clicks / rollup.impressions : null },
    };
  });
  let diff: PromptDiff | null = null;
  if (input.diff) {
    const toVersion = input.diff.to ?? latest;
    const [from, to] = await Promise.all([
      getVersionByNumber(db, prompt.id, input.diff.from),
      getVersionByNumber(db, prompt.id, toVersion),
    ]);
    if (!from || !to) {
      const missing = from ? toVersion : input.diff.from;
      throw invalidInput(
        from ? "diff.to" : "diff.from",
        `prompt ${prompt.name} has no version ${missing}`,
        `Pick versions between 1 and ${latest}.`,
      );
    }
    diff = diffPromptTexts(`${prompt.name} v${from.version}`, from.text, `${prompt.name} v${to.version}`, to.text);
  }
  return {
    prompt: { id: prompt.id, name: prompt.name, description: prompt.description, latestVersion: latest },
    labels: labels.map((l) => ({ label: l.label, version: l.version, updatedBy: l.updatedBy, updatedAt: l.updatedAt })),
    recentLabelMoves: await labelHistory(db, prompt.id, undefined, 10),
    items,
    nextCursor: rows.length > input.limit ? encodeCursor({ v: page.at(-1)!.version }) : null,
    diff,
  };
}
