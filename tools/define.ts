import type { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import { WinnowError } from "../core/errors.ts";
import { type BrandScope, type Caller, surfaceOf } from "../core/people/caller.ts";
import { guarded } from "../core/people/guard.ts";
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
  /** The authenticated person (or the local admin, or the system) the call runs as; authorized in invokeTool. */
  caller: Caller;
  /**
   * The surface's label as passed in ("mcp-http", "api", "cli", "dashboard", "slack:U…", "scheduler"); the audit row
   * keeps it as its surface. The handler gets the person instead: invokeTool replaces it with actorOf(caller) (their
   * e-mail or Slack id, "local-admin", "system:<job>"), so every event names a person, whatever the surface.
   */
  actor: string;
  /** Which surface the call came through, for records that say so (a review decision's `via`). */
  surface?: "mcp" | "api" | "cli" | "dashboard" | "slack" | "system" | undefined;
  /** Reports progress for long runs (MCP progress notifications); a no-op when the caller gave no token. */
  progress: (done: number, total: number, message?: string) => Promise<void>;
  signal?: AbortSignal;
}

/** What a tool's handler gets: the context plus what the authorization point decided for this caller. */
export interface RunContext extends ToolContext {
  /**
   * The brands whose rows the caller may see (Authorizer.visibleBrands). A list or report without a `brand` argument
   * passes it to core, so a member sees only their brands' rows (and the workspace's unbranded ones).
   */
  visible: BrandScope;
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
  run(input: z.output<I>, ctx: RunContext): Promise<ToolResult<z.input<O>>>;
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

/**
 * Validates input with the tool's zod schema, authorizes the caller for it (the one authorization point: every
 * surface calls tools through here), runs it and writes the audit row. Errors come back as values, never thrown.
 */
export async function invokeTool(tool: AnyTool, args: unknown, ctx: ToolContext): Promise<CallOutcome> {
  const { services, caller } = ctx;
  try {
    if (!caller)
      throw new WinnowError(
        "unauthorized",
        `${tool.name} was called without a signed-in person (a missing, revoked or expired token). Set your personal token (winnow token create) in the client config.`,
      );
    const result = await guarded(
      services,
      caller,
      {
        name: tool.name,
        input: () => {
          assertKnownFields(tool.name, tool.input, args);
          const parsed = tool.input.safeParse(args ?? {});
          if (!parsed.success) throw parsed.error;
          return parsed.data;
        },
        readOnly: tool.annotations.readOnlyHint === true,
        surface: surfaceOf(ctx.actor),
        // call_tool is a door to another tool: that inner call is authorized and audited on its own.
        audited: tool.name !== "call_tool",
      },
      ({ input, actor, visible }) => tool.run(input as never, { ...ctx, actor, visible }),
      (r) => r.text,
    );
    return { isError: false, structured: result.structured, text: result.text, links: result.links ?? [] };
  } catch (error) {
    // Internal failures are logged with an id and answered "internal error (id …)": no SQL, parameters or paths out.
    const err = publicError(error, services.logger, { tool: tool.name, actor: ctx.actor });
    return { isError: true, text: `${err.code}: ${err.message}`, links: [], error: err };
  }
}

/** The caller an MCP request carries: put in `authInfo.extra.caller` by /mcp, stdio and in-process sessions. */
export function callerOfRequest(extra: {
  http?: { authInfo?: { extra?: Record<string, unknown> } };
}): Caller | undefined {
  const caller = extra.http?.authInfo?.extra?.caller;
  return caller && typeof caller === "object" ? (caller as Caller) : undefined;
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
          caller: callerOfRequest(extra) as Caller,
          actor,
          surface: "mcp",
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
        return toolResultOf(outcome);
      },
    );
  }
}

/** The MCP CallToolResult for an outcome: its text, its resource links, and the structured result unless it failed. */
export function toolResultOf(outcome: CallOutcome) {
  const content = [
    { type: "text" as const, text: outcome.text },
    ...outcome.links.map((l) => ({ type: "resource_link" as const, ...l })),
  ];
  if (outcome.isError) return { isError: true, content };
  return { content, structuredContent: outcome.structured };
}

/** Shared output pieces. */
export const PageOutput = {
  nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null at the end"),
};
