import type { Database, Tx } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  brandRolesOf,
  findPerson,
  getToken,
  hasAnyCredential,
  insertPerson,
  insertToken,
  listAdmins,
  memberRowByHandle,
  type PersonRow,
  revokeTokenRow,
  type TokenRow,
  tokenByHash,
  tokensOf,
  touchToken,
  updatePerson,
} from "../../db/repositories/people.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { actorOf, type Caller, describeCaller, handlesOf } from "./caller.ts";
import { expiryFrom, hashToken, newTokenSecret } from "./tokens.ts";

export interface PersonView {
  id: string;
  email: string | null;
  slackUserId: string | null;
  name: string | null;
  isAdmin: boolean;
  createdAt: string;
}

export interface TokenView {
  id: string;
  memberId: string;
  name: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: "active" | "expired" | "revoked";
}

/** Why a bearer token was refused; each says what to do in plain words (shown with 401). */
export type TokenRefusal = "unknown" | "revoked" | "expired";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** How long an authenticated token (and "this workspace has credentials") is remembered between database reads. */
export const AUTH_CACHE_MS = 5_000;
const AUTH_CACHE_ENTRIES = 10_000;

/**
 * People: who may call Winnow, the workspace admins and everyone's personal tokens. Brand roles stay with
 * BrandMembers; a person is matched to their roles by handle (e-mail, Slack id, member id) on every call.
 */
export class People {
  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  private get db() {
    return this.deps.database.db;
  }

  /** The person behind a handle, made from their brand membership on first use (every member is a person). */
  async find(handle: string): Promise<PersonRow | undefined> {
    const person = await findPerson(this.db, handle);
    if (person) return person;
    const member = await memberRowByHandle(this.db, handle);
    if (!member) return undefined;
    return this.ensure(
      {
        email: member.email ?? (member.userRef.includes("@") ? member.userRef : null),
        slackUserId: member.slackUserId ?? (member.userRef.includes("@") ? null : member.userRef),
        displayName: member.displayName,
      },
      "membership",
    );
  }

  /** Finds or creates the person with these handles (inside `tx` when given), filling in handles they lacked. */
  async ensure(
    handles: { email?: string | null; slackUserId?: string | null; displayName?: string | null },
    by: string,
    tx: Tx = this.db,
  ): Promise<PersonRow> {
    const email = handles.email?.trim().toLowerCase() || null;
    const slack = handles.slackUserId?.trim() || null;
    const existing =
      (email ? await findPerson(tx, email) : undefined) ?? (slack ? await findPerson(tx, slack) : undefined);
    if (existing) {
      const patch: Partial<PersonRow> = {};
      if (!existing.email && email && !(await findPerson(tx, email))) patch.email = email;
      if (!existing.slackUserId && slack && !(await findPerson(tx, slack))) patch.slackUserId = slack;
      if (!existing.displayName && handles.displayName) patch.displayName = handles.displayName;
      if (Object.keys(patch).length) await updatePerson(tx, existing.id, patch);
      return { ...existing, ...patch };
    }
    if (!email && !slack) throw invalidInput("email", "a person needs an e-mail or a Slack user id", "Pass --email.");
    const row = {
      id: newId("member"),
      email,
      slackUserId: slack,
      displayName: handles.displayName ?? null,
      isAdmin: false,
      createdBy: by,
      createdAt: isoNow(this.deps.clock),
    };
    try {
      await insertPerson(tx, row);
    } catch (error) {
      // Two first sign-ins of one person at once: the other one made the row.
      const again =
        (email ? await findPerson(tx, email) : undefined) ?? (slack ? await findPerson(tx, slack) : undefined);
      if (again) return again;
      throw error;
    }
    return row;
  }

  /** The caller for a known person (a token, a JWT's e-mail, a Slack id); undefined when nobody has that handle. */
  async callerFor(handle: string, via: string): Promise<Caller | undefined> {
    const person = await this.find(handle);
    return person ? personCaller(person, via) : undefined;
  }

  /**
   * A Slack user as a caller: the member with that Slack id, or a caller with no roles at all (every tool refuses
   * them, naming who can add them). Slack never acts as the local admin.
   */
  async slackCaller(userId: string): Promise<Caller> {
    return (
      (await this.callerFor(userId, "slack")) ?? {
        kind: "member",
        memberId: null,
        email: null,
        slackUserId: userId,
        displayName: null,
        isAdmin: false,
        via: "slack",
      }
    );
  }

