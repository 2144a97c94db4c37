import type { ThreadMemory } from "../../agents/intent-types.ts";
import { type McpToolInfo, openMcpSession } from "../../agents/mcp-client.ts";
import { planRoute } from "../../agents/router-plan.ts";
import type { RouterPlan } from "../../agents/router-plan-types.ts";
import type { Vocabulary } from "../../core/intents/vocabulary.ts";
import { createCorpusWorkspace } from "../fixtures/phrasings/workspace.ts";
import type { TestWorkspace } from "./workspace.ts";

export interface CorpusRouter {
  ws: TestWorkspace;
  /** The tools an MCP client is served, as the router sees them. */
  tools: McpToolInfo[];
  vocabulary: Vocabulary;
}

/** The phrasing corpus's workspace with what the offline router plans over: the served tools and the vocabulary. */
export async function openCorpusRouter(): Promise<CorpusRouter> {
  const ws = await createCorpusWorkspace();
  const session = await openMcpSession(ws.services, "test");
  const tools = session.tools;
  await session.close();
  return { ws, tools, vocabulary: await ws.services.vocabulary() };
}

/** The offline router's plan for one message over these tools and this vocabulary (the memory is not mutated). */
export const planOver = (
  over: { tools: McpToolInfo[]; vocabulary: Vocabulary },
  text: string,
  memory: ThreadMemory,
  now: Date,
): RouterPlan =>
  planRoute({ text, memory: structuredClone(memory), tools: over.tools, vocabulary: over.vocabulary, now });

/** A plan as a test compares it: the tool and its arguments, or the kind of answer. */
export const callOf = (p: RouterPlan) => (p.kind === "call" ? { tool: p.tool.name, args: p.args } : { kind: p.kind });
