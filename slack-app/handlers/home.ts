import type { App } from "@slack/bolt";
import type { Services } from "../../server/services.ts";
import { homeView } from "../blocks.ts";
import { loadHomeData } from "../home-data.ts";

export function registerHome(app: App, services: Services) {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await client.views.publish({ user_id: event.user, view: homeView(await loadHomeData(services, event.user)) });
  });
}
