import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Longest an SVG may take to render. The filter caps (svg-cost.ts) still allow documents that take ~20 s on a busy
 * 2-core machine (4 MP, sixteen 100 px blurs); sharp's own `timeout()` is only checked between libvips tiles, and an
 * SVG is drawn by librsvg in one piece, so it stopped such a render only when the render was done.
 */
export const SVG_RENDER_DEADLINE_MS = 10_000;

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

/**
 * An untrusted SVG rendered to PNG in a child process (librsvg through sharp), killed at the deadline: the work
 * stops, not only the wait. Rejects with SvgRenderDeadline past the deadline, or with the renderer's message.
 */
export function renderSvgToPng(
  svg: Buffer,
  options: { limitInputPixels: number; deadlineMs?: number | undefined },
): Promise<Buffer> {
  const deadlineMs = options.deadlineMs ?? SVG_RENDER_DEADLINE_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, JSON.stringify({ limitInputPixels: options.limitInputPixels })], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "", UV_THREADPOOL_SIZE: "2" },
    });
    running.add(child);
    const out: Buffer[] = [];
    let err = "";
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      child.kill("SIGKILL");
    }, deadlineMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2000);
    });
    child.stdin.on("error", () => {}); // a child that died early closes its stdin: its exit says why
    child.once("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      running.delete(child);
      if (late) reject(new SvgRenderDeadline(deadlineMs));
      else if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(err.trim() || `the renderer exited with ${code}`));
    });
    child.stdin.end(svg);
  });
}
