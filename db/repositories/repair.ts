import { getTableName, is, sql } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Tx } from "../client.ts";
import * as schema from "../schema.ts";

/** A JSON column of the schema, found by its drizzle column type (text in json mode), so new tables are covered. */
export interface JsonColumn {
  table: string;
  column: string;
  /** Name of the table's text id column, when it has one (reports name rows by id). */
  idColumn: string | undefined;
  notNull: boolean;
  /** SQL default ('{}' or '[]'), used when a damaged value cannot be salvaged. */
  fallback: string;
}

export function jsonColumns(): JsonColumn[] {
  const out: JsonColumn[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const config = getTableConfig(value);
    const id = config.columns.find((c) => c.name === "id");
    for (const c of config.columns) {
      if (!schema.isJsonColumn(c)) continue;
      const def = c.default as { queryChunks?: { value?: string[] }[] } | undefined;
      const text = def?.queryChunks?.map((q) => q.value?.join("") ?? "").join("") ?? "";
      out.push({
        table: getTableName(value),
        column: c.name,
        idColumn: id ? "id" : undefined,
        notNull: c.notNull,
        fallback: text.includes("[") ? "[]" : "{}",
      });
    }
  }
  return out;
}

export interface DamagedRow {
  rowid: number;
  id: string | null;
  text: string;
  /** Why SQL flagged it: SQLite refuses it, it is over the byte bound, or it may be too deep (checked in JS). */
  flag: "invalid" | "bytes" | "maybe_deep";
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rows whose JSON SQLite refuses, plus (for bounded columns) rows over the byte bound or with more opening brackets
 * than the depth bound allows — a cheap prefilter; the caller measures those exactly. Paged by rowid.
 */
export async function damagedJsonRows(
  tx: Tx,
  col: JsonColumn,
  bounds: { bytes: number; depth: number } | undefined,
  afterRowid: number,
  limit: number,
): Promise<DamagedRow[]> {
  const c = q(col.column);
  const brackets = `(length(${c}) - length(replace(replace(${c}, '{', ''), '[', '')))`;
  const extra = bounds
    ? `OR length(${c}) > ${Math.floor(bounds.bytes)} OR ${brackets} > ${Math.floor(bounds.depth)}`
    : "";
  const flag = bounds
    ? `CASE WHEN NOT json_valid(${c}) THEN 'invalid' WHEN length(${c}) > ${Math.floor(bounds.bytes)} THEN 'bytes' ELSE 'maybe_deep' END`
    : `'invalid'`;
  return tx.all<DamagedRow>(
    sql.raw(`SELECT rowid AS rowid, ${col.idColumn ? q(col.idColumn) : "NULL"} AS id, ${c} AS text, ${flag} AS flag
      FROM ${q(col.table)} WHERE rowid > ${Math.floor(afterRowid)} AND ${c} IS NOT NULL AND (NOT json_valid(${c}) ${extra})
      ORDER BY rowid LIMIT ${Math.floor(limit)}`),
  );
}

/** Writes a repaired JSON text back, only if the row still holds the damaged text (compare-and-set). */
export async function replaceJsonText(tx: Tx, col: JsonColumn, rowid: number, before: string, after: string) {
  const result = await tx.run(
    sql`UPDATE ${sql.raw(q(col.table))} SET ${sql.raw(q(col.column))} = ${after} WHERE rowid = ${rowid} AND ${sql.raw(q(col.column))} = ${before}`,
  );
  return Number(result.rowsAffected ?? 0) === 1;
}
