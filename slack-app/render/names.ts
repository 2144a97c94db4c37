import type { Services } from "../../server/services.ts";
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

/** The experiment's story as every surface tells it (get_experiment_results reads the same). */
export function experimentStories(services: Services) {
  return async (ref: string): Promise<ExperimentStory | undefined> => {
    try {
      const r = await services.experiments.results(ref);
      return {
        experimentId: r.experimentId,
        name: r.name,
        story: r.story,
        arms: r.arms.map((a) => ({ armId: a.armId, assetId: a.assetId, name: a.label })),
      };
    } catch {
      return undefined;
    }
  };
}
