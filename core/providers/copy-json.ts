import * as z from "zod";
import { WinnowError } from "../errors.ts";
import type { AdCopy } from "../templates/fill.ts";

const CopyJson = z.object({
  headline: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(1000),
  cta: z.string().trim().min(1).max(60),
});

/** Models sometimes wrap JSON in prose or code fences; take the outermost object and validate it. */
export function parseCopyJson(provider: string, text: string, disclaimer?: string): AdCopy {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start, end + 1));
  } catch {
    parsed = undefined;
  }
  const result = CopyJson.safeParse(parsed);
  if (start < 0 || !result.success) {
    throw new WinnowError(
      "provider_error",
      `${provider} returned copy that is not JSON {headline, body, cta}: ${JSON.stringify(text.slice(0, 200))}. Retry, or use another model.`,
      { provider },
    );
  }
  return { ...result.data, ...(disclaimer ? { disclaimer } : {}) };
}

export const USER_TURN = "Write the copy for this variant now. Answer with the JSON object only.";
