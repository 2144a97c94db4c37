/**
 * bench:dashboard — server render time of every dashboard page at 10k assets.
 * Inserts 10,000 asset rows directly (plus the demo workspace and a small loop fixture), then requests each page
 * several times through the hono app and reports the median and max of the Server-Timing render duration.
 * Target: each page <= 300 ms server time. Prints one JSON object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newId } from "../core/ids.ts";
import { silentLogger } from "../core/log.ts";
import { assets } from "../db/schema.ts";
import { loadConfig } from "../server/config.ts";
import { createHttpApp } from "../server/http.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { buildServices } from "../server/services.ts";
import { seedLoopFixtures } from "../test/dashboard-fixtures.ts";

const TARGET_MS = 300;
const ASSETS = 10_000;
const ROUNDS = 5;

const dir = mkdtempSync(join(tmpdir(), "winnow-bench-dashboard-"));
// The fixtures add their own experiment and models, so the demo loop (which registers models too) stays off.
const config = loadConfig(
  { WINNOW_DATA_DIR: join(dir, "data"), WINNOW_AUTO_SEED: "0", WINNOW_DEMO_LOOP: "0", LOG_LEVEL: "error" },
  dir,
);
const services = await buildServices(config, { logger: silentLogger });
try {
  const ctx = await seedDemoWorkspace(services);
  const fx = await seedLoopFixtures(services, ctx.brandId, [...ctx.assetIds.values()][0]!);
  const kinds = ["product", "scene", "talent", "reference", "output"];
  const statuses = ["ready", "generated", "approved", "promoted", "discarded", "needs_review"];
  const base = Date.parse("2027-01-01T00:00:00Z");
  const insertStarted = performance.now();
  for (let i = 0; i < ASSETS; i += 500) {
    const rows = Array.from({ length: Math.min(500, ASSETS - i) }, (_, j) => {
      const n = i + j;
      const at = new Date(base + n * 60_000).toISOString();
      return {
        id: newId("asset", base + n * 60_000),
        kind: kinds[n % kinds.length]!,
        brandId: ctx.brandId,
        name: `Bench asset ${n} ${n % 7 === 0 ? "sprint hero" : "variant"}`,
        description: `Synthetic row ${n} for the dashboard benchmark`,
        status: statuses[n % statuses.length]!,
        sha256: `bench${n.toString().padStart(59, "0")}`,
        mimeType: "image/jpeg",
        format: "jpeg",
        width: 1080,
        height: 1080,
        bytes: 100_000,
        createdAt: at,
        updatedAt: at,
      };
    });
    await services.database.db.insert(assets).values(rows);
  }
  const insertMs = performance.now() - insertStarted;
  const app = createHttpApp(services);
  const pages = [
    "/",
    "/library",
    "/library?q=sprint&kind=output",
    "/library?status=promoted&page=20",
    `/assets/${fx.winnerId}`,
    "/runs",
    "/experiments",
    `/experiments/${fx.experimentId}`,
    "/winners",
    "/review",
    "/costs",
    "/learning",
  ];
  const results: Record<string, { medianMs: number; maxMs: number; status: number; pass: boolean }> = {};
  for (const path of pages) {
    const times: number[] = [];
    let status = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const res = await app.request(`http://127.0.0.1${path}`, { headers: { host: "127.0.0.1:8787" } });
      status = res.status;
      await res.text();
      times.push(Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? Number.NaN));
    }
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)]!;
    const maxMs = times[times.length - 1]!;
    results[path] = {
      medianMs: +medianMs.toFixed(1),
      maxMs: +maxMs.toFixed(1),
      status,
      pass: status === 200 && medianMs <= TARGET_MS,
    };
  }
  const pass = Object.values(results).every((r) => r.pass);
  process.stdout.write(
    `${JSON.stringify({ bench: "dashboard", assets: ASSETS, rounds: ROUNDS, targetMs: TARGET_MS, insertMs: Math.round(insertMs), pages: results, pass, note: "server render time (Server-Timing), median of rounds; shared 2-core machine" }, null, 2)}\n`,
  );
} finally {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
}
