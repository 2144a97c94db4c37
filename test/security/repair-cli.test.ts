import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../core/log.ts";
import { renderRepairReport, repairStoredJson } from "../../core/maintenance/repair.ts";
import { loadConfig } from "../../server/config.ts";
import { buildServices } from "../../server/services.ts";
import { type CliRun, runWinnow } from "../helpers/cli.ts";
import { makeJpeg } from "../helpers/images.ts";

/** `winnow repair` end to end: the real command finds a row poisoned before the fix, fixes it, and says so. */
const dir = mkdtempSync(join(tmpdir(), "winnow-repair-"));
const data = join(dir, "data");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const winnow = (args: string[]): Promise<CliRun> => runWinnow(args, { cwd: dir, dataDir: data });

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
