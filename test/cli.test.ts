import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newId } from "../core/ids.ts";
import { silentLogger } from "../core/log.ts";
import { brands } from "../db/schema.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices, type Services } from "../server/services.ts";
import { type CliRun, runWinnow } from "./helpers/cli.ts";
import { makeJpeg, makePng } from "./helpers/images.ts";

const dir = mkdtempSync(join(tmpdir(), "winnow-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real `winnow` command against a data dir, with a clean environment and a temp working directory. */
const winnow = (args: string[], dataDir = join(dir, "data")): Promise<CliRun> => runWinnow(args, { cwd: dir, dataDir });

/** Opens the same workspace in-process to check what the CLI wrote, through the same services the tools use. */
async function openServices(dataDir: string): Promise<Services> {
  return buildServices(loadConfig({ WINNOW_DATA_DIR: dataDir, WINNOW_AUTO_SEED: "0" }, dir), { logger: silentLogger });
}

async function withServices<T>(dataDir: string, use: (s: Services) => Promise<T>): Promise<T> {
  const services = await openServices(dataDir);
  try {
    return await use(services);
  } finally {
    await services.close();
  }
}

async function addBrand(dataDir: string) {
  await withServices(dataDir, async (s) => {
    await s.database.db
      .insert(brands)
      .values({ id: newId("brand"), slug: "kestrel", name: "Kestrel Run Co.", createdAt: "2027-01-01T00:00:00Z" })
      .onConflictDoNothing();
  });
}

// Each `winnow` run takes ~1-2 s on an idle machine; the timeouts leave room for a busy shared one.
vi.setConfig({ testTimeout: 150_000, hookTimeout: 150_000 });

describe("usage", () => {
  it("prints help with exit 0 for the program and for each command", async () => {
    const runs = await Promise.all([winnow(["--help"]), winnow(["import", "--help"])]);
    for (const run of runs) expect(run.code).toBe(0);
    expect(runs[0]?.stdout).toMatch(/Usage: winnow .*\n[\s\S]*serve[\s\S]*mcp[\s\S]*import[\s\S]*export[\s\S]*seed/);
    expect(runs[1]?.stdout).toMatch(/Usage: winnow import \[options\] <path>/);
  });

  it("exits 2 with a message on stderr for an unknown command, an unknown option or a missing argument", async () => {
    const [command, option, argument] = await Promise.all([
      winnow(["frobnicate"]),
      winnow(["import", "--colour", "red", "x"]),
      winnow(["export"]),
    ]);
    expect(command).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command 'frobnicate'/) });
    expect(option).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown option '--colour'/) });
    expect(argument).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing required argument 'dir'/) });
  });
});