  /** Brand roles of the caller right now (read on every call: removals take effect at once). */
  async rolesOf(caller: Caller) {
    return brandRolesOf(this.db, handlesOf(caller));
  }

  /** A member of anything: a workspace admin or someone holding a role on some brand. */
  async isMember(caller: Caller): Promise<boolean> {
    if (caller.kind !== "member") return true;
    return caller.isAdmin || (await this.rolesOf(caller)).length > 0;
  }

  /**
   * Team mode is on once an admin or a token was ever made (see hasAnyCredential). Asked on every request without a
   * bearer, so the answer is kept briefly: "yes" for AUTH_CACHE_MS, "no" (solo use on loopback) for one second. Tokens
   * and admins made in this process clear it at once; from another process (the CLI) it shows within that time.
   */
  async hasCredentials(): Promise<boolean> {
    const now = Date.now();
    if (this.credentials && this.credentials.until > now) return this.credentials.value;
    const generation = this.generation;
    const value = await hasAnyCredential(this.db);
    if (generation === this.generation) this.credentials = { value, until: now + (value ? AUTH_CACHE_MS : 1_000) };
    return value;
  }

  private credentials: { value: boolean; until: number } | undefined;
  /** token hash → the caller it authenticated, for AUTH_CACHE_MS (see authenticateToken). */
  private readonly authenticated = new Map<string, { caller: Caller; expiresAt: string | null; until: number }>();

  /** Tokens revoked or made, admins added or removed here: the next request reads the database again. */
  private forgetAuthentications() {
    this.credentials = undefined;
    this.authenticated.clear();
    this.generation++;
  }
  /** Bumped by every forget: a read that started before a revocation must not be remembered after it. */
  private generation = 0;

  // ------------------------------------------------------------------ admins

