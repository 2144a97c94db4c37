import { type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * `json_extract` that yields NULL for a row whose JSON SQLite refuses (malformed, or nested deeper than 1000 levels)
 * instead of failing the whole statement: one bad row must not take down a page, a report or a catch-up scan.
 * `winnow repair` finds and fixes such rows. CASE evaluates json_extract only when json_valid said yes.
 */
export function jsonField(column: AnySQLiteColumn | SQL, path: string): SQL {
  return sql`CASE WHEN json_valid(${column}) THEN json_extract(${column}, ${path}) END`;
}

/** The same, for raw SQL that names a column by alias (e.g. `a.metadata`). */
export function jsonFieldOf(qualifiedColumn: string, path: string): SQL {
  if (!/^[a-z_]+(\.[a-z_]+)?$/.test(qualifiedColumn)) throw new Error(`not a column name: ${qualifiedColumn}`);
  return jsonField(sql.raw(qualifiedColumn), path);
}
