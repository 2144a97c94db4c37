import { existsSync } from "node:fs";
import { join } from "node:path";
import { openMcpSession } from "../agents/mcp-client.ts";
import { trainReaderOn } from "../agents/router-reader.ts";
import { TRAINED } from "../agents/router-trained.ts";
import { type CaseResult, evaluateCase, evaluateThreadCase, scoreCorpus } from "../test/fixtures/phrasings/evaluate.ts";
import { blindReplayWorld } from "../test/fixtures/phrasings/replay.ts";
import { CORPUS_NOW, createCorpusWorkspace, loadCorpus } from "../test/fixtures/phrasings/workspace.ts";
import {
  BLIND_NOW,
  type BlindCase,
  type BlindCorpusName,
  createBlindWorkspace,
  loadBlindCorpus,
  TRAINING_CORPORA,
} from "../test/fixtures/phrasings-blind/workspace.ts";

/**
 * The offline router's useful-answer rate (right tool and key arguments, or the right question or refusal).
 * - `corpus`: the project's persona corpus (issue 15, test/fixtures/phrasings, 25% held out).
 * - `blind`: the corpus written blind to agents/ and slack-app/ (issue 25, test/fixtures/phrasings-blind), with
 *   threads replayed, review-card threads and shared files. Its tuning half prints its failures; the heldout half is
 *   scored only with `--heldout` and prints nothing but its rate and counts by kind.
 * - `blind2`: a second blind corpus (test/fixtures/phrasings-blind2, same workspace), written by another helper after
 *   the first was tuned on; scored the same way, its held-out half only with `--heldout`.
 * - `blind3`: a third blind corpus (test/fixtures/phrasings-blind3, 618 cases, eight more personas), written on
 *   2026-12-06 while the router was not being tuned on it: both halves print figures only, never the messages, so
 *   it stays a fresh measure; `--failures blind3` prints its tuning half's failures for whoever starts tuning on it.
 * - `blind4`: a fourth (test/fixtures/phrasings-blind4, 453 cases, eight more personas), written at the end of the
 *   6 Dec evening session. Its tuning half was tuned and trained on from 7 Dec; its held-out half never is.
 * - `blind5`, `blind6`, `blind7`: a fifth, sixth and seventh (498, 552 and 547 cases, eight more personas each), written
 *   and split on 7 Dec before anyone read them; figures only unless `--failures blind6` is asked for by name.
 * - `blind8`: an eighth (543 cases, seven more personas), written and split on 7 Dec evening before anyone read it.
 * - `blind9`: a ninth (526 cases, eight more personas), written and split on 7 Dec night, the first to follow
 *   CONVENTIONS.md; figures only.
 * - `train1`…`train16` (test/fixtures/phrasings-train1…16, 7,487 messages, 113 personas, one file each, no
 *   held-out half): labelled messages written blind on 7 Dec for the reader to learn from; scored only when named
 *   (`--only train2`) or with `--loo`, where, with blind4's tuning half, they are the measure of unseen phrasings.
 * All also count destructive calls that would run without a Confirm and replies that would show an internal id or
 * JSON. Targets: ≥ 0.90 useful on each held-out part, 0 unconfirmed, 0 leaks.
 */
const TARGET = 0.9;
const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : undefined;
const withHeldout = process.argv.includes("--heldout");
/** `--only blind2` scores that corpus alone (so one held-out half can be measured without the other). */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const wanted = (name: string) => !only || only === name;
/**
 * `--train blind|blind2|none`: the labelled messages the router's reader learns from (agents/router-trained.ts;
 * default all). Cross-evaluation trains on one blind corpus's tuning half and scores the other's: `--train blind
 * --only blind2` and the reverse.
 */
const train = process.argv.includes("--train") ? process.argv[process.argv.indexOf("--train") + 1] : undefined;
if (train) trainReaderOn(train === "none" ? [] : train.split(","));
/**
 * `--loo`: each corpus is scored by a reader trained on every other labelled corpus (leave one out), so every corpus,
 * training ones included, reads as unseen. The development measure for the reader and how far the router trusts it.
 */
