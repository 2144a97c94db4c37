import type { Context } from "hono";
import { WinnowError } from "../../core/errors.ts";
import type { BrandScope } from "../../core/people/caller.ts";
import { invokeTool } from "../../tools/define.ts";
import { findTool } from "../../tools/index.ts";
import { callerOf } from "../auth/middleware.ts";
import type { Services } from "../services.ts";

/**
 * A dashboard action is a tool call as the signed-in person: the same authorization point, audit row and events as
 * MCP, the JSON API, the CLI and Slack. Throws the tool's error (forbidden, invalid input...) for the page to show.
 */
export async function actAs<T = Record<string, unknown>>(
  c: Context,
  services: Services,
  tool: string,
  args: Record<string, unknown>,
): Promise<{ structured: T; text: string }> {
  const found = findTool(tool);
  if (!found) throw new WinnowError("internal", `dashboard action calls unknown tool ${tool}`);
  const outcome = await invokeTool(found, args, {
    services,
    caller: callerOf(c),
    actor: "dashboard",
    surface: "dashboard",
    progress: async () => {},
  });
  if (outcome.isError) throw outcome.error ?? new WinnowError("internal", outcome.text);
  return { structured: outcome.structured as T, text: outcome.text };
}

/**
 * The brands whose rows the signed-in person may see on a page: the same rule (Authorizer.visibleBrands) the list
 * tools follow, so the dashboard never shows more than the person's tools would.
 */
export function visibleTo(c: Context, services: Services): Promise<BrandScope> {
  return services.authorizer.visibleBrands(callerOf(c));
}

/** Refuses (403 page) unless the signed-in person may read this asset or experiment, as get_asset would. */
export async function authorizeRead(c: Context, services: Services, tool: string, args: Record<string, unknown>) {
  await services.authorizer.authorize(callerOf(c), tool, args);
}
