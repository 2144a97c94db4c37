import type { ThreadMemory } from "./intent-types.ts";

/**
 * Words that decide a clause before its content does: a decision over the whole review queue (and what may surround
 * it), "stop it" and "this" pointing back at what the thread is about, and orders that are never a search.
 */
export const BULK_DECISION =
  /\b(approve|reject)\s+(all|everything|every|them all)\b|\b(approve|reject)\b.*\beverything\b/;
/** What may surround a bulk decision without narrowing it ("approve everything that's pending in the queue pls"). */
export const QUEUE_WORDS =
  /\b(?:ok|okay|please|pls|just|go ahead and|can you|could you|you|of them|that'?s|that is|which is|which are|are|is|currently|still|pending|waiting|in|on|the|my|our|review|approval|queue|list|for|now|reviews?|requests?|of it)\b|[,.!?]/g;

/** Tools whose result leaves an experiment as what the thread is about. */
const EXPERIMENT_CALLS = new Set([
  "get_experiment_results",
  "list_experiments",
  "update_allocation",
  "stop_experiment",
  "promote_winners",
  "list_deployments",
  "link_deployment",
  "create_experiment",
]);

/** The thread is about one experiment: its last request was about it, or it is an experiment's review card. */
export function aboutExperiment(memory: ThreadMemory): boolean {
  if (!memory.lastExperimentId) return false;
  if (memory.lastCall) return EXPERIMENT_CALLS.has(memory.lastCall.tool);
  return !memory.lastAssetIds?.length;
}

/** "kill it", "ok then stop that one", "just end the test", "pull the plug on it". */
export const STOP_POINTER =
  /^(?:(?:ok(?:ay)?|k|fine|right|yeah|yes|yep|alright|then|just|please|so|cool)[,!.]?\s+)*(?:stop|end|kill|halt|wrap up|shut down|pull the plug on|call time on|close out|finish) (?:it|that one|this one|that|this|them|the test|the experiment|that test|this test)\b/;

/** Words that point back at what the thread (or a review card) is about. */
export const DEICTIC = /\b(this|that|it|these|those|them|this one|that one)\b/;

export const NOT_A_SEARCH =
  /^(?:(?:can|could|would|will) (?:you|u) |please |pls |i want to |i need to |let'?s |go )?(?:archive|tag|delete|remove|rename|move|upload|download|share|send|email|schedule|post|publish|approve|reject|undo|revert|edit|fix|change|update|set|turn|add|merge|resolve|ingest|import|stop|pause|kill|start|launch|create|run|book|write|translate|print|export|duplicate|copy)\b/;
