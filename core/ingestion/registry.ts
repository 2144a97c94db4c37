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
        `Use one of: ${[...this.byPlatform.keys()].join(", ")} (set its credentials in the environment to enable another).`,
      );
    return c;
  }

  /** Connectors the scheduler pulls from; import-only ones (csv) take uploads and are left out. */
  list(): Connector[] {
    return [...this.byPlatform.values()].filter((c) => !c.importOnly);
  }
}
