import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loopKpis } from "../core/experiments/kpis.ts";
import { createHttpApp } from "../server/http.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { seedLoopFixtures, XSS } from "./dashboard-fixtures.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let app: ReturnType<typeof createHttpApp>;
let fx: Awaited<ReturnType<typeof seedLoopFixtures>>;

beforeAll(async () => {
  ws = await createTestWorkspace();
  const ctx = await seedDemoWorkspace(ws.services);
  fx = await seedLoopFixtures(ws.services, ctx.brandId, [...ctx.assetIds.values()][0]!);
  app = createHttpApp(ws.services);
});
afterAll(async () => {
  await ws?.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`http://127.0.0.1${path}`, { headers: { host: "127.0.0.1:8787", ...headers } });

describe("dashboard pages", () => {
  it.each([
    ["/", "Overview"],
    ["/library", "Library"],
    ["/runs", "Generation runs"],
    ["/experiments", "Experiments"],
    ["/winners", "Winners"],
    ["/review", "Review queue"],
    ["/costs", "Costs"],
    ["/learning", "Learning &amp; drift"],
  ])("renders %s as HTML with its heading and the main landmark", async (path, heading) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const body = await res.text();
    expect(body).toContain(`<h1>${heading}</h1>`);
    expect(body).toContain('<main id="main"');
    expect(body).toContain('aria-current="page"');
  });

  it("shows an asset with tags, lineage drawn as SVG, feedback and the audit trail", async () => {
    const body = await (await get(`/assets/${fx.winnerId}`)).text();
    expect(body).toContain("<h2>Lineage</h2>");
    expect(body).toMatch(/<svg[^>]+role="img"[^>]+aria-label="Lineage of Variant B"/);
    expect(body).toContain("derived_from");
    expect(body).toContain("local layout-renderer");
    expect(body).toContain("asset.status.promoted");
    expect(body).toContain("$0.40"); // run cost $1.20 shared by 3 outputs
  });

  it("shows an experiment's read-out from core/experiments: posteriors, P(best), SRM, allocation over time and the winner", async () => {
    const body = await (await get(`/experiments/${fx.experimentId}`)).text();
    const results = await ws.services.experiments.results(fx.experimentId, ws.services.rng());
    expect(body).toContain("Posterior ctr per arm");
    expect(body).toContain("Traffic allocation over time");
    expect(body).toContain("P(best)");
    expect(body).toMatch(/Winner:<\/strong> <a href="\/assets\/[^"]+">Variant B<\/a>/);
    // Equal impressions against shifting allocations: core's SRM check decides, and the page says what it found.
    expect(body).toContain(
      results.srm.flagged
        ? `Traffic split check failed</span> (SRM p=${results.srm.pValue.toExponential(1)})`
        : `Traffic split check OK (SRM p=${results.srm.pValue.toFixed(3)})`,
    );
    // The arm rows carry core's posterior means (pooled Beta prior across the test's arms): B, observed at 3.50%,
    // leads, shrunk a little towards the others; each mean is printed as core computed it.
    const means = results.arms.map((a) => Number((a.mean * 100).toFixed(2)));
    expect(means[1]).toBeGreaterThan(Math.max(means[0]!, means[2]!));
    expect(means[1]).toBeGreaterThan(3);
    expect(means[1]).toBeLessThan(3.6);
    for (const m of means) expect(body).toContain(`${m.toFixed(2)}%`);
  });

  it("shows the loop KPIs from core/experiments/kpis.ts: cost per winning asset and per campaign", async () => {
    const body = await (await get("/costs")).text();
    const kpis = await loopKpis(ws.services.database.db, { campaignId: fx.campaignId });
    expect(body).toContain("Fixture Launch");
    expect(body).toContain("Cost per winning asset");
    // Generation of the tested variants ($1.20) + their ad spend (3 × $20) over 1 winner.
    expect(kpis.costPerWinningAssetMicros).toBe(61_200_000);
    expect(body).toContain("$61.20");
    const winners = await (await get("/winners")).text();
    expect(winners).toContain("$61.20");
  });

  it("searches the library through the search service, with filters and pagination", async () => {
    const byName = await (await get("/library?q=Variant&kind=output")).text();
    expect(byName).toContain("3 assets matching “Variant” (ranked by meaning, tags and text)");
    const none = await (await get("/library?q=zzzz-nothing&kind=logo&status=promoted")).text();
    expect(none).toContain("No assets match these filters.");
    const promoted = await (await get("/library?status=promoted")).text();
    expect(promoted).toContain("Variant B");
    expect(promoted).toContain("Page 1 of 1");
  });

  it("falls back to a name match when the search service cannot answer", async () => {
    const spy = vi.spyOn(ws.services.search, "search").mockRejectedValueOnce(new Error("vector index unavailable"));
    const body = await (await get("/library?q=Variant&kind=output")).text();
    spy.mockRestore();
    expect(body).toContain("3 assets matching “Variant”</p>");
    expect(body).not.toContain("ranked by meaning");
  });
});

