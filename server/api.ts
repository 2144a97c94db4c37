import { Hono } from "hono";
import { WinnowError } from "../core/errors.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool, selectTools } from "../tools/index.ts";
import { assetLinkKey, isSignedLink, verifyAssetLink } from "./asset-links.ts";
import { callerOf } from "./auth/middleware.ts";
import { sendFile } from "./file-response.ts";
import { jsonSchemaOf } from "./mcp-listing.ts";
import type { Services } from "./services.ts";

/**
 * JSON API over the same tools the MCP server serves: `POST /api/tools/:name` with the tool's input as the body.
 * Asset files are served at `/api/assets/:id/thumbnail` and `/api/assets/:id/file` for the dashboard and Slack.
 */
export function apiRoutes(services: Services): Hono {
  const api = new Hono();

  api.post("/tools/:name", async (c) => {
    const tool = findTool(c.req.param("name"));
    if (!tool)
      throw new WinnowError("not_found", `Tool ${c.req.param("name")} does not exist. GET /api/tools lists them.`);
    if (services.config.readOnly && tool.annotations.readOnlyHint !== true) {
      throw new WinnowError("forbidden", `${tool.name} changes data and this server runs with WINNOW_READ_ONLY=1.`);
    }
    // Parsed (JSON only, bounded) by jsonBodyGuard in server/guards.ts.
    const body = c.get("parsedBody" as never) as unknown;
    const outcome = await invokeTool(tool, body, {
      services,
      caller: callerOf(c),
      actor: "api",
      surface: "api",
      progress: async () => {},
    });
    if (outcome.isError) throw outcome.error;
    return c.json({ result: outcome.structured, text: outcome.text });
  });

  api.get("/tools", (c) => c.json({ tools: servedToolNames(services) }));

  api.get("/assets/:id/thumbnail", async (c) => {
    // A signed link (Slack fetching a review image) skips the bearer token in http.ts, so it is checked here.
    const query = { exp: c.req.query("exp"), sig: c.req.query("sig") };
    if (isSignedLink(query)) {
      const now = Math.floor(services.clock.now().getTime() / 1000);
      const check = verifyAssetLink(assetLinkKey(services.config), c.req.param("id"), query, now);
      if (!check.ok) {
        const code = check.status === 401 ? "unauthorized" : "forbidden";
        return c.json(
          new WinnowError(code, `Asset link refused: ${check.reason}. Ask for a fresh link.`).toJSON(),
          check.status,
        );
      }
    } else await services.authorizer.authorize(callerOf(c), "get_asset", { id: c.req.param("id") });
    const file = await services.library.readFile(c.req.param("id"), "thumbnail");
    // A signed link (Slack) may be cached by Slack's image proxy; with the bearer token, only by the caller.
    return sendFile(
      c,
      c.req.param("id"),
      file,
      isSignedLink(query) ? "public, max-age=31536000, immutable" : "private, max-age=31536000, immutable",
    );
  });
  api.get("/assets/:id/file", async (c) => {
    await services.authorizer.authorize(callerOf(c), "get_asset", { id: c.req.param("id") });
    const file = await services.library.readFile(c.req.param("id"), "original");
    return sendFile(c, c.req.param("id"), file, "private, max-age=31536000, immutable");
  });
  return api;
}

/** Every served tool with its annotations and input/output JSON Schema, for scripts calling POST /api/tools/:name. */
function servedToolNames(services: Services) {
  return selectTools({ readOnly: services.config.readOnly, toolsets: services.config.toolsets }).map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    toolset: t.toolset,
    readOnly: t.annotations.readOnlyHint === true,
    annotations: t.annotations,
    // Unknown input fields are refused (named in a 400), so the input schema says so.
    inputSchema: { ...jsonSchemaOf(t.input, "input"), additionalProperties: false },
    outputSchema: jsonSchemaOf(t.output, "output"),
  }));
}