  async addAdmin(input: { email: string; name?: string | undefined }, by: string): Promise<PersonView> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email))
      throw invalidInput("email", `is not an e-mail address (got ${input.email})`, "Pass --email you@team.example.");
    const view = await this.db.transaction(async (tx) => {
      const person = await this.ensure({ email, displayName: input.name ?? null }, by, tx);
      await updatePerson(tx, person.id, { isAdmin: true });
      await recordEvent(tx, {
        entityType: "person",
        entityId: person.id,
        action: "person.admin_added",
        actor: by,
        at: isoNow(this.deps.clock),
        data: { email },
      });
      return toPersonView({ ...person, isAdmin: true });
    });
    this.forgetAuthentications();
    return view;
  }

  async removeAdmin(emailOrId: string, by: string): Promise<PersonView> {
    const view = await this.db.transaction(async (tx) => {
      const person = await findPerson(tx, emailOrId);
      if (!person?.isAdmin) throw notFound("Admin", emailOrId, "List admins with `winnow admin list`.");
      await updatePerson(tx, person.id, { isAdmin: false });
      await recordEvent(tx, {
        entityType: "person",
        entityId: person.id,
        action: "person.admin_removed",
        actor: by,
        at: isoNow(this.deps.clock),
        data: { email: person.email },
      });
      return toPersonView({ ...person, isAdmin: false });
    });
    this.forgetAuthentications();
    return view;
  }

  async admins(): Promise<PersonView[]> {
    return (await listAdmins(this.db)).map(toPersonView);
  }

  // ------------------------------------------------------------------ tokens

  /** Makes a personal token for a member; the secret is returned once and only its hash is kept. */
  async createToken(
    input: { member: string; name?: string | undefined; expires?: string | undefined },
    by: Caller,
  ): Promise<{ token: string; view: TokenView; member: PersonView }> {
    const person = await this.find(input.member);
    if (!person)
      throw notFound(
        "Member",
        input.member,
        "Tokens are for members: add them to a brand first (add_brand_member / `winnow member add`), or make them an admin (`winnow admin add --email`).",
      );
    if (by.kind === "member" && by.memberId !== person.id && !by.isAdmin)
      throw new WinnowError("forbidden", "You can make tokens for yourself only; an admin can make them for others.");
    const now = this.deps.clock.now();
    const expiresAt = expiryFrom(input.expires, now) ?? null;
    const secret = newTokenSecret();
    const row: TokenRow = {
      id: newId("token"),
      personId: person.id,
      name: input.name?.trim() || "token",
      tokenHash: hashToken(secret),
      createdBy: actorOf(by),
      createdAt: now.toISOString(),
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.db.transaction(async (tx) => {
      await insertToken(tx, row);
      await recordEvent(tx, {
        entityType: "person",
        entityId: person.id,
        action: "token.created",
        actor: actorOf(by),
        at: row.createdAt,
        data: { tokenId: row.id, name: row.name, expiresAt },
      });
    });
    this.forgetAuthentications();
    return { token: secret, view: this.tokenView(row), member: toPersonView(person) };
  }

  async tokens(member?: string): Promise<TokenView[]> {
    let personId: string | undefined;
    if (member) {
      const person = await this.find(member);
      if (!person) throw notFound("Member", member);
      personId = person.id;
    }
    return (await tokensOf(this.db, personId)).map((t) => this.tokenView(t));
  }

  /** Revokes a token; the next request with it is refused. Its owner or an admin may revoke it. */
  async revokeToken(id: string, by: Caller): Promise<TokenView> {
    const token = await getToken(this.db, id.trim());
    if (!token) throw notFound("Token", id, "List tokens with `winnow token list`.");
    if (by.kind === "member" && !by.isAdmin && by.memberId !== token.personId)
      throw new WinnowError("forbidden", `Token ${id} is not yours; its owner or an admin can revoke it.`);
    const at = isoNow(this.deps.clock);
    await this.db.transaction(async (tx) => {
      if (!(await revokeTokenRow(tx, token.id, at))) return;
      await recordEvent(tx, {
        entityType: "person",
        entityId: token.personId,
        action: "token.revoked",
        actor: actorOf(by),
        at,
        data: { tokenId: token.id, name: token.name },
      });
    });
    this.forgetAuthentications();
    return this.tokenView((await getToken(this.db, token.id))!);
  }

  /**
   * The person a personal token belongs to, or why it is refused. A token that passed is remembered for AUTH_CACHE_MS
   * (its expiry is still checked on every use): the lookup was a query on every MCP/API call. A revocation here, on the
   * dashboard or through any tool of this server, takes effect on the next request; one made by another process on
   * the same database (`winnow token revoke` on the host) within AUTH_CACHE_MS.
   */
  async authenticateToken(secret: string): Promise<{ caller: Caller } | { refused: TokenRefusal }> {
    const hash = hashToken(secret);
    const cached = this.authenticated.get(hash);
    if (cached && cached.until > Date.now()) {
      if (!cached.expiresAt || cached.expiresAt > this.deps.clock.now().toISOString()) return { caller: cached.caller };
      this.authenticated.delete(hash);
    }
    const generation = this.generation;
    const found = await tokenByHash(this.db, hash);
    if (!found) return { refused: "unknown" };
    if (found.token.revokedAt) return { refused: "revoked" };
    const now = this.deps.clock.now();
    if (found.token.expiresAt && found.token.expiresAt <= now.toISOString()) return { refused: "expired" };
    // last_used_at is a hint, not an audit record: written at most once a minute per token.
    const last = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : 0;
    if (now.getTime() - last > 60_000) await touchToken(this.db, found.token.id, now.toISOString()).catch(() => {});
    const caller = personCaller(found.person, found.token.id);
    if (generation === this.generation) {
      if (this.authenticated.size >= AUTH_CACHE_ENTRIES) this.authenticated.clear();
      this.authenticated.set(hash, { caller, expiresAt: found.token.expiresAt, until: Date.now() + AUTH_CACHE_MS });
    }
    return { caller };
  }

  private tokenView(t: TokenRow): TokenView {
    const now = isoNow(this.deps.clock);
    const status = t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active";
    return {
      id: t.id,
      memberId: t.personId,
      name: t.name,
      createdAt: t.createdAt,
      createdBy: t.createdBy,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      revokedAt: t.revokedAt,
      status,
    };
  }
}

export function personCaller(p: PersonRow, via: string): Caller {
  return {
    kind: "member",
    memberId: p.id,
    email: p.email,
    slackUserId: p.slackUserId,
    displayName: p.displayName,
    isAdmin: p.isAdmin,
    via,
  };
}

export function toPersonView(p: PersonRow): PersonView {
  return {
    id: p.id,
    email: p.email,
    slackUserId: p.slackUserId,
    name: p.displayName,
    isAdmin: p.isAdmin,
    createdAt: p.createdAt,
  };
}

export { describeCaller };
