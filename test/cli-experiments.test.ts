import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const WINNOW = resolve(import.meta.dirname, "../bin/winnow.mjs");
const dir = mkdtempSync(join(tmpdir(), "winnow-cli-exp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function winnow(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WINNOW, ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        WINNOW_DATA_DIR: join(dir, "data"),
        LOG_LEVEL: "error",
        WINNOW_AUTO_SEED: "0",
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

describe("winnow allocate / winnow stop", () => {
  it("names the experiment it cannot find, refuses a bad date, and exits 2", async () => {
    const byId = await winnow(["allocate", "exp_missing"]);
    expect(byId.code).toBe(2);
    expect(byId.stderr).toMatch(/Experiment exp_missing not found/);
    const badDate = await winnow(["allocate", "exp_x", "--effective-from", "tomorrow"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/must be a date YYYY-MM-DD/);
  }, 60_000);
});
