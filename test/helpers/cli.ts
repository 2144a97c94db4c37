import { spawn } from "node:child_process";
import { resolve } from "node:path";

/** The real `winnow` command, as a user runs it. */
export const WINNOW_BIN = resolve(import.meta.dirname, "../../bin/winnow.cjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory; also HOME, so nothing from the real home leaks in. */
  cwd: string;
  /** WINNOW_DATA_DIR for this run. */
  dataDir: string;
  /** Extra environment variables on top of the clean base (PATH, HOME, WINNOW_DATA_DIR, LOG_LEVEL=error). */
  env?: Record<string, string>;
}

/** Runs `bin/winnow.cjs` with a clean environment and collects its stdout, stderr and exit code. */
export function runWinnow(args: string[], options: CliOptions): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WINNOW_BIN, ...args], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: options.cwd,
        WINNOW_DATA_DIR: options.dataDir,
        LOG_LEVEL: "error",
        ...options.env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.once("error", fail);
    child.once("exit", (code) => done({ code, stdout, stderr }));
  });
}
