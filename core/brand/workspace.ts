import * as z from "zod";
import type { Database, Tx } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import {
  type AudienceRow,
  audiencesOfBrand,
  type BrandRow,
  brandsPage,
  detachAudience,
  findAudienceBySlug,
  findBrand,
  insertBrand,
  latestRuleSetVersion,
  membersOfBrand,
  requireBrand,
  updateBrandRow,
  upsertAudience,
} from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { encodeCursor, type Page } from "../pagination.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { policyFromSettings } from "../review/policy.ts";
import { resolveAudienceRef } from "./audiences.ts";
import { BrandMembers, groupMembers } from "./members.ts";
import {
  type AddMemberInput,
  type AudienceView,
  type BrandView,
  CreateBrandInput,
  type MemberRole,
  type MemberView,
  UpdateBrandInput,
} from "./workspace-types.ts";

/**
 * A team's own workspace: brands (palette, fonts, logos, audiences with aliases, approval policy, review channel) and
 * who may do what per brand. Every change is one transaction with one audit event. Surfaces (tools, API, CLI,
 * dashboard) validate with the schemas in workspace-types.ts and call this; nothing else writes brands or members.
 */
export class BrandWorkspace {
  private readonly people: BrandMembers;

  constructor(private readonly deps: { database: Database; clock: Clock }) {
    this.people = new BrandMembers(deps);
  }

  private get db() {
    return this.deps.database.db;
  }

  async create(raw: CreateBrandInput, actor: string): Promise<BrandView> {
    const input = CreateBrandInput.parse(raw);
    const at = isoNow(this.deps.clock);
    const id = newId("brand");
    await this.db
      .transaction(async (tx) => {
        const existing = await findBrand(tx, input.slug);
        if (existing)
          throw new WinnowError(
            "duplicate",
            `slug: a brand with slug "${input.slug}" already exists (${existing.id}, "${existing.name}"). Pick another slug, or change that brand with update_brand.`,
            { field: "slug", brandId: existing.id },
          );
        await this.checkLogos(tx, id, input.logoAssetIds ?? []);
        await insertBrand(tx, {
          id,
          slug: input.slug,
          name: input.name,
          description: input.description ?? null,
          palette: input.palette ?? [],
          settings: settingsPatch({}, input),
          createdAt: at,
        });
        await this.saveAudiences(tx, id, input.audiences ?? [], at);
        await recordEvent(tx, {
          entityType: "brand",
          entityId: id,
          action: "brand.created",
          actor,
          at,
          data: { slug: input.slug, name: input.name, audiences: (input.audiences ?? []).map((a) => a.slug) },
        });
      })
      .catch((error: unknown) => {
        // Two creates of one slug at once: the loser gets the same answer as a sequential duplicate.
        if (/UNIQUE constraint failed: brands\.slug/.test(String((error as { cause?: unknown })?.cause ?? error)))
          throw new WinnowError(
            "duplicate",
            `slug: a brand with slug "${input.slug}" already exists. Pick another slug.`,
            {
              field: "slug",
            },
          );
        throw error;
      });
    return this.get(id);
  }

