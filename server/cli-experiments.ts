import { type Command, InvalidArgumentError } from "commander";
import { runTool } from "./cli-tool.ts";

/**
 * `winnow allocate <experiment>` and `winnow stop <experiment>`: for teams that run the experiment loop from their own
 * scheduler (cron, Airflow) or by hand. Thin calls of update_allocation and stop_experiment (one behaviour, one
 * place); the experiment is an id (exp_...) or its name. Bad input exits 2 with the tool's message.
 */
export function registerExperimentCommands(program: Command) {
  program
    .command("allocate")
    .description(
      "Recompute an experiment's traffic split now and apply it (set your platform budgets to the new shares)",
    )
    .argument("<experiment>", "experiment id (exp_...) or name")
    .option("--preview", "compute without recording it")
    .option(
      "--effective-from <date>",
      "first UTC day the shares govern (default: the day after the latest metrics)",
      day,
    )
    .option("--json", "print JSON")
    .action(async (ref: string, o: { preview?: boolean; effectiveFrom?: string; json?: boolean }) =>
      runTool(
        "update_allocation",
        { ...refArgs(ref), apply: !o.preview, ...(o.effectiveFrom ? { effectiveFrom: o.effectiveFrom } : {}) },
        o.json,
      ),
    );
  program
    .command("stop")
    .description("End an experiment with its final call and pause the losing ads (dry run unless --live)")
    .argument("<experiment>", "experiment id (exp_...) or name")
    .option("--live", "really pause the losing ads on their platforms (default: name them only)")
    .option("--keep-losers", "end the experiment but leave every ad running")
    .option("--reason <text>", "why it is stopped")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { live?: boolean; keepLosers?: boolean; reason?: string; json?: boolean }) =>
      runTool(
        "stop_experiment",
        { ...refArgs(ref), dryRun: !o.live, pauseLosers: !o.keepLosers, ...(o.reason ? { reason: o.reason } : {}) },
        o.json,
      ),
    );
}

const refArgs = (ref: string) => (ref.startsWith("exp_") ? { experimentId: ref } : { experiment: ref });

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError("must be a date YYYY-MM-DD.");
  return value;
}
