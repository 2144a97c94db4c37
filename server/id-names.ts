import { ID_PREFIXES } from "../core/ids.ts";
import type { Services } from "./services.ts";

/**
 * What a person sees instead of an internal id, on any surface: the thing's name, and the dashboard page it lives on.
 * The Slack renderers and the dashboard both read these, so an asset is called the same everywhere.
 */

/** Any Winnow id: a known prefix, "_", then a ULID (tool names like tag_assets have no digit, so they never match). */
export const WINNOW_ID = new RegExp(
  `\\b(?:${Object.values(ID_PREFIXES).join("|")})_(?=[0-9A-Za-z]*\\d)[0-9A-Za-z]{6,}\\b`,
  "g",
);

/** Dashboard pages by id prefix (server/dashboard/routes.ts). */
const PAGES: Record<string, (id: string) => string> = {
  ast: (id) => `/assets/${id}`,
  exp: (id) => `/experiments/${id}`,
  rvw: () => "/review",
  brd: () => "/settings",
  tgv: () => "/learning",
  adt: () => "/audit",
  run: () => "/runs",
};

/** The dashboard path of the page an id lives on ("/assets/ast_…"), when it has one. */
export function dashboardPath(id: string): string | undefined {
  return PAGES[id.slice(0, id.indexOf("_"))]?.(encodeURIComponent(id));
}

/** What kind of thing an id is, for one shown without a name ("review", "arm"): reviews, arms and jobs have none. */
const KIND_WORDS: Record<string, string> = {
  ast: "asset",
  exp: "experiment",
  rvw: "review",
  arm: "arm",
  job: "job",
  tpl: "template",
  tpv: "template version",
  prv: "prompt version",
  mdl: "model",
  brd: "brand",
  dep: "deployment",
  tgv: "tagger version",
  adt: "audit log",
  run: "generation run",
  tok: "token",
};

export const kindOfId = (id: string): string | undefined => KIND_WORDS[id.slice(0, id.indexOf("_"))];

/** A reply names at most this many things; more would be a slow message for little gain (lists stop at 10 rows). */
const MAX_LOOKUPS = 60;

/**
 * Names for these ids from the core services (assets, experiments, brands, templates, models). A name that cannot be
 * found (gone, or not this reader's to see) is left out, and the caller says what the thing is instead.
 */
export async function namesFor(services: Services, ids: string[]): Promise<Map<string, string>> {
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
  return names;
}
