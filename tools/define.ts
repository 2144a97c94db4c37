import type { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import type { WinnowError } from "../core/errors.ts";
import { publicError } from "../core/public-error.ts";
import type { Services } from "../server/services.ts";
import { assertKnownFields } from "./input-fields.ts";
import { sdkSchemasOf } from "./sdk-schemas.ts";

export const TOOLSETS = ["library", "generation", "brand", "experiments", "review", "search"] as const;
export type Toolset = (typeof TOOLSETS)[number];

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface ResourceLinkOut {
  uri: string;
  name: string;
  mimeType?: string;
  description?: string;
}

export interface ToolContext {
  services: Services;
  /** Who is acting: "mcp", "slack:U123", "cli"... written into events. */
  actor: string;
  /** Reports progress for long runs (MCP progress notifications); a no-op when the caller gave no token. */
  progress: (done: number, total: number, message?: string) => Promise<void>;
  signal?: AbortSignal;
}

export interface ToolResult<O> {
  structured: O;
  text: string;
  links?: ResourceLinkOut[];
}

export interface ToolDefinition<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  toolset: Toolset;
  annotations: ToolAnnotations;
  input: I;
  output: O;
  run(input: z.output<I>, ctx: ToolContext): Promise<ToolResult<z.input<O>>>;
}

const TOOL_NAME = /^[a-z0-9_]{1,64}$/;

/** Our one way to declare a tool: the MCP server, the Slack agent and tests all go through it. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(
  def: ToolDefinition<I, O>,
): ToolDefinition<I, O> {
  if (!TOOL_NAME.test(def.name)) throw new Error(`Tool name ${def.name} must match ${TOOL_NAME}`);
  return def;
}

export type AnyTool = ToolDefinition<z.ZodObject, z.ZodObject>;

export interface CallOutcome {
  isError: boolean;
  structured?: Record<string, unknown>;
  text: string;
  links: ResourceLinkOut[];
  error?: WinnowError;
}

/** Validates input with the tool's zod schema and runs it; errors come back as values, never thrown. */
export async function invokeTool(tool: AnyTool, args: unknown, ctx: ToolContext): Promise<CallOutcome> {
  try {
    assertKnownFields(tool.name, tool.input, args);
    const parsed = tool.input.safeParse(args ?? {});
    if (!parsed.success) throw parsed.error;
    const result = await tool.run(parsed.data, ctx);
    return { isError: false, structured: result.structured, text: result.text, links: result.links ?? [] };
  } catch (error) {
    // Internal failures are logged with an id and answered "internal error (id …)": no SQL, parameters or paths out.
    const err = publicError(error, ctx.services.logger, { tool: tool.name, actor: ctx.actor });
    return { isError: true, text: `${err.code}: ${err.message}`, links: [], error: err };
  }
}

/** Registers tools on an SDK server, turning domain errors into `isError` results the model can read. */
export function registerTools(server: McpServer, tools: AnyTool[], services: Services, actor = "mcp") {
  for (const tool of tools) {
    // Made once per tool: a server per HTTP request must not rebuild or re-convert schemas (issue 23).
    const schemas = sdkSchemasOf(tool);
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: schemas.input,
        outputSchema: schemas.output,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: unknown, extra) => {
        const token = extra.mcpReq._meta?.progressToken;
        const outcome = await invokeTool(tool, args, {
          services,
          actor,
          signal: extra.mcpReq.signal,
          progress: async (done, total, message) => {
            if (token === undefined) return;
            await extra.mcpReq
              .notify({
                method: "notifications/progress",
                params: { progressToken: token, progress: done, total, message },
              })
              .catch(() => {});
          },
        });
        const content = [
          { type: "text" as const, text: outcome.text },
          ...outcome.links.map((l) => ({ type: "resource_link" as const, ...l })),
        ];
        if (outcome.isError) return { isError: true, content };
        return { content, structuredContent: outcome.structured };
      },
    );
  }
}

/** Shared output pieces. */
export const PageOutput = {
  nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null at the end"),
};
