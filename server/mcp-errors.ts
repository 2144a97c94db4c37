import type { McpServer } from "@modelcontextprotocol/server";
import { publicError } from "../core/public-error.ts";
import type { Services } from "./services.ts";

type Callback = (...args: unknown[]) => unknown;

/**
 * The SDK turns an error thrown by a resource or prompt handler into a JSON-RPC error carrying its message. Handlers
 * registered through this view rethrow internal failures as "internal error (id …)" (logged with the id), so SQL
 * text or server paths never reach an MCP client; domain errors (not found, invalid input) keep their message.
 */
export function withPublicErrors(server: McpServer, services: Services, surface: string): McpServer {
  const wrap =
    (fn: Callback): Callback =>
    async (...args) => {
      try {
        return await fn(...args);
      } catch (error) {
        throw publicError(error, services.logger, { surface });
      }
    };
  return new Proxy(server, {
    get(target, prop) {
      if (prop === "registerResource" || prop === "registerPrompt") {
        const register = Reflect.get(target, prop, target) as Callback;
        return (...args: unknown[]) => {
          const last = args[args.length - 1];
          if (typeof last === "function") args[args.length - 1] = wrap(last as Callback);
          return register.apply(target, args);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
