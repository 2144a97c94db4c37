import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import type { BrowserContext } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Of } from "../../core/media/image.ts";
import { createHttpApp } from "../../server/http.ts";
import { chromiumOrWarn, launchChromium } from "../helpers/chromium.ts";
import { serveLocal } from "../helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * Replays issue #18 probe 2 in headless Chromium: an SVG whose <script> calls update_asset on Winnow's own origin.
 * An SVG added now is stored as the PNG it renders to; an SVG stored before the fix is served as a sandboxed
 * attachment. Opening either (directly, through /api, or from the asset page's link) must not run the script.
 */
const hasChromium = chromiumOrWarn("SVG SCRIPT SECURITY SUITE");

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let browser: BrowserContext;
let profile: string;
let victimId: string;

/** The payload: marks the document title and writes to a victim asset through the JSON API, same-origin. */
const evilSvg = (victim: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80">
  <rect width="120" height="80" fill="#e11d48"/>
  <script type="text/javascript"><![CDATA[
    document.title = "pwned";
    fetch("/api/tools/update_asset", { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "${victim}", notes: "pwned by svg" }) });
    fetch("/learning/retrain", { method: "POST" });
  ]]></script>
</svg>`);

const api = (tool: string, body: unknown) =>
  fetch(`${base}/api/tools/${tool}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe.skipIf(!hasChromium)("an uploaded SVG never runs script (headless Chromium)", () => {
  beforeAll(async () => {
    ws = await createTestWorkspace();
    const victim = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#0a0" } })
      .png()
      .toBuffer();
    victimId = (await ws.services.library.add({ bytes: victim, filename: "victim.png", meta: {}, actor: "t" })).asset
      .id;
    server = serveLocal(createHttpApp(ws.services).fetch);
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ browser, profile } = await launchChromium("winnow-chromium-sec-", { acceptDownloads: true }));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
    await ws?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a URL; a download (attachment) is fine. Returns the page title when a document rendered. */
  async function open(url: string): Promise<string | undefined> {
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: "load" }).catch((error: Error) => {
        if (!/Download is starting|net::ERR_ABORTED/.test(error.message)) throw error;
      });
      await page.waitForTimeout(400);
      return await page.title().catch(() => undefined);
    } finally {
      await page.close();
    }
  }

  const victimNotes = async () => (await ws.services.library.get(victimId)).notes;

  it("the detector works: the same SVG's script runs when a page renders it inline on this origin", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/healthz`);
    // Controlled positive: rendered as a document on Winnow's origin, the script runs and writes to the victim.
    await page.setContent(evilSvg(victimId).toString("utf8"));
    await expect.poll(victimNotes, { timeout: 5000 }).toBe("pwned by svg");
    expect(await page.title()).toBe("pwned");
    await page.close();
    await ws.services.library.update(victimId, { notes: "clean" }, "test");
  });

  it("add_asset stores an uploaded SVG as a PNG, and opening its file runs nothing", async () => {
    const res = await api("add_asset", {
      contentBase64: evilSvg(victimId).toString("base64"),
      filename: "promo.svg",
    });
    expect(res.status).toBe(200);
    const { asset } = (await res.json()).result;
    expect(asset).toMatchObject({ format: "png", mimeType: "image/png", width: 120, height: 80 });
    expect(asset.metadata.convertedFrom).toBe("svg");
    const file = await fetch(`${base}/assets/${asset.id}/file`);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.includes(Buffer.from("<script"))).toBe(false);
    for (const path of [`/assets/${asset.id}/file`, `/api/assets/${asset.id}/file`]) {
      expect(await open(`${base}${path}`)).not.toBe("pwned");
    }
    expect(await victimNotes()).toBe("clean");
  });

  it("an SVG stored before the fix is served as a sandboxed attachment; direct, /api and the asset page link run nothing", async () => {
    // Stored byte for byte, as the old add_asset did (facts given, so nothing rasterises it).
    const bytes = evilSvg(victimId);
    const thumbnail = await sharp(bytes).webp().toBuffer();
    const { asset } = await ws.services.library.add({
      bytes,
      filename: "legacy.svg",
      meta: {},
      actor: "t",
      facts: {
        sha256: sha256Of(bytes),
        format: "svg",
        mimeType: "image/svg+xml",
        width: 120,
        height: 80,
        bytes: bytes.length,
        thumbnail,
      },
    });
    const res = await fetch(`${base}/assets/${asset.id}/file`);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");

    for (const path of [`/assets/${asset.id}/file`, `/api/assets/${asset.id}/file`]) {
      expect(await open(`${base}${path}`), path).not.toBe("pwned");
    }
    // From the asset page, the way a person would: click "Open the original file".
    const page = await browser.newPage();
    await page.goto(`${base}/assets/${asset.id}`);
    const download = page.waitForEvent("download", { timeout: 5000 }).catch(() => undefined);
    await page.getByRole("link", { name: "Open the original file" }).click();
    await download;
    await page.waitForTimeout(400);
    expect(await page.title()).not.toBe("pwned");
    await page.close();
    expect(await victimNotes()).toBe("clean");
  });
});
