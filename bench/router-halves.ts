import { openMcpSession } from "../agents/mcp-client.ts";
import { evaluateThreadCase } from "../test/fixtures/phrasings/evaluate.ts";
import { blindReplayWorld } from "../test/fixtures/phrasings/replay.ts";
import {
  BLIND_NOW,
  type BlindCase,
  createBlindWorkspace,
  loadBlindCorpus,
} from "../test/fixtures/phrasings-blind/workspace.ts";

/**
 * A generalisation check inside the blind corpus's tuning half, for tuning without touching the held-out half:
 * cases at even positions are half A (tune on it; its failures print with `--failures`), odd positions half B
 * (only its rate prints). A change that lifts A but not B is fitted to phrases, not to a mechanism.
 */
const ws = await createBlindWorkspace();
try {
  const session = await openMcpSession(ws.services, "bench:router-halves");
  const vocabulary = await ws.services.vocabulary();
  const world = blindReplayWorld(ws.world);
  const results = loadBlindCorpus("tuning").map((c) =>
    evaluateThreadCase(c, session.tools, vocabulary, new Date(BLIND_NOW), world),
  );
  await session.close();
  const half = (parity: number) => results.filter((_, i) => i % 2 === parity);
  const rate = (rs: typeof results) => {
    const passed = rs.filter((r) => r.verdict === "pass").length;
    return { passed, scored: rs.length, rate: Number((passed / rs.length).toFixed(3)) };
  };
  const failuresA = process.argv.includes("--failures")
    ? half(0)
        .filter((r) => r.verdict !== "pass" || r.unconfirmed || r.leaks?.length)
        .map(({ case: c, got, unconfirmed, leaks }) => ({ c: c as BlindCase, got, unconfirmed, leaks }))
        .map(({ c, got, unconfirmed, leaks }) => ({
          text: c.text,
          ...(c.thread ? { thread: c.thread } : {}),
          ...(c.attachment ? { attachment: c.attachment } : {}),
          ...(c.context ? { context: c.context } : {}),
          expected: c.expect,
          got,
          ...(unconfirmed ? { unconfirmed: true } : {}),
          ...(leaks?.length ? { leaks } : {}),
        }))
    : undefined;
  console.log(
    JSON.stringify(
      {
        all: rate(results),
        A: rate(half(0)),
        B: rate(half(1)),
        unconfirmed: results.filter((r) => r.unconfirmed).length,
        leaks: results.filter((r) => r.leaks?.length).length,
        ...(failuresA ? { failuresA } : {}),
      },
      null,
      1,
    ),
  );
} finally {
  await ws.cleanup();
}
