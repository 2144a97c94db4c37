import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDeflate } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_INPUT_PIXELS } from "../../core/media/image.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { invokeTool } from "../../tools/define.ts";
import { findSimilar } from "../../tools/find_similar.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * Replays issue #18's smaller probes: decompression-bomb PNGs (8 at once once peaked at 1.5 GB) must be refused
 * with a clear error and bounded memory; a .tmp file a killed import left in the store is removed at start.
 */

/** A valid 8-bit greyscale PNG of `side`² zero pixels: ~0.1% of its decoded size on disk. */
async function bombPng(side: number): Promise<Buffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (d: Buffer) => out.push(d));
  const done = new Promise((r) => deflate.on("end", r));
  const row = Buffer.alloc(side + 1); // filter byte 0 + zero pixels
  const rows = Buffer.concat(Array.from({ length: 64 }, () => row));
  for (let y = 0; y < side; y += 64) {
    if (!deflate.write(y + 64 <= side ? rows : rows.subarray(0, (side - y) * row.length)))
      await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.concat(out)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
});
afterAll(async () => {
  await ws?.cleanup();
});

describe("decompression bombs", () => {
  it("refuses 8 bomb PNGs at once with a clear error naming the limit, in bounded memory", async () => {
    const side = 12_000; // 144 MP: 144 MB decoded as grey, ~575 MB as RGBA; ~140 KB on disk
    const bomb = await bombPng(side);
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(side * side).toBeGreaterThan(MAX_INPUT_PIXELS);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        invokeTool(
          addAsset,
          { contentBase64: Buffer.concat([bomb, Buffer.from([i])]).toString("base64"), filename: `bomb-${i}.png` },
          toolContext(ws.services),
        ),
      ),
    );
    clearInterval(sampler);
    for (const o of outcomes) {
      expect(o.isError).toBe(true);
      expect(o.error?.code).toBe("invalid_input");
      expect(o.text).toMatch(/bomb-\d\.png: the image is 12000×12000 \(144 MP\), over the 50 MP limit\. Downscale it/);
    }
    expect((peak - before) / 1e6).toBeLessThan(200);
    expect((await ws.services.library.list({})).items).toEqual([]);
  });

  it("refuses a bomb given to search by image before decoding it", async () => {
    const out = await invokeTool(
      findSimilar,
      { imageBase64: (await bombPng(9_000)).toString("base64") },
      toolContext(ws.services),
    );
    expect(out.isError).toBe(true);
    expect(out.text).toMatch(/imageBase64: the image is 9000×9000 \(81 MP\), over the 50 MP limit/);
  });

  it("refuses an SVG that would rasterise past the pixel limit", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"><rect width="10" height="10"/></svg>`;
    const out = await invokeTool(
      addAsset,
      { contentBase64: Buffer.from(svg).toString("base64"), filename: "huge.svg" },
      toolContext(ws.services),
    );
    expect(out.isError).toBe(true);
    expect(out.text).toMatch(/huge\.svg: the image is 20000×20000 \(400 MP\), over the 50 MP limit/);
  });
});

describe("orphaned temp files in the store", () => {
  it("removes a .tmp left by a killed write at start, and leaves a write in flight alone", async () => {
    const store = join(ws.config.dataDir, "store");
    const dir = join(store, "blobs", "ab", "cd");
    mkdirSync(dir, { recursive: true });
    const orphan = join(dir, `${"ab".repeat(32)}.jpg.0123456789ab.tmp`);
    const inFlight = join(dir, `${"cd".repeat(32)}.jpg.ba9876543210.tmp`);
    const real = join(dir, `${"ef".repeat(32)}.jpg`);
    for (const f of [orphan, inFlight, real]) writeFileSync(f, "partial");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(orphan, old, old);
    utimesSync(real, old, old);

    // A fresh start on the same data dir sweeps the store in the background.
    const second = await createTestWorkspace({ WINNOW_DATA_DIR: ws.config.dataDir });
    await expect.poll(() => existsSync(orphan), { timeout: 5000 }).toBe(false);
    expect(existsSync(inFlight)).toBe(true);
    expect(existsSync(real)).toBe(true);
    await second.services.close();
  });
});
