import { openMcpSession } from "../agents/mcp-client.ts";
import { readTool } from "../agents/router-reader.ts";
import { planRoute } from "../agents/router-plan.ts";
import { BLIND_NOW, createBlindWorkspace } from "../test/fixtures/phrasings-blind/workspace.ts";
const ws = await createBlindWorkspace();
const s = await openMcpSession(ws.services, "probe");
const v = await ws.services.vocabulary();
for (const t of process.argv.slice(2)) {
  const g = readTool(t, s.tools, v);
  const p = planRoute({ text: t, memory: {}, tools: s.tools, vocabulary: v, now: new Date(BLIND_NOW) });
  console.log(t, "|", g.ranked.slice(0, 3).map((r) => `${r.tool}:${r.score.toFixed(2)}`).join(" "), "|", p.kind, p.kind === "call" ? p.tool.name + JSON.stringify(p.args) : p.kind === "question" ? p.question : "");
}
await s.close(); await ws.cleanup();