describe("bad input", () => {
  it("answers an unknown route with a 404 HTML page", async () => {
    const res = await get("/no/such/page");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("There is no page at <code>/no/such/page</code>");
  });

  it("answers an unknown asset or experiment with a 404 page naming it", async () => {
    const res = await get("/assets/ast_nope");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Asset ast_nope not found");
    expect((await get("/experiments/exp_nope")).status).toBe(404);
  });

  it("keeps JSON 404s for /api", async () => {
    const res = await get("/api/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it.each([
    ["/library?page=abc", "page must be a whole number"],
    ["/library?page=0", "page must be 1 or more"],
    ["/library?kind=spaceship", "kind"],
    ["/runs?page=-3", "page must be 1 or more"],
    [`/library?q=${"x".repeat(300)}`, "at most 200 characters"],
  ])("refuses %s with a 400 page and a message, never a stack trace", async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain(message);
    expect(body).not.toMatch(/at .*\.ts:\d+|ZodError|stack/i);
  });

  it.each(["/library", "/winners", "/review", "/experiments", "/costs", "ASSET", "EXPERIMENT"])(
    "escapes a script payload in names and notes on %s",
    async (path) => {
      const target =
        path === "ASSET"
          ? `/assets/${fx.outputs[2]}`
          : path === "EXPERIMENT"
            ? `/experiments/${fx.experimentId}`
            : path;
      const body = await (await get(target)).text();
      expect(body).not.toContain(XSS);
      expect(body).not.toMatch(/<script/i);
      if (path === "ASSET") expect(body).toContain("notes &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
    },
  );
});

describe("dashboard auth with WINNOW_TOKEN", () => {
  const TOKEN = "dashboard-token-0123456789";
  let secured: ReturnType<typeof createHttpApp>;
  let other: TestWorkspace;
  beforeAll(async () => {
    other = await createTestWorkspace({ WINNOW_TOKEN: TOKEN });
    secured = createHttpApp(other.services);
  });
  afterAll(async () => other?.cleanup());
  const req = (path: string, headers: Record<string, string> = {}) =>
    secured.request(`http://127.0.0.1${path}`, { headers: { host: "127.0.0.1:8787", ...headers } });

  it("asks for credentials without them", async () => {
    const res = await req("/library");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Basic");
  });

  it("accepts ?token= once and sets an HttpOnly cookie that works afterwards", async () => {
    const res = await req(`/library?token=${TOKEN}&kind=logo`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/library?kind=logo");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(TOKEN);
    const again = await req("/library?kind=logo", { cookie: cookie.split(";")[0]! });
    expect(again.status).toBe(200);
  });

  it("accepts Basic auth with the token as password and Bearer, and refuses a wrong token", async () => {
    const basic = Buffer.from(`me:${TOKEN}`).toString("base64");
    expect((await req("/", { authorization: `Basic ${basic}` })).status).toBe(200);
    expect((await req("/", { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await req("/?token=wrong")).status).toBe(401);
    expect((await req("/healthz")).status).toBe(200);
  });
});
