import { type McpToolInfo, openMcpSession } from "../../agents/mcp-client.ts";
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
