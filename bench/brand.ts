/**
 * Brand-rule benchmark. Prints one JSON object with precision and recall per rule kind for two labelled corpora, both
 * run with NO offerType passed (disclaimers must be triggered by the copy itself):
 * - `kestrel`: the original corpus (test/fixtures/brand/corpus.ts, copy and rendered images) against the Kestrel demo
 *   rules (core/brand/demo-rules.yaml); also run with its offer types, as before, for comparison;
 * - `policy`: the corpus written from public advertising standards and ad policies (test/fixtures/brand/policy-corpus.ts)
 *   against the Larkspur rule set (test/fixtures/brand/policy-rules.yaml), reported for the tuning split, the held-out
 *   quarter and both.
 * Targets (issue #16): on the policy corpus every kind ≥ 0.97 precision and recall, recall 1.0 on banned phrases and
 * disclaimers; the Kestrel corpus stays at or above its previous figures (1.0 everywhere).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CompiledRuleSet, compileRuleSet } from "../core/brand/compile.ts";
import { checkCopy } from "../core/brand/copy-checks.ts";
import { checkImage } from "../core/brand/image-checks.ts";
import { parseRuleSet } from "../core/brand/parse.ts";
import { CORPUS } from "../test/fixtures/brand/corpus.ts";
import { POLICY_CASES, type PolicyCase } from "../test/fixtures/brand/policy-corpus.ts";
import { renderAd } from "../test/fixtures/brand/render.ts";

const root = join(import.meta.dirname, "..");
const load = (path: string, brandId: string) =>
  compileRuleSet(parseRuleSet(readFileSync(join(root, path), "utf8")), { ruleSetId: "bench", version: 1, brandId });

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
interface Scored {
  id: string;
  expected: Set<string>;
  got: Set<string>;
  scoredKinds: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Number((a / b).toFixed(4)));

function score(items: Scored[], kinds: string[]) {
  const counts: Record<string, Counts> = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misclassified: { id: string; kind: string; expected: boolean; got: boolean }[] = [];
  for (const item of items) {
    for (const kind of item.scoredKinds) {
      const e = item.expected.has(kind);
      const g = item.got.has(kind);
      const c = counts[kind]!;
      if (e && g) c.tp++;
      else if (!e && g) c.fp++;
      else if (e && !g) c.fn++;
      else c.tn++;
      if (e !== g) misclassified.push({ id: item.id, kind, expected: e, got: g });
    }
  }
  const perKind = Object.fromEntries(
    kinds.map((k) => {
      const c = counts[k]!;
      return [k, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  );
  const sum = (f: keyof Counts) => kinds.reduce((s, k) => s + counts[k]![f], 0);
  const overall = {
    precision: ratio(sum("tp"), sum("tp") + sum("fp")),
    recall: ratio(sum("tp"), sum("tp") + sum("fn")),
  };
  return { cases: items.length, overall, perKind, misclassified };
}

// ── Kestrel corpus (copy + images) ────────────────────────────────────────────────────────────────────────────────
const KESTREL_KINDS = [
  "banned_phrase",
  "required_disclaimer",
  "claim",
  "tone",
  "copy_length",
  "palette",
  "logo",
  "safe_zone",
];
const IMAGE_KINDS = new Set(["palette", "logo", "safe_zone"]);
const kestrel = load("core/brand/demo-rules.yaml", "kestrel");
let checkMs = 0;
let checks = 0;

async function runKestrel(withOfferType: boolean): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const item of CORPUS) {
    const copy = { headline: "", cta: "Shop now", ...item.copy };
    const ad = item.ad ? await renderAd(item.ad) : undefined;
    const t = performance.now();
    const copyOut = await checkCopy(kestrel, {
      copy,
      offerType: withOfferType ? item.offerType : undefined,
      platform: item.platform,
      format: item.format ?? "1080x1080",
      substantiationIds: item.substantiationIds,
    });
    checkMs += performance.now() - t;
    checks++;
    const got = new Set(copyOut.violations.map((v) => v.kind));
    if (ad) for (const v of await checkImage(kestrel, ad)) got.add(v.kind);
    out.push({
      id: item.id,
      expected: new Set(item.expect),
      got,
      scoredKinds: KESTREL_KINDS.filter((k) => ad || !IMAGE_KINDS.has(k)),
    });
  }
  return out;
}

// ── Policy corpus (copy only) ─────────────────────────────────────────────────────────────────────────────────────
const larkspur = load("test/fixtures/brand/policy-rules.yaml", "larkspur");
const kindOf = new Map(larkspur.spec.rules.map((r) => [r.id, r.kind as string]));
const POLICY_KINDS = ["banned_phrase", "required_disclaimer", "claim", "copy_length"];

async function runPolicy(compiled: CompiledRuleSet, cases: PolicyCase[]) {
  const scored: Scored[] = [];
  const ruleErrors: { id: string; missing: string[]; unexpected: string[] }[] = [];
  for (const item of cases) {
    for (const id of item.expect) if (!kindOf.has(id)) throw new Error(`${item.id}: unknown rule id ${id}`);
    const t = performance.now();
    const out = await checkCopy(compiled, {
      copy: { cta: "", ...item.copy },
      platform: item.platform,
      format: item.format ?? "1080x1080",
      substantiationIds: item.substantiationIds,
    });
    checkMs += performance.now() - t;
    checks++;
    const firedIds = new Set(out.violations.map((v) => v.ruleId));
    const missing = item.expect.filter((id) => !firedIds.has(id));
    const unexpected = [...firedIds].filter((id) => !item.expect.includes(id));
    if (missing.length || unexpected.length) ruleErrors.push({ id: item.id, missing, unexpected });
    scored.push({
      id: item.id,
      expected: new Set(item.expect.map((id) => kindOf.get(id)!)),
      got: new Set(out.violations.map((v) => v.kind)),
      scoredKinds: POLICY_KINDS,
    });
  }
  return { scored, ruleErrors };
}

const kestrelNoOffer = score(await runKestrel(false), KESTREL_KINDS);
const kestrelWithOffer = score(await runKestrel(true), KESTREL_KINDS);
const tune = await runPolicy(
  larkspur,
  POLICY_CASES.filter((c) => c.split === "tune"),
);
const heldout = await runPolicy(
  larkspur,
  POLICY_CASES.filter((c) => c.split === "heldout"),
);
const policyAll = score([...tune.scored, ...heldout.scored], POLICY_KINDS);
const policyTune = score(tune.scored, POLICY_KINDS);
const policyHeldout = score(heldout.scored, POLICY_KINDS);

/** Warm per-candidate cost: the median of five passes over each corpus after the scoring passes warmed the JIT. */
async function warmMsPerCheck(compiled: CompiledRuleSet, copies: { copy: PolicyCase["copy"]; platform?: string }[]) {
  const passes: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const c of copies) {
      await checkCopy(compiled, { copy: { cta: "", ...c.copy }, platform: c.platform, format: "1080x1080" });
    }
    passes.push((performance.now() - t) / copies.length);
  }
  return Number(passes.sort((a, b) => a - b)[2]!.toFixed(3));
}
const timing = {
  kestrelMsPerCopyCheck: await warmMsPerCheck(
    kestrel,
    CORPUS.map((c) => ({ copy: { headline: "", cta: "Shop now", ...c.copy }, platform: c.platform })),
  ),
  policyMsPerCopyCheck: await warmMsPerCheck(larkspur, POLICY_CASES),
  coldMsPerCopyCheckIncludingJit: Number((checkMs / checks).toFixed(3)),
};

