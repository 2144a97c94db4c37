import type { Services } from "../../server/services.ts";
import { invokeTool } from "../../tools/define.ts";
import { getExperimentResults } from "../../tools/get_experiment_results.ts";
import { dashboardRefs, type Refs } from "./refs.ts";
import type { ExperimentStory } from "./types.ts";

/** A reply names at most this many things; more would be a slow message for little gain (lists stop at 10 rows). */
const MAX_LOOKUPS = 60;

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
  const names = new Map<string, string>();
  const wanted = ids.slice(0, MAX_LOOKUPS);
  const byPrefix = (p: string) => wanted.filter((id) => id.startsWith(`${p}_`));
  const settle = async (list: string[], find: (id: string) => Promise<string | undefined>) => {
    await Promise.all(
      list.map(async (id) => {
        const name = await find(id).catch(() => undefined);
        if (name) names.set(id, name);
      }),
    );
  };
  await Promise.all([
    settle(byPrefix("ast"), async (id) => (await services.library.get(id)).name),
    settle(byPrefix("exp"), async (id) => (await services.experiments.resolve(id)).name),
    settle(byPrefix("brd"), async (id) => (await services.brands.get(id)).name),
    settle(byPrefix("tpl"), async (id) => (await services.templates.view(id)).name),
    byPrefix("mdl").length
      ? services.models.list().then(
          (models) => {
            for (const m of models) if (wanted.includes(m.id)) names.set(m.id, `${m.provider}/${m.name}`);
          },
          () => undefined,
        )
      : undefined,
  ]);
  return dashboardRefs(dashboardBase(services.config), names);
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
