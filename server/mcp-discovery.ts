import * as z from "zod";
import { TOOL_REFERENCE } from "../core/authoring/reference-links.ts";
import { invalidInput, WinnowError } from "../core/errors.ts";
import { type AnyTool, defineTool, invokeTool, PageOutput, TOOLSETS, type Toolset } from "../tools/define.ts";
import { jsonSchemaOf, TOOLSET_SUMMARIES } from "./mcp-listing.ts";

/**
 * Progressive discovery for a default MCP client: list_tools (names and one-line summaries by toolset), describe_tool
 * (full description, input and output schemas) and call_tool (run any served tool by name, validated exactly as a
 * direct call), plus enable_toolset on a stateful session (stdio) to list a toolset's tools directly.
 */
export interface Catalogue {
  /** Every tool this server serves (after WINNOW_READ_ONLY / WINNOW_TOOLSETS). */
  served: AnyTool[];
  /** Whether tools/list currently shows this tool with its schema. */
  isListed(name: string): boolean;
}

const ToolName = z
  .string()
  .regex(/^[a-z0-9_]{1,64}$/, "a tool name is lower-case letters, digits and underscores, e.g. slot_insights");

const summaryOf = (description: string) => {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(description)?.[1] ?? description;
  return sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
};

function findServed(catalogue: Catalogue, name: string, field: string): AnyTool {
  const tool = catalogue.served.find((t) => t.name === name);
  if (tool) return tool;
  const close = catalogue.served.filter((t) => t.name.includes(name.split("_")[0] ?? name)).map((t) => t.name);
  throw new WinnowError(
    "not_found",
    `${field}: no tool named ${name} is served here${close.length ? ` (did you mean ${close.slice(0, 3).join(", ")}?)` : ""}. Call list_tools to see every tool.`,
    { field },
  );
}

const ToolSummary = z.object({
  name: z.string(),
  title: z.string(),
  toolset: z.enum(TOOLSETS),
  summary: z.string(),
  readOnly: z.boolean(),
  destructive: z.boolean(),
  listed: z.boolean().describe("true: call it directly; false: call it through call_tool (or enable_toolset)"),
});

export function listToolsTool(catalogue: Catalogue) {
  return defineTool({
    name: "list_tools",
    title: "List all tools",
    description:
      "Every Winnow tool with a one-line summary, grouped by toolset (library, search, generation, brand, experiments, " +
      "review). Only a core set is listed up front; use describe_tool for a tool's schemas and call_tool to run it.",
    toolset: "library",
    annotations: { readOnlyHint: true, idempotentHint: true },
    input: z.object({
      toolset: z.enum(TOOLSETS).optional().describe("Only this toolset"),
      query: z
        .string()
        .max(200)
        .optional()
        .describe("Words to match in tool names and descriptions, e.g. 'experiment'"),
      cursor: z.string().max(100).optional().describe("nextCursor from the previous page"),
      limit: z.number().int().min(1).max(200).default(100),
    }),
    output: z.object({
      toolsets: z.array(z.object({ name: z.enum(TOOLSETS), summary: z.string(), tools: z.number().int() })),
      tools: z.array(ToolSummary),
      ...PageOutput,
    }),
    async run({ toolset, query, cursor, limit }) {
      const words = (query ?? "").toLowerCase().split(/\W+/).filter(Boolean);
      const order = (t: AnyTool) => TOOLSETS.indexOf(t.toolset);
      const matching = catalogue.served
        .filter((t) => !toolset || t.toolset === toolset)
        .filter((t) => words.every((w) => `${t.name} ${t.title} ${t.description}`.toLowerCase().includes(w)))
        .sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
      const start = cursor ? matching.findIndex((t) => t.name === cursor) + 1 : 0;
      if (cursor && start === 0) throw invalidInput("cursor", `${cursor} is not a cursor of this listing`, "Omit it.");
      const page = matching.slice(start, start + limit);
      const tools = page.map((t) => ({
        name: t.name,
        title: t.title,
        toolset: t.toolset,
        summary: summaryOf(t.description),
        readOnly: t.annotations.readOnlyHint === true,
        destructive: t.annotations.destructiveHint === true,
        listed: catalogue.isListed(t.name),
      }));
      const toolsets = TOOLSETS.map((name) => ({
        name,
        summary: TOOLSET_SUMMARIES[name],
        tools: catalogue.served.filter((t) => t.toolset === name).length,
      })).filter((s) => s.tools > 0);
      const nextCursor = start + limit < matching.length ? (page[page.length - 1]?.name ?? null) : null;
      const lines = tools.map((t) => `${t.listed ? "" : "* "}${t.name} (${t.toolset}) — ${t.summary}`);
      const text = tools.length
        ? `${lines.join("\n")}\n${tools.some((t) => !t.listed) ? "* = run through call_tool; describe_tool gives its input schema." : ""}`.trim()
        : "No tool matches; call list_tools without a query to see all.";
      return { structured: { toolsets, tools, nextCursor }, text };
    },
  });
}