const leaveOneOut = process.argv.includes("--loo");
const TRAINED_CORPORA = [...new Set(TRAINED.map((e) => e.corpus))];

const kindOf = (r: CaseResult) => (r.case.expect.question ? "question" : r.case.expect.cannot ? "cannot" : "tool");

function counts(results: CaseResult[]) {
  const byKind: Record<string, { pass: number; fail: number; pending: number }> = {};
  for (const r of results) {
    const k = byKind[kindOf(r)] ?? { pass: 0, fail: 0, pending: 0 };
    k[r.verdict]++;
    byKind[kindOf(r)] = k;
  }
  const scored = results.filter((r) => r.verdict !== "pending");
  const passed = scored.filter((r) => r.verdict === "pass").length;
  const loosely = scored.filter((r) => r.loose === "pass").length;
  return {
    cases: results.length,
    scored: scored.length,
    rate: scored.length ? Number((passed / scored.length).toFixed(3)) : 0,
    /** Free text (search words, reasons, comments, notes) compared by content words (evaluate.ts looselySame). */
    looseRate: scored.length ? Number((loosely / scored.length).toFixed(3)) : 0,
    byKind,
    unconfirmedDestructive: results.filter((r) => r.unconfirmed).length,
    rawIdOrJsonReplies: results.filter((r) => r.leaks?.length).length,
    failureModes: failureModes(results),
  };
}

