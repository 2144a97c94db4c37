import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { invalidInput, WinnowError } from "../errors.ts";
import { cleanText, csvParseOptions, sniffDelimiter, unreadable } from "./exports.ts";
import { TYPED } from "./locale.ts";

/**
 * Where an export's records come from, readable more than once (the import reads a file in passes so that nothing is
 * written until every row is known to be readable). CSV is parsed as a stream, never loaded whole; .xlsx is read with
 * exceljs' streaming reader, its typed cells (numbers, dates) marked so the locale rules leave them alone.
 */
export interface RecordSource {
  kind: "csv" | "xlsx";
  /** The CSV delimiter (xlsx: none). */
  delimiter: string;
  records(): AsyncIterable<string[]>;
}

const SNIFF_BYTES = 64 * 1024;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

type Encoding = "utf8" | "utf16le" | "utf16be";

function encodingOf(head: Buffer): { encoding: Encoding; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf16be", bom: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf8", bom: 3 };
  return { encoding: "utf8", bom: 0 };
}

function decodeHead(head: Buffer, encoding: Encoding): string {
  if (encoding === "utf16be") {
    const even = Buffer.from(head.subarray(0, head.length - (head.length % 2)));
    even.swap16();
    return even.toString("utf16le");
  }
  return head.toString(encoding);
}

/** Text held in memory (pasted into a tool, or a small CSV): parsed as a stream of 64 KiB slices. */
export function textSource(text: string): RecordSource {
  const body = cleanText(text);
  const delimiter = sniffDelimiter(body.slice(0, SNIFF_BYTES));
  return {
    kind: "csv",
    delimiter,
    records: () => parseStream(Readable.from(slices(body)), delimiter),
  };
}

function* slices(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += SNIFF_BYTES) yield text.slice(i, i + SNIFF_BYTES);
}

/** Bytes of a file: .xlsx (a zip) or CSV/TSV text in UTF-8 or UTF-16 (Google Ads' "Excel CSV"). */
export function bytesSource(bytes: Buffer): RecordSource {
  if (bytes.subarray(0, 4).equals(ZIP)) return xlsxSource(() => Readable.from([bytes]));
  const { encoding, bom } = encodingOf(bytes);
  if (encoding === "utf16be") {
    const swapped = Buffer.from(bytes.subarray(bom, bytes.length - ((bytes.length - bom) % 2)));
    swapped.swap16();
    return textSource(swapped.toString("utf16le"));
  }
  return textSource(bytes.subarray(bom).toString(encoding));
}

/**
 * Opens a file only when it is a regular file: without blocking (a FIFO's open() would wait for a writer and hold a
 * libuv thread) and checked on the open descriptor, so a file swapped for a pipe or device after any earlier check is
 * refused too. Every pass over the file opens it this way.
 */
async function openRegular(path: string, label: string) {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => {
    throw invalidInput("file", `${label} could not be opened`, "Pass the path of a readable .csv or .xlsx export.");
  });
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw invalidInput("file", `${label} is not a regular file`, "Pass the path of a .csv or .xlsx export.");
  }
  return handle;
}

/** A file on disk, streamed: never held whole in memory, whatever its size. */
export async function fileSource(path: string, label = "the file"): Promise<RecordSource> {
  const handle = await openRegular(path, label);
  let head: Buffer;
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const stream = async (start: number) =>
    (await openRegular(path, label)).createReadStream({ start, highWaterMark: SNIFF_BYTES, autoClose: true });
  if (head.subarray(0, 4).equals(ZIP)) return xlsxSource(() => stream(0));
  const { encoding, bom } = encodingOf(head);
  const delimiter = sniffDelimiter(cleanText(decodeHead(head.subarray(bom), encoding)));
  return {
    kind: "csv",
    delimiter,
    records: async function* () {
      const input = await stream(bom);
      if (encoding === "utf16be") yield* parseStream(input.pipe(swapBytes()), delimiter, "utf16le");
      else yield* parseStream(input, delimiter, encoding);
    },
  };
}

function swapBytes() {
  let carry: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const all: Buffer = carry ? Buffer.concat([carry, chunk]) : Buffer.from(chunk);
      const even = all.length - (all.length % 2);
      carry = even < all.length ? all.subarray(even) : null;
      const out = Buffer.from(all.subarray(0, even));
      out.swap16();
      done(null, out);
    },
  });
}

async function* parseStream(input: Readable, delimiter: string, encoding: Encoding = "utf8"): AsyncIterable<string[]> {
  const parser = input.pipe(
    parse({ ...csvParseOptions(delimiter), ...(encoding === "utf16le" ? { encoding: "utf16le" as const } : {}) }),
  );
  input.on("error", (e) => parser.destroy(e));
  try {
    for await (const record of parser) yield stripNuls(record as string[]);
  } catch (error) {
    if (error instanceof WinnowError) throw error;
    throw unreadable(error);
  } finally {
    input.destroy();
  }
}

/** UTF-16 text that reached us as UTF-8 carries a NUL after each ASCII character. */
function stripNuls(record: string[]): string[] {
  for (let i = 0; i < record.length; i++) {
    const c = record[i]!;
    if (c.includes("\u0000")) record[i] = c.replaceAll("\u0000", "");
  }
  return record;
}

/** The first worksheet of an .xlsx workbook, row by row, through exceljs' streaming reader. */
function xlsxSource(open: () => Readable | Promise<Readable>): RecordSource {
  return {
    kind: "xlsx",
    delimiter: "",
    records: () => xlsxRecords(open),
  };
}

async function* xlsxRecords(open: () => Readable | Promise<Readable>): AsyncIterable<string[]> {
  const input = await open();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as { values: unknown[] }).values;
        const out: string[] = [];
        for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
        yield out;
      }
      return; // exports put the report on the first sheet; a second sheet is notes or charts
    }
  } catch (error) {
    if (error instanceof WinnowError) throw error;
    throw new WinnowError(
      "invalid_input",
      "file: could not read the .xlsx workbook (it is damaged or not an Excel file). Download the report again as .xlsx or CSV.",
      { field: "file" },
    );
  } finally {
    input.destroy();
  }
}

/** A spreadsheet cell as text: numbers and dates typed (marked TYPED; dates as YYYY-MM-DD), text as written. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return `${TYPED}${v}`;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if ("result" in o) return cellText(o.result);
    if (typeof o.text === "string") return o.text;
    if (o.error) return "";
  }
  return "";
}
