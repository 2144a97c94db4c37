import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliRun, runWinnow } from "./helpers/cli.ts";

const FIXTURES = resolve(import.meta.dirname, "fixtures/exports");
const dir = mkdtempSync(join(tmpdir(), "winnow-team-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const winnow = (args: string[]): Promise<CliRun> =>
  runWinnow(args, { cwd: dir, dataDir: join(dir, "data"), env: { WINNOW_AUTO_SEED: "false" } });

describe("winnow brand / member / ingest from a terminal", () => {
  it("creates a brand with audiences and policy and adds an approver", async () => {
    const created = await winnow([
      "brand",
      "create",
      "acme-coffee",
      "--name",
      "Acme Coffee",
      "--palette",
      "#3b2416,#F4EDE4",
      "--audience",
      "gen-z:Gen Z coffee drinkers:Gen Z|zoomers",
      "--spend-threshold",
      "250",
      "--pbest-bar",
      "0.98",
    ]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created brand:\nAcme Coffee \[acme-coffee\]/);
    expect(created.stdout).toMatch(/audiences gen-z \(Gen Z, zoomers\)/);
    expect(created.stdout).toMatch(/approval: spend ≥ \$250\.00, P\(best\) < 0\.98/);
    const added = await winnow([
      "member",
      "add",
      "acme-coffee",
      "approver",
      "--slack",
      "U0ACME0001",
      "--email",
      "dana@acme.example",
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe("Added: U0ACME0001 (U0ACME0001, dana@acme.example): approver on acme-coffee.\n");
  }, 60_000);

  it("exits 2 naming the field for a bad colour", async () => {
    const colour = await winnow(["brand", "create", "acme-tea", "--name", "Acme Tea", "--palette", "teal"]);
    expect(colour.code).toBe(2);
    expect(colour.stderr).toMatch(/palette\.0: "teal" is not a hex colour; use "#RRGGBB"/);
  }, 60_000);

  it("ingests a Google Ads export and reports the ads no arm is linked to", async () => {
    const r = await winnow(["ingest", join(FIXTURES, "google-ads.csv"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      format: string;
      rowsUpserted: number;
      skippedTotals: number;
      unknownAdIds: { platformAdId: string }[];
    };
    expect(out).toMatchObject({ format: "google_ads", rowsUpserted: 4, skippedTotals: 2 });
    expect(out.unknownAdIds.map((u) => u.platformAdId)).toEqual(["698112345601", "698112345602"]);
  }, 60_000);
});
