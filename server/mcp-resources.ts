import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/server";
import { notFound, WinnowError } from "../core/errors.ts";
import { type BrandScope, type Caller, onlyBrands } from "../core/people/caller.ts";
import { callerOfRequest, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { withPublicErrors } from "./mcp-errors.ts";
import type { Services } from "./services.ts";

/**
 * Resources: asset thumbnails and originals, brand rule sets and experiment reports. Thumbnails are listed (newest
 * 100); originals are reachable through the template so clients fetch full files only on purpose.
 */
export function registerResources(mcp: McpServer, services: Services) {
  const server = withPublicErrors(mcp, services, "mcp-resource");
  server.registerResource(
    "asset-thumbnail",
    new ResourceTemplate("winnow://assets/{id}/thumbnail", {
      list: async (ctx) => listThumbnails(services, await visibleOf(services, ctx)),
    }),
    { title: "Asset thumbnail", description: "256px WebP thumbnail of a library asset", mimeType: "image/webp" },
    async (uri, variables, extra) => {
      await allowed(services, extra, "get_asset", { id: String(variables.id) });
      const { bytes } = await services.library.readFile(String(variables.id), "thumbnail");
      return { contents: [{ uri: uri.href, mimeType: "image/webp", blob: bytes.toString("base64") }] };
    },
  );
  server.registerResource(
    "asset-original",
    new ResourceTemplate("winnow://assets/{id}", { list: undefined }),
    { title: "Asset original", description: "The original image file of a library asset" },
    async (uri, variables, extra) => {
      await allowed(services, extra, "get_asset", { id: String(variables.id) });
      const { bytes, mimeType } = await services.library.readFile(String(variables.id), "original");
      return { contents: [{ uri: uri.href, mimeType, blob: bytes.toString("base64") }] };
    },
  );
  server.registerResource(
    "brand-rules",
    new ResourceTemplate("winnow://brands/{brand}/rules", {
      list: async (ctx) => listRuleSets(services, await visibleOf(services, ctx)),
    }),
    {
      title: "Brand rule set",
      description: "The current brand rule set (YAML/JSON source) of a brand",
      mimeType: "text/yaml",
    },
    async (uri, variables, extra) => {
      await allowed(services, extra, "get_brand_rules", { brand: String(variables.brand) });
      const { brand, row: ruleSet } = await services.brand.rules.get(String(variables.brand));
      const text = ruleSet
        ? `# ${brand.name} rule set v${ruleSet.version} (${ruleSet.id}), saved ${ruleSet.createdAt} by ${ruleSet.createdBy}\n${ruleSet.source}`
        : `# ${brand.name} has no rule set yet. Create one with update_brand_rules.\n`;
      return {
        contents: [{ uri: uri.href, mimeType: ruleSet?.format === "json" ? "application/json" : "text/yaml", text }],
      };
    },
  );
  server.registerResource(
    "experiment-report",
    new ResourceTemplate("winnow://experiments/{id}/report", {
      list: async (ctx) => listExperiments(services, await visibleOf(services, ctx)),
    }),
    {
      title: "Experiment report",
      description: "Posteriors, recommendation and SRM status of an experiment",
      mimeType: "application/json",
    },
    async (uri, variables, extra) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: "application/json",
          text: JSON.stringify(
            await experimentReport(
              services,
              String(variables.id),
              await allowed(services, extra, "get_experiment_results", { experimentId: String(variables.id) }),
            ),
            null,
            2,
          ),
        },
      ],
    }),
  );
}

async function listThumbnails(services: Services, visible: BrandScope) {
  const page = await services.library.list({}, { limit: 100, visible });
  return {
    resources: page.items.map((a) => ({
      uri: a.thumbnailUri,
      name: `${a.name} (thumbnail)`,
      mimeType: "image/webp",
      description: `${a.kind}, ${a.status}, ${a.width}×${a.height}`,
    })),
  };
}

async function listRuleSets(services: Services, visible: BrandScope) {
  const brands = (await services.brands.list({ limit: 100, visible })).items;
  return {
    resources: brands.map((b) => ({
      uri: `winnow://brands/${b.slug}/rules`,
      name: `${b.name} brand rules`,
      mimeType: "text/yaml",
    })),
  };
}

async function listExperiments(services: Services, visible: BrandScope) {
  const rows = await services.reads.experiments(visible, 100);
  return {
    resources: rows.map((e) => ({
      uri: `winnow://experiments/${e.id}/report`,
      name: `${e.name} (${e.status})`,
      mimeType: "application/json",
    })),
  };
}

/** The full report comes from get_experiment_results when that tool is served; otherwise the stored rows. */
async function experimentReport(services: Services, id: string, caller: Caller) {
  const tool = findTool("get_experiment_results");
  if (tool) {
    const outcome = await invokeTool(
      tool,
      { experimentId: id },
      { services, caller, actor: "mcp-resource", progress: async () => {} },
    );
    if (!outcome.isError) return outcome.structured;
    if (outcome.error?.code === "not_found") throw outcome.error;
  }
  const detail = await services.reads.experiment(id);
  if (!detail) throw notFound("Experiment", id);
  return detail;
}

/**
 * Resource lists show what the signed-in person may see (Authorizer.visibleBrands, as list tools do); a request with
 * no person sees only the workspace's unbranded rows.
 */
async function visibleOf(services: Services, ctx: unknown): Promise<BrandScope> {
  const caller = callerOfRequest((ctx ?? {}) as Parameters<typeof callerOfRequest>[0]);
  return caller ? services.authorizer.visibleBrands(caller) : onlyBrands([]);
}

/**
 * A resource read (or an MCP prompt that reads data) is authorized as the tool that reads the same thing: same policy,
 * same brands, same person.
 */
export async function allowed(
  services: Services,
  extra: unknown,
  tool: string,
  args: Record<string, string>,
): Promise<Caller> {
  const caller = callerOfRequest((extra ?? {}) as Parameters<typeof callerOfRequest>[0]);
  if (!caller) throw new WinnowError("unauthorized", "This resource read carries no signed-in person.");
  await services.authorizer.authorize(caller, tool, args);
  return caller;
}
