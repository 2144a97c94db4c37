import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localAdmin } from "../core/people/caller.ts";
import { createHttpApp } from "../server/http.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { serveLocal } from "./helpers/serve.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/** The replays from issue 22: what an outsider did over MCP and in Slack, done again; every step must now fail. */

const textOf = (r: { content?: unknown }) =>
  ((r.content as { text?: string }[]) ?? []).map((c) => c.text ?? "").join("\n");

describe("MCP replay: an outsider with MCP access", () => {
  let ws: TestWorkspace;
  let server: ReturnType<typeof serve>;
  let base: string;
  let outsiderToken: string;

  beforeAll(async () => {
    ws = await createTestWorkspace();
    server = serveLocal(createHttpApp(ws.services).fetch);
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await ws.services.brands.create({ slug: "kestrel", name: "Kestrel" }, "test");
    await ws.services.brands.addMember(
      { brand: "kestrel", role: "approver", slackUserId: "U0DANA", email: "dana@kestrel.example" },
      "test",
    );
    await ws.services.brands.addMember(
      { brand: "kestrel", role: "approver", slackUserId: "U0LEE", email: "lee@kestrel.example" },
      "test",
    );
    await ws.services.people.addAdmin({ email: "ops@kestrel.example" }, "test");
    // The outsider has a valid token (a person the team knows) but no role on any brand.
    await ws.services.people.ensure({ email: "outsider@elsewhere.example" }, "test");
    outsiderToken = (await ws.services.people.createToken({ member: "outsider@elsewhere.example" }, localAdmin()))
      .token;
  });
  afterAll(async () => {
    server.close();
    await ws.cleanup();
  });

  const connect = async (token?: string) => {
    const client = new Client({ name: "attacker", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
        requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
      }),
    );
    return client;
  };

  it("cannot even connect without a credential once the team has one", async () => {
    await expect(connect()).rejects.toThrow(/401|Missing Authorization/);
  });

  it("cannot make itself approver, remove the approvers or open a review", async () => {
    const client = await connect(outsiderToken);
    const add = await client.callTool({
      name: "add_brand_member",
      arguments: { brand: "kestrel", role: "approver", slackUserId: "U0ATTACKER" },
    });
    expect(add.isError).toBe(true);
    expect(textOf(add)).toMatch(/^forbidden: .*not a member of any brand.*ops@kestrel\.example/);
    for (const member of ["U0DANA", "U0LEE"]) {
      const removed = await client.callTool({ name: "remove_brand_member", arguments: { brand: "kestrel", member } });
      expect(textOf(removed)).toMatch(/^forbidden: /);
    }
    const brand = await ws.services.brands.get("kestrel");
    const assetId = await addVariant(ws.services, brand.id, 9301);
    const review = await client.callTool({
      name: "request_review",
      arguments: { brand: "kestrel", assetId, reasons: ["please"] },
    });
    expect(textOf(review)).toMatch(/^forbidden: /);
    // call_tool is no way around it either.
    const viaDoor = await client.callTool({
      name: "call_tool",
      arguments: {
        name: "add_brand_member",
        arguments: { brand: "kestrel", role: "approver", slackUserId: "U0ATTACKER" },
      },
    });
    expect(textOf(viaDoor)).toMatch(/forbidden/);
    await client.close();

    const members = await ws.services.brands.listMembers(brand.id, { limit: 100 });
    expect(members.items.map((m) => m.slackUserId).sort()).toEqual(["U0DANA", "U0LEE"]);
    expect((await ws.services.reviews.list({ status: "pending" }, { limit: 10 })).items).toEqual([]);
    const refusals = await ws.services.audit.list({ person: "outsider@elsewhere.example", limit: 50 });
    expect(refusals.items.filter((e) => e.outcome === "refused").length).toBeGreaterThanOrEqual(4);
    expect(new Set(refusals.items.map((e) => e.person))).toEqual(new Set(["outsider@elsewhere.example"]));
  });
});

describe("Slack replay: a non-member in a DM, and an Approve click by a non-approver", () => {
  let h: SlackHarness;
  const DM = "D0NOBODY";

  beforeAll(async () => {
    h = await startSlackHarness();
    await h.ws.services.brands.create({ slug: "kestrel", name: "Kestrel", reviewChannel: "C0REVIEW" }, "test");
    await h.ws.services.brands.addMember({ brand: "kestrel", role: "approver", slackUserId: "U0DANA" }, "test");
    await h.ws.services.brands.addMember({ brand: "kestrel", role: "editor", slackUserId: "U0SAM" }, "test");
  }, 60_000);
  afterAll(() => h.close());

  it("answers a non-member's 'add <@U0NOBODY> as approver on kestrel' privately, says who can add them, adds nobody", async () => {
    h.fake.reset();
    const ts = "1700200000.000100";
    const res = await h.event({
      type: "message",
      channel: DM,
      channel_type: "im",
      user: "U0NOBODY",
      text: "add <@U0NOBODY> as approver on kestrel",
      ts,
      event_ts: ts,
    });
    expect(res.status).toBe(200);
    const [note] = h.fake.callsTo("chat.postEphemeral");
    expect(note!.body.user).toBe("U0NOBODY");
    expect(String(note!.body.text)).toMatch(/not a member of this Winnow workspace/);
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
    const brand = await h.ws.services.brands.get("kestrel");
    const members = await h.ws.services.brands.listMembers(brand.id, { limit: 100 });
    expect(members.items.map((m) => m.slackUserId).sort()).toEqual(["U0DANA", "U0SAM"]);
  });

  it("does not let an editor make themselves approver from Slack, even by confirming their own request", async () => {
    h.fake.reset();
    const ts = "1700200000.000200";
    await h.event({
      type: "message",
      channel: "D0SAM",
      channel_type: "im",
      user: "U0SAM",
      text: "add <@U0SAM> as approver on kestrel",
      ts,
      event_ts: ts,
    });
    const asked = h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === "D0SAM");
    const confirm = buttonsOf(asked).get("agent_confirm");
    if (confirm) {
      h.fake.reset();
      await h.press(confirm, "U0SAM", {
        channel: "D0SAM",
        ts: String(asked!.body.ts ?? "1700200000.000201"),
        threadTs: ts,
      });
    }
    const brand = await h.ws.services.brands.get("kestrel");
    const members = await h.ws.services.brands.listMembers(brand.id, { role: "approver", limit: 100 });
    expect(members.items.map((m) => m.slackUserId)).toEqual(["U0DANA"]);
  });

  it("refuses an Approve click by someone who is not an approver and records nothing", async () => {
    const brand = await h.ws.services.brands.get("kestrel");
    const assetId = await addVariant(h.ws.services, brand.id, 9401);
    const request = await h.ws.services.reviews.createReviewRequest({
      brandId: brand.id,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["new claim"],
      requestedBy: "test",
    });
    for (const user of ["U0ATTACKER", "U0SAM"]) {
      h.fake.reset();
      await h.press({ action_id: "review_approve", value: request.id }, user, {
        channel: "C0REVIEW",
        ts: "1700200001.000100",
      });
      const [note] = h.fake.callsTo("chat.postEphemeral");
      expect(String(note!.body.text)).toMatch(/not a member|not an approver/);
    }
    expect((await h.ws.services.reviews.get(request.id)).status).toBe("pending");
    h.fake.reset();
    await h.press({ action_id: "review_approve", value: request.id }, "U0DANA", {
      channel: "C0REVIEW",
      ts: "1700200001.000100",
    });
    expect(await h.ws.services.reviews.get(request.id)).toMatchObject({ status: "approved", decidedBy: "U0DANA" });
  });
});
