import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoBrand, seedDemoCampaign } from "../server/seed/seed.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let brandId: string;

const count = async (table: string) =>
  Number((await ws.services.database.client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

beforeAll(async () => {
  ws = await createTestWorkspace();
  brandId = await seedDemoBrand(ws.services);
  await seedDemoCampaign(ws.services, brandId);
});
afterAll(async () => {
  await ws?.cleanup();
});

describe("the demo brand is made by the brand service", () => {
  it("gives every demo person a role the service accepts (the marketer is an editor)", async () => {
    const out = await invokeTool(findTool("list_brand_members")!, { brand: "kestrel" }, toolContext(ws.services));
    expect(out.isError, out.text).toBe(false);
    const members = (out.structured as { items: { userRef: string; slackUserId: string | null; roles: string[] }[] })
      .items;
    expect(members.map((m) => [m.userRef, m.slackUserId, m.roles])).toEqual([
      ["U0APPROVER1", "U0APPROVER1", ["approver"]],
      ["U0APPROVER2", "U0APPROVER2", ["approver"]],
      ["U0MARKETER1", "U0MARKETER1", ["editor"]],
    ]);
  });

  it("keeps the audiences' aliases and targeting attributes, so 'Gen Z' finds gen-z-runners", async () => {
    const genZ = await ws.services.brands.findAudience("Gen Z", "kestrel");
    expect(genZ).toMatchObject({ slug: "gen-z-runners", brandId });
    expect(genZ?.attributes).toMatchObject({ interests: ["run club", "streetwear", "music"] });
    expect((await ws.services.brands.findAudience("German marathoners", "kestrel"))?.slug).toBe("de-marathoners");
    const brand = await ws.services.brands.get("kestrel");
    expect(brand).toMatchObject({ reviewChannel: "#creative-review", members: { approvers: 2, total: 3 } });
  });

  it("writes nothing on a second run", async () => {
    const tables = ["brands", "audiences", "brand_members", "campaigns", "events"];
    const before = await Promise.all(tables.map(count));
    expect(await seedDemoBrand(ws.services)).toBe(brandId);
    await seedDemoCampaign(ws.services, brandId);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });
});
