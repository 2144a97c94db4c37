import type { Tx } from "../../db/client.ts";
import { vocabularyRows } from "../../db/repositories/vocabulary.ts";

/**
 * What this workspace calls things, so a chat message can be understood in its words: brands, audiences with their
 * aliases ("Gen Z" → gen-z-runners), experiments by name, and the slot values templates allow (tones, offers,
 * formats). Read once per turn by the offline router; pure data after that.
 */
export interface VocabularyValue {
  id: string;
  /** Other words for the same value: names, aliases, template labels. */
  names: string[];
}

export interface ExperimentName {
  id: string;
  name: string;
  status: string;
  hasWinner: boolean;
  createdAt: string;
  /** What its audience is called ("Gen Z", "gen-z-runners"): people name a test by who it is for. */
  audienceNames?: string[];
}

export interface Vocabulary {
  brands: { id: string; slug: string; name: string }[];
  audiences: VocabularyValue[];
  offers: VocabularyValue[];
  tones: VocabularyValue[];
  formats: VocabularyValue[];
  /** Templates by id (tpl_…) with their names ("the summer template" → its id). */
  templates: VocabularyValue[];
  experiments: ExperimentName[];
  /** Brand members by how people name them ("Tom", "tom@…") → their Slack id or e-mail. */
  members: { ref: string; name: string | null; email: string | null; slackUserId: string | null; role: string }[];
  /** Prompt names ("kestrel-ad-copy"). */
  prompts: string[];
  /** Library assets by name, newest first, so "the trail dawn photo" can name one (optional: older callers). */
  assets?: { id: string; name: string; kind: string; status: string }[];
}

export const EMPTY_VOCABULARY: Vocabulary = {
  brands: [],
  audiences: [],
  offers: [],
  tones: [],
  formats: [],
  templates: [],
  experiments: [],
  members: [],
  prompts: [],
  assets: [],
};

interface SpecValues {
  slots?: Record<string, { values?: { id: string; label?: string }[] }>;
}

function add(into: Map<string, Set<string>>, id: string, names: (string | null | undefined)[]) {
  const set = into.get(id) ?? new Set<string>();
  for (const n of names) if (n?.trim()) set.add(n.trim());
  into.set(id, set);
}

const toValues = (m: Map<string, Set<string>>): VocabularyValue[] =>
  [...m].map(([id, names]) => ({ id, names: [...names] }));

export async function loadVocabulary(tx: Tx): Promise<Vocabulary> {
  const { brandRows, audienceRows, experimentRows, specs, memberRows, promptRows, assetRows } =
    await vocabularyRows(tx);
  const slots: Record<"audience" | "offer" | "tone" | "format", Map<string, Set<string>>> = {
    audience: new Map(),
    offer: new Map(),
    tone: new Map(),
    format: new Map(),
  };
  for (const a of audienceRows) add(slots.audience, a.slug, [a.name, ...(a.aliases ?? [])]);
  const audienceNamesOf = (id: string | null) => {
    const a = audienceRows.find((r) => r.id === id);
    return a ? { audienceNames: [a.slug, a.name, ...(a.aliases ?? [])].filter(Boolean) } : {};
  };
  for (const row of specs) {
    let spec: SpecValues;
    try {
      spec = JSON.parse(row.spec) as SpecValues;
    } catch {
      continue;
    }
    for (const slot of ["audience", "offer", "tone", "format"] as const) {
      for (const v of spec.slots?.[slot]?.values ?? []) add(slots[slot], v.id, [v.label]);
    }
  }
  return {
    brands: brandRows,
    audiences: toValues(slots.audience),
    offers: toValues(slots.offer),
    tones: toValues(slots.tone),
    formats: toValues(slots.format),
    templates: specs.filter((t) => t.id).map((t) => ({ id: t.id, names: [t.name] })),
    members: memberRows.map((m) => ({
      ref: m.slackUserId ?? m.email ?? m.userRef,
      name: m.name,
      email: m.email,
      slackUserId: m.slackUserId,
      role: m.role,
    })),
    prompts: promptRows.map((p) => p.name),
    assets: assetRows,
    experiments: experimentRows.map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      hasWinner: e.winnerArmId !== null,
      createdAt: e.createdAt,
      ...audienceNamesOf(e.audienceId),
    })),
  };
}
