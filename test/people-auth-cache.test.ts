import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { localAdmin } from "../core/people/caller.ts";
import { AUTH_CACHE_MS, People } from "../core/people/service.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 23: a personal token was looked up on every MCP/API call. A token that passed is now remembered briefly;
 * revocations and new credentials made in this process take effect on the next request, expiry is checked on each use.
 */
const clock = fixedClock("2026-12-06T09:00:00.000Z");
let ws: TestWorkspace;
const admin = localAdmin("test");

beforeAll(async () => {
  ws = await createTestWorkspace({}, { clock });
  await ws.services.brands.create({ slug: "kestrel", name: "Kestrel" }, "test");
  await ws.services.brands.addMember({ brand: "kestrel", role: "editor", email: "eve@team.example" }, "test");
});
afterAll(async () => ws.cleanup());

/** Statements the database client runs while `work` does. */
async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  const client = ws.services.database.client;
  const execute = client.execute.bind(client);
  let n = 0;
  client.execute = ((...args: Parameters<typeof execute>) => {
    n++;
    return execute(...args);
  }) as typeof execute;
  try {
    await work();
  } finally {
    client.execute = execute;
  }
  return n;
}

describe("personal token lookups are remembered briefly", () => {
  it("answers a repeated token from memory, and refuses it on the next request once revoked here", async () => {
    const made = await ws.services.people.createToken({ member: "eve@team.example", name: "laptop" }, admin);
    const first = await ws.services.people.authenticateToken(made.token);
    expect("caller" in first && first.caller.email).toBe("eve@team.example");
    expect(await statementsDuring(() => ws.services.people.authenticateToken(made.token))).toBe(0);

    await ws.services.people.revokeToken(made.view.id, admin);
    expect(await ws.services.people.authenticateToken(made.token)).toEqual({ refused: "revoked" });
  });

  it("still checks expiry on every use", async () => {
    const made = await ws.services.people.createToken(
      { member: "eve@team.example", name: "short", expires: "2026-12-06T09:00:02.000Z" },
      admin,
    );
    expect("caller" in (await ws.services.people.authenticateToken(made.token))).toBe(true);
    clock.advance(3_000);
    expect(await ws.services.people.authenticateToken(made.token)).toEqual({ refused: "expired" });
  });

  it("sees a revocation by another process on the same database within AUTH_CACHE_MS", async () => {
    const made = await ws.services.people.createToken({ member: "eve@team.example", name: "cli" }, admin);
    expect("caller" in (await ws.services.people.authenticateToken(made.token))).toBe(true);
    // `winnow token revoke` on the host: its own People over its own connection.
    const other = new People({ database: ws.services.database, clock });
    await other.revokeToken(made.view.id, admin);
    const until = Date.now() + AUTH_CACHE_MS + 2_000;
    let answer = await ws.services.people.authenticateToken(made.token);
    while ("caller" in answer && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await ws.services.people.authenticateToken(made.token);
    }
    expect(answer).toEqual({ refused: "revoked" });
  }, 20_000);

  it("switches a credential-less workspace to team mode as soon as a token is made here", async () => {
    const fresh = await createTestWorkspace();
    try {
      expect(await fresh.services.people.hasCredentials()).toBe(false);
      await fresh.services.brands.create({ slug: "heron", name: "Heron" }, "test");
      await fresh.services.brands.addMember({ brand: "heron", role: "viewer", email: "vic@team.example" }, "test");
      await fresh.services.people.createToken({ member: "vic@team.example" }, admin);
      expect(await fresh.services.people.hasCredentials()).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });
});
