import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Content-addressed file store: originals at `blobs/ab/cd/<sha256>.<ext>`, thumbnails at `thumbs/ab/<sha256>.webp`.
 * Writes go to a temp name and are renamed into place, so a crash never leaves a partial file under a real name.
 */
export class BlobStore {
  constructor(readonly root: string) {}

  originalPath(sha256: string, format: string): string {
    return join(this.root, "blobs", sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.${extensionOf(format)}`);
  }

  thumbnailPath(sha256: string): string {
    return join(this.root, "thumbs", sha256.slice(0, 2), `${sha256}.webp`);
  }

  /** Stores original + thumbnail; returns which files were newly written (so a failed DB write can undo them). */
  async put(sha256: string, format: string, original: Uint8Array, thumbnail: Uint8Array): Promise<string[]> {
    const written: string[] = [];
    for (const [path, bytes] of [
      [this.originalPath(sha256, format), original],
      [this.thumbnailPath(sha256), thumbnail],
    ] as const) {
      if (existsSync(path)) continue;
      await writeAtomically(path, bytes);
      written.push(path);
    }
    return written;
  }

  async remove(paths: string[]): Promise<void> {
    await Promise.all(paths.map((p) => rm(p, { force: true })));
  }

  /**
   * Removes temp files a killed write left behind (`<name>.<random>.tmp`, never renamed into place). Only those older
   * than `minAgeMs` go, so a write in flight in another process (a CLI import beside the server) is left alone.
   */
  async removeOrphanedTemps(minAgeMs = 60_000, now = Date.now()): Promise<string[]> {
    const removed: string[] = [];
    for (const area of ["blobs", "thumbs"]) {
      const dir = join(this.root, area);
      const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
      for (const entry of entries) {
        if (!entry.endsWith(".tmp")) continue;
        const path = join(dir, entry);
        const info = await stat(path).catch(() => undefined);
        if (!info?.isFile() || now - info.mtimeMs < minAgeMs) continue;
        await rm(path, { force: true });
        removed.push(path);
      }
    }
    return removed;
  }

  readOriginal(sha256: string, format: string): Promise<Buffer> {
    return readFile(this.originalPath(sha256, format));
  }

  readThumbnail(sha256: string): Promise<Buffer> {
    return readFile(this.thumbnailPath(sha256));
  }
}

/** Shard directories known to exist: a bulk import writes two files an asset into 256 of them each. */
const madeDirs = new Set<string>();

async function writeAtomically(path: string, bytes: Uint8Array) {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    // The directory went away under us (a data directory reset): make it again.
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, bytes);
  }
  await rename(tmp, path);
}

export function extensionOf(format: string): string {
  return format === "jpeg" ? "jpg" : format;
}