/** How the failures failed, as counts only (no texts), so a held-out part can say where the router is weak. */
function failureModes(results: CaseResult[]) {
  const modes: Record<string, number> = {};
  for (const r of results.filter((x) => x.verdict === "fail")) {
    const e = r.case.expect;
    const p = r.plan;
    const got =
      p.kind === "call" ? (e.tool && p.tool.name === e.tool ? "same tool, other arguments" : "another tool") : p.kind;
    const mode = `${kindOf(r)} → ${got}`;
    modes[mode] = (modes[mode] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(modes).sort((a, b) => b[1] - a[1]));
}

const corpus = !wanted("corpus")
  ? undefined
  : await (async () => {
      const ws = await createCorpusWorkspace();
      try {
        const session = await openMcpSession(ws.services, "bench:router");
        const vocabulary = await ws.services.vocabulary();
        const results = loadCorpus().map((c) => evaluateCase(c, session.tools, vocabulary, new Date(CORPUS_NOW)));
        await session.close();
        const score = scoreCorpus(results);
        const failures = split ? score.failures.filter((f) => f.split === split) : score.failures;
        return { ...score, pass: score.heldout.rate >= TARGET, failures };
      } finally {
        await ws.cleanup();
      }
    })();

/** The corpora kept as fresh measures print figures only unless their failures are asked for by name. */
const FRESH: readonly BlindCorpusName[] = [
  "blind3",
  "blind4",
  "blind5",
  "blind6",
  "blind7",
  "blind8",
  "blind9",
  ...TRAINING_CORPORA,
];
const showFailures = (corpus: BlindCorpusName) =>
  !FRESH.includes(corpus) ||
  (process.argv.includes("--failures") && process.argv[process.argv.indexOf("--failures") + 1] === corpus);
/**
 * `--blind3-half A|B` (default A): blind3's tuning half split by position (A even, B odd); `--failures blind3` prints
 * only that half's failures, and both halves' figures are printed apart, so one half is tuned on and the other stays
 * a measure.
 */
const blind3Half = process.argv.includes("--blind3-half")
  ? (process.argv[process.argv.indexOf("--blind3-half") + 1] ?? "A")
  : "A";
const inHalf = (i: number, half: string) => (half === "B" ? i % 2 === 1 : i % 2 === 0);

/** What a failing case arrived with besides its text: the thread before it, a review card, a shared file. */
const threadOf = ({ thread, context, attachment }: BlindCase) => ({
  ...(thread ? { thread } : {}),
  ...(context ? { context } : {}),
  ...(attachment ? { attachment } : {}),
});

const blindCorpus = async (corpus: BlindCorpusName) => {
  if (leaveOneOut) trainReaderOn(TRAINED_CORPORA.filter((c) => c !== corpus));
  const ws = await createBlindWorkspace();
  try {
    const session = await openMcpSession(ws.services, "bench:router");
    const vocabulary = await ws.services.vocabulary();
    const world = blindReplayWorld(ws.world);
    const run = (part: "tuning" | "heldout") =>
      loadBlindCorpus(part, corpus).map((c) =>
        evaluateThreadCase(c, session.tools, vocabulary, new Date(BLIND_NOW), world),
      );
    const tuning = run("tuning");
    const heldout = withHeldout ? run("heldout") : undefined;
    await session.close();
    const pendingTools = [...new Set(tuning.filter((r) => r.verdict === "pending").map((r) => r.case.expect.tool))];
    return {
      tuning: {
        ...counts(tuning),
        pendingTools,
        ...(corpus === "blind3"
          ? {
              halfA: counts(tuning.filter((_, i) => inHalf(i, "A"))),
              halfB: counts(tuning.filter((_, i) => inHalf(i, "B"))),
            }
          : {}),
        failures: tuning
          .filter((_, i) => corpus !== "blind3" || inHalf(i, blind3Half))
          .filter((r) => showFailures(corpus) && (r.verdict === "fail" || r.unconfirmed || r.leaks?.length))
          .map((r) => ({
            persona: r.case.persona,
            text: r.case.text,
            ...threadOf(r.case as BlindCase),
            expected: r.case.expect,
            got: r.got,
            ...(r.loose === "pass" ? { looselyPasses: true } : {}),
            ...(r.unconfirmed ? { unconfirmed: true } : {}),
            ...(r.leaks?.length ? { leaks: r.leaks } : {}),
          })),
      },
      // Only figures: the held-out half is never tuned on, so what failed there is not printed.
      ...(heldout ? { heldout: { ...counts(heldout), pass: counts(heldout).rate >= TARGET } } : {}),
    };
  } finally {
    await ws.cleanup();
  }
};
const blind = wanted("blind") ? await blindCorpus("blind") : undefined;
const blind2 =
  wanted("blind2") && existsSync(join(import.meta.dirname, "../test/fixtures/phrasings-blind2/tuning.yaml"))
    ? await blindCorpus("blind2")
    : undefined;

const blind3 = wanted("blind3") ? await blindCorpus("blind3") : undefined;
const blind4 = wanted("blind4") ? await blindCorpus("blind4") : undefined;
const blind5 = wanted("blind5") ? await blindCorpus("blind5") : undefined;
const blind6 = wanted("blind6") ? await blindCorpus("blind6") : undefined;
const blind7 = wanted("blind7") ? await blindCorpus("blind7") : undefined;
const blind8 = wanted("blind8") ? await blindCorpus("blind8") : undefined;
const blind9 = wanted("blind9") ? await blindCorpus("blind9") : undefined;
/** A training corpus (phrasings-train1…3) is scored only when named (`--only train1`): it is what the reader learns. */
// One after the other: under --loo each corpus sets the reader's training before it is read, so corpora read at once
// would all be read by whichever reader was set last (each but the last by one trained on itself).
const training: Record<string, Awaited<ReturnType<typeof blindCorpus>>> = {};
for (const c of TRAINING_CORPORA.filter((c) => only === c || (!only && leaveOneOut)))
  training[c] = await blindCorpus(c);

console.log(
  JSON.stringify(
    {
      bench: "router",
      target: TARGET,
      train: train ?? "all",
      corpus,
      blind,
      blind2,
      blind3,
      blind4,
      blind5,
      blind6,
      blind7,
      blind8,
      blind9,
      ...training,
    },
    null,
    2,
  ),
);
