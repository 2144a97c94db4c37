import type { Database } from "../../db/client.ts";
import { type ExperimentRow, getExperimentRow, listExperimentRows } from "../../db/repositories/experiments.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";

/** Words that name the kind of thing rather than which one ("is the spring test done?"). */
const GENERIC_WORDS = new Set(["the", "a", "an", "test", "experiment", "ab", "a/b", "split", "my", "our"]);

/** An experiment by id (exp_...) or by name: exact, then containing the phrase, then containing every word. */
export async function resolveExperiment(db: Database["db"], ref: string): Promise<ExperimentRow> {
  const wanted = ref.trim();
  if (wanted.startsWith("exp_")) {
    const exp = await getExperimentRow(db, wanted);
    if (!exp)
      throw notFound("Experiment", wanted, "List experiments on the dashboard or create one with create_experiment.");
    return exp;
  }
  if (!wanted)
    throw invalidInput("experiment", "empty experiment reference", "Pass an experiment id (exp_...) or its name.");
  const all = await listExperimentRows(db);
  const lower = wanted.toLowerCase();
  const words = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const meaningful = words.filter((w) => !GENERIC_WORDS.has(w));
  const levels = [
    (n: string) => n === lower,
    (n: string) => n.includes(lower),
    (n: string) => words.length > 0 && words.every((w) => n.includes(w)),
    (n: string) => meaningful.length > 0 && meaningful.every((w) => n.includes(w)),
  ];
  for (const level of levels) {
    const hits = all.filter((e) => level(e.name.toLowerCase()));
    if (hits.length === 0) continue;
    const running = hits.filter((e) => e.status === "running");
    const pool = running.length ? running : hits;
    if (pool.length === 1) return pool[0]!;
    throw invalidInput(
      "experiment",
      `"${wanted}" matches ${pool.length} experiments: ${pool
        .slice(0, 5)
        .map((e) => `${e.name} (${e.id}, ${e.status})`)
        .join("; ")}`,
      "Pass the experiment id or more of its name.",
    );
  }
  throw new WinnowError(
    "not_found",
    `No experiment is named like "${wanted}". Recent: ${
      all
        .slice(0, 5)
        .map((e) => `${e.name} (${e.id})`)
        .join("; ") || "none yet — create one with create_experiment"
    }.`,
    { field: "experiment" },
  );
}
