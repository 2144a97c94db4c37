import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type * as z from "zod";
import type { AnyTool } from "./define.ts";
import { strictInput } from "./input-fields.ts";

/**
 * The schemas a tool hands to the MCP SDK, made once per tool and shared by every server instance.
 *
 * Over HTTP the SDK builds one server per request, and its `RegisteredTool.outputSchemaJson` memo lives on that
 * instance: every tools/call converted the tool's output schema from zod to JSON Schema again (and the modern era
 * converts the input schema too), and every request built a fresh strict input schema. These wrappers memoise the
 * JSON Schema conversion on the tool, so a call converts nothing.
 *
 * The input schema does not validate for the SDK: every tool handler is invokeTool (tools/define.ts), which checks
 * unknown fields (nested ones too) and parses the input with the tool's own schema, as it does for the JSON API, the
 * CLI and Slack. Parsing it in the SDK first validated every MCP call's input twice, and answered a bad one in the
 * SDK's words ("Input validation error: ...") instead of the `invalid_input: ...` every other surface gives. The
 * output schema still validates in the SDK (stdio and streamed calls; the plain HTTP call is server/mcp-tool-call.ts).
 */
export interface SdkSchemas {
  input: StandardSchemaWithJSON;
  output: StandardSchemaWithJSON;
}

const cache = new WeakMap<AnyTool, SdkSchemas>();

export function sdkSchemasOf(tool: AnyTool): SdkSchemas {
  let schemas = cache.get(tool);
  if (!schemas) {
    schemas = {
      input: memoisedJson(strictInput(tool.name, tool.input), { validates: false }),
      output: memoisedJson(tool.output),
    };
    cache.set(tool, schemas);
  }
  return schemas;
}

type Converter = (options: { target: string; libraryOptions?: Record<string, unknown> }) => Record<string, unknown>;

/**
 * The same Standard Schema with `~standard.jsonSchema` answering from a per-target memo. With `validates: false` it
 * passes every value through as it is (its validation happens elsewhere, see above).
 */
export function memoisedJson(schema: z.ZodType, options: { validates?: boolean } = {}): StandardSchemaWithJSON {
  const std = schema["~standard"] as unknown as {
    vendor: string;
    version: 1;
    validate: (value: unknown) => unknown;
    jsonSchema: { input: Converter; output: Converter };
  };
  const memo = (io: "input" | "output"): Converter => {
    const byTarget = new Map<string, Record<string, unknown>>();
    return (options) => {
      if (options.libraryOptions) return std.jsonSchema[io](options);
      let json = byTarget.get(options.target);
      if (!json) {
        json = std.jsonSchema[io](options);
        byTarget.set(options.target, json);
      }
      return json;
    };
  };
  return {
    "~standard": {
      version: 1,
      vendor: std.vendor,
      validate: options.validates === false ? (value: unknown) => ({ value }) : (value: unknown) => std.validate(value),
      jsonSchema: { input: memo("input"), output: memo("output") },
    },
  } as unknown as StandardSchemaWithJSON;
}
