import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL_POLICY } from "../core/people/policy.ts";
import { ALL_TOOLS } from "../tools/index.ts";

/**
 * House rules (DESIGN.md): surfaces — tools, the Slack app, the dashboard, the CLI and the agents — stay thin and
 * reach data only through core services, so a behaviour lives in one place; and who may call what is decided in one
 * table checked where every tool is invoked.
 */
const ROOT = join(import.meta.dirname, "..");
const SURFACES = ["tools", "slack-app", "server/dashboard", "agents"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

const surfaceFiles = () => [
  ...SURFACES.flatMap((dir) => sources(join(ROOT, dir))),
  ...readdirSync(join(ROOT, "server"))
    .filter((name) => /^cli.*\.ts$/.test(name) && !name.endsWith(".test.ts"))
    .map((name) => join(ROOT, "server", name)),
];

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g))
    out.push((m[1] ?? m[2])!);
  return out;
}

describe("architecture", () => {
  it("finds the surface files it checks", () => {
    const files = surfaceFiles().map((f) => relative(ROOT, f));
    expect(files).toContain("tools/list_jobs.ts");
    expect(files).toContain("server/dashboard/pages/library.ts");
    expect(files).toContain("server/cli.ts");
    expect(files).toContain("agents/orchestrator.ts");
    expect(files.some((f) => f.startsWith("slack-app/"))).toBe(true);
  });

  it("reads import specifiers, including type-only, multi-line and dynamic ones", () => {
    const sample = `import type { Tx } from "../db/client.ts";\nimport {\n  a,\n  b,\n} from "../../db/repositories/x.ts";\nconst m = await import("../db/schema.ts");\nexport { c } from "./c.ts";`;
    expect(importsOf(sample)).toEqual(["../db/client.ts", "../../db/repositories/x.ts", "../db/schema.ts", "./c.ts"]);
  });

  it("no surface imports db/, drizzle or the libSQL client: they go through core services", () => {
    const offenders: string[] = [];
    for (const file of surfaceFiles()) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        const db = spec.startsWith(".") && relative(ROOT, join(file, "..", spec)).split("/")[0] === "db";
        if (db || spec === "drizzle-orm" || spec.startsWith("drizzle-orm/") || spec.startsWith("@libsql/"))
          offenders.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("no surface reaches the database through services (services.database): core services decide who sees what", () => {
    // The CLI's maintenance commands (repair, import) run on the server host as the local admin; every other surface
    // serves someone's request and goes through the services that scope it.
    const files = [
      ...SURFACES.flatMap((dir) => sources(join(ROOT, dir))),
      join(ROOT, "server", "mcp-resources.ts"),
      join(ROOT, "server", "mcp-prompts.ts"),
    ];
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/\.database\b/.test(line) && !/^\s*(\/\/|\*)/.test(line))
            offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(["tools/trace_lineage.ts"]));
    expect(offenders).toEqual([]);
  });

  it("the MCP resources and prompts import no db/ module either", () => {
    const offenders: string[] = [];
    for (const name of ["mcp-resources.ts", "mcp-prompts.ts"]) {
      const file = join(ROOT, "server", name);
      for (const spec of importsOf(readFileSync(file, "utf8")))
        if (spec.includes("/db/") || spec.startsWith("drizzle-orm")) offenders.push(`${name} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it("every registered tool has an entry in the policy table (a missing one would be admin-only by accident)", () => {
    const names = ALL_TOOLS.map((t) => t.name);
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((name) => !(name in TOOL_POLICY))).toEqual([]);
  });

  it("the policy table names no tool that does not exist (stale entries hide renamed tools)", () => {
    const names = new Set(ALL_TOOLS.map((t) => t.name));
    const discovery = ["list_tools", "describe_tool", "call_tool", "enable_toolset"];
    expect(Object.keys(TOOL_POLICY).filter((name) => !names.has(name) && !discovery.includes(name))).toEqual([]);
  });

  it("no tool takes an approver or decider as input: decisions name the authenticated caller", () => {
    const fields = (schema: unknown, path = ""): string[] => {
      const shape = (schema as { shape?: Record<string, unknown> }).shape;
      if (!shape) return [];
      return Object.entries(shape).flatMap(([key, value]) => {
        let inner = value as { unwrap?: () => unknown; shape?: unknown; element?: unknown };
        for (let i = 0; i < 5 && typeof inner.unwrap === "function" && !inner.shape; i++)
          inner = inner.unwrap() as typeof inner;
        return [`${path}${key}`, ...fields(inner.element ?? inner, `${path}${key}.`)];
      });
    };
    const forbidden = /(^|\.)(approvedBy|approver|decidedBy|decider|userRef|actor)$/i;
    const all = ALL_TOOLS.flatMap((t) => fields(t.input).map((f) => `${t.name}.${f}`));
    expect(all).toEqual(expect.arrayContaining(["decide_review.reviewId", "search_assets.filters.brand"]));
    expect(all.filter((f) => forbidden.test(f.slice(f.indexOf(".") + 1)))).toEqual([]);
  });
});
