import type { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import { WinnowError } from "../core/errors.ts";
import { type AnyTool, TOOLSETS, type Toolset } from "../tools/define.ts";

/**
 * What a default MCP client lists. Every MCP client loads tools/list into a model's context, so listing all tools
 * with their output schemas (119 KB for 37 tools) costs every conversation. A default client lists this core set —
 * what a librarian and a marketer reach for first — plus list_tools / describe_tool / call_tool, which reach every
 * other tool (progressive discovery, as Cloudinary's MCP servers do in their dynamic mode). New tools are reachable
 * through discovery from the moment they are added to tools/index.ts; the listing stays the same size.
 */
export const CORE_TOOLS = [
  "search_assets",
  "find_similar",
  "get_asset",
  "list_assets",
  "add_asset",
  "update_asset",
  "library_review",
  "find_duplicates",
  "generate_variants",
  "check_brand_rules",
  "get_experiment_results",
  "list_reviews",
] as const;

/** One line per toolset for list_tools. */
export const TOOLSET_SUMMARIES: Record<Toolset, string> = {
  library: "add, read, update and review library assets; lineage",
  search: "search by meaning/example, similar assets, tags and tagger versions, duplicates",
  generation: "templates, prompt versions, models, generating variants, costs",
  brand: "brands, audiences, approval policy, members and roles; brand rule sets and checks",
  experiments:
    "experiments, results, slot insights, promotion, metrics ingestion (APIs and CSV exports), linked ads, scheduler jobs",
  review: "review requests and feedback",
};

/** Which tools tools/list shows: every served tool, or a named subset (the rest reachable through discovery). */
export type ToolListing = { all: true } | { all: false; names: Set<string> };

/**
 * Resolves WINNOW_TOOLS against the served tools: unset means "core" (or "all" when WINNOW_TOOLSETS narrowed the
 * server, since the operator picked those toolsets to see); items are "core", "all", toolset names and tool names.
 */
export function resolveListing(items: string[] | undefined, served: AnyTool[], toolsetsNarrowed: boolean): ToolListing {
  const wanted = items?.length ? items : [toolsetsNarrowed ? "all" : "core"];
  if (wanted.includes("all")) return { all: true };
  const names = new Set<string>();
  for (const item of wanted) {
    if (item === "core") for (const name of CORE_TOOLS) names.add(name);
    else if ((TOOLSETS as readonly string[]).includes(item)) {
      for (const t of served) if (t.toolset === item) names.add(t.name);
    } else if (served.some((t) => t.name === item)) names.add(item);
    else {
      throw new WinnowError(
        "invalid_input",
        `Configuration error: WINNOW_TOOLS item "${item}" is not core, all, a toolset (${TOOLSETS.join(", ")}) or a served tool name. Fix WINNOW_TOOLS, e.g. WINNOW_TOOLS=core,experiments.`,
        { field: "WINNOW_TOOLS" },
      );
    }
  }
  const listed = new Set(served.filter((t) => names.has(t.name)).map((t) => t.name));
  return listed.size === served.length ? { all: true } : { all: false, names: listed };
}

const jsonCache = { input: new WeakMap<z.ZodType, Record<string, unknown>>(), output: new WeakMap() };

/** The JSON Schema a client sees for a zod schema (what the SDK itself lists: draft 2020-12, object root). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  let json = jsonCache[io].get(schema);
  if (!json) {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io }) as Record<
      string,
      unknown
    >;
    json = { type: "object", ...rest };
    jsonCache[io].set(schema, json);
  }
  return json;
}

/**
 * One tools/list entry. `withOutput` decides whether the output schema goes up front; without it the tool still
 * returns structured content, validated against its schema on the server, and describe_tool hands the schema out.
 */
export function listedTool(tool: AnyTool, withOutput: boolean) {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: jsonSchemaOf(tool.input, "input"),
    ...(withOutput ? { outputSchema: jsonSchemaOf(tool.output, "output") } : {}),
    annotations: { title: tool.title, ...tool.annotations },
  };
}

/**
 * Replaces the SDK's tools/list with one that lists `listed()` — core tools with their input schemas only, the
 * discovery tools whole. Every registered tool stays callable by name with the SDK's input and output validation;
 * the listing only decides what a model is shown up front.
 */
export function serveListing(server: McpServer, listed: () => { tool: AnyTool; withOutput: boolean }[]) {
  server.server.setRequestHandler("tools/list", () => ({
    // JSON Schema from zod is plain JSON; the SDK's Tool type spells that out more narrowly.
    tools: listed().map(({ tool, withOutput }) => listedTool(tool, withOutput)) as never,
  }));
}
