import * as z from "zod";
import { invalidInput } from "./errors.ts";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Opaque cursor: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const KeysetCursor = z.object({ createdAt: z.string(), id: z.string() });

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    return KeysetCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw invalidInput(
      "cursor",
      "is not a cursor this server issued",
      "Pass nextCursor from the previous page unchanged, or omit it to start at the first page.",
    );
  }
}

export const PageInput = {
  cursor: z.string().max(500).optional().describe("nextCursor from the previous page; omit for the first page"),
  limit: z.number().int().min(1).max(100).default(25).describe("Page size, 1-100"),
};
