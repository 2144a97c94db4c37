import type { Database } from "../../db/client.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import { holdersOf } from "../../db/repositories/people.ts";
import { brandsTouched } from "../../db/repositories/scope.ts";
import { WinnowError } from "../errors.ts";
import {
  BRAND_ROLES,
  type BrandScope,
  type Caller,
  describeCaller,
  EVERY_BRAND,
  type LeastRole,
  onlyBrands,
  roleRank,
} from "./caller.ts";
import { scopeOf, TOOL_POLICY } from "./policy.ts";
import type { People } from "./service.ts";

export interface AuthorizeDeps {
  database: Database;
  people: People;
  /** An experiment id for a name, the way the experiment tools resolve it; throws when there is none. */
  resolveExperiment: (ref: string) => Promise<string>;
}

/** What an allowed call touched (for the audit log) and which brands' rows its caller may see (for lists). */
export interface Authorized {
  brandIds: string[];
  visible: BrandScope;
}

/**
 * The one authorization point: `invokeTool` asks it before every tool runs, whatever the surface (MCP, JSON API,
 * CLI, Slack, dashboard). Roles are read fresh on every call.
 */
export class Authorizer {
  constructor(private readonly deps: AuthorizeDeps) {}

  /** The brands a call touches (resolved from its input). */
  async brandsOf(args: unknown): Promise<string[]> {
    const { refs, experimentNames } = scopeOf(args);
    for (const name of experimentNames) {
      try {
        refs.experiments.push(await this.deps.resolveExperiment(name));
      } catch {
        // an unknown name touches nothing; the tool answers "not found"
      }
    }
    return brandsTouched(this.deps.database.db, refs);
  }

  /**
   * The brands whose rows this caller may see: every brand for admins, the local admin and the system; for a member the
   * brands they hold any role on. List tools and dashboard pages both ask here, so a viewer of one brand sees that
   * brand's library, experiments, reviews, costs and runs (and the workspace's unbranded rows), never another's.
   */
  async visibleBrands(caller: Caller): Promise<BrandScope> {
    if (caller.kind !== "member" || caller.isAdmin) return EVERY_BRAND;
    return onlyBrands((await this.deps.people.rolesOf(caller)).map((r) => r.brandId));
  }

  /** Throws `forbidden` (naming the role needed and who holds it) unless the caller may run this tool on these args. */
  async authorize(caller: Caller, tool: string, args: unknown): Promise<Authorized> {
    const brandIds = await this.brandsOf(args);
    if (caller.kind !== "member" || caller.isAdmin) return { brandIds, visible: EVERY_BRAND };
    const least: LeastRole = TOOL_POLICY[tool] ?? "admin";
    const who = describeCaller(caller);
    if (least === "admin")
      throw new WinnowError(
        "forbidden",
        `${tool} needs a workspace admin and ${who} is not one. ${await this.adminsText()}`,
        { tool, needed: "admin" },
      );
    const held = await this.deps.people.rolesOf(caller);
    if (held.length === 0)
      throw new WinnowError(
        "forbidden",
        `${who} is not a member of any brand, so ${tool} was refused. ${await this.adminsText()} An admin or a brand's approver can add you (add_brand_member).`,
        { tool, needed: least },
      );
    const visible = onlyBrands(held.map((r) => r.brandId));
    const best = (brandId?: string) =>
      Math.max(0, ...held.filter((r) => brandId === undefined || r.brandId === brandId).map((r) => roleRank(r.role)));
    if (brandIds.length === 0) {
      if (best() >= roleRank(least)) return { brandIds, visible };
      throw new WinnowError(
        "forbidden",
        `${tool} needs ${article(least)} ${least} role on some brand; ${who} holds ${rolesText(held)}. Ask an approver of your brand or an admin.`,
        { tool, needed: least },
      );
    }
    for (const brandId of brandIds) {
      if (best(brandId) >= roleRank(least)) continue;
      const slug = (await this.slugOf(brandId)) ?? brandId;
      const mine = held.filter((r) => r.brandId === brandId).map((r) => r.role);
      throw new WinnowError(
        "forbidden",
        `${tool} on ${slug} needs ${least} (or higher) and ${who} is ${mine.length ? mine.join(", ") : "not a member"} there. ${await this.holdersText(brandId, slug, least)}`,
        { tool, needed: least, brand: slug },
      );
    }
    return { brandIds, visible };
  }

  private async slugOf(brandId: string): Promise<string | undefined> {
    return (await findBrand(this.deps.database.db, brandId))?.slug;
  }

  /** "Approvers of kestrel: dana@… , U0APPR. Workspace admins: …" */
  private async holdersText(brandId: string, slug: string, least: LeastRole): Promise<string> {
    const roles = BRAND_ROLES.filter((r) => roleRank(r) >= roleRank(least));
    const rows = await holdersOf(this.deps.database.db, brandId, [...roles]);
    const names = [
      ...new Set(
        rows.map((r) => {
          const handle = r.email ?? r.slackUserId ?? r.userRef;
          return r.displayName && r.displayName !== handle ? `${r.displayName} (${handle})` : handle;
        }),
      ),
    ];
    const holders = names.length
      ? `Who can: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""} (${roles.join("/")} of ${slug}).`
      : `Nobody holds ${roles.join("/")} on ${slug} yet.`;
    return `${holders} ${await this.adminsText()}`;
  }

  private async adminsText(): Promise<string> {
    const admins = await this.deps.people.admins();
    return admins.length
      ? `Workspace admins: ${admins
          .slice(0, 3)
          .map((a) => a.email ?? a.id)
          .join(", ")}.`
      : "There is no workspace admin yet (`winnow admin add --email` on the server makes one).";
  }
}

const article = (role: string) => (/^[aeiou]/.test(role) ? "an" : "a");
const rolesText = (held: { slug: string; role: string }[]) =>
  held.length ? held.map((r) => `${r.role} of ${r.slug}`).join(", ") : "no role";
