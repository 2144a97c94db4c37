import { dashboardPath, WINNOW_ID } from "../../server/id-names.ts";

/**
 * What a Slack reply says instead of an internal id: the thing's name, linked to its dashboard page when it has one.
 * The id survives only inside the link's URL (people paste links back; agents/message-refs.ts reads them as ids).
 */
export interface Refs {
  /** The name of something a reply mentions (asset title, experiment, brand, template, model), when known. */
  name(id: string): string | undefined;
  /** Its dashboard page, when the dashboard has one. */
  url(id: string): string | undefined;
}

export const NO_REFS: Refs = { name: () => undefined, url: () => undefined };

/** Names looked up for this reply, linked under the dashboard at `base` (WINNOW_PUBLIC_URL or the local address). */
export function dashboardRefs(base: string | undefined, names: ReadonlyMap<string, string>): Refs {
  const root = base?.replace(/\/+$/, "");
  return {
    name: (id) => names.get(id),
    url: (id) => {
      const path = root ? dashboardPath(id) : undefined;
      return path ? `${root}${path}` : undefined;
    },
  };
}

/** Every Winnow id in these values (tool results, arguments, the model's words), in order of first mention. */
export function idsIn(...values: unknown[]): string[] {
  const found = new Set<string>();
  for (const v of values) {
    const text = typeof v === "string" ? v : JSON.stringify(v ?? null);
    for (const m of text.matchAll(WINNOW_ID)) found.add(m[0]);
  }
  return [...found];
}
