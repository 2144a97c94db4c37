import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestWorkspace, type TestWorkspace } from "../../test/helpers/workspace.ts";
import { fixedClock } from "../clock.ts";
import { type Caller, localAdmin } from "./caller.ts";
import { guarded } from "./guard.ts";

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace({}, { clock: fixedClock("2026-12-06T09:00:00.000Z") });
});
afterEach(async () => ws.cleanup());

const stranger: Caller = {
  kind: "member",
  memberId: "mbr_stranger",
  email: "sam@example.com",
  slackUserId: null,
  displayName: "Sam",
  isAdmin: false,
};
const auditRows = async () =>
  (await ws.services.database.client.execute("SELECT tool, outcome, error_code, summary, actor FROM audit_log"))
    .rows as unknown as { tool: string; outcome: string; error_code: string | null; summary: string; actor: string }[];
const change = { name: "repair", input: () => ({}), readOnly: false, surface: "cli" };

describe("guarded: the one point where who may call what is decided and changes are recorded", () => {
  it("runs an allowed change as the person and records it under them with its summary", async () => {
    const out = await guarded(
      ws.services,
      localAdmin("cli"),
      change,
      async ({ actor }) => `ran as ${actor}`,
      (r) => r,
    );
    expect(out).toBe("ran as local-admin");
    expect(await auditRows()).toEqual([
      { tool: "repair", outcome: "ok", error_code: null, summary: "ran as local-admin", actor: "local-admin" },
    ]);
  });

  it("refuses a member a command only an admin may run, records the refusal and never runs the work", async () => {
    let ran = false;
    const refused = guarded(
      ws.services,
      stranger,
      change,
      async () => {
        ran = true;
      },
      () => "",
    );
    await expect(refused).rejects.toMatchObject({ code: "forbidden" });
    expect(ran).toBe(false);
    expect((await auditRows()).map((r) => `${r.tool}:${r.outcome}:${r.error_code}`)).toEqual([
      "repair:refused:forbidden",
    ]);
  });

  it("records nothing for a read that succeeds, and answers a crash with an error id, recorded as an error", async () => {
    await guarded(ws.services, localAdmin("cli"), { ...change, readOnly: true }, async () => 1, String);
    expect(await auditRows()).toEqual([]);
    const crash = guarded(
      ws.services,
      localAdmin("cli"),
      change,
      async () => {
        throw new Error("SQLITE_CORRUPT at /var/lib/winnow/data.db");
      },
      String,
    );
    await expect(crash).rejects.toThrow(/^internal error \(id err_[0-9a-f]+\)$/);
    const [row] = await auditRows();
    expect(row).toMatchObject({ outcome: "error", error_code: "internal" });
    expect(row!.summary).not.toMatch(/SQLITE|\/var\/lib/);
  });

  it("treats a bad input as an error of the call: recorded for a change, before anyone is asked", async () => {
    const bad = guarded(
      ws.services,
      localAdmin("cli"),
      {
        ...change,
        input: () => {
          throw new Error("never parsed");
        },
      },
      async () => 1,
      String,
    );
    await expect(bad).rejects.toMatchObject({ code: "internal" });
    expect((await auditRows()).map((r) => r.outcome)).toEqual(["error"]);
  });
});
