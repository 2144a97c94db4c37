import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliRun, runWinnow } from "./helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "winnow-cli-exp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const winnow = (args: string[]): Promise<CliRun> =>
  runWinnow(args, { cwd: dir, dataDir: join(dir, "data"), env: { WINNOW_AUTO_SEED: "0" } });

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
