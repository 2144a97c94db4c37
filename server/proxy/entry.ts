import { readFileSync } from "node:fs";
import { StdioServerTransport } from "@modelcontextprotocol/server/stdio";
import { createProxyServer, type ProxySnapshot } from "./proxy.ts";

/** Bundle entry: stdio in, Streamable HTTP out. Configuration comes from the bundle's user_config via env. */
const url = process.env.WINNOW_URL?.trim() || "http://127.0.0.1:8787/mcp";
// The person's own token from the bundle settings; the server's WINNOW_TOKEN (the admin credential) when it is unset.
const token = process.env.WINNOW_MEMBER_TOKEN?.trim() || process.env.WINNOW_TOKEN?.trim() || undefined;
const log = (message: string) =>
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: message })}\n`);

// The build writes the tool/prompt snapshot next to the bundled entry.
const snapshot = JSON.parse(readFileSync(new URL("./snapshot.json", import.meta.url), "utf8")) as ProxySnapshot;
const server = createProxyServer({ url, token, snapshot, log });
await server.connect(new StdioServerTransport());
log(`winnow proxy ready, forwarding to ${url}`);
