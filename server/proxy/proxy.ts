import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { Server } from "@modelcontextprotocol/server";

/**
 * The Claude Desktop bundle's server: a small pure-JS stdio MCP server that forwards every request to a running
 * Winnow server over Streamable HTTP. It never imports Winnow's own code (no native modules, no database): the tool
 * and prompt listings are a snapshot taken at build time, so a client can list them even while the server is down,
 * and every call reports clearly when the server cannot be reached.
 */
export interface ProxySnapshot {
  version: string;
  tools: Record<string, unknown>[];
  prompts: Record<string, unknown>[];
}

export interface ProxyOptions {
  url: string;
  token?: string | undefined;
  snapshot: ProxySnapshot;
  log: (message: string) => void;
}

type UpstreamCall<T> = (client: Client) => Promise<T>;

export function createProxyServer(options: ProxyOptions): Server {
  const server = new Server(
    { name: "winnow-proxy", title: "Winnow (via server)", version: options.snapshot.version },
    {
      capabilities: { tools: {}, resources: {}, prompts: {} },
      instructions: `Proxy to the Winnow server at ${options.url}.`,
    },
  );
  const upstream = new Upstream(options);

  server.setRequestHandler("tools/list", async () => {
    const live = await upstream.tryCall((c) => c.listTools());
    return live ?? { tools: options.snapshot.tools as never };
  });
  server.setRequestHandler("tools/call", async (request) => {
    try {
      return (await upstream.call((c) => c.callTool(request.params))) as never;
    } catch (error) {
      return { isError: true, content: [{ type: "text", text: upstream.describe(error) }] };
    }
  });
  server.setRequestHandler("prompts/list", async () => {
    const live = await upstream.tryCall((c) => c.listPrompts());
    return live ?? { prompts: options.snapshot.prompts as never };
  });
  server.setRequestHandler("prompts/get", async (request) =>
    upstream.callOrExplain((c) => c.getPrompt(request.params)),
  );
  server.setRequestHandler(
    "resources/list",
    async (request) => (await upstream.tryCall((c) => c.listResources(request.params))) ?? { resources: [] },
  );
  server.setRequestHandler(
    "resources/templates/list",
    async (request) =>
      (await upstream.tryCall((c) => c.listResourceTemplates(request.params))) ?? { resourceTemplates: [] },
  );
  server.setRequestHandler("resources/read", async (request) =>
    upstream.callOrExplain((c) => c.readResource(request.params)),
  );
  return server;
}

/** One lazily (re)connected client to the Winnow server; a failed call drops it so the next call reconnects. */
class Upstream {
  private client: Promise<Client> | undefined;

  constructor(private readonly options: ProxyOptions) {}

  async call<T>(fn: UpstreamCall<T>): Promise<T> {
    try {
      return await fn(await this.connect());
    } catch (error) {
      this.reset();
      throw error;
    }
  }

  async tryCall<T>(fn: UpstreamCall<T>): Promise<T | undefined> {
    try {
      return await this.call(fn);
    } catch (error) {
      this.options.log(this.describe(error));
      return undefined;
    }
  }

  async callOrExplain<T>(fn: UpstreamCall<T>): Promise<T> {
    try {
      return await this.call(fn);
    } catch (error) {
      throw new Error(this.describe(error));
    }
  }

  describe(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    if (/\b401\b|unauthori[sz]ed|bearer token/i.test(message)) {
      return `Winnow server at ${this.options.url} rejected the token (401). Set your personal Winnow token (winnow token create) in the extension settings.`;
    }
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed|ECONNRESET|timed? ?out|abort/i.test(message)) {
      return `Winnow server not reachable at ${this.options.url} (${message}). Start it with \`npm start\` in the Winnow folder, or fix the server URL in the extension settings.`;
    }
    return message;
  }

  private connect(): Promise<Client> {
    if (!this.client) {
      const { url, token } = this.options;
      this.client = (async () => {
        const client = new Client({ name: "winnow-proxy", version: this.options.snapshot.version });
        const transport = new StreamableHTTPClientTransport(new URL(url), {
          requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
        });
        await client.connect(transport);
        return client;
      })();
      this.client.catch(() => this.reset());
    }
    return this.client;
  }

  private reset() {
    const old = this.client;
    this.client = undefined;
    void old?.then((c) => c.close()).catch(() => {});
  }
}
