import type { ReviewName, Vocabulary } from "../core/intents/vocabulary.ts";
import { matchAsset } from "./asset-match.ts";
import { ORDINAL_INDEX } from "./ordinal-words.ts";
import { matchExperiment } from "./resolve.ts";

/**
 * The pending review a decision names without its id: by what it is about ("approve the DE promo", "reject the
 * playful one", "the trail deployment"), by a short number ("rvw 2", "review #3") or by its place in the queue ("the
 * 3rd", "the top one in the queue"). Pure over the workspace's pending reviews (newest first, the queue's order) and,
 * when the thread just listed the queue, that list. Undefined when nothing, or more than one, fits.
 */

/** What kind of review a word points at: a promotion, a deployment or an asset. */
const KIND_WORDS: [RegExp, string][] = [
  [/\b(?:promo|promos|promotion|promotions|promote|promoting|winner)\b/i, "promotion"],
  [/\b(?:deploy|deploys|deployment|deployments|go[- ]live|launch|live)\b/i, "deployment"],
  [/\b(?:asset|image|photo|pic|variant|creative|portrait|banner|shot|copy)\b/i, "asset"],
];

/** Where a review stands in the queue, by the usual ordinals and the queue's own words ("the top one", "the oldest"). */
const ORDINALS: Record<string, number> = { ...ORDINAL_INDEX, top: 0, latest: 0, newest: 0, bottom: -1, oldest: -1 };
const POSITION =
  /\b(?:the\s+)?(first|1st|top|latest|newest|second|2nd|third|3rd|fourth|4th|fifth|5th|last|bottom|oldest)(?:\s+(?:one|review|request|item|in (?:the|my) (?:queue|list)))?\b/i;
const QUEUE = /\b(?:queue|pending|waiting|in review|to review|review list|reviews)\b/i;
const SHORT_NUMBER = /\b(?:rvw|review|request)s?\s*(?:no\.?|number|#)?\s*(\d{1,3})\b/i;

const at = <T>(list: T[], index: number) => (index < 0 ? list[list.length + index] : list[index]);

export function reviewNamed(text: string, v: Vocabulary, listed: string[] = []): string | undefined {
  const pending = v.reviews ?? [];
  const queue = listed.length ? listed : pending.map((r) => r.id);
  if (!queue.length) return undefined;
  // "rvw 2 and 3": the first number, the review whose id ends in it, else the one at that place in the queue.
  const number = text.match(SHORT_NUMBER);
  if (number) {
    const n = Number(number[1]);
    const byTail = queue.filter((id) => Number(id.match(/(\d+)$/)?.[1] ?? Number.NaN) === n);
    if (byTail.length === 1) return byTail[0];
    return n >= 1 ? queue[n - 1] : undefined;
  }
  // What it is about, said in the first part that names one ("the trail deployment and the German promotion").
  for (const part of text.split(/\s*(?:\band\b|,|;|&|\bthen\b)\s*/i)) {
    const found = subjectNamed(part, pending, v);
    if (found === null) return undefined;
    if (found) return found.id;
  }
  // A place counts in the list the thread just showed, or in the queue when the message says so ("the top one in the
  // queue"); "the fifth one" with nothing listed points at nothing.
  const position = text.match(POSITION);
  if (position && (listed.length || QUEUE.test(text))) return at(queue, ORDINALS[position[1]!.toLowerCase()]!);
  return undefined;
}

/** The review whose subject the words name; null when they name an asset or test nobody asked to review. */
function subjectNamed(part: string, pending: ReviewName[], v: Vocabulary): ReviewName | null | undefined {
  const kinds = KIND_WORDS.filter(([re]) => re.test(part)).map(([, kind]) => kind);
  const ofKind = (rs: ReviewName[]) => {
    const narrowed = kinds.length ? rs.filter((r) => kinds.includes(r.subjectType)) : rs;
    return narrowed.length ? narrowed : rs;
  };
  const asset = matchAsset(part, v.assets ?? []);
  // "the spring promo" names the promotion of the spring test, not an asset with "spring" in its name.
  const aboutAsset = !kinds.length || kinds.includes("asset");
  if (asset.kind === "one" && aboutAsset) {
    const about = pending.filter((r) => r.subjectId === asset.value.id || r.assetId === asset.value.id);
    if (about.length === 1) return about[0];
    if (!about.length && !matchExperimentOne(part, v)) return null;
  }
  const experiment = matchExperiment(part, v.experiments);
  if (experiment.kind === "one") {
    const about = ofKind(pending.filter((r) => r.subjectId === experiment.value.id));
    if (about.length === 1) return about[0];
  }
  // "approve the promotion" with one promotion waiting.
  if (kinds.length === 1 && kinds[0] !== "asset" && asset.kind === "none" && experiment.kind === "none") {
    const only = pending.filter((r) => r.subjectType === kinds[0]);
    if (only.length === 1) return only[0];
  }
  return undefined;
}

const matchExperimentOne = (part: string, v: Vocabulary) => matchExperiment(part, v.experiments).kind === "one";

/** How a review is said back without its id: "the promotion of DE marathon hook test", "Spring Sprint playful 9:16". */
export function describeReview(id: string, v: Vocabulary): string {
  const r = v.reviews?.find((x) => x.id === id);
  if (!r) return "the review";
  const asset = v.assets?.find((a) => a.id === r.subjectId || a.id === r.assetId);
  if (r.subjectType === "asset" && asset) return `the review of “${asset.name}”`;
  const experiment = v.experiments.find((e) => e.id === r.subjectId);
  return `the ${r.subjectType} review${experiment ? ` of the ${experiment.name}` : asset ? ` of “${asset.name}”` : ""}`;
}

/**
 * What a look at a review reads: the asset it reviews, the ads a deployment puts live (the test's deployments), or the
 * test whose winner a promotion ships (its read-out).
 */
export function reviewSubjectRead(
  id: string,
  v: Vocabulary,
): { tool: string; args: Record<string, unknown> } | undefined {
  const r = v.reviews?.find((x) => x.id === id);
  if (!r) return undefined;
  const asset = r.assetId ?? (r.subjectId.startsWith("ast_") ? r.subjectId : undefined);
  if (asset) return { tool: "get_asset", args: { id: asset } };
  if (!r.subjectId.startsWith("exp_")) return undefined;
  return r.subjectType === "deployment"
    ? { tool: "list_deployments", args: { experimentId: r.subjectId } }
    : { tool: "get_experiment_results", args: { experimentId: r.subjectId } };
}

/** A reason said after the words that named the review ("the DE promo, I've seen the numbers" → the part after). */
export function reasonAfterName(reason: string | undefined): string | undefined {
  const rest = reason?.match(/^[^,;—–]*?(?:[,;—–]|:(?!\d))\s*(.+)$/)?.[1]?.trim();
  return rest && rest.length >= 2 ? rest : undefined;
}
