import { CsvConnector } from "../../connectors/csv.ts";
import type { Services } from "../../server/services.ts";
import { createExperiment } from "../../tools/create_experiment.ts";
import { invokeTool } from "../../tools/define.ts";
import { toolContext } from "./workspace.ts";

/**
 * A CTR experiment over `arms` with measured traffic: each day gives every arm 10k impressions and the clicks listed
 * (one number per arm), ingested through the CSV connector — the same ingestion path as the ad platforms. A call
 * needs one day of numbers here (the shipped minimum is two weeks).
 */
export async function measuredExperiment(services: Services, arms: string[], clicksPerDay: number[][]) {
  const created = await invokeTool(
    createExperiment,
    { arms, metric: "ctr", policy: { approvalBelowProbability: 0.5, minDays: 1 } },
    toolContext(services),
  );
  if (created.isError) throw new Error(created.text);
  const { experimentId } = created.structured as { experimentId: string };
  const deps = await services.database.client.execute({
    sql: "SELECT d.platform_ad_id FROM deployments d JOIN arms a ON a.id = d.arm_id WHERE a.experiment_id = ? ORDER BY a.created_at, a.id",
    args: [experimentId],
  });
  const ads = deps.rows.map((r) => String(r.platform_ad_id));
  const lines = clicksPerDay.flatMap((clicks, day) =>
    clicks.map((c, arm) => `${ads[arm]},2026-06-${String(8 + day).padStart(2, "0")},10000,${c}`),
  );
  await services.ingestion.run(new CsvConnector(["ad_id,date,impressions,clicks", ...lines].join("\n"), "simulator"), {
    since: "2026-06-01",
    until: "2026-06-10",
    actor: "test",
  });
  return experimentId;
}