describe("import and export", () => {
  const data = join(dir, "data");
  const root = join(dir, "root");
  const photos = join(root, "photos");

  beforeAll(async () => {
    mkdirSync(join(photos, "shoes", "aero"), { recursive: true });
    mkdirSync(join(photos, "scenes"), { recursive: true });
    writeFileSync(join(photos, "hero.jpg"), await makeJpeg(1, 300));
    writeFileSync(join(photos, "shoes", "aero", "side.jpg"), await makeJpeg(2, 300));
    writeFileSync(join(photos, "scenes", "track.png"), await makePng(3));
    writeFileSync(join(photos, "scenes", "hero-copy.jpg"), await makeJpeg(1, 300)); // same bytes as hero.jpg
    writeFileSync(join(photos, "readme.txt"), "not an image");
    // A symlink inside the folder pointing at a file outside the import root.
    writeFileSync(join(dir, "secret.jpg"), await makeJpeg(99, 300));
    symlinkSync(join(dir, "secret.jpg"), join(photos, "shoes", "leak.jpg"));
    await addBrand(data);
  });

  it("imports a folder recursively, reports duplicates as skipped, and ignores a symlink leading outside", async () => {
    const run = await winnow(["import", photos, "--json", "--brand", "kestrel", "--kind", "product"], data);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      imported: { file: string }[];
      duplicates: { file: string; duplicateOf: string }[];
      failed: unknown[];
    };
    const relative = (rows: { file: string }[]) => rows.map((r) => r.file.slice(photos.length + 1)).sort();
    // hero.jpg and scenes/hero-copy.jpg hold the same bytes: whichever lands first is imported, the other skipped.
    const imported = relative(report.imported);
    expect(imported.filter((f) => !f.includes("hero"))).toEqual(["scenes/track.png", "shoes/aero/side.jpg"]);
    expect([...imported, ...relative(report.duplicates)].filter((f) => f.includes("hero")).sort()).toEqual([
      "hero.jpg",
      "scenes/hero-copy.jpg",
    ]);
    expect(report.imported).toHaveLength(3);
    expect(report.duplicates).toHaveLength(1);
    expect(report.failed).toEqual([]);
    const all = [...report.imported, ...report.duplicates].map((r) => r.file);
    expect(all.some((f) => f.includes("leak") || f.includes("secret"))).toBe(false);

    await withServices(data, async (s) => {
      const page = await s.library.list({ brand: "kestrel", kind: "product" });
      expect(page.items).toHaveLength(3);
      const secret = await s.library.list({ nameContains: "secret" });
      expect(secret.items).toEqual([]);
    });
  });

  it("applies metadata and links from a CSV manifest", async () => {
    const dirCsv = join(root, "csv");
    mkdirSync(join(dirCsv, "img"), { recursive: true });
    writeFileSync(join(dirCsv, "img", "a.jpg"), await makeJpeg(10, 200));
    writeFileSync(join(dirCsv, "img", "b.jpg"), await makeJpeg(11, 200));
    writeFileSync(
      join(dirCsv, "manifest.csv"),
      [
        "file,name,kind,brand,owner,rights_holder,rights_expires_at,use_case,campaign,notes",
        'img/a.jpg,Aero 3 side,product,kestrel,ana@kestrel.run,Kestrel Studio,2027-12-31,paid social,cmp_spring;cmp_summer,"sole, midsole"',
        "img/b.jpg,Track at dusk,scene,,bo@kestrel.run,Agency X,,,cmp_spring,",
      ].join("\n"),
    );
    const run = await winnow(["import", join(dirCsv, "manifest.csv"), "--json"], data);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).imported).toHaveLength(2);

    await withServices(data, async (s) => {
      const [a] = (await s.library.list({ nameContains: "Aero 3 side" })).items;
      const detail = await s.library.get(a!.id);
      expect(detail).toMatchObject({
        kind: "product",
        owner: "ana@kestrel.run",
        rightsHolder: "Kestrel Studio",
        rightsExpiresAt: "2027-12-31T00:00:00.000Z",
        useCase: "paid social",
        notes: "sole, midsole",
      });
      expect(detail.brandId).toMatch(/^brd_/);
      expect(detail.links).toEqual(
        expect.arrayContaining([
          { type: "campaign", id: "cmp_spring" },
          { type: "campaign", id: "cmp_summer" },
        ]),
      );
      const spring = await s.library.list({ campaign: "cmp_spring" });
      expect(spring.items.map((i) => i.name).sort()).toEqual(["Aero 3 side", "Track at dusk"]);
    });
  });

  it("applies metadata and links from a JSON manifest", async () => {
    const dirJson = join(root, "json");
    mkdirSync(dirJson, { recursive: true });
    writeFileSync(join(dirJson, "runner.jpg"), await makeJpeg(20, 200));
    writeFileSync(
      join(dirJson, "assets.json"),
      JSON.stringify({
        assets: [
          {
            file: "runner.jpg",
            name: "Maya mid-stride",
            kind: "talent",
            status: "needs_review",
            usageNotes: "EU only",
            metadata: { model_release: "MR-2027-014" },
            links: [{ type: "campaign", id: "cmp_fall" }],
          },
        ],
      }),
    );
    const run = await winnow(["import", join(dirJson, "assets.json"), "--json"], data);
    expect(run.code).toBe(0);
    await withServices(data, async (s) => {
      const [item] = (await s.library.list({ campaign: "cmp_fall" })).items;
      expect(item).toMatchObject({
        name: "Maya mid-stride",
        kind: "talent",
        status: "needs_review",
        usageNotes: "EU only",
        metadata: { model_release: "MR-2027-014" },
      });
    });
  });

  it("refuses a manifest row that points outside the import root, naming the row", async () => {
    const escapeDir = join(root, "escape");
    mkdirSync(escapeDir, { recursive: true });
    writeFileSync(join(root, "outside.jpg"), await makeJpeg(30, 100));
    writeFileSync(join(escapeDir, "ok.jpg"), await makeJpeg(31, 100));
    writeFileSync(join(escapeDir, "m.csv"), "file,name\nok.jpg,fine\n../outside.jpg,sneaky\n");
    const run = await winnow(["import", join(escapeDir, "m.csv")], data);
    expect(run.code).toBe(2);
    // Outside the root reads like a missing file (no probing of what exists on the server).
    expect(run.stderr).toMatch(
      /^winnow: Manifest m\.csv has 1 problem\(s\): row 2: path: .*outside\.jpg was not found/,
    );
    expect(run.stderr).toMatch(/not found under the import root/);
    await withServices(data, async (s) => {
      expect((await s.library.list({ nameContains: "sneaky" })).items).toEqual([]);
      expect((await s.library.list({ nameContains: "fine" })).items).toEqual([]);
    });
  });

  it("exports library.json, assets.csv, files/ and thumbnails/, and the CSV re-imports into a fresh workspace", async () => {
    const out = join(dir, "export");
    const run = await winnow(["export", out], data);
    expect(run.code).toBe(0);
    const count = await withServices(data, async (s) => (await s.library.list({}, { limit: 100 })).items.length);
    expect(run.stdout).toContain(`Exported ${count} asset(s)`);
    const json = JSON.parse(readFileSync(join(out, "library.json"), "utf8"));
    expect(json).toMatchObject({ format: "winnow-library", version: 1 });
    expect(json.assets).toHaveLength(count);
    const rows = parseCsv(readFileSync(join(out, "assets.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(count);
    expect(readdirSync(join(out, "files"))).toHaveLength(count);
    expect(readdirSync(join(out, "thumbnails"))).toHaveLength(count);
    for (const row of rows) expect(existsSync(join(out, row.file!))).toBe(true);

    const fresh = join(dir, "fresh-data");
    await addBrand(fresh);
    const again = await winnow(["import", join(out, "assets.csv"), "--json"], fresh);
    expect(again.stderr).toBe("");
    expect(JSON.parse(again.stdout).imported).toHaveLength(count);
    await withServices(fresh, async (s) => {
      const items = (await s.library.list({}, { limit: 100 })).items;
      const bySha = new Map(items.map((i) => [i.sha256, i]));
      for (const original of json.assets) {
        const copy = bySha.get(original.sha256);
        expect(copy, original.name).toBeDefined();
        expect(copy).toMatchObject({
          name: original.name,
          kind: original.kind,
          status: original.status,
          owner: original.owner,
          rightsExpiresAt: original.rightsExpiresAt,
        });
        expect(copy!.brandId === null).toBe(original.brand === null);
      }
      const spring = await s.library.list({ campaign: "cmp_spring" });
      expect(spring.items.map((i) => i.name).sort()).toEqual(["Aero 3 side", "Track at dusk"]);
    });
  });
});
