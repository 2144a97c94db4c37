import type { McpToolInfo } from "./mcp-client.ts";
import { oneTypo, tokens } from "./resolve.ts";

/**
 * Which served tool a message is about, read from the tools themselves: each tool's name, title and the first
 * sentence of its description (the words its author chose for it), plus the everyday words marketers use for the
 * same thing (SAID_AS), weighted by how rare each word is across the tools (idf), so "cost" or "lineage" decides
 * and "asset" barely counts. A word one slip away from an indexed word counts as it ("expirng"). A guess needs a
 * score and a lead over the runner-up; otherwise there is none and the caller says what it can do instead.
 */

/** Everyday words for what a tool does, beyond its own description. Words, not phrases: they vote. */
export const SAID_AS: Record<string, string> = {
  cost_report:
    "spend spent spending money bill cost costs pricey expensive burn burning wasting waste paying paid cash dollars budget breakdown render",
  top_performers:
    "performer best top winner winners leaderboard ranking crushing killing outperforming worst working numbers stats",
  get_experiment_results: "test experiment readout result results winning leading ahead won status significant verdict",
  slot_insights: "hook hooks angle angles cta tone tones offer drove drives driving resonate wins attribution",
  generate_variants: "variant variants variation variations generate draft",
  check_brand_rules: "check compliant compliance allowed ok okay pass passes vet copy headline caption legal",
  get_brand_rules: "banned forbidden guideline guidelines disclaimer disclaimers rulebook words phrases",
  update_brand_rules: "ban unban add allow forbid disclaimer banned phrase",
  list_reviews: "pending approval approvals waiting queue signoff awaiting outstanding",
  decide_review: "approve approved reject rejected lgtm decline",
  library_review: "stale expiring expire expiry rights license licence overdue outdated",
  find_duplicates: "duplicate duplicates dupe dupes identical twins copies",
  resolve_duplicates: "merge dedupe consolidate keep",
  list_jobs: "job jobs cron scheduler failed fail broke broken stuck sync",
  // "the numbers", "stats" are what the ads did (a read); a pull from a platform says its verb or its source.
  ingest_metrics: "ingest metrics pull import sync refresh load export rerun retry",
  update_allocation: "rebalance reallocate allocation traffic split weights shift",
  stop_experiment: "stop end kill halt pause wrap",
  promote_winners: "promote ship winner default",
  create_experiment: "launch start begin kick test experiment",
  list_brand_members: "members team who access roles people",
  add_brand_member: "add invite onboard give access",
  remove_brand_member: "remove kick revoke offboard",
  list_templates: "template templates layouts",
  trace_lineage: "lineage provenance origin came derived made history parent descendants",
  tag_assets: "tag retag label untagged",
  update_asset: "rename archive status rights renewed expiry owner notes",
  review_asset: "reviewed archive retire",
  list_assets: "uploaded uploads added latest newest list",
  search_assets: "find search photo photos pics shots looking",
  find_similar: "similar lookalike alike resembles",
  list_models: "model models llm provider providers",
  list_audit_events: "who changed audit log",
  record_feedback: "wrong mistagged mislabeled feedback calling called incorrect",
  list_deployments: "linked deployments ads live running",
  link_deployment: "link connect attach map",
  unlink_deployment: "unlink disconnect detach",
  list_prompt_versions: "prompt prompts versions",
  set_prompt_label: "deploy rollback production staging label",
  create_prompt_version: "prompt new version",
  list_tagger_versions: "tagger taggers versions shadow",
  retrain_tagger: "retrain train",
  promote_tagger: "tagger promote",
  rollback_tagger: "tagger rollback",
  list_brands: "brands audiences",
  create_brand: "brand new onboard client",
  update_brand: "palette channel colors fonts logo",
  import_assets: "import folder upload bulk",
  add_asset: "add save library upload",
  get_asset: "details info metadata",
  request_review: "review sign send approver",
  replace_asset_version: "replaces replace replacing swap swapped supersedes updated newer packshot",
};

/** Words that say nothing about which tool is meant. */
const STOP = new Set(
  tokens(
    "a an the of for in on at to by with from and or but is are was were be been it its this that these those " +
      "we our us me my you your i can could would will should do does did please pls hey hi ok okay just any some " +
      "what which how when where who whom why there here get show give tell let one ones all each every about into " +
      "out up now then also than so if not no yes too very really quick new thing things stuff",
  ),
);

interface Doc {
  tool: string;
  weights: Map<string, number>;
}
interface Index {
  docs: Doc[];
  idf: Map<string, number>;
  vocabulary: string[];
}

const cache = new WeakMap<McpToolInfo[], Index>();

