import type { AddressInfo } from "node:net";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { type CallOutcome, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
});
afterAll(async () => {
  await ws.cleanup();
});

const call = (name: string, args: Record<string, unknown>): Promise<CallOutcome> =>
  invokeTool(findTool(name)!, args, toolContext(ws.services, "mcp"));
async function ok<T = Record<string, unknown>>(name: string, args: Record<string, unknown>): Promise<T> {
  const out = await call(name, args);
  if (out.isError) throw new Error(`${name} failed: ${out.text}`);
  return out.structured as T;
}

type Brand = {
  id: string;
  slug: string;
  palette: string[];
  fonts: Record<string, string>;
  audiences: { slug: string; aliases: string[] }[];
  approvalPolicy: { spendThresholdMicros: number; approvalBelowProbability?: number; minConfidence: number };
  members: { approvers: number; total: number };
  reviewChannel: string | null;
};

describe("brands: create, update, list", () => {
  it("creates a brand with palette, fonts, audiences with aliases and an approval policy", async () => {
    const { brand } = await ok<{ brand: Brand }>("create_brand", {
      slug: "northwind",
      name: "Northwind Outdoor",
      palette: ["#0a3d62", "#FFF", "#e58e26"],
      fonts: { headline: "Barlow Condensed" },
      audiences: [
        { slug: "nw-gen-z", name: "Gen Z hikers", aliases: ["Gen Z", "zoomers"] },
        { slug: "nw-families", name: "Families", aliases: ["parents"] },
      ],
      approvalPolicy: { spendThresholdMicros: 250_000_000, approvalBelowProbability: 0.97 },
      reviewChannel: "#nw-review",
    });
    expect(brand).toMatchObject({
      slug: "northwind",
      palette: ["#0A3D62", "#FFFFFF", "#E58E26"],
      fonts: { headline: "Barlow Condensed" },
      reviewChannel: "#nw-review",
      members: { approvers: 0, total: 0 },
    });
    expect(brand.approvalPolicy).toMatchObject({ spendThresholdMicros: 250_000_000, approvalBelowProbability: 0.97 });
    expect(brand.audiences.map((a) => a.slug)).toEqual(["nw-families", "nw-gen-z"]);
    // "Gen Z" is how people say it; the brand's audience answers to it.
    expect((await ws.services.brands.findAudience("gen z", "northwind"))?.slug).toBe("nw-gen-z");
    expect((await ws.services.brands.findAudience("Families", "northwind"))?.slug).toBe("nw-families");
  });

  it("refuses a duplicate slug, a bad colour and a bad slug, naming the field and the fix", async () => {
    const dup = await call("create_brand", { slug: "northwind", name: "Again" });
    expect(dup.isError).toBe(true);
    expect(dup.error?.code).toBe("duplicate");
    expect(dup.text).toMatch(/slug: a brand with slug "northwind" already exists \(brd_.*update_brand/);
    const colour = await call("create_brand", { slug: "acme", name: "Acme", palette: ["#FF5A1F", "orange"] });
    expect(colour.isError).toBe(true);
    expect(colour.text).toMatch(/palette\.1: is not a hex colour; use "#RRGGBB"/);
    const slug = await call("create_brand", { slug: "Acme Coffee", name: "Acme" });
    expect(slug.text).toMatch(/slug: use lower-case letters, digits and single hyphens/);
    const taken = await call("create_brand", {
      slug: "acme",
      name: "Acme",
      audiences: [{ slug: "nw-gen-z", name: "Gen Z" }],
    });
    expect(taken.text).toMatch(/audiences\[0\]\.slug: "nw-gen-z" is already an audience of another brand/);
    // Nothing half-written: the refused brand does not exist.
    expect((await call("list_brands", { brand: "acme" })).isError).toBe(true);
  });

  it("updates fields it is given and keeps the rest; logos must be logo assets of the brand", async () => {
    const { brand } = await ok<{ brand: Brand }>("update_brand", {
      brand: "northwind",
      approvalPolicy: { minConfidence: 0.8 },
      fonts: { body: "Inter" },
      audiences: [{ slug: "nw-gen-z", name: "Gen Z hikers", aliases: ["Gen Z", "zoomers", "gen-z"] }],
      removeAudiences: ["nw-families"],
    });
    expect(brand.approvalPolicy).toMatchObject({ spendThresholdMicros: 250_000_000, minConfidence: 0.8 });
    expect(brand.fonts).toEqual({ headline: "Barlow Condensed", body: "Inter" });
    expect(brand.audiences).toEqual([
      expect.objectContaining({ slug: "nw-gen-z", aliases: ["Gen Z", "zoomers", "gen-z"] }),
    ]);
    const photo = await ws.services.library.add({
      bytes: await makeJpeg(77, 64),
      filename: "not-a-logo.jpg",
      meta: { kind: "product", name: "tent" },
      actor: "test",
    });
    const refused = await call("update_brand", { brand: "northwind", logoAssetIds: [photo.asset.id] });
    expect(refused.text).toMatch(/logoAssetIds\[0\]: .* is a product asset, not a logo/);
    const nothing = await call("update_brand", { brand: "northwind" });
    expect(nothing.text).toMatch(/brand: nothing to change/);
  });

  it("lists brands in name order, a page at a time", async () => {
    await ok("create_brand", { slug: "acme", name: "Acme Coffee" });
    await ok("create_brand", { slug: "zephyr", name: "Zephyr Bikes" });
    const first = await ok<{ items: Brand[]; nextCursor: string | null }>("list_brands", { limit: 2 });
    expect(first.items.map((b) => b.slug)).toEqual(["acme", "northwind"]);
    const second = await ok<{ items: Brand[]; nextCursor: string | null }>("list_brands", {
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second).toMatchObject({ items: [expect.objectContaining({ slug: "zephyr" })], nextCursor: null });
    // A review on a brand nobody can approve for says so at once.
    const asked = await call("request_review", {
      brand: "zephyr",
      subjectType: "rule_set",
      subjectId: "brs_1",
      reasons: ["new rules"],
    });
    expect(asked.text).toMatch(/no approvers yet, so nobody can decide it: add one with add_brand_member/);
  });
});

describe("members and roles", () => {
  it("adds people by Slack id and e-mail, merges the same person, lists by role", async () => {
    const a = await ok<{ created: boolean }>("add_brand_member", {
      brand: "northwind",
      role: "approver",
      slackUserId: "U0NWAPPR01",
      name: "Dana",
    });
    expect(a.created).toBe(true);
    // The same person again, now with their e-mail: no new member, the e-mail is filled in.
    const again = await ok<{ created: boolean; member: { email: string; roles: string[] } }>("add_brand_member", {
      brand: "northwind",
      role: "approver",
      slackUserId: "U0NWAPPR01",
      email: "Dana@Northwind.example",
    });
    expect(again).toMatchObject({ created: false, member: { email: "dana@northwind.example", roles: ["approver"] } });
    await ok("add_brand_member", { brand: "northwind", role: "reviewer", email: "dana@northwind.example" });
    await ok("add_brand_member", { brand: "northwind", role: "viewer", email: "kim@northwind.example" });
    const all = await ok<{ items: { userRef: string; roles: string[] }[] }>("list_brand_members", {
      brand: "northwind",
    });
    expect(all.items).toEqual([
      expect.objectContaining({ userRef: "U0NWAPPR01", roles: ["approver", "reviewer"] }),
      expect.objectContaining({ userRef: "kim@northwind.example", roles: ["viewer"] }),
    ]);
    const bad = await call("add_brand_member", { brand: "northwind", role: "owner", slackUserId: "dana" });
    expect(bad.text).toMatch(/role: .*approver.*slackUserId: is not a Slack user id/s);
    const none = await call("add_brand_member", { brand: "northwind", role: "viewer" });
    expect(none.text).toMatch(/slackUserId: a member needs a Slack user id or an e-mail/);
  });

  it("lets an approver decide by Slack id or e-mail, refuses a non-member, and keeps the last approver while reviews wait", async () => {
    const brandId = (await ws.services.brands.get("northwind")).id;
    const open = () =>
      ws.services.reviews.createReviewRequest({
        brandId,
        subjectType: "rule_set",
        subjectId: "brs_x",
        reasons: ["spend $800 ≥ threshold $250"],
        requestedBy: "test",
      });
    const r1 = await open();
    await expect(
      ws.services.reviews.decide({
        requestId: r1.id,
        decision: "approve",
        userRef: "U0STRANGER",
        via: "api",
        expectedVersion: 1,
      }),
    ).rejects.toThrow(/U0STRANGER is not an approver for this brand.*add_brand_member/);
    const byEmail = await ws.services.reviews.decide({
      requestId: r1.id,
      decision: "approve",
      userRef: "dana@northwind.example",
      via: "api",
      expectedVersion: 1,
    });
    expect(byEmail.applied).toBe(true);

    const r2 = await open();
    const refused = await call("remove_brand_member", { brand: "northwind", member: "U0NWAPPR01", role: "approver" });
    expect(refused.error?.code).toBe("conflict");
    expect(refused.text).toMatch(
      new RegExp(`last approver of northwind and 1 review request\\(s\\) are pending \\(${r2.id}\\)`),
    );
    await ok("add_brand_member", { brand: "northwind", role: "approver", email: "lee@northwind.example" });
    const removed = await ok<{ removedRoles: string[]; member: { roles: string[] } }>("remove_brand_member", {
      brand: "northwind",
      member: "dana@northwind.example",
      role: "approver",
    });
    expect(removed).toMatchObject({ removedRoles: ["approver"], member: { roles: ["reviewer"] } });
    expect(await ws.services.reviews.isApprover(brandId, "U0NWAPPR01")).toBe(false);
    const gone = await call("remove_brand_member", { brand: "northwind", member: "nobody@x.example" });
    expect(gone.text).toMatch(/member: nobody@x.example is not a member of northwind/);
  });
});

describe("unknown input fields and tool schemas", () => {
  it("names unknown fields (nested too) with what is allowed instead of dropping them", async () => {
    const typo = await call("create_brand", { slug: "typo", name: "Typo", pallete: ["#000000"] });
    expect(typo.isError).toBe(true);
    expect(typo.text).toMatch(
      /create_brand does not take pallete: unknown field \(did you mean palette\?\); allowed here: slug, name/,
    );
    const nested = await call("update_brand", { brand: "northwind", approvalPolicy: { spendThreshold: 5 } });
    expect(nested.text).toMatch(
      /approvalPolicy\.spendThreshold: unknown field \(did you mean spendThresholdMicros\?\)/,
    );
    expect((await call("list_brands", {})).isError).toBe(false);
  });

  it("GET /api/tools gives every tool's input and output JSON Schema; POST names unknown fields with a 400", async () => {
    const app = createHttpApp(ws.services);
    const res = await app.request("http://127.0.0.1/api/tools", { headers: { host: "127.0.0.1" } });
    expect(res.status).toBe(200);
    const { tools } = (await res.json()) as {
      tools: { name: string; inputSchema: Record<string, unknown>; outputSchema: Record<string, unknown> }[];
    };
    const create = tools.find((t) => t.name === "create_brand")!;
    expect(create.inputSchema).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: ["slug", "name"],
    });
    expect(Object.keys(create.inputSchema.properties as object)).toContain("approvalPolicy");
    expect(create.outputSchema).toMatchObject({ type: "object", properties: { brand: expect.any(Object) } });
    for (const t of tools) expect(t.inputSchema.type, t.name).toBe("object");
    const bad = await app.request("http://127.0.0.1/api/tools/list_brands", {
      method: "POST",
      headers: { host: "127.0.0.1", "content-type": "application/json" },
      body: JSON.stringify({ limt: 5 }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/limt: unknown field \(did you mean limit\?\)/);
  });

  it("an MCP client gets the same error for an unknown field", async () => {
    const server = serveLocal(createHttpApp(ws.services).fetch);
    await new Promise((r) => server.once("listening", r));
    const client = new Client({ name: "winnow-test", version: "1.0.0" });
    try {
      const port = (server.address() as AddressInfo).port;
      await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)));
      const result = await client.callTool({
        name: "list_brand_members",
        arguments: { brand: "northwind", rol: "approver" },
      });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toMatch(/rol: unknown field \(did you mean role\?\)/);
      const fine = await client.callTool({
        name: "list_brand_members",
        arguments: { brand: "northwind", role: "approver" },
      });
      expect(fine.isError).toBeFalsy();
    } finally {
      await client.close();
      server.close();
    }
  });
});
