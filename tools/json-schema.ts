import * as z from "zod";
import type { AnyTool } from "./define.ts";

const cache = new WeakMap<AnyTool, { inputSchema: Record<string, unknown>; outputSchema: Record<string, unknown> }>();

/** A tool's input and output as JSON Schema (draft 2020-12), what a script needs to call it over the JSON API. */
export function toolJsonSchemas(tool: AnyTool) {
  let schemas = cache.get(tool);
  if (!schemas) {
    const convert = (schema: z.ZodType, io: "input" | "output") => {
      const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
        target: "draft-2020-12",
        io,
        unrepresentable: "any",
      });
      return rest as Record<string, unknown>;
    };
    // Input lists additionalProperties: false: unknown fields are refused with an error naming them.
    schemas = {
      inputSchema: { ...convert(tool.input, "input"), additionalProperties: false },
      outputSchema: convert(tool.output, "output"),
    };
    cache.set(tool, schemas);
  }
  return schemas;
}
