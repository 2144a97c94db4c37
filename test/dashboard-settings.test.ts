import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let app: ReturnType<typeof createHttpApp>;
const ORIGIN = "http://127.0.0.1";

beforeAll(async () => {
  ws = await createTestWorkspace();
  app = createHttpApp(ws.services);
});
afterAll(async () => {
  await ws.cleanup();
});

const get = (path: string) => app.request(`${ORIGIN}${path}`, { headers: { host: "127.0.0.1" } });
async function post(path: string, fields: Record<string, string>) {
  const token = /name="csrf" value="([^"]+)"/.exec(await (await get("/settings")).text())![1]!;
  return app.request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { host: "127.0.0.1", origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: token, ...fields }).toString(),
  });
}

describe("dashboard settings: brands and members", () => {
  it("starts with an empty state that says what to do", async () => {
    const html = await (await get("/settings")).text();
    expect(html).toContain("No brands yet.");
    expect(html).toContain('href="/settings" aria-current="page"');
  });

  it("creates a brand from the form; a bad colour comes back with the message and what was typed", async () => {
    const bad = await post("/settings/brands", { slug: "acme", name: "Acme Coffee", palette: "#3B2416, brown" });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toMatch(/role="alert" class="error">palette\.1: is not a hex colour/);
    expect(page).toContain('value="#3B2416, brown"');
    const created = await post("/settings/brands", {
      slug: "acme",
      name: "Acme Coffee",
      palette: "#3b2416, #f4ede4",
      audiences: "gen-z | Gen Z coffee drinkers | Gen Z, zoomers",
      spendThreshold: "250",
      pbestBar: "0.98",
      reviewChannel: "#acme-review",
    });
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("/settings/brands/acme?saved=created");
    const brand = await ws.services.brands.get("acme");
    expect(brand).toMatchObject({
      palette: ["#3B2416", "#F4EDE4"],
      reviewChannel: "#acme-review",
      audiences: [expect.objectContaining({ slug: "gen-z", aliases: ["Gen Z", "zoomers"] })],
    });
    expect(brand.approvalPolicy).toMatchObject({ spendThresholdMicros: 250_000_000, approvalBelowProbability: 0.98 });
    const dup = await post("/settings/brands", { slug: "acme", name: "Again" });
    expect(dup.status).toBe(409);
    expect(await dup.text()).toMatch(
      /a brand with slug &quot;acme&quot; already exists|a brand with slug "acme" already exists/,
    );
  });

  it("adds and removes members, and refuses to remove the last approver while reviews wait", async () => {
    expect(
      (await post("/settings/brands/acme/members", { role: "approver", slackUserId: "U0ACME0001", memberName: "Dana" }))
        .status,
    ).toBe(303);
    const page = await (await get("/settings/brands/acme")).text();
    expect(page).toContain("U0ACME0001");
    expect(page).toMatch(/Remove approver role from Dana/);
    await ws.services.reviews.createReviewRequest({
      brandId: (await ws.services.brands.get("acme")).id,
      subjectType: "rule_set",
      subjectId: "brs_1",
      reasons: ["rules changed"],
      requestedBy: "test",
    });
    const refused = await post("/settings/brands/acme/members/remove", { member: "U0ACME0001", role: "approver" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toMatch(
      /U0ACME0001 is the last approver of acme and 1 review request\(s\) are pending/,
    );
    expect((await post("/settings/brands/acme/members", { role: "approver", email: "lee@acme.example" })).status).toBe(
      303,
    );
    expect(
      (await post("/settings/brands/acme/members/remove", { member: "U0ACME0001", role: "approver" })).status,
    ).toBe(303);
    const after = await ws.services.brands.listMembers("acme", { limit: 10 });
    expect(after.items.map((m) => m.userRef)).toEqual(["lee@acme.example"]);
  });

  it("refuses a form without its security token", async () => {
    const res = await app.request(`${ORIGIN}/settings/brands`, {
      method: "POST",
      headers: { host: "127.0.0.1", origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: "slug=evil&name=Evil",
    });
    expect(res.status).toBe(403);
    expect((await ws.services.brands.list({ limit: 10 })).items.map((b) => b.slug)).toEqual(["acme"]);
  });
});
