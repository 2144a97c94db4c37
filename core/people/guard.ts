import type { Logger } from "../log.ts";
import { publicError } from "../public-error.ts";
import type { AuditLog } from "./audit.ts";
import type { Authorized, Authorizer } from "./authorize.ts";
import { actorOf, type Caller } from "./caller.ts";

/** What a guarded call is: its name in the policy table, how to read its input, and how it is audited. */
export interface GuardedCall {
  /** The tool or command name TOOL_POLICY knows it by. */
  name: string;
  /** Reads (and validates) the call's input; a bad input is an error of the call, audited like any other. */
  input: () => unknown;
  /** Read-only calls are audited only when refused; changes are audited whatever the outcome. */
  readOnly: boolean;
  /** The surface's label for the audit row (caller.ts surfaceOf). */
  surface: string;
  /** false for a call that is only a door to another (call_tool): the inner call is guarded on its own. */
  audited?: boolean;
}

/**
 * The one point where who may call what is decided and every change is recorded under the person who made it: each
 * MCP tool (invokeTool) and each server-host command that is not a tool (the CLI's runCommandAs) runs through here.
 * A refusal is filed under the brands the call reached for, so their approvers see it. What it throws is the public
 * error (an internal failure is logged with an id and reads "internal error (id …)").
 */
export async function guarded<T>(
  deps: { authorizer: Authorizer; audit: AuditLog; logger: Logger },
  caller: Caller,
  call: GuardedCall,
  work: (grant: Authorized & { actor: string; input: unknown }) => Promise<T>,
  summary: (result: T) => string,
): Promise<T> {
  const audited = call.audited ?? true;
  const record = (outcome: "ok" | "refused" | "error", brandIds: string[], text: string, errorCode?: string) =>
    deps.audit.record({
      caller,
      tool: call.name,
      brandIds,
      outcome,
      errorCode,
      readOnly: call.readOnly,
      surface: call.surface,
      summary: firstLine(text),
    });
  let input: unknown;
  let brandIds: string[] = [];
  try {
    input = call.input();
    const authorized = await deps.authorizer.authorize(caller, call.name, input);
    brandIds = authorized.brandIds;
    const result = await work({ ...authorized, actor: actorOf(caller), input });
    if (audited && !call.readOnly) await record("ok", brandIds, summary(result));
    return result;
  } catch (error) {
    const err = publicError(error, deps.logger, { tool: call.name, actor: actorOf(caller) });
    const refused = err.code === "forbidden";
    if (refused && brandIds.length === 0 && input !== undefined)
      brandIds = await deps.authorizer.brandsOf(input).catch(() => []);
    if (audited && (!call.readOnly || refused))
      await record(refused ? "refused" : "error", brandIds, err.message, err.code);
    throw err;
  }
}

const firstLine = (text: string) => text.split("\n")[0]!.slice(0, 300);
