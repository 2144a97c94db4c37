import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import pLimit, { type LimitFunction } from "p-limit";
import { WinnowError } from "../core/errors.ts";
import * as schema from "./schema.ts";

export type Db = LibSQLDatabase<typeof schema>;
/** What repositories take: the database or an open transaction inside it. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface Database {
  db: Db;
  client: Client;
  url: string;
  /** Absolute path of the database file, when it is a local file. */
  file: string | undefined;
  close(): void;
}

export interface OpenOptions {
  url: string;
  authToken?: string | undefined;
  busyTimeoutMs?: number;
  migrate?: boolean;
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");

/** Local file path of a `file:` URL, or undefined for remote (`libsql://`, `http(s)://`) and in-memory URLs. */
export function localFileOf(url: string): string | undefined {
  if (!url.startsWith("file:")) return undefined;
  const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (path === ":memory:" || path === "") return undefined;
  return resolve(path.split("?")[0] ?? path);
}

/**
 * Opens the database, switches a local file to WAL with a busy timeout and applies committed migrations.
 * A file that is not a SQLite database stops start-up with an error naming the file.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const file = localFileOf(options.url);
  if (file && !existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  let client: Client;
  try {
    client = createClient({
      url: file ? `file:${file}` : options.url,
      authToken: options.authToken,
      timeout: options.busyTimeoutMs ?? 5000,
      // Locally, transactions take turns (queueTransactions) and every other call is synchronous, so two connections
      // (one held by the open transaction, one for everything else) are all the pool ever needs.
      concurrency: file ? LOCAL_CONNECTIONS : 4,
    } as Parameters<typeof createClient>[0]);
  } catch (error) {
    throw describeOpenError(error, options.url, file);
  }
  const db = drizzle(client, { schema });
  try {
    if (file) await tuneLocalConnections(client);
    if (options.migrate !== false) await migrate(db, { migrationsFolder: MIGRATIONS });
  } catch (error) {
    client.close();
    throw describeOpenError(error, options.url, file);
  }
  if (file) queueTransactions(db, client);
  return { db, client, url: options.url, file, close: () => client.close() };
}

/**
 * The local libSQL driver is synchronous: a second BEGIN IMMEDIATE while another transaction of this process awaits
 * something busy-waits on the event loop, so the first can never commit and the second fails with SQLITE_BUSY after
 * the busy timeout. Every service's `db.transaction` therefore takes its turn in one in-process queue (other
 * processes are still handled by the busy timeout). Nested transactions go through `tx.transaction` (savepoints) and
 * are unaffected; calling `db.transaction` from inside a transaction would wait forever, as it would in SQLite.
 */
function queueTransactions(db: Db, client: Client) {
  const turns = pLimit(1);
  writeTurns.set(client, turns);
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => turns(() => transaction(run, config))) as Db["transaction"];
  // A write batch is a transaction too (BEGIN ... COMMIT inside one call): it must not start while one is open.
  const batch = client.batch.bind(client);
  client.batch = ((statements, mode) => turns(() => batch(statements, mode))) as Client["batch"];
}

const writeTurns = new WeakMap<Client, LimitFunction>();

/**
 * Runs `work` in this process's turn to write (after any open transaction or write batch finishes, and before the next
 * starts), for code that writes a local database file through a connection of its own, e.g. bulk metric upserts via
 * the `libsql` package. Without a local queue (remote URLs, in-memory) it just runs `work`.
 */
export function inWriteTurn<T>(client: Client, work: () => T | Promise<T>): Promise<T> {
  const turns = writeTurns.get(client);
  return turns ? turns(work) : Promise.resolve().then(work);
}

const LOCAL_CONNECTIONS = 2;

/**
 * WAL is a property of the file, but `synchronous` belongs to each connection: a pooled connection opened later would
 * run with FULL and fsync every commit (~3 ms each on this disk). So open both connections now and tune each, the
 * first while a transaction holds it so the pool has to open the second.
 */
async function tuneLocalConnections(client: Client) {
  await client.execute("PRAGMA journal_mode = WAL");
  await tuneConnection(client);
  const holding = await client.transaction("read");
  try {
    await tuneConnection(client);
  } finally {
    holding.close();
  }
}

/**
 * The WAL file is truncated back to this size after a checkpoint. SQLite's default keeps it at its high-water mark
 * for good: one 1M-row ingest or a big import left hundreds of MB of WAL beside the database for the life of the
 * workspace (copied by every file backup). Per connection, like `synchronous`.
 */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

async function tuneConnection(client: Client) {
  await client.execute("PRAGMA synchronous = NORMAL");
  await client.execute(`PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
}

function describeOpenError(error: unknown, url: string, file: string | undefined): WinnowError {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database|SQLITE_NOTADB|file is encrypted/i.test(message)) {
    return new WinnowError(
      "invalid_input",
      `DATABASE_URL: ${file ?? url} is not a SQLite/libSQL database. Point DATABASE_URL at a libSQL file (it is created if missing) or move that file away.`,
    );
  }
  return new WinnowError("unavailable", `Could not open the database at ${file ?? url}: ${message}`);
}