  async update(ref: string, raw: UpdateBrandInput, actor: string): Promise<BrandView> {
    const input = UpdateBrandInput.parse(raw);
    const changed = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
    if (changed.length === 0)
      throw invalidInput(
        "brand",
        "nothing to change",
        "Pass at least one of name, description, palette, fonts, logoAssetIds, audiences, removeAudiences, approvalPolicy, reviewChannel.",
      );
    const at = isoNow(this.deps.clock);
    const id = await this.db.transaction(async (tx) => {
      // Read inside the write transaction: settings are merged, so a concurrent update must not be lost.
      const brand = await requireBrand(tx, ref);
      if (input.logoAssetIds) await this.checkLogos(tx, brand.id, input.logoAssetIds);
      await updateBrandRow(tx, brand.id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.palette !== undefined ? { palette: input.palette } : {}),
        settings: settingsPatch(brand.settings, input),
      });
      for (const slug of input.removeAudiences ?? [])
        if (!(await detachAudience(tx, brand.id, slug)))
          throw invalidInput(
            "removeAudiences",
            `${slug} is not an audience of ${brand.slug}`,
            "List the brand's audiences with list_brands.",
          );
      await this.saveAudiences(tx, brand.id, input.audiences ?? [], at);
      await recordEvent(tx, {
        entityType: "brand",
        entityId: brand.id,
        action: "brand.updated",
        actor,
        at,
        data: { changed },
      });
      return brand.id;
    });
    return this.get(id);
  }

  async get(ref: string): Promise<BrandView> {
    return this.view(this.db, await requireBrand(this.db, ref));
  }

  /** Brands in name order; `visible` (the caller's BrandScope) keeps to the brands they hold a role on. */
  async list(page: {
    cursor?: string | undefined;
    limit: number;
    visible?: BrandScope | undefined;
  }): Promise<Page<BrandView>> {
    const after = page.cursor ? decodeNameCursor(page.cursor) : undefined;
    const rows = await brandsPage(this.db, after, page.limit + 1, page.visible ? restrictTo(page.visible) : undefined);
    const items = await Promise.all(rows.slice(0, page.limit).map((b) => this.view(this.db, b)));
    const last = rows[page.limit - 1];
    return {
      items,
      nextCursor: rows.length > page.limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
    };
  }

  /** Adds a role to a person (found by Slack id or e-mail); adding a role they already have changes nothing. */
  addMember(raw: AddMemberInput, actor: string): Promise<{ member: MemberView; created: boolean }> {
    return this.people.add(raw, actor);
  }

  /** Removes a role (or all roles); the last approver of a brand with pending reviews stays. */
  removeMember(
    input: { brand: string; member: string; role?: MemberRole | undefined },
    actor: string,
  ): Promise<{ member: MemberView; removedRoles: string[] }> {
    return this.people.remove(input, actor);
  }

  listMembers(
    brandRef: string,
    filter: { role?: MemberRole | undefined; cursor?: string | undefined; limit: number },
  ): Promise<Page<MemberView> & { brandId: string; brandSlug: string }> {
    return this.people.list(brandRef, filter);
  }

  /** An audience by id, slug or alias ("Gen Z" → gen-z-runners), the brand's own first. */
  async findAudience(ref: string, brandRef?: string | null): Promise<AudienceRow | undefined> {
    const brand = brandRef ? await findBrand(this.db, brandRef) : undefined;
    return resolveAudienceRef(this.db, ref, brand?.id);
  }

  /** The audience meant by `ref` for variants of these assets (their brand's aliases first). */
  async audienceForAssets(ref: string, assetIds: string[]): Promise<AudienceRow | undefined> {
    const first = assetIds[0] ? await getAssetRow(this.db, assetIds[0]) : undefined;
    return resolveAudienceRef(this.db, ref, first?.brandId);
  }

  private async view(tx: Tx, b: BrandRow): Promise<BrandView> {
    const settings = b.settings ?? {};
    const members = groupMembers(await membersOfBrand(tx, b.id));
    return {
      id: b.id,
      slug: b.slug,
      name: b.name,
      description: b.description,
      palette: b.palette ?? [],
      fonts: (settings.fonts as BrandView["fonts"] | undefined) ?? {},
      logoAssetIds: (settings.logoAssetIds as string[] | undefined) ?? [],
      audiences: (await audiencesOfBrand(tx, b.id)).map(audienceView),
      approvalPolicy: policyFromSettings(settings),
      reviewChannel: typeof settings.reviewChannel === "string" ? settings.reviewChannel : null,
      members: { approvers: members.filter((m) => m.roles.includes("approver")).length, total: members.length },
      ruleSetVersion: await latestRuleSetVersion(tx, b.id),
      createdAt: b.createdAt,
    };
  }

  private async checkLogos(tx: Tx, brandId: string, ids: string[]) {
    for (const [i, id] of ids.entries()) {
      const asset = await getAssetRow(tx, id);
      if (!asset)
        throw invalidInput(
          `logoAssetIds[${i}]`,
          `asset ${id} does not exist`,
          "Add the logo with add_asset (kind logo) first and pass its id.",
        );
      if (asset.kind !== "logo")
        throw invalidInput(
          `logoAssetIds[${i}]`,
          `${id} is a ${asset.kind} asset, not a logo`,
          "Pass assets of kind logo (set kind with update_asset).",
        );
      if (asset.brandId && asset.brandId !== brandId)
        throw invalidInput(
          `logoAssetIds[${i}]`,
          `${id} belongs to another brand (${asset.brandId})`,
          "Use this brand's own logo files.",
        );
    }
  }

  private async saveAudiences(
    tx: Tx,
    brandId: string,
    list: z.output<typeof CreateBrandInput>["audiences"],
    at: string,
  ) {
    const mine = await audiencesOfBrand(tx, brandId);
    const names = new Map<string, string>();
    for (const a of mine) for (const n of [a.slug, a.name, ...(a.aliases ?? [])]) names.set(n.toLowerCase(), a.slug);
    for (const [i, a] of (list ?? []).entries()) {
      const taken = await findAudienceBySlug(tx, a.slug);
      if (taken?.brandId && taken.brandId !== brandId)
        throw new WinnowError(
          "duplicate",
          `audiences[${i}].slug: "${a.slug}" is already an audience of another brand. Use a brand-specific slug, e.g. "${a.slug}-2".`,
          { field: `audiences[${i}].slug` },
        );
      for (const n of [a.name, ...a.aliases]) {
        const owner = names.get(n.toLowerCase());
        if (owner && owner !== a.slug)
          throw new WinnowError(
            "duplicate",
            `audiences[${i}]: "${n}" already names audience ${owner} of this brand. Give each audience its own aliases.`,
            { field: `audiences[${i}].aliases` },
          );
        names.set(n.toLowerCase(), a.slug);
      }
      names.set(a.slug, a.slug);
      await upsertAudience(tx, {
        id: taken?.id ?? newId("audience"),
        slug: a.slug,
        name: a.name,
        description: a.description ?? null,
        brandId,
        aliases: [...new Set(a.aliases)],
        ...(a.attributes ? { attributes: a.attributes } : {}),
        createdAt: at,
      });
    }
  }
}

