import { invalidInput } from "../errors.ts";
import type { Connector } from "./types.ts";

/** The connectors this process is configured for, by platform name. */
export class ConnectorRegistry {
  private readonly byPlatform = new Map<string, Connector>();

  constructor(connectors: Connector[] = []) {
    for (const c of connectors) this.add(c);
  }

  add(connector: Connector): void {
    this.byPlatform.set(connector.platform, connector);
  }

  get(platform: string): Connector {
    const c = this.byPlatform.get(platform);
    if (!c)
      throw invalidInput(
        "platform",
        `${platform} is not configured`,
        `Use one of: ${[...this.byPlatform.keys()].join(", ")}. For ads your team makes by hand, use csv and tie each ad to its arm with link_deployment; to let Winnow pull and push on ${platform}, set its credentials in the environment.`,
      );
    return c;
  }

  /** Connectors the scheduler pulls from; import-only ones (csv) take uploads and are left out. */
  list(): Connector[] {
    return [...this.byPlatform.values()].filter((c) => !c.importOnly);
  }
}
