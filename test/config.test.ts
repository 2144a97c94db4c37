import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WinnowError } from "../core/errors.ts";
import { openDatabase } from "../db/client.ts";
import { assertSafeBinding, loadConfig } from "../server/config.ts";

const dir = mkdtempSync(join(tmpdir(), "winnow-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WINNOW = resolve(import.meta.dirname, "../bin/winnow.cjs");

function configError(env: Record<string, string>): WinnowError {
  try {
    loadConfig(env, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(WinnowError);
    return error as WinnowError;
  }
  throw new Error("expected loadConfig to refuse the environment");
}

/** Runs the real CLI with a clean environment (no inherited PORT/HOST/WINNOW_TOKEN) in a temp working directory. */
function winnow(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [WINNOW, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", HOME: dir, WINNOW_DATA_DIR: join(dir, "data"), ...env },
    encoding: "utf8",
    timeout: 90_000, // generous: the machine may be shared; an idle start takes ~2 s
  });
}

describe("configuration", () => {
  it("needs nothing: defaults bind loopback on 8787 with a database under the data dir", () => {
    const config = loadConfig({}, dir);
    expect(config).toMatchObject({ host: "127.0.0.1", port: 8787, autoSeed: true, readOnly: false });
    expect(config.databaseUrl).toBe(`file:${resolve("data/winnow.db")}`);
  });

  it("refuses a PORT that is not a port, naming PORT and what is allowed", () => {
    for (const bad of ["abc", "70000", "-1", "80.5"]) {
      const error = configError({ PORT: bad });
      expect(error.code).toBe("invalid_input");
      expect(error.message).toMatch(
        new RegExp(`^Configuration error: PORT="${bad}" must be an integer from 0 to 65535`),
      );
      expect(error.message).not.toContain("\n");
    }
  });

  it("names the variable for other bad values too", () => {
    expect(configError({ LOG_LEVEL: "loud" }).message).toMatch(/^Configuration error: LOG_LEVEL="loud" /);
    expect(configError({ DATABASE_URL: "postgres://x" }).message).toMatch(/DATABASE_URL="postgres:\/\/x" must start/);
    expect(configError({ WINNOW_TOKEN: "short" }).message).toMatch(/WINNOW_TOKEN=.* at least 16 characters/);
  });

  it("refuses an unknown toolset, listing the toolsets there are", () => {
    expect(() => loadConfig({ WINNOW_TOOLSETS: "library,bogus" }, dir)).toThrow(
      /WINNOW_TOOLSETS="library,bogus" must be a comma-separated list of library, search, generation, brand, experiments, review/,
    );
    expect(loadConfig({ WINNOW_TOOLSETS: "library, search" }, dir).toolsets).toEqual(["library", "search"]);
  });

  it("refuses to bind beyond loopback without WINNOW_TOKEN, naming WINNOW_TOKEN", () => {
    const open = loadConfig({ HOST: "0.0.0.0" }, dir);
    expect(() => assertSafeBinding(open)).toThrow(/HOST=0\.0\.0\.0 is not loopback, so WINNOW_TOKEN .* is required/);
    const guarded = loadConfig({ HOST: "0.0.0.0", WINNOW_TOKEN: "a-long-enough-secret-token" }, dir);
    expect(() => assertSafeBinding(guarded)).not.toThrow();
    expect(() => assertSafeBinding(loadConfig({ HOST: "localhost" }, dir))).not.toThrow();
  });

  it("reads a .env file, but a real environment variable wins", () => {
    const envDir = mkdtempSync(join(dir, "dotenv-"));
    writeFileSync(join(envDir, ".env"), "PORT=9911\nLOG_LEVEL=debug\nWINNOW_READ_ONLY=1\n");
    const config = loadConfig({ LOG_LEVEL: "warn" }, envDir);
    expect(config.port).toBe(9911);
    expect(config.readOnly).toBe(true);
    expect(config.logLevel).toBe("warn");
  });
});

describe("start-up refusals from the CLI", () => {
  it("`winnow serve` with PORT=abc exits 2 with one line naming PORT", () => {
    const run = winnow(["serve"], { PORT: "abc" });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^winnow: Configuration error: PORT="abc" must be an integer from 0 to 65535/);
  }, 120_000);

  it("`winnow serve` on HOST=0.0.0.0 without WINNOW_TOKEN exits 2 naming WINNOW_TOKEN", () => {
    const run = winnow(["serve"], { HOST: "0.0.0.0", PORT: "0" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/WINNOW_TOKEN/);
  }, 120_000);
});

describe("a database file that is not SQLite", () => {
  const bad = join(dir, "not-a-db", "winnow.db");

  it("stops openDatabase with an error naming the file", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "not-a-db"), { recursive: true });
    writeFileSync(bad, "these are quarterly notes, not a database ".repeat(200));
    const error = await openDatabase({ url: `file:${bad}` }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WinnowError);
    expect((error as WinnowError).message).toContain(bad);
    expect((error as WinnowError).message).toMatch(/is not a SQLite\/libSQL database/);
  });

  it("makes `winnow serve` exit 2 with one line naming the file", () => {
    const run = winnow(["serve"], { DATABASE_URL: `file:${bad}`, PORT: "0" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(bad);
  }, 120_000);
});
