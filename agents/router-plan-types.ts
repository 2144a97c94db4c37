// The planner's input and the one decision it gives back per message; router-plan.ts makes that decision.
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { Intent, ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import type { SharedFile } from "./router-files.ts";

/**
 * The offline router's whole decision for one message, before anything runs: which tool with which arguments, or
 * one short question, or a plain "can't do that". Says what it understood and what it could not use. Pure over the
 * message, the thread's memory, the tools this session serves and the workspace vocabulary.
 */
export interface PlanInput {
  text: string;
  memory: ThreadMemory;
  tools: McpToolInfo[];
  vocabulary: Vocabulary;
  now: Date;
  /** Files shared with the message (names and kinds; the bytes stay with the surface). */
  files?: SharedFile[];
  /** Who is asking, as Slack names them (their user id), so "remove me" names them. */
  asker?: string;
  /** A tool the second reader chose (agents/router-reread.ts): the rules fill its arguments. */
  prefer?: string;
}

export interface Notes {
  understood: string[];
  ignored: string[];
}

export type RouterPlan =
  | ({ kind: "help" } & Notes)
  | ({ kind: "unknown"; suggestions: string[] } & Notes)
  | ({ kind: "thanks" } & Notes)
  | ({
      kind: "call";
      intent: Intent;
      tool: McpToolInfo;
      args: Record<string, unknown>;
      /** The message itself is the decision (an approver's "approve it" in the review card's thread). */
      direct?: boolean;
      /** Ask for Confirm even though the tool is not destructive (an undo). */
      confirm?: boolean;
      /** The same tool over several targets ("approve all of them"): every call's arguments, `args` first. */
      batch?: Record<string, unknown>[];
      /** A change to the thread's last request ("just the top 3", "same for march"), read against that request. */
      followUp?: boolean;
    } & Notes)
  | ({ kind: "question"; intent: Intent; question: string; pending: NonNullable<ThreadMemory["pending"]> } & Notes)
  | ({ kind: "cannot"; intent?: Intent; text: string } & Notes);
