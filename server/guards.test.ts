import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLocal } from "../test/helpers/serve.ts";
import { baselineHeaders, boundedBody } from "./guards.ts";

/** A small app with the two guards in front, served as `winnow serve` serves (node-server, lightweight requests). */
const app = new Hono();
app.use("*", baselineHeaders());
app.use("*", boundedBody({ maxSize: 1000, onError: (c) => c.json({ error: "too large" }, 413) }));
app.post("/echo", async (c) => c.json({ bytes: (await c.req.text()).length }));
app.get("/moved", () => Response.redirect("http://127.0.0.1/elsewhere", 302));
app.get("/page", (c) => c.html("<p>hi</p>"));

let server: ReturnType<typeof serveLocal>;
let port: number;
beforeAll(async () => {
  server = serveLocal(app.fetch);
  await new Promise((r) => server.once("listening", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

/** A POST written by hand, chunked (no Content-Length) or with the Content-Length given. */
function post(body: string, framing: { chunked: true } | { contentLength: string }) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if ("contentLength" in framing) headers["content-length"] = framing.contentLength;
    const req = httpRequest({ host: "127.0.0.1", port, path: "/echo", method: "POST", headers }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", fail);
    if ("chunked" in framing) {
      // Two chunks, so the size is only known once both are read.
      req.write(body.slice(0, body.length / 2));
      req.end(body.slice(body.length / 2));
    } else req.end(body);
  });
}

describe("boundedBody", () => {
  it("refuses a body whose Content-Length is over the limit and passes one under it", async () => {
    expect((await post("x".repeat(1001), { contentLength: "1001" })).status).toBe(413);
    const ok = await post("x".repeat(999), { contentLength: "999" });
    expect(ok).toEqual({ status: 200, body: JSON.stringify({ bytes: 999 }) });
  });

  it("counts a chunked body as it is read: over the limit is refused, under it passes", async () => {
    expect((await post("y".repeat(1500), { chunked: true })).status).toBe(413);
    const ok = await post("y".repeat(800), { chunked: true });
    expect(ok).toEqual({ status: 200, body: JSON.stringify({ bytes: 800 }) });
  });

  it("counts an in-process Request that carries no Content-Length", async () => {
    const big = await app.request("/echo", { method: "POST", body: "z".repeat(2000) });
    expect(big.status).toBe(413);
    const small = await app.request("/echo", { method: "POST", body: "z".repeat(10) });
    expect(await small.json()).toEqual({ bytes: 10 });
  });
});

describe("baselineHeaders", () => {
  it("puts the baseline headers on JSON, pages and a response whose headers are immutable", async () => {
    const json = await fetch(`http://127.0.0.1:${port}/echo`, { method: "POST", body: "{}" });
    expect(json.headers.get("x-content-type-options")).toBe("nosniff");
    expect(json.headers.get("cache-control")).toBe("no-store");
    expect(json.headers.get("x-frame-options")).toBe("DENY");
    const page = await fetch(`http://127.0.0.1:${port}/page`);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'none'/);
    expect(await page.text()).toBe("<p>hi</p>");
    const moved = await fetch(`http://127.0.0.1:${port}/moved`, { redirect: "manual" });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("http://127.0.0.1/elsewhere");
    expect(moved.headers.get("x-content-type-options")).toBe("nosniff");
    expect(moved.headers.get("referrer-policy")).toBe("same-origin");
  });
});
