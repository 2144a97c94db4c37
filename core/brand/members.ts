import * as z from "zod";
import type { Database } from "../../db/client.ts";
import {
  deleteMemberRoles,
  insertMember,
  type MemberRow,
  membersOfBrand,
  pendingReviewIds,
  requireBrand,
  updateMemberHandles,
} from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, WinnowError } from "../errors.ts";
import { encodeCursor, type Page } from "../pagination.ts";
import { AddMemberInput, type MemberRole, type MemberView } from "./workspace-types.ts";

/**
 * Who may do what per brand: a person (Slack user id and/or e-mail) holds roles (approver, reviewer, editor, viewer).
 * Review decisions, Slack approvals and promotions read these through db/repositories/reviews.ts hasBrandRole.
 */
export class BrandMembers {
  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  private get db() {
    return this.deps.database.db;
  }

  /** Adds a role to a person (found by Slack id or e-mail); adding a role they already have changes nothing. */
  async add(raw: AddMemberInput, actor: string): Promise<{ member: MemberView; created: boolean }> {
    const input = AddMemberInput.parse(raw);
    if (!input.slackUserId && !input.email)
      throw invalidInput(
        "slackUserId",
        "a member needs a Slack user id or an e-mail (or both)",
        "Pass slackUserId (e.g. U024BE7LH, needed to approve in Slack) and/or email.",
      );
    const brand = await requireBrand(this.db, input.brand);
    const at = isoNow(this.deps.clock);
    let created = false;
    let userRef = "";
    await this.db.transaction(async (tx) => {
      const rows = await membersOfBrand(tx, brand.id);
      const person = rows.find(
        (r) =>
          (input.slackUserId && (r.slackUserId === input.slackUserId || r.userRef === input.slackUserId)) ||
          (input.email && (r.email === input.email || r.userRef === input.email)),
      );
      userRef = person?.userRef ?? input.slackUserId ?? input.email!;
      const handles = {
        slackUserId: input.slackUserId ?? person?.slackUserId ?? null,
        email: input.email ?? person?.email ?? null,
        displayName: input.name ?? person?.displayName ?? null,
      };
      if (person) await updateMemberHandles(tx, brand.id, userRef, handles);
      if (!rows.some((r) => r.userRef === userRef && r.role === input.role)) {
        await insertMember(tx, { brandId: brand.id, userRef, role: input.role, ...handles, createdAt: at });
        created = true;
      }
      await recordEvent(tx, {
        entityType: "brand",
        entityId: brand.id,
        action: created ? "brand.member_added" : "brand.member_updated",
        actor,
        at,
        data: { userRef, role: input.role, ...handles },
      });
    });
    const member = (await this.members(brand.id)).find((m) => m.userRef === userRef)!;
    return { member, created };
  }

  /**
   * Removes a person's role (or all their roles). The last approver of a brand with pending reviews stays: those
   * reviews could never be decided.
   */
  async remove(
    input: { brand: string; member: string; role?: MemberRole | undefined },
    actor: string,
  ): Promise<{ member: MemberView; removedRoles: string[] }> {
    const at = isoNow(this.deps.clock);
    const ref = input.member.trim();
    // Everything read inside the write transaction, so two removals at once cannot both pass the last-approver check.
    return this.db.transaction(async (tx) => {
      const brand = await requireBrand(tx, input.brand);
      const members = groupMembers(await membersOfBrand(tx, brand.id));
      const person = members.find((m) => m.userRef === ref || m.slackUserId === ref || m.email === ref.toLowerCase());
      if (!person)
        throw new WinnowError(
          "not_found",
          `member: ${ref} is not a member of ${brand.slug}. Members: ${members.map((m) => m.userRef).join(", ") || "none"}.`,
          { field: "member" },
        );
      const roles = input.role ? [input.role] : person.roles;
      if (input.role && !person.roles.includes(input.role))
        throw invalidInput(
          "role",
          `${ref} is not ${input.role} of ${brand.slug} (roles: ${person.roles.join(", ")})`,
          "Pass one of their roles, or omit role to remove them.",
        );
      if (roles.includes("approver")) {
        const approvers = members.filter((m) => m.roles.includes("approver"));
        const pending = await pendingReviewIds(tx, brand.id);
        if (approvers.length === 1 && pending.length > 0)
          throw new WinnowError(
            "conflict",
            `${ref} is the last approver of ${brand.slug} and ${pending.length} review request(s) are pending (${pending.slice(0, 3).join(", ")}${pending.length > 3 ? ", …" : ""}); nobody could decide them. Add another approver first (add_brand_member with role approver), or have the pending reviews decided.`,
            { field: "member", pending },
          );
      }
      await deleteMemberRoles(tx, brand.id, person.userRef, roles);
      await recordEvent(tx, {
        entityType: "brand",
        entityId: brand.id,
        action: "brand.member_removed",
        actor,
        at,
        data: { userRef: person.userRef, roles },
      });
      return { member: { ...person, roles: person.roles.filter((r) => !roles.includes(r)) }, removedRoles: roles };
    });
  }

  async list(
    brandRef: string,
    filter: { role?: MemberRole | undefined; cursor?: string | undefined; limit: number },
  ): Promise<Page<MemberView> & { brandId: string; brandSlug: string }> {
    const brand = await requireBrand(this.db, brandRef);
    const all = (await this.members(brand.id)).filter((m) => !filter.role || m.roles.includes(filter.role));
    const offset = filter.cursor ? decodeOffset(filter.cursor) : 0;
    const items = all.slice(offset, offset + filter.limit);
    const next = offset + filter.limit < all.length ? encodeCursor({ offset: offset + filter.limit }) : null;
    return { items, nextCursor: next, brandId: brand.id, brandSlug: brand.slug };
  }

  private async members(brandId: string): Promise<MemberView[]> {
    return groupMembers(await membersOfBrand(this.db, brandId));
  }
}

export function groupMembers(rows: MemberRow[]): MemberView[] {
  const byRef = new Map<string, MemberView>();
  for (const r of rows) {
    const m = byRef.get(r.userRef) ?? {
      userRef: r.userRef,
      slackUserId: r.slackUserId,
      email: r.email,
      name: r.displayName,
      roles: [],
      addedAt: r.createdAt,
    };
    m.roles.push(r.role);
    byRef.set(r.userRef, m);
  }
  return [...byRef.values()];
}

const OffsetCursor = z.object({ offset: z.number().int().min(0) });

function decodeOffset(cursor: string): number {
  try {
    return OffsetCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).offset;
  } catch {
    throw invalidInput(
      "cursor",
      "is not a cursor this server issued",
      "Pass nextCursor from the previous page unchanged.",
    );
  }
}
