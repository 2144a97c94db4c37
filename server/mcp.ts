import { McpServer } from "@modelcontextprotocol/server";
import { registerTools } from "../tools/define.ts";
import { selectTools } from "../tools/index.ts";
import { registerPrompts } from "./mcp-prompts.ts";
import { registerResources } from "./mcp-resources.ts";
import type { Services } from "./services.ts";

export const SERVER_INFO = { name: "winnow", title: "Winnow", version: "0.1.0" };

const INSTRUCTIONS =
  "Winnow runs a creative loop over an asset library: search and add assets, generate ad variants from templates, " +
  "check brand rules, run experiments and promote winners. Ids are prefixed (ast_ asset, tpl_ template, exp_ experiment). " +
  "Money is in integer micros ($1 = 1000000). Images are resources: winnow://assets/{id}/thumbnail and winnow://assets/{id}.";

/** One factory for every transport and protocol era: a fresh McpServer with Winnow's tools and resources. */
export function createMcpServer(services: Services, actor = "mcp"): McpServer {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: { listChanged: true }, prompts: {}, logging: {} },
    instructions: INSTRUCTIONS,
  });
  registerTools(
    server,
    selectTools({ readOnly: services.config.readOnly, toolsets: services.config.toolsets }),
    services,
    actor,
  );
  registerResources(server, services);
  registerPrompts(server, services);
  return server;
}
