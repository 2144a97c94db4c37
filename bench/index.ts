/**
 * Runs every benchmark in bench/ (except this file) one after another, each in its own process so none inherits
 * another's warm caches or heap, and prints one combined JSON object: { benches: { name: result }, pass }.
 * A file that another bench imports (a helper such as search-data.ts) is not a benchmark and is skipped.
 * Run: npm run bench   (BENCH_ONLY=foundation,search runs only those)
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const runner = resolve(here, "../bin/run-ts.cjs");
const sources = readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "index.ts");
const imported = new Set(
  sources.flatMap((f) =>
    [...readFileSync(join(here, f), "utf8").matchAll(/from "\.\/([\w.-]+\.ts)"/g)].map((m) => m[1]),
  ),
);
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const files = sources.filter((f) => !imported.has(f) && (!only || only.includes(basename(f, ".ts")))).sort();

interface Outcome {
  exitCode: number | null;
  seconds: number;
  result?: unknown;
  error?: string;
}

function run(file: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [runner, join(here, file)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    // Progress lines stay visible while the bench runs; stdout is kept for the JSON.
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      process.stderr.write(c);
    });
    child.once("exit", (exitCode) => {
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      try {
        done({ exitCode, seconds, result: JSON.parse(stdout) });
      } catch {
        done({ exitCode, seconds, error: `no JSON on stdout; stderr tail: ${stderr.slice(-500)}` });
      }
    });
  });
}

/** A bench passes when it exited 0 and none of its `pass` fields, at any depth, is false. */
function passed(outcome: Outcome): boolean {
  if (outcome.exitCode !== 0 || outcome.result === undefined) return false;
  const walk = (value: unknown): boolean =>
    typeof value !== "object" || value === null
      ? true
      : Object.entries(value).every(([k, v]) => (k === "pass" ? v !== false : walk(v)));
  return walk(outcome.result);
}

const benches: Record<string, Outcome & { pass: boolean }> = {};
for (const file of files) {
  process.stderr.write(`[bench] ${file}\n`);
  const outcome = await run(file);
  benches[basename(file, ".ts")] = { ...outcome, pass: passed(outcome) };
}
const pass = Object.values(benches).every((b) => b.pass);
process.stdout.write(`${JSON.stringify({ ranAt: new Date().toISOString(), pass, benches }, null, 2)}\n`);
