import type { PlanInput, RouterPlan } from "./router-plan.ts";
import { NOT_OURS, type ReaderGuess, readTool } from "./router-reader.ts";

/**
 * Where the phrase rules gave up ("I didn't catch that"), could only ask, or fell back to a search nobody asked for,
 * the second reader (router-reader.ts) reads the message again from the tools' own words. When it is sure enough — a
 * score and a lead over the runner-up — the rules plan that tool, filling its arguments from the message and the
 * workspace; its plan replaces theirs only if it is a call to that tool. Where the rules did choose a tool, the reader
 * overrides only when it is much surer and ranks their tool nowhere near the top. Destructive tools still go behind a
 * Confirm (the surface guards them), and a search nobody asked for is never the answer.
 */
const MIN_SCORE = 0.25;
const MIN_MARGIN = 0.04;
const OVERRIDE_SCORE = 0.35;
const OVERRIDE_MARGIN = 0.15;
const ASKED_TO_SEARCH =
  /\b(find|search|look(?:ing)? for|show me|do we have|got any|any (?:photos?|pics?|images?|shots?))\b/i;

export function reread(plan: RouterPlan, input: PlanInput, replan: (input: PlanInput) => RouterPlan): RouterPlan {
  if (plan.kind !== "unknown" && plan.kind !== "question" && plan.kind !== "call") return plan;
  const guess = readTool(input.text, input.tools, input.vocabulary);
  if (guess.tool === NOT_OURS || guess.score < MIN_SCORE || guess.margin < MIN_MARGIN) return plan;
  if (guess.tool === "search_assets" && !ASKED_TO_SEARCH.test(input.text)) return plan;
  if (!unsure(plan, guess, input.text)) return plan;
  const second = replan({ ...input, prefer: guess.tool });
  if (second.kind !== "call" || second.tool.name !== guess.tool) return plan;
  return second;
}

/** Whether the rules' plan leaves room for the reader. */
function unsure(plan: RouterPlan, guess: ReaderGuess, text: string): boolean {
  if (plan.kind === "unknown") return true;
  if (plan.kind !== "question" && plan.kind !== "call") return false;
  const ruled = plan.kind === "call" ? [plan.tool.name] : plan.intent.tools;
  if (ruled.includes(guess.tool)) return false;
  const rank = guess.ranked.findIndex((r) => ruled.includes(r.tool));
  // A question about a request the reader also finds plausible stays a question.
  if (plan.kind === "question") return rank < 0 || rank >= 3;
  if (plan.direct || plan.batch) return false;
  if (plan.tool.name === "search_assets" && !ASKED_TO_SEARCH.test(text)) return true;
  return guess.score >= OVERRIDE_SCORE && guess.margin >= OVERRIDE_MARGIN && (rank < 0 || rank >= 3);
}
