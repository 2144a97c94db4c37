/**
 * Who is calling. Every tool call runs as one of these: a member (a person with a token, a JWT, a Slack id), the
 * local admin (the CLI on the server host, loopback solo mode with no credentials configured) or the system (the
 * scheduler and in-process jobs). Roles are not carried here: they are read from brand_members on every call, so a
 * role removed or a token revoked takes effect on the next request.
 */
export type CallerKind = "member" | "local-admin" | "system";

export interface Caller {
  kind: CallerKind;
  /** The person's id (mbr_...); null for the local admin and the system. */
  memberId: string | null;
  email: string | null;
  slackUserId: string | null;
  displayName: string | null;
  /** A workspace admin holds every role on every brand. */
  isAdmin: boolean;
  /** How the caller proved who they are (token id, "oidc", "slack", "WINNOW_TOKEN", "loopback"...), for the log. */
  via?: string | undefined;
}

export const BRAND_ROLES = ["viewer", "editor", "reviewer", "approver"] as const;
export type BrandRole = (typeof BRAND_ROLES)[number];
/** The least role a tool needs: a brand role (on the brands it touches) or the workspace admin. */
export type LeastRole = BrandRole | "admin";

export const roleRank = (role: string): number => BRAND_ROLES.indexOf(role as BrandRole) + 1;

/** The one local admin: the CLI on the server host, and /mcp, /api and the dashboard on loopback with no credentials. */
export function localAdmin(via = "loopback"): Caller {
  return {
    kind: "local-admin",
    memberId: null,
    email: null,
    slackUserId: null,
    displayName: "local admin",
    isAdmin: true,
    via,
  };
}

/** Scheduler jobs, autopilot and other in-process work nobody asked for in person. */
export function systemCaller(job: string): Caller {
  return {
    kind: "system",
    memberId: null,
    email: null,
    slackUserId: null,
    displayName: systemActor(job),
    isAdmin: true,
    via: job,
  };
}

/**
 * The name a job nobody asked for in person writes into events and audit rows: "system:scheduler", "system:tagger".
 * Never a bare label, so the audit trail tells a person from the machine at a glance and filters by either.
 */
export const systemActor = (job: string): string => `system:${job}`;

/** The name written into events for this caller: the person's e-mail, else their Slack id, else their id. */
export function actorOf(caller: Caller): string {
  if (caller.kind === "system") return caller.displayName ?? "system";
  if (caller.kind === "local-admin") return "local-admin";
  return caller.email ?? (caller.slackUserId ? `slack:${caller.slackUserId}` : (caller.memberId ?? "unknown"));
}

/**
 * The surface a call came through ("mcp-http", "api", "cli", "dashboard", "slack", "scheduler"), from the label a
 * surface passes to invokeTool. Kept beside the person in the audit log, never instead of them.
 */
export const surfaceOf = (label: string): string => label.replace(/^slack:.*$/, "slack").slice(0, 40);

/** How the person is shown to others ("Dana <dana@acme.example>", "U0APPROVER"). */
export function describeCaller(caller: Caller): string {
  const handle = caller.email ?? caller.slackUserId ?? caller.memberId ?? caller.kind;
  return caller.displayName && caller.displayName !== handle ? `${caller.displayName} (${handle})` : handle;
}

/** The handles brand_members rows may be keyed by for this person. */
export function handlesOf(caller: Caller): string[] {
  return [caller.memberId, caller.email, caller.slackUserId].filter((h): h is string => Boolean(h));
}

/**
 * Which brands' rows a caller may see in lists, reports and dashboard pages: every brand (workspace admins, the local
 * admin, the system) or the brands the person holds a role on. Rows that belong to no brand are the workspace's and
 * visible to everyone signed in. Decided in one place (Authorizer.visibleBrands) for tools and pages alike.
 */
export type BrandScope = { readonly all: true } | { readonly all: false; readonly brandIds: readonly string[] };

export const EVERY_BRAND: BrandScope = { all: true };

export const onlyBrands = (brandIds: Iterable<string>): BrandScope => ({
  all: false,
  brandIds: [...new Set(brandIds)].sort(),
});

/** The brand ids to restrict a query to; undefined when the caller sees every brand. */
export const restrictTo = (scope: BrandScope): readonly string[] | undefined =>
  scope.all ? undefined : scope.brandIds;

/** Whether a row owned by `brandId` (null: the workspace's) is visible. */
export const sees = (scope: BrandScope, brandId: string | null | undefined): boolean =>
  scope.all || !brandId || scope.brandIds.includes(brandId);