export function describeToolTool(catalogue: Catalogue) {
  return defineTool({
    name: "describe_tool",
    title: "Describe tools",
    description:
      "Full description, input schema (JSON Schema) and output schema of one or more tools by name, so you can call " +
      "them with call_tool (or directly when listed).",
    toolset: "library",
    annotations: { readOnlyHint: true, idempotentHint: true },
    input: z.object({ names: z.array(ToolName).min(1).max(10).describe("Tool names from list_tools") }),
    output: z.object({
      tools: z.array(
        z.object({
          name: z.string(),
          title: z.string(),
          toolset: z.enum(TOOLSETS),
          description: z.string(),
          annotations: z.object({
            readOnlyHint: z.boolean().optional(),
            destructiveHint: z.boolean().optional(),
            idempotentHint: z.boolean().optional(),
            openWorldHint: z.boolean().optional(),
          }),
          listed: z.boolean(),
          reference: z
            .string()
            .nullable()
            .describe(
              "Where the file format this tool takes is documented (rule sets, template specs, manifests, exports)",
            ),
          inputSchema: z.record(z.string(), z.unknown()),
          outputSchema: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
    async run({ names }) {
      const tools = names.map((name, i) => {
        const t = findServed(catalogue, name, `names.${i}`);
        return {
          name: t.name,
          title: t.title,
          toolset: t.toolset,
          description: t.description,
          annotations: t.annotations,
          listed: catalogue.isListed(t.name),
          reference: TOOL_REFERENCE[t.name] ?? null,
          inputSchema: jsonSchemaOf(t.input, "input"),
          outputSchema: jsonSchemaOf(t.output, "output"),
        };
      });
      const text = tools
        .map((t) => {
          const props = (t.inputSchema.properties ?? {}) as Record<string, unknown>;
          const required = new Set((t.inputSchema.required as string[] | undefined) ?? []);
          const args = Object.keys(props).map((p) => (required.has(p) ? `${p}*` : p));
          const how = t.listed ? "call it directly" : `call_tool {name: "${t.name}", arguments: {...}}`;
          const reference = t.reference ? `\nformat reference: ${t.reference} (starter: get_starter_file)` : "";
          return `${t.name}: ${t.description}\narguments (* required): ${args.join(", ") || "none"}; ${how}.${reference}`;
        })
        .join("\n\n");
      return { structured: { tools }, text };
    },
  });
}

export function callToolTool(catalogue: Catalogue) {
  const readOnly = catalogue.served.every((t) => t.annotations.readOnlyHint === true);
  return defineTool({
    name: "call_tool",
    title: "Call any tool",
    description:
      "Run any Winnow tool by name with its arguments (see describe_tool for them), including tools not listed up " +
      "front. Input is validated exactly as a direct call; the result is that tool's text and structured content. " +
      "Tools marked destructive in list_tools change data: confirm with the user first.",
    toolset: "library",
    annotations: readOnly
      ? { readOnlyHint: true }
      : { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    input: z.object({
      name: ToolName.describe("Tool name from list_tools, e.g. slot_insights"),
      arguments: z.record(z.string(), z.unknown()).default({}).describe("The tool's arguments, as describe_tool shows"),
    }),
    // Whatever the called tool returns; describe_tool gives that tool's own output schema.
    output: z.looseObject({}),
    async run({ name, arguments: args }, ctx) {
      const tool = findServed(catalogue, name, "name");
      if (tool.name === "call_tool") throw invalidInput("name", "call_tool cannot call itself", "Name another tool.");
      const outcome = await invokeTool(tool, args, ctx);
      if (outcome.isError) {
        const err = outcome.error ?? new WinnowError("internal", outcome.text);
        throw new WinnowError(err.code, `${name}: ${err.message}`, err.details);
      }
      // A direct call has its output checked by the SDK against the tool's schema; so does this path.
      const checked = tool.output.safeParse(outcome.structured);
      if (!checked.success) {
        throw new WinnowError("internal", `${name} returned output that does not match its schema: ${checked.error}`);
      }
      return { structured: outcome.structured ?? {}, text: outcome.text, links: outcome.links };
    },
  });
}

/** Stateful sessions only (stdio): lists a toolset's tools directly and tells the client the list changed. */
export function enableToolsetTool(catalogue: Catalogue, enable: (toolsets: Toolset[]) => string[]) {
  return defineTool({
    name: "enable_toolset",
    title: "List a toolset's tools",
    description:
      "Add every tool of one or more toolsets to this session's tool list (the client is notified and re-lists), " +
      "so they can be called directly with their schemas instead of through call_tool.",
    toolset: "library",
    annotations: { readOnlyHint: true, idempotentHint: true },
    input: z.object({ toolsets: z.array(z.enum(TOOLSETS)).min(1).max(TOOLSETS.length) }),
    output: z.object({ added: z.array(z.string()), listed: z.array(z.string()) }),
    async run({ toolsets }) {
      const added = enable(toolsets);
      const listed = catalogue.served.filter((t) => catalogue.isListed(t.name)).map((t) => t.name);
      const text = added.length
        ? `Now listed: ${added.join(", ")}.`
        : `Every tool of ${toolsets.join(", ")} was already listed.`;
      return { structured: { added, listed }, text };
    },
  });
}
