import { McpServer, ResourceTemplate } from "@modelcontextprotocol/server";
import { registerTools } from "../tools/define.ts";
import { selectTools } from "../tools/index.ts";
import { listAssetsForResources } from "./resources.ts";
import type { Services } from "./services.ts";

export const SERVER_INFO = { name: "winnow", title: "Winnow", version: "0.1.0" };

const INSTRUCTIONS =
  "Winnow runs a creative loop over an asset library: search and add assets, generate ad variants from templates, " +
  "check brand rules, run experiments and promote winners. Ids are prefixed (ast_ asset, tpl_ template, exp_ experiment). " +
  "Money is in integer micros ($1 = 1000000). Images are resources: winnow://assets/{id}/thumbnail and winnow://assets/{id}.";

/** One factory for every transport and protocol era: a fresh McpServer with Winnow's tools and resources. */
export function createMcpServer(services: Services, actor = "mcp"): McpServer {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: {}, logging: {} },
    instructions: INSTRUCTIONS,
  });
  registerTools(
    server,
    selectTools({ readOnly: services.config.readOnly, toolsets: services.config.toolsets }),
    services,
    actor,
  );
  registerAssetResources(server, services);
  return server;
}

function registerAssetResources(server: McpServer, services: Services) {
  server.registerResource(
    "asset-thumbnail",
    new ResourceTemplate("winnow://assets/{id}/thumbnail", { list: () => listAssetsForResources(services) }),
    { title: "Asset thumbnail", description: "256px WebP thumbnail of a library asset", mimeType: "image/webp" },
    async (uri, variables) => {
      const { bytes } = await services.library.readFile(String(variables.id), "thumbnail");
      return { contents: [{ uri: uri.href, mimeType: "image/webp", blob: bytes.toString("base64") }] };
    },
  );
  server.registerResource(
    "asset-original",
    new ResourceTemplate("winnow://assets/{id}", { list: undefined }),
    { title: "Asset original", description: "The original image file of a library asset" },
    async (uri, variables) => {
      const { bytes, mimeType } = await services.library.readFile(String(variables.id), "original");
      return { contents: [{ uri: uri.href, mimeType, blob: bytes.toString("base64") }] };
    },
  );
}