const atLeast = (s: ReturnType<typeof score>, min: number) =>
  Object.values(s.perKind).every((k) => k.precision >= min && k.recall >= min);
const targets = {
  policyCorpusAtLeast200: POLICY_CASES.length >= 200,
  policyEveryKindPrecisionRecallAtLeast97: atLeast(policyAll, 0.97),
  policyHeldoutEveryKindAtLeast97: atLeast(policyHeldout, 0.97),
  policyBannedPhraseRecall100: policyAll.perKind.banned_phrase!.recall === 1,
  policyDisclaimerRecall100: policyAll.perKind.required_disclaimer!.recall === 1,
  kestrelNoOfferTypeAtBaseline: atLeast(kestrelNoOffer, 1),
  kestrelWithOfferTypeAtBaseline: atLeast(kestrelWithOffer, 1),
};
process.stdout.write(
  `${JSON.stringify(
    {
      bench: "brand",
      note: "no offerType passed unless stated; shared 2-core machine, timings indicative",
      kestrel: { ...kestrelNoOffer, imageCases: CORPUS.filter((c) => c.ad).length },
      kestrelWithOfferType: { overall: kestrelWithOffer.overall, misclassified: kestrelWithOffer.misclassified },
      policy: {
        cases: POLICY_CASES.length,
        all: policyAll,
        tune: { cases: policyTune.cases, overall: policyTune.overall, perKind: policyTune.perKind },
        heldout: { cases: policyHeldout.cases, overall: policyHeldout.overall, perKind: policyHeldout.perKind },
        ruleIdErrors: [...tune.ruleErrors, ...heldout.ruleErrors],
      },
      timing,
      targets,
      pass: Object.values(targets).every(Boolean),
    },
    null,
    2,
  )}\n`,
);
