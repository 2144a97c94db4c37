import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrandRole, hasRoleInAnyBrand } from "../db/repositories/reviews.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let kestrel: string;
let tern: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  const { brands } = ws.services;
  kestrel = (await brands.create({ slug: "kestrel", name: "Kestrel Run Co." }, "test")).id;
  tern = (await brands.create({ slug: "tern", name: "Tern Outdoor" }, "test")).id;
  await brands.addMember(
    { brand: "kestrel", role: "approver", slackUserId: "U0DANA0001", email: "dana@kestrel.run" },
    "t",
  );
  await brands.addMember({ brand: "tern", role: "editor", email: "sam@tern.co" }, "test");
});
afterAll(async () => {
  await ws?.cleanup();
});

describe("a member is found by any of their handles, in one brand or in any", () => {
  const db = () => ws.services.database.db;

  it("matches the Slack id, the e-mail in any case and the recorded ref, with spaces trimmed", async () => {
    for (const ref of ["U0DANA0001", " U0DANA0001 ", "dana@kestrel.run", "Dana@Kestrel.RUN"]) {
      expect(await hasBrandRole(db(), kestrel, ref, "approver")).toBe(true);
      expect(await hasRoleInAnyBrand(db(), ref, "approver")).toBe(true);
    }
    expect(await hasRoleInAnyBrand(db(), "sam@tern.co", "editor")).toBe(true);
  });

  it("keeps to the role and, for one brand, to that brand", async () => {
    expect(await hasBrandRole(db(), tern, "U0DANA0001", "approver")).toBe(false);
    expect(await hasBrandRole(db(), kestrel, "U0DANA0001", "editor")).toBe(false);
    expect(await hasRoleInAnyBrand(db(), "sam@tern.co", "approver")).toBe(false);
    expect(await hasRoleInAnyBrand(db(), "U0NOBODY01", "approver")).toBe(false);
  });
});
