/**
 * The wire client of bench/mcp-cost.ts, in a process of its own so the bench's CPU figure is the server's alone.
 * Bare fetch, 20 calls in flight; reads `<surface> <calls>` lines on stdin, answers `done <bytes>` on stdout.
 * `mcp` sends what the SDK client sends for a tools/call (its headers, its JSON-RPC body), `api` what a script sends
 * to POST /api/tools/:name.
 */
import { createInterface } from "node:readline";

interface Plan {
  url: string;
  mcpHeaders: Record<string, string>;
  calls: { name: string; args: Record<string, unknown> }[];
}
const plan = JSON.parse(process.argv[2]!) as Plan;
let id = 0;

async function call(surface: string, i: number): Promise<number> {
  const { name, args } = plan.calls[i % plan.calls.length]!;
  const response =
    surface === "mcp"
      ? await fetch(`${plan.url}/mcp`, {
          method: "POST",
          headers: plan.mcpHeaders,
          body: JSON.stringify({ method: "tools/call", params: { name, arguments: args }, jsonrpc: "2.0", id: id++ }),
        })
      : await fetch(`${plan.url}/api/tools/${name}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(args),
        });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"isError":true'))
    throw new Error(`${surface} ${name}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text.length;
}

for await (const line of createInterface({ input: process.stdin })) {
  const [surface, count] = line.split(" ");
  let next = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < Number(count)) {
        const length = await call(surface!, next++);
        bytes += length;
      }
    }),
  );
  process.stdout.write(`done ${bytes}\n`);
}