function settingsPatch(
  current: Record<string, unknown>,
  input: Partial<
    Pick<z.output<typeof CreateBrandInput>, "fonts" | "logoAssetIds" | "approvalPolicy" | "reviewChannel">
  >,
): Record<string, unknown> {
  const next = { ...current };
  if (input.fonts !== undefined) next.fonts = { ...((current.fonts as object) ?? {}), ...input.fonts };
  if (input.logoAssetIds !== undefined) next.logoAssetIds = [...new Set(input.logoAssetIds)];
  if (input.approvalPolicy !== undefined)
    next.reviewPolicy = { ...((current.reviewPolicy as object) ?? {}), ...input.approvalPolicy };
  if (input.reviewChannel !== undefined) next.reviewChannel = input.reviewChannel || undefined;
  return next;
}

export const audienceView = (a: AudienceRow): AudienceView => ({
  id: a.id,
  slug: a.slug,
  name: a.name,
  description: a.description,
  aliases: a.aliases ?? [],
});

const NameCursor = z.object({ name: z.string(), id: z.string() });

export function decodeWith<T>(schema: z.ZodType<T>, cursor: string): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw invalidInput(
      "cursor",
      "is not a cursor this server issued",
      "Pass nextCursor from the previous page unchanged.",
    );
  }
}
const decodeNameCursor = (c: string) => decodeWith(NameCursor, c);
