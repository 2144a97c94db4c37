import { McpServer } from "@modelcontextprotocol/server";
import { type AnyTool, registerTools, type Toolset } from "../tools/define.ts";
import { selectTools } from "../tools/index.ts";
import { type Catalogue, callToolTool, describeToolTool, enableToolsetTool, listToolsTool } from "./mcp-discovery.ts";
import { resolveListing, serveListing } from "./mcp-listing.ts";
import { registerPrompts } from "./mcp-prompts.ts";
import { registerResources } from "./mcp-resources.ts";
import type { Services } from "./services.ts";

export const SERVER_INFO = { name: "winnow", title: "Winnow", version: "0.1.0" };

const INSTRUCTIONS =
  "Winnow runs a creative loop over an asset library: search and add assets, generate ad variants from templates, " +
  "check brand rules, run experiments and promote winners. Ids are prefixed (ast_ asset, tpl_ template, exp_ experiment). " +
  "Money is in integer micros ($1 = 1000000). Images are resources: winnow://assets/{id}/thumbnail and winnow://assets/{id}.";

const DISCOVERY =
  " Only a core set of tools is listed up front: list_tools shows every tool by toolset, describe_tool gives a tool's " +
  "schemas and call_tool runs any of them.";

export interface McpServerOptions {
  /** "configured" (default) follows WINNOW_TOOLS; "all" lists every served tool with its output schema. */
  tools?: "configured" | "all";
  /** The session outlives one request (stdio, in-process): enable_toolset can change this session's listing. */
  stateful?: boolean;
}

/** One factory for every transport and protocol era: a fresh McpServer with Winnow's tools and resources. */
export function createMcpServer(services: Services, actor = "mcp", options: McpServerOptions = {}): McpServer {
  const { config } = services;
  const served = selectTools({ readOnly: config.readOnly, toolsets: config.toolsets });
  const listing =
    options.tools === "all"
      ? ({ all: true } as const)
      : resolveListing(config.toolListing, served, Boolean(config.toolsets?.length));
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: { listChanged: true }, resources: { listChanged: true }, prompts: {}, logging: {} },
    instructions: listing.all ? INSTRUCTIONS : INSTRUCTIONS + DISCOVERY,
  });
  // Every served tool is registered: callable by name, its input and output validated by the SDK.
  registerTools(server, served, services, actor);
  if (!listing.all) addDiscovery(server, served, listing.names, services, actor, options.stateful === true);
  registerResources(server, services);
  registerPrompts(server, services);
  return server;
}

/** The default listing: core tools (input schemas only) and the discovery tools that reach the rest. */
function addDiscovery(
  server: McpServer,
  served: AnyTool[],
  listed: Set<string>,
  services: Services,
  actor: string,
  stateful: boolean,
) {
  const names = new Set(listed);
  const catalogue: Catalogue = { served, isListed: (name) => names.has(name) };
  const discovery: AnyTool[] = [listToolsTool(catalogue), describeToolTool(catalogue), callToolTool(catalogue)];
  if (stateful) {
    const enable = (toolsets: Toolset[]) => {
      const added = served.filter((t) => toolsets.includes(t.toolset) && !names.has(t.name)).map((t) => t.name);
      for (const name of added) names.add(name);
      if (added.length) server.sendToolListChanged();
      return added;
    };
    discovery.push(enableToolsetTool(catalogue, enable) as unknown as AnyTool);
  }
  registerTools(server, discovery as AnyTool[], services, actor);
  serveListing(server, () => [
    ...served.filter((t) => names.has(t.name)).map((tool) => ({ tool, withOutput: false })),
    ...discovery.map((tool) => ({ tool, withOutput: true })),
  ]);
}
