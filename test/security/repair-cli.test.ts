import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/log.ts";
import { renderRepairReport, repairStoredJson } from "../../core/maintenance/repair.ts";
import { loadConfig } from "../../server/config.ts";
import { buildServices } from "../../server/services.ts";
import { makeJpeg } from "../helpers/images.ts";

/** `winnow repair` end to end: the real command finds a row poisoned before the fix, fixes it, and says so. */
const WINNOW = resolve(import.meta.dirname, "../../bin/winnow.mjs");
const dir = mkdtempSync(join(tmpdir(), "winnow-repair-"));
const data = join(dir, "data");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function winnow(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WINNOW, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, WINNOW_DATA_DIR: data, LOG_LEVEL: "error" },
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

describe("winnow repair", () => {
  it("reports a poisoned row with --dry-run, fixes it, then finds nothing", async () => {
    const services = await buildServices(loadConfig({ WINNOW_DATA_DIR: data, WINNOW_AUTO_SEED: "0" }, dir), {
      logger: silentLogger,
    });
    const { asset } = await services.library.add({
      bytes: await makeJpeg(5, 64),
      filename: "a.jpg",
      meta: {},
      actor: "t",
    });
    await services.enrichment.idle();
    const deep = `${'{"a":'.repeat(1001)}1${"}".repeat(1001)}`;
    await services.database.client.execute({
      sql: "UPDATE assets SET metadata = ? WHERE id = ?",
      args: [`{"keep":"me","evil":${deep}}`, asset.id],
    });
    await services.close();

    const dry = await winnow(["repair", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`Found 1 damaged JSON value\\(s\\)[\\s\\S]*assets\\.metadata ${asset.id}`));
    const fixed = await winnow(["repair", "--json"]);
    expect(fixed.code, fixed.stderr).toBe(0);
    const report = JSON.parse(fixed.stdout);
    expect(report.damaged).toMatchObject([{ rowId: asset.id, droppedKeys: ["evil"], action: "salvaged" }]);

    const check = await buildServices(loadConfig({ WINNOW_DATA_DIR: data, WINNOW_AUTO_SEED: "0" }, dir), {
      logger: silentLogger,
    });
    expect((await check.library.get(asset.id)).metadata).toEqual({ keep: "me" });
    const again = await repairStoredJson(check.database, check.clock, { actor: "t", dryRun: true, quarantineDir: dir });
    expect(renderRepairReport(again)).toMatch(/^No damaged JSON in \d+ column\(s\) scanned\./);
    await check.close();
  }, 120_000);
});
