/**
 * bench:dedup — precision and recall of duplicate detection on a labelled set (issue 17).
 * The set (bench/dedup-set.ts, sources in its header) is drawn by code: product shots, textured photos and ad layouts,
 * each with duplicate copies (exact, re-encode, resize, crop, small colour/brightness shifts) and look-alikes that are
 * different assets (another colourway, a different product with the same silhouette, an ad variant from the same
 * template). Every image goes through the served path — library.add, background enrichment (hash, import-time
 * near-duplicate flags), then find_duplicates — and the groups are scored against the labels.
 * Targets: precision >= 0.95 and recall >= 0.95 overall, and >= 0.95 of the labelled pairs judged right per category.
 * The seed (BENCH_DEDUP_SEED, default 2027) is not one the verifier's thresholds were tuned on (5 and 17 were).
 * Run: npm run bench:dedup   (BENCH_DEDUP_BASES, default 90 → ~440 labelled pairs; BENCH_DEDUP_SCALE, default 0.75)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../core/log.ts";
import { localAdmin } from "../core/people/caller.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices } from "../server/services.ts";
import { invokeTool } from "../tools/define.ts";
import { findDuplicates } from "../tools/find_duplicates.ts";
import { buildDuplicateSet, DISTINCT_CATEGORIES, DUPLICATE_CATEGORIES, scoreGroups } from "./dedup-set.ts";

const BASES = Number(process.env.BENCH_DEDUP_BASES ?? 90);
const SCALE = Number(process.env.BENCH_DEDUP_SCALE ?? 0.75);
const SEED = Number(process.env.BENCH_DEDUP_SEED ?? 2027);
const TARGET = 0.95;
const log = (msg: string) => process.stderr.write(`[bench:dedup] ${msg}\n`);
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

const loadBefore = loadavg();
log(`drawing ${BASES} base images and their copies and look-alikes`);
let t0 = performance.now();
const set = await buildDuplicateSet({ bases: BASES, scale: SCALE, seed: SEED });
const drawSeconds = (performance.now() - t0) / 1000;

const work = mkdtempSync(join(tmpdir(), "winnow-bench-dedup-"));
const config = loadConfig(
  { WINNOW_DATA_DIR: work, WINNOW_AUTO_SEED: "0", WINNOW_REEMBED_INTERVAL_MS: "0", LOG_LEVEL: "error" },
  work,
);
const services = await buildServices(config, { logger: silentLogger });
try {
  log(`importing ${set.images.length} images through library.add with background enrichment`);
  const keyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  t0 = performance.now();
  let cpu = process.cpuUsage();
  // Shuffled so a copy is sometimes imported before the picture it was made from (crops both ways round).
  const order = [...set.images].sort((a, b) => hash(a.key) - hash(b.key));
  for (const image of order) {
    const out = await services.library.add({
      bytes: image.bytes,
      filename: `${image.key}.jpg`,
      meta: { name: image.key },
      actor: "bench",
      onDuplicate: "allow",
    });
    keyOf.set(out.asset.id, image.key);
    idOf.set(image.key, out.asset.id);
  }
  await services.enrichment.idle();
  const importSeconds = (performance.now() - t0) / 1000;
  let used = process.cpuUsage(cpu);
  const importCpuSeconds = (used.user + used.system) / 1e6;

  log("find_duplicates");
  t0 = performance.now();
  cpu = process.cpuUsage();
  const groups: string[][] = [];
  let cursor: string | undefined;
  let checked = 0;
  do {
    const out = await invokeTool(
      findDuplicates as never,
      { limit: 100, ...(cursor ? { cursor } : {}) },
      { services, caller: localAdmin("bench"), actor: "bench", progress: async () => {} },
    );
    if (out.isError) throw new Error(out.text);
    const page = out.structured as { groups: { assetIds: string[] }[]; checked: number; nextCursor: string | null };
    for (const g of page.groups) groups.push(g.assetIds.map((id) => keyOf.get(id)!));
    checked = page.checked;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const findSeconds = (performance.now() - t0) / 1000;
  used = process.cpuUsage(cpu);
  const findCpuMs = (used.user + used.system) / 1000;

  const score = scoreGroups(set, groups);
  const categories = Object.fromEntries(
    [...DUPLICATE_CATEGORIES, ...DISTINCT_CATEGORIES].map((c) => [c, score.perCategory[c]]),
  );
  const passCategories = Object.values(score.perCategory).every((c) => c.rate >= TARGET);
  const result = {
    bench: "dedup",
    issue: 17,
    set: {
      seed: SEED,
      images: set.images.length,
      labelledPairs: set.pairs.length,
      duplicatePairs: set.pairs.filter((p) => p.duplicate).length,
      lookalikePairs: set.pairs.filter((p) => !p.duplicate).length,
      drawSeconds: round(drawSeconds, 1),
    },
    precision: score.precision,
    recall: score.recall,
    predictedPairs: score.predictedPairs,
    perCategory: categories,
    errors: score.errors,
    cost: {
      importAssetsPerSecond: round(set.images.length / importSeconds, 1),
      importCpuMsPerAsset: round((importCpuSeconds * 1000) / set.images.length, 1),
      findDuplicatesSeconds: round(findSeconds, 2),
      candidatePairsChecked: checked,
      findCpuMsPerCheckedPair: checked ? round(findCpuMs / checked, 1) : 0,
    },
    load: {
      before: loadBefore.map((v) => round(v)),
      after: loadavg().map((v) => round(v)),
      cpus: availableParallelism(),
    },
    targets: {
      precision: { target: TARGET, pass: score.precision >= TARGET },
      recall: { target: TARGET, pass: score.recall >= TARGET },
      everyCategory: { target: TARGET, pass: passCategories },
    },
    pass: score.precision >= TARGET && score.recall >= TARGET && passCategories,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (!result.pass) process.exitCode = 1;
} finally {
  await services.close();
  rmSync(work, { recursive: true, force: true });
}

function hash(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}
