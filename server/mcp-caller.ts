import type { AuthInfo, Transport } from "@modelcontextprotocol/server";
import type { Caller } from "../core/people/caller.ts";

/** The SDK's authInfo for a resolved caller: tool and resource handlers read `extra.http.authInfo.extra.caller`. */
export function authInfoFor(caller: Caller, token = ""): AuthInfo {
  return { token, clientId: caller.memberId ?? caller.kind, scopes: [], extra: { caller } };
}

/**
 * Stamps every message arriving on a server-side transport (stdio, in-process) with the caller, the way /mcp passes
 * authInfo to `fetch`. `resolve` runs per message, in order, so a revoked stdio token stops working at the next call.
 */
export function asCaller<T extends Transport>(transport: T, resolve: Caller | (() => Promise<Caller>)): T {
  type Handler = NonNullable<Transport["onmessage"]>;
  let handler: Handler | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const stamped: Handler = (message, extra) => {
    if (typeof resolve !== "function") {
      handler?.(message, { ...extra, authInfo: authInfoFor(resolve) });
      return;
    }
    queue = queue
      .then(resolve)
      .then((caller) => handler?.(message, { ...extra, authInfo: authInfoFor(caller) }))
      .catch(() => handler?.(message, extra));
  };
  Object.defineProperty(transport, "onmessage", {
    configurable: true,
    enumerable: true,
    get: () => (handler ? stamped : undefined),
    set: (fn: Handler | undefined) => {
      handler = fn;
    },
  });
  return transport;
}
