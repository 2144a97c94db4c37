import type { Database } from "../../db/client.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import { type AuditRow, findPerson, insertAudit, queryAudit } from "../../db/repositories/people.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { actorOf, type Caller } from "./caller.ts";

export interface AuditEntry {
  id: string;
  at: string;
  /** The person (their e-mail, Slack id, "local-admin" or "system:<job>"). */
  person: string;
  memberId: string | null;
  callerKind: string;
  /** Which surface the call came through (mcp-http, api, cli, dashboard, slack, scheduler); null on rows from before. */
  surface: string | null;
  /** How the person proved who they are: a token id, "oidc", "slack", "WINNOW_TOKEN", "loopback", "cli". */
  via: string | null;
  tool: string;
  brandIds: string[];
  outcome: "ok" | "refused" | "error";
  errorCode: string | null;
  summary: string | null;
}

export interface AuditFilter {
  person?: string | undefined;
  brand?: string | undefined;
  tool?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * The audit log of tool calls: every state-changing call and every refusal, with the person who made it and the brands
 * it touched. Domain events (events table) keep the detail of each change; this is the "who did what" index.
 */
export class AuditLog {
  constructor(private readonly deps: { database: Database; clock: Clock; logger: Logger }) {}

  async record(entry: {
    caller: Caller;
    tool: string;
    brandIds: string[];
    outcome: AuditEntry["outcome"];
    errorCode?: string | undefined;
    readOnly: boolean;
    /** The surface's label (core/people/caller.ts surfaceOf). */
    surface?: string | undefined;
    summary?: string | undefined;
  }): Promise<void> {
    try {
      await insertAudit(this.deps.database.db, {
        id: newId("audit"),
        at: isoNow(this.deps.clock),
        personId: entry.caller.memberId,
        actor: actorOf(entry.caller),
        callerKind: entry.caller.kind,
        surface: entry.surface ?? null,
        via: entry.caller.via?.slice(0, 80) ?? null,
        tool: entry.tool,
        brandIds: entry.brandIds,
        outcome: entry.outcome,
        errorCode: entry.errorCode ?? null,
        readOnly: entry.readOnly,
        summary: entry.summary?.slice(0, 300) ?? null,
      });
    } catch (error) {
      // The call already happened; losing its index row is logged loudly rather than failing the caller.
      this.deps.logger.error("audit row not written", { tool: entry.tool, error: String(error) });
    }
  }

  async list(filter: AuditFilter): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
    const db = this.deps.database.db;
    let personId: string | undefined;
    let actor: string | undefined;
    if (filter.person) {
      const person = await findPerson(db, filter.person);
      personId = person?.id;
      actor = person
        ? (person.email ?? (person.slackUserId ? `slack:${person.slackUserId}` : person.id))
        : filter.person;
    }
    let brandId: string | undefined;
    if (filter.brand) brandId = (await findBrand(db, filter.brand))?.id ?? filter.brand;
    const rows = await queryAudit(db, {
      actor,
      personId,
      brandId,
      tool: filter.tool,
      from: filter.from,
      to: filter.to,
      before: filter.cursor ? decodeAuditCursor(filter.cursor) : undefined,
      limit: filter.limit + 1,
    });
    const items = rows.slice(0, filter.limit).map(toEntry);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > filter.limit && last
          ? Buffer.from(JSON.stringify({ at: last.at, id: last.id })).toString("base64url")
          : null,
    };
  }
}

function decodeAuditCursor(cursor: string): { at: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { at?: unknown; id?: unknown };
    if (typeof v.at === "string" && typeof v.id === "string") return { at: v.at, id: v.id };
  } catch {
    // falls through to the error below
  }
  throw invalidInput(
    "cursor",
    "is not a cursor this server issued",
    "Pass nextCursor from the previous page unchanged.",
  );
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    person: r.actor,
    memberId: r.personId,
    callerKind: r.callerKind,
    surface: r.surface,
    via: r.via,
    tool: r.tool,
    brandIds: r.brandIds,
    outcome: r.outcome as AuditEntry["outcome"],
    errorCode: r.errorCode,
    summary: r.summary,
  };
}
