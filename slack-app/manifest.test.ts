import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(readFileSync(new URL("./manifest.yaml", import.meta.url), "utf8"));

describe("Slack app manifest", () => {
  it("subscribes to every event the app handles and asks for the scopes they need", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_mention", "app_home_opened", "message.im", "reaction_added"]),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "app_mentions:read",
        "im:history",
        "chat:write",
        "commands",
        "reactions:read",
        "files:write",
        "files:read",
      ]),
    );
  });

  it("routes events, /winnow and interactivity to /slack/events and enables the App Home", () => {
    expect(manifest.features.slash_commands[0].command).toBe("/winnow");
    for (const url of [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0].url,
    ]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
