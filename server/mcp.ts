import { McpServer } from "@modelcontextprotocol/server";
import { type AnyTool, registerTools, type Toolset } from "../tools/define.ts";
import { selectTools } from "../tools/index.ts";
import { type Catalogue, callToolTool, describeToolTool, enableToolsetTool, listToolsTool } from "./mcp-discovery.ts";
import { resolveListing, serveListing, type ToolListing } from "./mcp-listing.ts";
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
  /**
   * The server answers one tools/call of this tool and nothing else (a stateless HTTP request): only that tool is
   * registered. Registering ~60 tools, the resources and the prompts for every call was most of an MCP call's cost.
   */
  only?: string | undefined;
}

/**
 * One factory for every transport and protocol era: a fresh McpServer with Winnow's tools and resources. Over HTTP it
 * runs once per request, so everything that does not depend on the session (the served tools, the listing, the
 * discovery tools and their schemas) is made once per workspace and shared; a server only registers handlers.
 */
export function createMcpServer(services: Services, actor = "mcp", options: McpServerOptions = {}): McpServer {
  const { served, listing, discovery } = surfaceOf(services, options);
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: { listChanged: true }, resources: { listChanged: true }, prompts: {}, logging: {} },
    instructions: listing.all ? INSTRUCTIONS : INSTRUCTIONS + DISCOVERY,
  });
  if (options.only !== undefined && !options.stateful) {
    const tool = statelessTool(services, options.only, options);
    if (tool) registerTools(server, [tool], services, actor);
    return server; // an unknown name gets the SDK's own "not found", as with every tool registered
  }
  // Every served tool is registered: callable by name, its input and output validated by the SDK.
  registerTools(server, served, services, actor);
  if (!listing.all) {
    if (options.stateful) addStatefulDiscovery(server, served, listing.names, services, actor);
    else if (discovery) {
      registerTools(server, discovery.tools, services, actor);
      serveListing(server, () => discovery.listed);
    }
  }
  registerResources(server, services);
  registerPrompts(server, services);
  return server;
}

/**
 * The tool a stateless server answers a tools/call of `name` with: a served tool (listed or not, every served tool is
 * callable by name) or a discovery tool; undefined when this server does not serve it.
 */
export function statelessTool(
  services: Services,
  name: string,
  options: Pick<McpServerOptions, "tools"> = {},
): AnyTool | undefined {
  const surface = surfaceOf(services, options);
  let byName = toolsByName.get(surface);
  if (!byName) {
    byName = new Map([...(surface.discovery?.tools ?? []), ...surface.served].map((t) => [t.name, t]));
    toolsByName.set(surface, byName);
  }
  return byName.get(name);
}

const toolsByName = new WeakMap<Surface, Map<string, AnyTool>>();

interface Surface {
  served: AnyTool[];
  listing: ToolListing;
  /** Stateless servers: the discovery tools over the fixed listing, and what tools/list shows. */
  discovery?: { tools: AnyTool[]; listed: Listed[] };
}
type Listed = { tool: AnyTool; withOutput: boolean };

const surfaces = new WeakMap<Services, Map<string, Surface>>();

function surfaceOf(services: Services, options: McpServerOptions): Surface {
  const { config } = services;
  const key = JSON.stringify([config.readOnly, config.toolsets, config.toolListing, options.tools ?? "configured"]);
  let byKey = surfaces.get(services);
  if (!byKey) {
    byKey = new Map();
    surfaces.set(services, byKey);
  }
  let surface = byKey.get(key);
  if (!surface) {
    const served = selectTools({ readOnly: config.readOnly, toolsets: config.toolsets });
    const listing: ToolListing =
      options.tools === "all"
        ? { all: true }
        : resolveListing(config.toolListing, served, Boolean(config.toolsets?.length));
    surface = { served, listing };
    if (!listing.all) {
      const names = listing.names;
      const catalogue: Catalogue = { served, isListed: (name) => names.has(name) };
      const tools = [listToolsTool(catalogue), describeToolTool(catalogue), callToolTool(catalogue)] as AnyTool[];
      surface.discovery = { tools, listed: listedOf(served, names, tools) };
    }
    byKey.set(key, surface);
  }
  return surface;
}

const listedOf = (served: AnyTool[], names: Set<string>, discovery: AnyTool[]): Listed[] => [
  ...served.filter((t) => names.has(t.name)).map((tool) => ({ tool, withOutput: false })),
  ...discovery.map((tool) => ({ tool, withOutput: true })),
];

/** A session that outlives one request (stdio, in-process): enable_toolset can grow this session's listing. */
function addStatefulDiscovery(
  server: McpServer,
  served: AnyTool[],
  listed: Set<string>,
  services: Services,
  actor: string,
) {
  const names = new Set(listed);
  const catalogue: Catalogue = { served, isListed: (name) => names.has(name) };
  const discovery: AnyTool[] = [listToolsTool(catalogue), describeToolTool(catalogue), callToolTool(catalogue)];
  const enable = (toolsets: Toolset[]) => {
    const added = served.filter((t) => toolsets.includes(t.toolset) && !names.has(t.name)).map((t) => t.name);
    for (const name of added) names.add(name);
    if (added.length) server.sendToolListChanged();
    return added;
  };
  discovery.push(enableToolsetTool(catalogue, enable) as unknown as AnyTool);
  registerTools(server, discovery, services, actor);
  serveListing(server, () => listedOf(served, names, discovery));
}
