// Renders one untrusted SVG (stdin) to PNG (stdout) in a process of its own, so the parent can kill a render that
// runs past its deadline or outlives a shutdown (see svg-render.ts). Options come as JSON in argv[2].
import sharp from "sharp";

const { limitInputPixels } = JSON.parse(process.argv[2] ?? "{}");
// One render, then exit: nothing to cache, and one libvips thread keeps the memory one render needs (the parent kills
// this process above its memory cap, see svg-render.ts).
sharp.cache(false);
sharp.concurrency(1);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
try {
  const png = await sharp(Buffer.concat(chunks), { limitInputPixels, failOn: "truncated" })
    .png({ compressionLevel: 6 })
    .toBuffer();
  process.stdout.end(png);
} catch (error) {
  process.stderr.write(String(error instanceof Error ? error.message : error));
  process.exitCode = 2;
}
