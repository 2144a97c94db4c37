import { openMcpSession } from "../agents/mcp-client.ts";
import { loadVocabulary } from "../core/intents/vocabulary.ts";
import { evaluateCase, scoreCorpus } from "../test/fixtures/phrasings/evaluate.ts";
import { CORPUS_NOW, createCorpusWorkspace, loadCorpus } from "../test/fixtures/phrasings/workspace.ts";

/**
 * Issue 15: the offline router's right-tool-and-arguments rate on the persona phrasing corpus
 * (test/fixtures/phrasings, 25% held out), over the tools this server really serves. Target ≥ 0.90.
 * `--split heldout|tuning` limits the failures list to one part.
 */
const TARGET = 0.9;
const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : undefined;

const ws = await createCorpusWorkspace();
try {
  const session = await openMcpSession(ws.services, "bench:router");
  const vocabulary = await loadVocabulary(ws.services.database.db);
  const now = new Date(CORPUS_NOW);
  const results = loadCorpus().map((c) => evaluateCase(c, session.tools, vocabulary, now));
  await session.close();
  const score = scoreCorpus(results);
  const failures = split ? score.failures.filter((f) => f.split === split) : score.failures;
  console.log(
    JSON.stringify(
      {
        bench: "router",
        target: TARGET,
        pass: score.rate >= TARGET,
        ...score,
        failures,
      },
      null,
      2,
    ),
  );
} finally {
  await ws.cleanup();
}
