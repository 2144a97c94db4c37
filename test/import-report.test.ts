import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { runWinnow } from "./helpers/cli.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, toolContext } from "./helpers/workspace.ts";

/** Without --json, an import still says which file was skipped and what it duplicates. */
const dir = mkdtempSync(join(tmpdir(), "winnow-import-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("human-readable import reports name every skipped duplicate", () => {
  it("winnow import names the copy, and the library asset or the file of this run it repeats", async () => {
    const shoot = join(dir, "shoot");
    mkdirSync(join(shoot, "picks"), { recursive: true });
    const first = await makeJpeg(31);
    const second = await makeJpeg(32);
    writeFileSync(join(shoot, "hero.jpg"), first);
    const options = { cwd: dir, dataDir: join(dir, "data"), env: { WINNOW_AUTO_SEED: "false" } };
    const before = await runWinnow(["import", "shoot/hero.jpg"], options);
    expect(before.code, before.stderr).toBe(0);
    const heroId = /ast_[0-9A-Z]{26}/.exec(
      (await runWinnow(["import", "shoot/hero.jpg", "--json"], options)).stdout,
    )?.[0];
    expect(heroId).toBeDefined();
    writeFileSync(join(shoot, "picks", "hero-copy.jpg"), first);
    writeFileSync(join(shoot, "new.jpg"), second);
    writeFileSync(join(shoot, "picks", "new-again.jpg"), second);
    const run = await runWinnow(["import", "shoot"], options);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Imported 1 asset\(s\), skipped 3 duplicate\(s\), 0 failed in [\d.]+s\.$/);
    expect(lines).toContain(`  duplicate: shoot/hero.jpg is already in the library as ${heroId} "hero.jpg"`);
    expect(lines).toContain(`  duplicate: shoot/picks/hero-copy.jpg is already in the library as ${heroId} "hero.jpg"`);
    // Which of two identical new files is imported first is up to the import; the other names it.
    const again = lines.find((l) => l.includes("is the same file as"));
    expect(again).toMatch(
      /^ {2}duplicate: shoot\/(new\.jpg|picks\/new-again\.jpg) is the same file as shoot\/(picks\/new-again\.jpg|new\.jpg) \(imported in this run as ast_[0-9A-Z]{26}\)$/,
    );
  });

  it("import_assets' text names them too, relative to the import root", async () => {
    const ws = await createTestWorkspace();
    try {
      mkdirSync(join(ws.dir, "in"));
      writeFileSync(join(ws.dir, "in", "a.jpg"), await makeJpeg(41));
      writeFileSync(join(ws.dir, "in", "b.jpg"), await makeJpeg(41));
      const out = await invokeTool(findTool("import_assets")!, { path: "in" }, toolContext(ws.services));
      expect(out.isError, out.text).toBe(false);
      expect(out.text).toMatch(/^Imported 1 asset\(s\) from in, skipped 1 duplicate\(s\), 0 failed\./);
      expect(out.text).toMatch(
        / {2}duplicate: in\/(a|b)\.jpg is the same file as in\/(a|b)\.jpg \(imported in this run as ast_/,
      );
    } finally {
      await ws.cleanup();
    }
  });
});
