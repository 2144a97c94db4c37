import { namesFor } from "../../server/id-names.ts";
import type { Services } from "../../server/services.ts";
import { invokeTool } from "../../tools/define.ts";
import { getExperimentResults } from "../../tools/get_experiment_results.ts";
import { dashboardRefs, type Refs } from "./refs.ts";
import type { ExperimentStory } from "./types.ts";

/** Where the dashboard is: WINNOW_PUBLIC_URL, else this server's own address (Socket Mode on the same machine). */
export function dashboardBase(config: Services["config"]): string {
  if (config.publicUrl) return config.publicUrl;
  const host = !config.host || config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${config.port}`;
}

/**
 * Names for the ids a reply mentions, from the core services (assets, experiments, brands, templates, models).
 * A name that cannot be found is left out: the renderer then says what the thing is ("this asset") with its link.
 */
export async function lookUpRefs(services: Services, ids: string[]): Promise<Refs> {
  return dashboardRefs(dashboardBase(services.config), await namesFor(services, ids));
}

/**
 * The experiment's story now, read through get_experiment_results as the person who asked (so a story is only ever
 * told to someone allowed to read it), for a Confirm card or a refusal that names the experiment.
 */
export function experimentStories(services: Services, slackUserId: string) {
  return async (ref: string): Promise<ExperimentStory | undefined> => {
    const caller = await services.people.slackCaller(slackUserId);
    const r = await invokeTool(
      getExperimentResults,
      ref.startsWith("exp_") ? { experimentId: ref } : { experiment: ref },
      {
        services,
        caller,
        actor: `slack:${slackUserId}`,
        surface: "slack",
        progress: async () => {},
      },
    );
    if (r.isError || !r.structured) return undefined;
    const s = r.structured as unknown as {
      experimentId: string;
      name: string;
      story: ExperimentStory["story"];
      arms: { armId: string; assetId: string; label: string }[];
    };
    return {
      experimentId: s.experimentId,
      name: s.name,
      story: s.story,
      arms: s.arms.map((a) => ({ armId: a.armId, assetId: a.assetId, name: a.label })),
    };
  };
}
