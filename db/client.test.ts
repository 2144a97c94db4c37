import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, WAL_SIZE_LIMIT_BYTES } from "./client.ts";

let dir: string;
let database: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "winnow-client-"));
  database = await openDatabase({ url: `file:${join(dir, "w.db")}` });
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const pragma = async (name: string) => Object.values((await database.client.execute(`PRAGMA ${name}`)).rows[0]!)[0];

describe("a local database file", () => {
  it("runs in WAL mode, and both pooled connections truncate the WAL after a checkpoint and skip per-commit fsync", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("journal_size_limit"))).toBe(WAL_SIZE_LIMIT_BYTES);
    expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL
    // While a transaction holds the first connection, statements run on the second.
    const holding = await database.client.transaction("read");
    try {
      expect(Number(await pragma("journal_size_limit"))).toBe(WAL_SIZE_LIMIT_BYTES);
      expect(Number(await pragma("synchronous"))).toBe(1);
    } finally {
      holding.close();
    }
  });
});
