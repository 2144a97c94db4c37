import { workspaceOverview } from "../core/workspace/overview.ts";
import type { Services } from "../server/services.ts";
import type { HomeData } from "./blocks.ts";

/** What the App Home tab shows, from the core workspace overview. */
export function loadHomeData(services: Services): Promise<HomeData> {
  return workspaceOverview(services);
}