function firstSentence(s: string | undefined): string {
  return (s ?? "").split(/(?<=[.!?])\s/)[0] ?? "";
}

function indexOf(tools: McpToolInfo[]): Index {
  const hit = cache.get(tools);
  if (hit) return hit;
  const docs = tools.map((t) => {
    const weights = new Map<string, number>();
    const add = (text: string, w: number) => {
      for (const tok of tokens(text)) if (!STOP.has(tok)) weights.set(tok, Math.max(weights.get(tok) ?? 0, w));
    };
    add(firstSentence(t.description), 1);
    add((t as { title?: string }).title ?? "", 2);
    add(t.name.replace(/_/g, " "), 2);
    add(SAID_AS[t.name] ?? "", 2);
    return { tool: t.name, weights };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.weights.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log(1 + docs.length / n)]));
  const index = { docs, idf, vocabulary: [...df.keys()] };
  cache.set(tools, index);
  return index;
}

/** The word without an inflection or a prefix that keeps its sense: "overspending" → spend, "retagged" → tag. */
function inflections(word: string): string[] {
  const bases = [word, word.replace(/(?:ing|ed|er)$/, ""), word.replace(/(?:ing|ed|er)$/, "").replace(/(.)\1$/, "$1")];
  const out = bases.flatMap((b) => [b, b.replace(/^(?:over|under|re|mis|un)(?=\w{4})/, "")]);
  return [...new Set(out)].filter((w) => w.length >= 3 && w !== word);
}

/**
 * Values whose shape says which argument they are (a folder path, a link, an e-mail address): a tool whose schema has
 * such an argument gets a vote, so "import kestrel/2027-04-shoot" is the import with a path, not a metrics pull.
 */
const SHAPES: { said: RegExp; property: RegExp }[] = [
  { said: /(?:^|\s)(?!https?:)[\w.-]+\/[\w./-]*[\w-](?=\s|$|[,.;!?])/, property: /^(path|folder|dir|directory)$/i },
  { said: /https?:\/\/\S+/, property: /url$/i },
  { said: /\b[\w.+-]+@[\w-]+\.[\w.]+\b/, property: /^email$/i },
];
const SHAPE_WEIGHT = 3;

export interface ToolGuess {
  tool: string;
  score: number;
  /** The next best tool and its score, for "did you mean" and for the margin. */
  runnerUp?: { tool: string; score: number };
}

/** Every tool with a score above zero, best first. */
/**
 * `exact`: words read only as themselves, never as another word's slip or inflection — the workspace's own names
 * ("trail" is an audience, not a slip of "train").
 */
export function scoreTools(text: string, tools: McpToolInfo[], exact: ReadonlySet<string> = new Set()): ToolGuess[] {
  const index = indexOf(tools);
  const said = new Set<string>();
  for (const raw of tokens(text.replace(/\b(?:ast|exp|rvw|tpl|cmp)_\w+/g, " "))) {
    if (STOP.has(raw) || /^\d+$/.test(raw)) continue;
    // A name is itself: "banner" is not "ban" + "er", "trail" not a slip of "train".
    const own = exact.has(raw);
    const known = (own ? [raw] : [raw, ...inflections(raw)]).find((w) => index.idf.has(w));
    if (known) said.add(known);
    else if (!own) {
      const near = index.vocabulary.filter((w) => oneTypo(raw, w));
      if (near.length === 1) said.add(near[0]!);
    }
  }
  const shapes = SHAPES.filter((s) => s.said.test(text));
  const props = new Map(tools.map((t) => [t.name, Object.keys(t.inputSchema.properties ?? {})]));
  const shaped = (tool: string) =>
    shapes.filter((s) => props.get(tool)?.some((p) => s.property.test(p))).length * SHAPE_WEIGHT;
  const scored = index.docs
    .map((d) => ({
      tool: d.tool,
      score: [...said].reduce((n, w) => n + (d.weights.get(w) ?? 0) * (index.idf.get(w) ?? 0), 0) + shaped(d.tool),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored.map((x, i) => ({ ...x, ...(scored[i + 1] ? { runnerUp: scored[i + 1] } : {}) }));
}

/** The tool a message is clearly about: a score of at least `min` and 1.4× the runner-up's. */
export function guessTool(
  text: string,
  tools: McpToolInfo[],
  min = 5,
  exact?: ReadonlySet<string>,
): ToolGuess | undefined {
  const [top] = scoreTools(text, tools, exact);
  if (!top || top.score < min) return undefined;
  if (top.runnerUp && top.score < top.runnerUp.score * 1.4) return undefined;
  return top;
}
