import { mkdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { serve } from "@hono/node-server";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLearningCycle } from "../agents/tagger-trainer.ts";
import { createHttpApp } from "../server/http.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { seedColourFeedback, seedLoopFixtures, XSS } from "./dashboard-fixtures.ts";
import { chromiumOrWarn, launchChromium } from "./helpers/chromium.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const hasChromium = chromiumOrWarn("DASHBOARD BROWSER SUITE");

/** Screenshots land here so people (and the lead) can look at every page. */
export const SCREENSHOTS = join(tmpdir(), "winnow-test-output", "dashboard");

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let browser: BrowserContext;
let profile: string;
let fx: Awaited<ReturnType<typeof seedLoopFixtures>>;

describe.skipIf(!hasChromium)("dashboard in headless Chromium", () => {
  beforeAll(async () => {
    ws = await createTestWorkspace();
    const ctx = await seedDemoWorkspace(ws.services);
    fx = await seedLoopFixtures(ws.services, ctx.brandId, [...ctx.assetIds.values()][0]!);
    await seedColourFeedback(ws.services, 24);
    await runLearningCycle(ws.services, { trigger: "test", actor: "tagger-trainer", forceRetrain: true });
    server = serveLocal(createHttpApp(ws.services).fetch);
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ browser, profile } = await launchChromium("winnow-chromium-", { viewport: { width: 1280, height: 900 } }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    await ws?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function visit(path: string, shot: string) {
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.removeAllListeners();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const res = await page.goto(`${base}${path}`, { waitUntil: "load" });
    await page.screenshot({ path: join(SCREENSHOTS, `${shot}.png`), fullPage: true });
    return { page, res, problems };
  }

  it.each([
    ["/", "overview", "Overview"],
    ["/library", "library", "Library"],
    ["/runs", "runs", "Generation runs"],
    ["/experiments", "experiments", "Experiments"],
    ["/winners", "winners", "Winners"],
    ["/review", "review", "Review queue"],
    ["/costs", "costs", "Costs"],
    ["/learning", "learning", "Learning & drift"],
  ])("opens %s with no console errors and every image described", async (path, shot, heading) => {
    const { page, res, problems } = await visit(path, shot);
    expect(res?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe(heading);
    expect(await page.locator("main").count()).toBe(1);
    expect(await page.locator("img:not([alt])").count()).toBe(0);
    // Lazy images below the fold have not loaded yet; any image that did finish must have decoded.
    const broken = await page
      .locator("img")
      .evaluateAll(
        (imgs) =>
          imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth === 0).length,
      );
    expect(broken).toBe(0);
    expect(problems).toEqual([]);
  });

  it("shows a winner's lineage graph and the script payload as text, never run", async () => {
    const { page, problems } = await visit(`/assets/${fx.winnerId}`, "asset-winner");
    expect(await page.locator('svg[aria-label^="Lineage of"] rect').count()).toBeGreaterThanOrEqual(3);
    const xss = await visit(`/assets/${fx.outputs[2]}`, "asset-xss");
    expect(await xss.page.locator("h1").innerText()).toBe(`Variant ${XSS}`);
    expect(xss.problems).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("draws posteriors and allocation over time on an experiment", async () => {
    const { page, problems } = await visit(`/experiments/${fx.experimentId}`, "experiment");
    expect(await page.locator('svg[aria-label="Posterior ctr per arm"] polygon').count()).toBe(3);
    expect(await page.locator('svg[aria-label="Traffic allocation over time"] polygon').count()).toBe(3);
    expect(await page.locator(".recommend").innerText()).toMatch(/Winner: Variant B/);
    expect(problems).toEqual([]);
  });

  it("filters the library from the form with the keyboard", async () => {
    const { page } = await visit("/library", "library-before");
    await page.getByLabel("Search", { exact: true }).fill("Variant");
    await page.locator("select#kind").selectOption("output");
    await page.getByLabel("Search", { exact: true }).press("Enter");
    await page.waitForURL(/q=Variant/);
    expect(await page.locator(".grid li").count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, "library-search.png"), fullPage: true });
  });

  it("runs a retrain from the learning page and shows its progress until done", async () => {
    const { page, problems } = await visit("/learning", "learning-before");
    await page.getByRole("button", { name: "Retrain tagger" }).click();
    await page.waitForURL(/\/learning\/jobs\//);
    expect(await page.locator("progress").count()).toBe(1);
    await page.waitForFunction(
      () => document.body.innerText.includes("finished") || document.body.innerText.includes("failed"),
      undefined,
      { timeout: 30_000 },
    );
    await page.screenshot({ path: join(SCREENSHOTS, "learning-job.png"), fullPage: true });
    expect(await page.locator("main").innerText()).toContain("finished");
    expect(problems).toEqual([]);
  });

  it("answers an unknown page with the 404 page", async () => {
    const { page, res } = await visit("/definitely/not/here", "not-found");
    expect(res?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Not found");
  });
});
