import type { BrandScope } from "../people/caller.ts";

/**
 * What this workspace calls things, so a chat message can be understood in its words: brands, audiences with their
 * aliases ("Gen Z" → gen-z-runners), experiments by name, and the slot values templates allow (tones, offers,
 * formats). Read once per turn by the offline router; pure data after that. Built here from rows the vocabulary
 * service reads (core/intents/service.ts), trimmed to the brands the reader holds a role on: a person is never told
 * another brand's names, not even in a "did you mean".
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
  /** The assets its arms test, and the platforms its ads run on ("the tiktok test"). */
  armAssetIds?: string[];
  platforms?: string[];
  /** The variant its winning arm tests, once it has one ("the City CTA winner"). */
  winnerAssetId?: string;
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
  /**
   * Library assets by name, newest first, so "the trail dawn photo" can name one (optional: older callers); when it
   * was made breaks a tie between two named alike ("the premium 9:16" said a day after it was generated).
   */
  assets?: { id: string; name: string; kind: string; status: string; createdAt?: string }[];
  /** Campaigns by name ("the spring sprint 2027 campaign" → cmp_…), newest first. */
  campaigns?: { id: string; name: string }[];
  /**
   * Pending review requests, newest first (the queue's order), with what each is about (an asset, or the experiment
   * of a promotion or deployment), so "approve the DE promo" or "reject the playful one" can name one.
   */
  reviews?: ReviewName[];
}

export interface ReviewName {
  id: string;
  subjectType: string;
  subjectId: string;
  assetId?: string | null;
  reasons?: string[];
  createdAt?: string;
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
  campaigns: [],
};

interface SpecValues {
  slots?: Record<string, { values?: { id: string; label?: string }[] }>;
}

type BrandId = string | null | undefined;

/** The rows the vocabulary is made of, each with the brand it belongs to (null: the workspace's, seen by all). */
export interface VocabularyRows {
  brandRows: { id: string; slug: string; name: string }[];
  audienceRows: { id: string; slug: string; name: string; aliases: string[] | null; brandId: BrandId }[];
  experimentRows: {
    id: string;
    name: string;
    status: string;
    winnerArmId: string | null;
    audienceId: string | null;
    createdAt: string;
  }[];
  experimentBrands: { experiment_id: string; brand_id: string }[];
  experimentArms?: { id?: string; experiment_id: string; asset_id: string; platform: string | null }[];
  campaignRows: { id: string; name: string; brandId: BrandId }[];
  specs: { id: string; name: string; brand_id: BrandId; spec: string }[];
  memberRows: {
    userRef: string;
    slackUserId: string | null;
    email: string | null;
    name: string | null;
    role: string;
    brandId: string;
  }[];
  promptRows: { name: string }[];
  assetRows: { id: string; name: string; kind: string; status: string; brandId: BrandId; createdAt?: string }[];
  reviewRows?: (ReviewName & { brandId: BrandId })[];
}

function add(into: Map<string, Set<string>>, id: string, names: (string | null | undefined)[]) {
  const set = into.get(id) ?? new Set<string>();
  for (const n of names) if (n?.trim()) set.add(n.trim());
  into.set(id, set);
}

const toValues = (m: Map<string, Set<string>>): VocabularyValue[] =>
  [...m].map(([id, names]) => ({ id, names: [...names] }));

/**
 * The vocabulary one reader may be told: rows of the brands in `scope` and the workspace's unbranded rows. An
 * experiment belongs to the brands of its campaign and its arms' assets (and its audience's); it shows only when the
 * reader sees every one of them. Prompts have no brand and are the workspace's.
 */
export function buildVocabulary(rows: VocabularyRows, scope: BrandScope): Vocabulary {
  const sees = (brandId: BrandId) => scope.all || !brandId || scope.brandIds.includes(brandId);
  const audienceRows = rows.audienceRows.filter((a) => sees(a.brandId));
  const specs = rows.specs.filter((t) => sees(t.brand_id));
  const brandsOfExperiment = new Map<string, string[]>();
  for (const r of rows.experimentBrands)
    brandsOfExperiment.set(r.experiment_id, [...(brandsOfExperiment.get(r.experiment_id) ?? []), r.brand_id]);
  const audienceBrand = new Map(rows.audienceRows.map((a) => [a.id, a.brandId]));
  const experimentRows = rows.experimentRows.filter((e) =>
    [...(brandsOfExperiment.get(e.id) ?? []), e.audienceId ? audienceBrand.get(e.audienceId) : undefined].every(sees),
  );
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
  const armsOf = (id: string, winnerArmId: string | null) => {
    const arms = (rows.experimentArms ?? []).filter((a) => a.experiment_id === id);
    if (!arms.length) return {};
    const platforms = [...new Set(arms.flatMap((a) => (a.platform ? [a.platform] : [])))];
    const winner = winnerArmId ? arms.find((a) => a.id === winnerArmId)?.asset_id : undefined;
    return {
      armAssetIds: [...new Set(arms.map((a) => a.asset_id))],
      ...(platforms.length ? { platforms } : {}),
      ...(winner ? { winnerAssetId: winner } : {}),
    };
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
    brands: rows.brandRows.filter((b) => sees(b.id)),
    audiences: toValues(slots.audience),
    offers: toValues(slots.offer),
    tones: toValues(slots.tone),
    formats: toValues(slots.format),
    templates: specs.filter((t) => t.id).map((t) => ({ id: t.id, names: [t.name] })),
    members: rows.memberRows
      .filter((m) => sees(m.brandId))
      .map((m) => ({
        ref: m.slackUserId ?? m.email ?? m.userRef,
        name: m.name,
        email: m.email,
        slackUserId: m.slackUserId,
        role: m.role,
      })),
    prompts: rows.promptRows.map((p) => p.name),
    assets: rows.assetRows.filter((a) => sees(a.brandId)).map(({ brandId: _b, ...a }) => a),
    campaigns: rows.campaignRows.filter((c) => sees(c.brandId)).map(({ id, name }) => ({ id, name })),
    reviews: (rows.reviewRows ?? []).filter((r) => sees(r.brandId)).map(({ brandId: _b, ...r }) => r),
    experiments: experimentRows.map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      hasWinner: e.winnerArmId !== null,
      createdAt: e.createdAt,
      ...audienceNamesOf(e.audienceId),
      ...armsOf(e.id, e.winnerArmId),
    })),
  };
}
