import { type McpToolInfo, openMcpSession } from "../agents/mcp-client.ts";
import { planRoute } from "../agents/router-plan.ts";
import { CALIBRATION, readTool, threadContext, trainReaderOn } from "../agents/router-reader.ts";
import { TRAINED } from "../agents/router-trained.ts";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { evaluateCase, filesOf, replayThread } from "../test/fixtures/phrasings/evaluate.ts";
import { blindReplayWorld, type ReplayWorld } from "../test/fixtures/phrasings/replay.ts";
import {
  BLIND_NOW,
  type BlindCorpusName,
  createBlindWorkspace,
  loadBlindCorpus,
} from "../test/fixtures/phrasings-blind/workspace.ts";
import { bands, fitCalibration } from "./reader-calibration.ts";

/**
 * The router's second reader alone (agents/router-reader.ts) on a blind corpus's tuning half: does its best tool
 * match the expected one (a `cannot` case expects `none`)? Each message is read with its thread as the router sees it
 * (the tool the thread last called, a review card, a shared file). Reports top-1 and top-3, its calibrated
 * confidence against what was observed, and "forced": the reader's tool with arguments filled by the rules, on
 * messages with no thread. Never reads a held-out file.
 * - `--corpus blind|blind2|blind3`: the half it scores (default blind); figures for its halves A (even positions)
 *   and B (odd) too. On blind3 only A's failures are ever printed: B checks what tuning on A did.
 * - `--train blind|blind2|all|none`: the labelled messages it learns from (agents/router-trained.ts; default all).
 *   Cross-evaluation is `--train blind --corpus blind2` and the reverse; training on the scored corpus is no measure.
 * - `--calibrate`: every labelled corpus read by a reader trained on all the others, pooled, the confidence refitted
 *   (paste it into CALIBRATION).
 * - `--failures A|B|all` prints misses.
 */
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const show = arg("--failures");

interface Bench {
  tools: McpToolInfo[];
  vocabulary: Vocabulary;
  world: ReplayWorld;
  now: Date;
}

function readRows(b: Bench, corpus: BlindCorpusName, train: string) {
  trainReaderOn(train === "all" ? undefined : train === "none" ? [] : train.split(","));
  return loadBlindCorpus("tuning", corpus)
    .map((c, i) => ({ c, half: i % 2 === 0 ? "A" : "B" }))
    .filter(({ c }) => !c.expect.question && c.expect.tool !== "help")
    .map(({ c, half }) => {
      const want = c.expect.cannot ? "none" : c.expect.tool!;
      const memory = replayThread(c, b.tools, b.vocabulary, b.now, b.world);
      const g = readTool(c.text, b.tools, b.vocabulary, threadContext(memory, filesOf(c)));
      const rank = g.ranked.findIndex((r) => r.tool === want);
      // The reader's tool forced on a message with no thread, card or file: its arguments filled as the rules would.
      const alone = !c.thread?.length && !c.attachment && !c.context?.reviewCard;
      const prefer = g.tool === "none" ? undefined : g.tool;
      const plan = alone
        ? planRoute({ text: c.text, memory: {}, tools: b.tools, vocabulary: b.vocabulary, now: b.now, prefer })
        : undefined;
      const forced = plan ? evaluateCase(c, b.tools, b.vocabulary, b.now, plan).verdict : undefined;
      const { score, margin, confidence } = g;
      return {
        half,
        want,
        got: g.tool,
        score,
        margin,
        confidence,
        right: rank === 0,
        rank,
        alone,
        forced,
        text: c.text,
      };
    });
}
type Row = ReturnType<typeof readRows>[number];

const rate = (rs: Row[]) => ({
  n: rs.length,
  top1: Number((rs.filter((r) => r.rank === 0).length / rs.length).toFixed(3)),
  top3: Number((rs.filter((r) => r.rank >= 0 && r.rank < 3).length / rs.length).toFixed(3)),
});

const ws = await createBlindWorkspace();
try {
  const session = await openMcpSession(ws.services, "bench:router-reader");
  const b: Bench = {
    tools: session.tools,
    vocabulary: await ws.services.vocabulary(),
    world: blindReplayWorld(ws.world),
    now: new Date(BLIND_NOW),
  };
  if (process.argv.includes("--calibrate")) {
    // Each labelled corpus read by a reader trained on all the others (leave one out), pooled.
    const corpora = [...new Set(TRAINED.map((e) => e.corpus))].filter((c) => c !== "persona") as BlindCorpusName[];
    const rows = corpora.flatMap((c) => readRows(b, c, corpora.filter((o) => o !== c).join(",")));
    const fit = fitCalibration(rows);
    console.log(JSON.stringify({ fit, bands: bands(fit, rows), shipped: bands(CALIBRATION, rows) }, null, 1));
  } else {
    const corpus = (arg("--corpus") ?? "blind") as BlindCorpusName;
    const train = arg("--train") ?? "all";
    const rows = readRows(b, corpus, train);
    const forced = rows.filter((r) => r.forced);
    const seen = (train === "all" ? [...new Set(TRAINED.map((e) => e.corpus))] : train.split(",")).includes(corpus);
    const report = {
      corpus,
      train,
      ...(seen ? { note: "trained on the corpus it scores: not a measure of unseen messages" } : {}),
      all: rate(rows),
      noThread: rate(rows.filter((r) => r.alone)),
      thread: rate(rows.filter((r) => !r.alone)),
      A: rate(rows.filter((r) => r.half === "A")),
      B: rate(rows.filter((r) => r.half === "B")),
      noneA: rate(rows.filter((r) => r.half === "A" && r.want === "none")),
      noneB: rate(rows.filter((r) => r.half === "B" && r.want === "none")),
      saidNoneWronglyA: rows.filter((r) => r.half === "A" && r.got === "none" && r.want !== "none").length,
      saidNoneWronglyB: rows.filter((r) => r.half === "B" && r.got === "none" && r.want !== "none").length,
      forced: {
        n: forced.length,
        rate: Number((forced.filter((r) => r.forced === "pass").length / forced.length).toFixed(3)),
      },
      confidence: bands(CALIBRATION, rows),
      // blind3's half B checks tuning on A: its messages are never printed.
      ...(show && !(corpus === "blind3" && show !== "A")
        ? { failures: rows.filter((r) => (show === "all" || r.half === show) && r.rank !== 0) }
        : {}),
    };
    console.log(JSON.stringify(report, null, 1));
  }
  await session.close();
} finally {
  await ws.cleanup();
}
