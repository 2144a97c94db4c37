import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { PageInput } from "../core/pagination.ts";
import { defineTool, PageOutput } from "./define.ts";

const AuditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  person: z.string().describe("Who: their e-mail, slack:<id>, local-admin or system:<job>"),
  memberId: z.string().nullable(),
  callerKind: z.string(),
  surface: z.string().nullable().describe("Where the call came from: mcp-http, mcp-stdio, api, cli, dashboard, slack"),
  via: z
    .string()
    .nullable()
    .describe("The credential: a personal token id, oidc, slack, WINNOW_TOKEN (the shared admin token), loopback, cli"),
  tool: z.string(),
  brandIds: z.array(z.string()),
  outcome: z.enum(["ok", "refused", "error"]),
  errorCode: z.string().nullable(),
  summary: z.string().nullable(),
});

const IsoTime = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .describe("UTC ISO time or date, e.g. 2026-12-01 or 2026-12-01T09:00:00Z");

export const listAuditEvents = defineTool({
  name: "list_audit_events",
  title: "List audit events",
  description:
    "Who did what: every state-changing tool call and every refused call, newest first, with the person, the tool, " +
    "the brands it touched and the outcome. Filter by person (e-mail, Slack id or member id), brand, tool and a time " +
    "range. Approvers see their brands (pass brand); workspace admins see everything. Paginated.",
  toolset: "review",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    person: z.string().trim().min(1).max(200).optional().describe("E-mail, Slack user id or member id (mbr_...)"),
    brand: z.string().trim().min(1).max(100).optional().describe("Brand slug or id"),
    tool: z.string().trim().min(1).max(64).optional().describe("Tool name, e.g. decide_review"),
    from: IsoTime.optional(),
    to: IsoTime.optional(),
    ...PageInput,
  }),
  output: z.object({ items: z.array(AuditEntryView), ...PageOutput }),
  async run({ person, brand, tool, from, to, cursor, limit }, { services, caller }) {
    if (!brand && !caller.isAdmin)
      throw invalidInput(
        "brand",
        "is required unless you are a workspace admin",
        "Pass the brand whose audit trail you want (you see the brands you approve).",
      );
    const page = await services.audit.list({
      person,
      brand,
      tool,
      from: from ? new Date(from.length === 10 ? `${from}T00:00:00.000Z` : from).toISOString() : undefined,
      to: to ? new Date(to.length === 10 ? `${to}T23:59:59.999Z` : to).toISOString() : undefined,
      cursor,
      limit,
    });
    const lines = page.items.map(
      (e) =>
        `${e.at} ${e.person}${e.surface ? ` via ${e.surface}` : ""} ${e.tool} ${e.outcome}${e.errorCode ? ` (${e.errorCode})` : ""}${e.summary ? ` — ${e.summary}` : ""}`,
    );
    return {
      structured: page,
      text: `${page.items.length} audit event(s)\n${lines.join("\n")}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`,
    };
  },
});
