import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../core/log.ts";
import { loadConfig } from "../server/config.ts";
import { createHttpApp } from "../server/http.ts";
import { buildServices, type Services } from "../server/services.ts";
import { runWinnow } from "./helpers/cli.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { type Persona, seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 22, the surfaces a team without Slack uses: the dashboard's review queue decides as the signed-in person
 * through the approver check, Settings → Your tokens makes, shows once and revokes one's own tokens, and the CLI's
 * admin, token and review commands run as a person with an audit row naming them.
 */
vi.setConfig({ testTimeout: 150_000, hookTimeout: 150_000 });

describe("the dashboard as a signed-in person", () => {
  let ws: TestWorkspace;
  let team: Team;
  let app: ReturnType<typeof createHttpApp>;
  const ORIGIN = "http://127.0.0.1";

  beforeAll(async () => {
    ws = await createTestWorkspace();
    team = await seedTeam(ws.services);
    app = createHttpApp(ws.services);
  });
  afterAll(() => ws.cleanup());

  const headers = (token: string) => ({ host: "127.0.0.1", authorization: `Bearer ${token}` });
  const get = (path: string, token: string) => app.request(`${ORIGIN}${path}`, { headers: headers(token) });
  async function post(path: string, token: string, fields: Record<string, string>) {
    const page = await (await get("/settings/tokens", token)).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    return app.request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { ...headers(token), origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
  }
  const api = (tool: string, token: string) =>
    app.request(`${ORIGIN}/api/tools/${tool}`, {
      method: "POST",
      headers: { ...headers(token), "content-type": "application/json" },
      body: "{}",
    });

  it("decides a review from the queue as the approver; an editor and another brand's approver are refused", async () => {
    const kestrel = await ws.services.brands.get(team.brand);
    const assetId = await addVariant(ws.services, kestrel.id, 9301);
    const request = await ws.services.reviews.createReviewRequest({
      brandId: kestrel.id,
      assetId,
      subjectType: "asset",
      subjectId: assetId!,
      reasons: ["new audience"],
      requestedBy: team.emails.editor,
    });
    for (const persona of ["editor", "otherApprover"] as Persona[]) {
      const res = await post(`/review/${request.id}/decide`, team.tokens[persona], { decision: "approve" });
      expect(res.status, persona).toBe(403);
      expect(await res.text()).toMatch(/decide_review on kestrel needs approver/);
      expect((await ws.services.reviews.get(request.id)).status).toBe("pending");
    }
    const res = await post(`/review/${request.id}/decide`, team.tokens.approver, {
      decision: "reject",
      reason: "logo too small",
    });
    expect(res.status).toBe(303);
    expect(await ws.services.reviews.get(request.id)).toMatchObject({
      status: "rejected",
      decidedBy: team.emails.approver,
    });
  });

  it("shows the audit trail filtered by person, brand and tool, brands named by slug, to an approver of the brand", async () => {
    const rowsOf = async (query: string, token = team.tokens.admin) => {
      const html = await (await get(`/audit?${query}`, token)).text();
      return [
        ...html.matchAll(
          /<tr><td>[^<]*<\/td><td>([^<]+)<\/td><td>[^<]*<\/td><td><code>([^<]+)<\/code><\/td><td>([^<]*)<\/td>/g,
        ),
      ].map((m) => ({ person: m[1], tool: m[2], brands: m[3] }));
    };
    const byPerson = await rowsOf(`person=${encodeURIComponent(team.emails.approver)}`);
    expect(byPerson.length).toBeGreaterThan(0);
    expect(new Set(byPerson.map((r) => r.person))).toEqual(new Set([team.emails.approver]));
    const byTool = await rowsOf("tool=decide_review");
    expect(byTool.map((r) => r.person).sort()).toEqual(
      [team.emails.approver, team.emails.editor, team.emails.otherApprover].sort(),
    );
    expect(new Set(byTool.map((r) => r.brands))).toEqual(new Set(["kestrel"]));
    const byBrand = await rowsOf("brand=kestrel&tool=decide_review", team.tokens.approver);
    expect(byBrand).toHaveLength(3);
    // What each call did is said in words: the review is a link to the review page, never a bare rvw_ id.
    const decisions = await (await get("/audit?tool=decide_review", team.tokens.admin)).text();
    const what = [...decisions.matchAll(/<td>([^<]*(?:<(?:a|span) [^>]*>[^<]*<\/(?:a|span)>[^<]*)*)<\/td><\/tr>/g)].map(
      (m) => m[1]!,
    );
    expect(what.length).toBeGreaterThan(0);
    expect(what.some((w) => /<a href="\/review" title="rvw_[0-9A-Z]+">a review<\/a>/.test(w))).toBe(true);
    expect(what.join(" ").replace(/title="[^"]*"/g, "")).not.toMatch(/\brvw_[0-9A-Z]{6,}/);
    const heron = await (await get("/audit?brand=heron", team.tokens.approver)).text();
    expect(heron).toMatch(/list_audit_events on heron needs approver/);
  });

  it("makes a token shown once, lists it without its secret, and revokes it: the next request with it is refused", async () => {
    const made = await post("/settings/tokens", team.tokens.viewer, { name: "laptop", expires: "90d" });
    expect(made.status).toBe(200);
    const secret = /<code>(wnw_[A-Za-z0-9_-]{43})<\/code>/.exec(await made.text())?.[1];
    expect(secret).toBeDefined();
    expect((await api("list_brands", secret!)).status).toBe(200);
    const listed = await (await get("/settings/tokens", team.tokens.viewer)).text();
    expect(listed).toContain("laptop");
    expect(listed).not.toContain(secret);

    const mine = (await ws.services.people.tokens(team.emails.viewer)).find((t) => t.name === "laptop")!;
    // Someone else's token cannot be revoked from my Settings.
    const theirs = (await ws.services.people.tokens(team.emails.editor))[0]!;
    expect((await post(`/settings/tokens/${theirs.id}/revoke`, team.tokens.viewer, {})).status).toBe(403);
    expect((await api("list_brands", team.tokens.editor)).status).toBe(200);

    expect((await post(`/settings/tokens/${mine.id}/revoke`, team.tokens.viewer, {})).status).toBe(303);
    const refused = await api("list_brands", secret!);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toMatch(/revoked/);
  });
});

describe("the CLI's admin, token and review commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "winnow-team-cli-"));
  const data = join(dir, "data");
  let team: Team;
  let reviewId: string;
  const open = (): Promise<Services> =>
    buildServices(loadConfig({ WINNOW_DATA_DIR: data, WINNOW_AUTO_SEED: "0" }, dir), { logger: silentLogger });
  const winnow = (args: string[], token?: string) =>
    runWinnow(args, {
      cwd: dir,
      dataDir: data,
      env: { WINNOW_AUTO_SEED: "0", ...(token ? { WINNOW_MEMBER_TOKEN: token } : {}) },
    });
  const audit = async () => {
    const services = await open();
    try {
      const r = await services.database.client.execute(
        "SELECT actor, surface, tool, outcome, summary FROM audit_log WHERE surface = 'cli' ORDER BY at, id",
      );
      return r.rows.map((row) => [row.actor, row.tool, row.outcome, row.summary]);
    } finally {
      await services.close();
    }
  };

  beforeAll(async () => {
    const services = await open();
    try {
      team = await seedTeam(services);
      const kestrel = await services.brands.get(team.brand);
      const assetId = await addVariant(services, kestrel.id, 9302);
      reviewId = (
        await services.reviews.createReviewRequest({
          brandId: kestrel.id,
          assetId,
          subjectType: "asset",
          subjectId: assetId!,
          reasons: ["spend over threshold"],
          requestedBy: team.emails.editor,
        })
      ).id;
    } finally {
      await services.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes an admin and a token on the server host as the local admin, audited without the secret", async () => {
    expect((await winnow(["admin", "add", "--email", "ops@team.example"])).code).toBe(0);
    const made = await winnow(["token", "create", "--member", "ops@team.example", "--name", "laptop", "--json"]);
    expect(made.code, made.stderr).toBe(0);
    const { token, id } = JSON.parse(made.stdout) as { token: string; id: string };
    const list = await winnow(["token", "list", "--member", "ops@team.example"]);
    expect(list.stdout).toContain(id);
    expect(list.stdout).not.toContain(token);
    expect((await winnow(["token", "revoke", id])).code).toBe(0);
    const rows = await audit();
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["local-admin", "admin_add", "ok"],
      ["local-admin", "token_create", "ok"],
      ["local-admin", "token_revoke", "ok"],
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("refuses admin and token commands to a member who is not a workspace admin", async () => {
    const run = await winnow(["admin", "add", "--email", "me@team.example"], team.tokens.approver);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/admin_add needs a workspace admin/);
    expect((await audit()).at(-1)).toEqual([team.emails.approver, "admin_add", "refused", expect.any(String)]);
  });

  it("decides a review as WINNOW_MEMBER_TOKEN's person, through the same approver check", async () => {
    const asEditor = await winnow(["review", "approve", reviewId], team.tokens.editor);
    expect(asEditor.code).toBe(2);
    expect(asEditor.stderr).toMatch(/decide_review on kestrel needs approver/);
    const asApprover = await winnow(["review", "approve", reviewId, "--reason", "claim checked"], team.tokens.approver);
    expect(asApprover.code, asApprover.stderr).toBe(0);
    const services = await open();
    try {
      expect(await services.reviews.get(reviewId)).toMatchObject({
        status: "approved",
        decidedBy: team.emails.approver,
      });
    } finally {
      await services.close();
    }
    expect((await audit()).slice(-2).map((r) => [r[0], r[1], r[2]])).toEqual([
      [team.emails.editor, "decide_review", "refused"],
      [team.emails.approver, "decide_review", "ok"],
    ]);
  });
});
