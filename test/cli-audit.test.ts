import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../core/log.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices, type Services } from "../server/services.ts";
import { runWinnow } from "./helpers/cli.ts";
import { makeJpeg } from "./helpers/images.ts";
import { seedTeam, type Team } from "./helpers/team.ts";

/**
 * Issue 22: `winnow import` and `winnow repair` write to the library like any tool call, so they go through the one
 * authorization point and leave an audit row naming the person: the local admin on the server host, or the person
 * whose WINNOW_MEMBER_TOKEN the shell holds (refused when their role does not allow it).
 */
const dir = mkdtempSync(join(tmpdir(), "winnow-cli-audit-"));
const data = join(dir, "data");
let team: Team;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 150_000, hookTimeout: 150_000 });

const open = () =>
  buildServices(loadConfig({ WINNOW_DATA_DIR: data, WINNOW_AUTO_SEED: "0" }, dir), { logger: silentLogger });
async function auditRows(tool: string) {
  const services: Services = await open();
  try {
    const r = await services.database.client.execute({
      sql: "SELECT actor, caller_kind, surface, via, outcome, error_code, summary FROM audit_log WHERE tool = ? ORDER BY at, id",
      args: [tool],
    });
    return r.rows.map((row) => ({ ...row }) as Record<string, unknown>);
  } finally {
    await services.close();
  }
}
const winnow = (args: string[], token?: string) =>
  runWinnow(args, {
    cwd: dir,
    dataDir: data,
    env: { WINNOW_AUTO_SEED: "0", ...(token ? { WINNOW_MEMBER_TOKEN: token } : {}) },
  });

beforeAll(async () => {
  const services = await open();
  try {
    team = await seedTeam(services);
  } finally {
    await services.close();
  }
  mkdirSync(join(dir, "shoot"), { recursive: true });
  writeFileSync(join(dir, "shoot", "a.jpg"), await makeJpeg(61, 120));
  writeFileSync(join(dir, "shoot", "b.jpg"), await makeJpeg(62, 120));
  writeFileSync(join(dir, "shoot", "c.jpg"), await makeJpeg(63, 120));
});

describe("winnow import, repair and export are authorized and audited as a person", () => {
  it("records an import on the server host as the local admin, from the cli", async () => {
    const run = await winnow(["import", "shoot/a.jpg", "--brand", "kestrel"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Imported 1 asset\(s\)/);
    expect(await auditRows("import_assets")).toEqual([
      expect.objectContaining({ actor: "local-admin", caller_kind: "local-admin", surface: "cli", outcome: "ok" }),
    ]);
  });

  it("imports as the person of WINNOW_MEMBER_TOKEN, and refuses a viewer naming the role needed", async () => {
    const asEditor = await winnow(["import", "shoot/b.jpg", "--brand", "kestrel", "--json"], team.tokens.editor);
    expect(asEditor.code, asEditor.stderr).toBe(0);
    expect(JSON.parse(asEditor.stdout).imported).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/shoot\/b\.jpg$/) }),
    ]);
    const asViewer = await winnow(["import", "shoot/c.jpg", "--brand", "kestrel"], team.tokens.viewer);
    expect(asViewer.code).toBe(2);
    expect(asViewer.stderr).toMatch(/import_assets on kestrel needs editor/);
    const rows = (await auditRows("import_assets")).slice(1);
    expect(rows.map((r) => [r.actor, r.caller_kind, r.surface, r.outcome])).toEqual([
      [team.emails.editor, "member", "cli", "ok"],
      [team.emails.viewer, "member", "cli", "refused"],
    ]);
  });

  it("records a repair as the local admin, skips a dry run, and refuses a member who is not a workspace admin", async () => {
    expect((await winnow(["repair", "--dry-run"])).code).toBe(0);
    const fixed = await winnow(["repair"]);
    expect(fixed.code, fixed.stderr).toBe(0);
    const refused = await winnow(["repair"], team.tokens.approver);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/repair needs a workspace admin/);
    const asAdmin = await winnow(["repair"], team.tokens.admin);
    expect(asAdmin.code, asAdmin.stderr).toBe(0);
    expect((await auditRows("repair")).map((r) => [r.actor, r.surface, r.outcome])).toEqual([
      ["local-admin", "cli", "ok"],
      [team.emails.approver, "cli", "refused"],
      [team.emails.admin, "cli", "ok"],
    ]);
  });

  it("exports every brand's library only for a workspace admin, on the record", async () => {
    const refused = await winnow(["export", "out-approver"], team.tokens.approver);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/export needs a workspace admin/);
    const done = await winnow(["export", "out-admin"]);
    expect(done.code, done.stderr).toBe(0);
    expect((await auditRows("export")).map((r) => [r.actor, r.outcome])).toEqual([
      [team.emails.approver, "refused"],
      ["local-admin", "ok"],
    ]);
  });
});
