import type { Context } from "hono";
import * as z from "zod";
import { formatIssues, WinnowError } from "../../core/errors.ts";

/**
 * Query strings are parsed with zod; anything malformed becomes a 400 page that names the parameter and the fix,
 * never a stack trace.
 */
export function parseQuery<S extends z.ZodObject>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new WinnowError("invalid_input", `Bad query parameter — ${formatIssues(parsed.error.issues)}.`);
  }
  return parsed.data;
}

export const PageNumber = z.coerce
  .number({ error: "page must be a whole number" })
  .int("page must be a whole number")
  .min(1, "page must be 1 or more")
  .max(100_000, "page must be at most 100000")
  .default(1);

/** Optional text filter: blank means "no filter". */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(""), z.enum(values, { error: `must be one of ${values.join(", ")}` })])
    .optional()
    .transform((v) => (v ? (v as T[number]) : undefined));
