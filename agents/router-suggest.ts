import type { McpToolInfo } from "./mcp-client.ts";
import { tokens } from "./resolve.ts";
import { scoreTools } from "./router-toolscore.ts";

/**
 * "Did you mean …": for a message the router could not read, the two or three requests it can do that share the most
 * words with it, written as the user could send them. Only requests whose tool this Winnow serves are offered.
 */
const CATALOG: { tool: string; example: string; words: string }[] = [
  {
    tool: "search_assets",
    example: "find trail running photos for Gen Z",
    words: "find search photo image asset picture shot library look",
  },
  {
    tool: "find_similar",
    example: "more like ast_… (or share an image)",
    words: "similar like lookalike feel same look",
  },
  {
    tool: "generate_variants",
    example: "make 8 variants of the spring offer for Gen Z",
    words: "make generate variant version ad creative new copy draft create render",
  },
  {
    tool: "get_experiment_results",
    example: "how is the spring test doing?",
    words: "test experiment result status winner leading done doing performance",
  },
  {
    tool: "stop_experiment",
    example: "stop the experiment and pause the losing ads",
    words: "stop end kill pause loser losing experiment test halt",
  },
  { tool: "promote_winners", example: "promote the winner", words: "promote ship winner roll out best" },
  {
    tool: "update_allocation",
    example: "rebalance the traffic",
    words: "rebalance traffic split allocation budget shift",
  },
  {
    tool: "create_experiment",
    example: "start a test with these variants on CTR",
    words: "start test experiment create launch run ab split new",
  },
  {
    tool: "top_performers",
    example: "top 5 ads by ROAS last week",
    words: "top best performing performer roas ctr cpa ads winner rank spend",
  },
  {
    tool: "slot_insights",
    example: "which hook works best for Gen Z?",
    words: "hook tone cta offer works best which slot angle drives",
  },
  {
    tool: "cost_report",
    example: "what did we spend last week?",
    words: "cost spend spent money budget bill much price",
  },
  {
    tool: "check_brand_rules",
    example: "check this copy: 40% off today",
    words: "check copy brand rule compliant allowed ok post headline text caption",
  },
  {
    tool: "get_brand_rules",
    example: "which words are banned?",
    words: "banned word phrase rule guideline disclaimer allowed forbidden brand",
  },
  {
    tool: "list_reviews",
    example: "what is waiting for approval?",
    words: "review approval approve waiting pending queue sign off",
  },
  {
    tool: "library_review",
    example: "any rights expiring this month?",
    words: "rights expire expiring stale review library old overdue licence license",
  },
  {
    tool: "trace_lineage",
    example: "which assets use ast_…? (lineage)",
    words: "lineage use used come from derived made history where source photo",
  },
  {
    tool: "find_duplicates",
    example: "are there near-identical images?",
    words: "duplicate dupe identical same copy near clean twin",
  },
  { tool: "tag_assets", example: "tag the new uploads", words: "tag tags label upload new untagged retag" },
  {
    tool: "review_asset",
    example: "archive the old banners",
    words: "archive retire remove old banner hide cleanup clean",
  },
  {
    tool: "list_jobs",
    example: "did the ingest job fail?",
    words: "job jobs fail failed ingest sync scheduler run error import",
  },
  {
    tool: "ingest_metrics",
    example: "pull the latest numbers from Meta",
    words: "pull ingest import sync metric number data stats meta tiktok google",
  },
  { tool: "list_templates", example: "list templates", words: "template templates layout" },
  { tool: "list_models", example: "which image models can you use?", words: "model models ai llm image text provider" },
  {
    tool: "list_brand_members",
    example: "who are the approvers on kestrel?",
    words: "who member approver team people role reviewer",
  },
  { tool: "list_brands", example: "which brands do we have?", words: "brand brands audience audiences" },
];

export function suggestFor(text: string, tools: McpToolInfo[], max = 3): string[] {
  const said = new Set(tokens(text));
  const served = new Set(tools.map((t) => t.name));
  // Ranked by how close the message is to each tool's own words (router-toolscore), then by the example's words.
  const byTool = new Map(scoreTools(text, tools).map((g) => [g.tool, g.score]));
  const scored = CATALOG.filter((c) => served.has(c.tool))
    .map((c) => ({ c, score: (byTool.get(c.tool) ?? 0) + tokens(c.words).filter((w) => said.has(w)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, max).map((x) => x.c.example);
}

/** The reply for a message the router could not read: honest, short, with what it can do instead. */
export function didYouMean(suggestions: string[]): string {
  if (!suggestions.length)
    return [
      "I can't do that here, or I didn't understand it. Things I can do:",
      "• `find trail running photos for Gen Z`",
      "• `make 8 variants of the spring offer for Gen Z`",
      "• `how is the spring test doing?`",
      "Type `help` for the full list.",
    ].join("\n");
  return [
    `I'm not sure what you meant. Did you mean ${suggestions.length > 1 ? "one of these" : "this"}?`,
    ...suggestions.map((s) => `• \`${s}\``),
  ].join("\n");
}
