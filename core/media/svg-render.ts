import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Longest an SVG may take to render. The filter caps (svg-cost.ts) still allow documents that take ~20 s on a busy
 * 2-core machine (4 MP, sixteen 100 px blurs); sharp's own `timeout()` is only checked between libvips tiles, and an
 * SVG is drawn by librsvg in one piece, so it stopped such a render only when the render was done.
 */
export const SVG_RENDER_DEADLINE_MS = 10_000;

/**
 * Most memory (resident set, MB) an SVG render may hold. librsvg draws into surfaces outside V8's heap (a 49 MP
 * document is ~200 MB before any filter, and every filter result in a chain is another surface), so
 * `--max-old-space-size` cannot bound it: the parent reads the child's RSS from /proc every few milliseconds and kills
 * it above this. The render process itself idles at ~60-80 MB; the costliest SVG the caps allow peaks near 210 MB.
 */
export const SVG_RENDER_MEMORY_MB = 512;

/** How often the child's resident set is sampled. */
const MEMORY_POLL_MS = 20;

const CHILD = fileURLToPath(new URL("./svg-render-child.mjs", import.meta.url));
const running = new Set<ChildProcess>();

/** Renders still in flight (for tests and shutdown). */
export const svgRendersInFlight = () => running.size;

/** Kills every render in flight: a process that exits (SIGTERM's forced exit included) leaves none behind. */
export function killSvgRenders(): void {
  for (const child of running) child.kill("SIGKILL");
}
process.once("exit", killSvgRenders);

export class SvgRenderDeadline extends Error {
  constructor(readonly deadlineMs: number) {
    super(`render took longer than ${deadlineMs / 1000} s`);
  }
}

export class SvgRenderMemoryLimit extends Error {
  constructor(readonly memoryMb: number) {
    super(`render needed more than ${memoryMb} MB of memory`);
  }
}

const PAGE_BYTES = 4096;

/** Resident set of a process in bytes (Linux /proc), or undefined where /proc is not there or the process is gone. */
function residentBytes(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]) * PAGE_BYTES;
  } catch {
    return undefined;
  }
}

/**
 * An untrusted SVG rendered to PNG in a child process (librsvg through sharp), killed at the deadline or above the
 * memory cap: the work stops, not only the wait. Rejects with SvgRenderDeadline past the deadline, SvgRenderMemoryLimit
 * above the cap, or with the renderer's message. The cap is enforced where /proc exists (Linux, where Winnow is served);
 * elsewhere the renderer still runs with libvips' cache off and one libvips thread.
 */
export function renderSvgToPng(
  svg: Buffer,
  options: { limitInputPixels: number; deadlineMs?: number | undefined; memoryMb?: number | undefined },
): Promise<Buffer> {
  const deadlineMs = options.deadlineMs ?? SVG_RENDER_DEADLINE_MS;
  const memoryMb = options.memoryMb ?? SVG_RENDER_MEMORY_MB;
  return new Promise((resolve, reject) => {
    // V8's own heap stays small (the SVG and PNG are Buffers, outside it); the cap below covers everything else.
    const args = ["--max-old-space-size=64", CHILD, JSON.stringify({ limitInputPixels: options.limitInputPixels })];
    const child = spawn(process.execPath, args, {
      stdio: ["pipe", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "", UV_THREADPOOL_SIZE: "2" },
    });
    running.add(child);
    const out: Buffer[] = [];
    let err = "";
    let late = false;
    let overMemory = false;
    const timer = setTimeout(() => {
      late = true;
      child.kill("SIGKILL");
    }, deadlineMs);
    const capBytes = memoryMb * 1024 * 1024;
    const watchdog = setInterval(() => {
      const rss = child.pid === undefined ? undefined : residentBytes(child.pid);
      if (rss === undefined || rss <= capBytes) return;
      overMemory = true;
      child.kill("SIGKILL");
      clearInterval(watchdog);
    }, MEMORY_POLL_MS);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2000);
    });
    child.stdin.on("error", () => {}); // a child that died early closes its stdin: its exit says why
    child.once("error", (error) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      running.delete(child);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      running.delete(child);
      if (overMemory) reject(new SvgRenderMemoryLimit(memoryMb));
      else if (late) reject(new SvgRenderDeadline(deadlineMs));
      else if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(err.trim() || `the renderer exited with ${code}`));
    });
    child.stdin.end(svg);
  });
}
