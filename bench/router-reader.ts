import { openMcpSession } from "../agents/mcp-client.ts";
import { planRoute } from "../agents/router-plan.ts";
import { readTool } from "../agents/router-reader.ts";
import { evaluateCase } from "../test/fixtures/phrasings/evaluate.ts";
import { BLIND_NOW, createBlindWorkspace, loadBlindCorpus } from "../test/fixtures/phrasings-blind/workspace.ts";

/**
 * The router's second reader alone (agents/router-reader.ts), on the blind corpus's tuning half: does its best tool
 * match the expected one (a `cannot` case expects `none`), taking each message as it is (no thread)? Reports top-1
 * and top-3 and precision at confidence cut-offs, per half (A even, B odd positions). Its examples were written before
 * the corpus was read. `--failures A` prints half A's misses. Never runs a held-out file.
 */
const corpusName = process.argv.includes("--corpus") ? process.argv[process.argv.indexOf("--corpus") + 1] : "blind";
const show = process.argv.includes("--failures") ? process.argv[process.argv.indexOf("--failures") + 1] : undefined;
const ws = await createBlindWorkspace();
try {
  const session = await openMcpSession(ws.services, "bench:router-reader");
  const vocabulary = await ws.services.vocabulary();
  const cases = loadBlindCorpus("tuning", corpusName as "blind" | "blind2")
    .map((c, i) => ({ c, half: i % 2 === 0 ? "A" : "B" }))
    .filter(({ c }) => !c.expect.question);
  const rows = cases.map(({ c, half }) => {
    const want = c.expect.cannot ? "none" : c.expect.tool!;
    const g = readTool(c.text, session.tools, vocabulary);
    const rank = g.ranked.findIndex((r) => r.tool === want);
    // The reader's tool forced on a message with no thread, card or file: its arguments filled as the rules would.
    const alone = !c.thread?.length && !c.attachment && !c.context?.reviewCard;
    const plan = alone
      ? planRoute({
          text: c.text,
          memory: {},
          tools: session.tools,
          vocabulary,
          now: new Date(BLIND_NOW),
          prefer: g.tool === "none" ? undefined : g.tool,
        })
      : undefined;
    const forced = plan ? evaluateCase(c, session.tools, vocabulary, new Date(BLIND_NOW), plan) : undefined;
    return {
      half,
      want,
      got: g.tool,
      score: g.score,
      margin: g.margin,
      rank,
      thread: !alone,
      forced: forced?.verdict,
      plan: forced?.got,
      text: c.text,
    };
  });
  await session.close();
  const rate = (rs: typeof rows) => ({
    n: rs.length,
    top1: Number((rs.filter((r) => r.rank === 0).length / rs.length).toFixed(3)),
    top3: Number((rs.filter((r) => r.rank >= 0 && r.rank < 3).length / rs.length).toFixed(3)),
  });
  const cut = (rs: typeof rows, s: number, m: number) => {
    const kept = rs.filter((r) => r.score >= s && r.margin >= m);
    return {
      s,
      m,
      covered: kept.length,
      precision: Number((kept.filter((r) => r.rank === 0).length / (kept.length || 1)).toFixed(3)),
    };
  };
  const byHalf = (h: string) => rows.filter((r) => r.half === h);
  console.log(
    JSON.stringify(
      {
        all: rate(rows),
        A: rate(byHalf("A")),
        B: rate(byHalf("B")),
        noThread: rate(rows.filter((r) => !r.thread)),
        forced: ["A", "B"].map((h) => {
          const rs = byHalf(h).filter((r) => r.forced);
          return {
            half: h,
            n: rs.length,
            rate: Number((rs.filter((r) => r.forced === "pass").length / rs.length).toFixed(3)),
          };
        }),
        cuts: [0.15, 0.2, 0.25, 0.3].flatMap((s) => [0, 0.03, 0.06].map((m) => cut(rows, s, m))),
        ...(show
          ? {
              failures: byHalf(show)
                .filter((r) => r.rank !== 0)
                .map(({ half: _h, ...r }) => r),
            }
          : {}),
      },
      null,
      1,
    ),
  );
} finally {
  await ws.cleanup();
}
