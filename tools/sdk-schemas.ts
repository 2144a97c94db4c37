import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import type * as z from "zod";
import type { AnyTool } from "./define.ts";
import { strictInput } from "./input-fields.ts";

/**
 * The schemas a tool hands to the MCP SDK, made once per tool and shared by every server instance.
 *
 * Over HTTP the SDK builds one server per request, and its `RegisteredTool.outputSchemaJson` memo lives on that
 * instance: every tools/call converted the tool's output schema from zod to JSON Schema again (and the modern era
 * converts the input schema too), and every request built a fresh strict input schema. These wrappers keep zod's own
 * validation and memoise the JSON Schema conversion on the tool, so a call converts nothing.
 */
export interface SdkSchemas {
  input: StandardSchemaWithJSON;
  output: StandardSchemaWithJSON;
}

const cache = new WeakMap<AnyTool, SdkSchemas>();

export function sdkSchemasOf(tool: AnyTool): SdkSchemas {
  let schemas = cache.get(tool);
  if (!schemas) {
    schemas = { input: memoisedJson(strictInput(tool.name, tool.input)), output: memoisedJson(tool.output) };
    cache.set(tool, schemas);
  }
  return schemas;
}

type Converter = (options: { target: string; libraryOptions?: Record<string, unknown> }) => Record<string, unknown>;

/** The same Standard Schema (zod validates), with `~standard.jsonSchema` answering from a per-target memo. */
export function memoisedJson(schema: z.ZodType): StandardSchemaWithJSON {
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
      validate: (value: unknown) => std.validate(value),
      jsonSchema: { input: memo("input"), output: memo("output") },
    },
  } as unknown as StandardSchemaWithJSON;
}
