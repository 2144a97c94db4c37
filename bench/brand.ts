/**
 * Brand-rule benchmark: runs the Kestrel demo rules over the labelled corpus (test/fixtures/brand) and prints one JSON
 * object with precision and recall per rule kind, overall, and pass/fail per target of issue #6.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileRuleSet } from "../core/brand/compile.ts";
import { checkCopy } from "../core/brand/copy-checks.ts";
import { checkImage } from "../core/brand/image-checks.ts";
import { parseRuleSet } from "../core/brand/parse.ts";
import { CORPUS } from "../test/fixtures/brand/corpus.ts";
import { renderAd } from "../test/fixtures/brand/render.ts";

const root = join(import.meta.dirname, "..");
const spec = parseRuleSet(readFileSync(join(root, "core/brand/demo-rules.yaml"), "utf8"));
const compiled = compileRuleSet(spec, { ruleSetId: "bench", version: 1, brandId: "kestrel" });
const KINDS = ["banned_phrase", "required_disclaimer", "claim", "tone", "copy_length", "palette", "logo", "safe_zone"];

const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
const errors: { id: string; kind: string; expected: boolean; got: boolean }[] = [];
let checkMs = 0;
let renderMs = 0;

for (const item of CORPUS) {
  const copy = { headline: "", cta: "Shop now", ...item.copy };
  let predicted = new Set<string>();
  let t = performance.now();
  const ad = item.ad ? await renderAd(item.ad) : undefined;
  renderMs += performance.now() - t;
  t = performance.now();
  const copyOut = await checkCopy(compiled, {
    copy,
    offerType: item.offerType,
    platform: item.platform,
    format: item.format ?? "1080x1080",
    substantiationIds: item.substantiationIds,
  });
  predicted = new Set(copyOut.violations.map((v) => v.kind));
  if (ad) for (const v of await checkImage(compiled, ad)) predicted.add(v.kind);
  checkMs += performance.now() - t;
  // Image-only kinds are scored on image cases; copy kinds on every case.
  for (const kind of KINDS) {
    if (["palette", "logo", "safe_zone"].includes(kind) && !ad) continue;
    const expected = item.expect.includes(kind);
    const got = predicted.has(kind);
    const c = counts[kind]!;
    if (expected && got) c.tp++;
    else if (!expected && got) c.fp++;
    else if (expected && !got) c.fn++;
    else c.tn++;
    if (expected !== got) errors.push({ id: item.id, kind, expected, got });
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Number((a / b).toFixed(4)));
const perKind = Object.fromEntries(
  KINDS.map((k) => {
    const c = counts[k]!;
    return [k, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
  }),
);
const sum = (f: "tp" | "fp" | "fn") => KINDS.reduce((s, k) => s + counts[k]![f], 0);
const overall = { precision: ratio(sum("tp"), sum("tp") + sum("fp")), recall: ratio(sum("tp"), sum("tp") + sum("fn")) };
const targets = {
  overallPrecisionAtLeast95: overall.precision >= 0.95,
  overallRecallAtLeast95: overall.recall >= 0.95,
  bannedPhraseRecall100: perKind.banned_phrase!.recall === 1,
  missingDisclaimerRecall100: perKind.required_disclaimer!.recall === 1,
  corpusAtLeast80: CORPUS.length >= 80,
};
process.stdout.write(
  `${JSON.stringify(
    {
      bench: "brand",
      note: "taken on a shared 2-core machine; timings are indicative",
      cases: CORPUS.length,
      imageCases: CORPUS.filter((c) => c.ad).length,
      overall,
      perKind,
      misclassified: errors,
      timing: { checkMsPerCase: Number((checkMs / CORPUS.length).toFixed(2)), renderMsTotal: Math.round(renderMs) },
      targets,
      pass: Object.values(targets).every(Boolean),
    },
    null,
    2,
  )}\n`,
);
