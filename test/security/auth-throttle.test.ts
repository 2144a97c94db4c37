import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth-throttle.ts";
import { createHttpApp } from "../../server/http.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/** Failed token attempts are throttled per client address (OWASP ASVS 2.2.1), across /api, /mcp and the dashboard. */
const TOKEN = "s3cret-token-for-throttle-tests";
let ws: TestWorkspace;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_TOKEN: TOKEN });
  app = createHttpApp(ws.services);
});
afterAll(async () => ws?.cleanup());

/** A request as if from `address` (the node-server bindings getConnInfo reads the socket from). */
const from = (address: string, path: string, token?: string) =>
  app.request(
    `http://127.0.0.1${path}`,
    { headers: { host: "127.0.0.1", ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) } },
    {
      incoming: { socket: { remoteAddress: address, remotePort: 40_000, remoteFamily: "IPv4" } },
    },
  );

describe("AuthThrottle", () => {
  it("locks a client out after the limit within the window, until its oldest failure ages out", () => {
    let now = 1_000_000;
    const t = new AuthThrottle({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterMs("198.51.100.1")).toBe(0);
      t.fail("198.51.100.1");
      now += 1_000;
    }
    expect(t.retryAfterMs("198.51.100.1")).toBe(57_000);
    expect(t.retryAfterMs("198.51.100.2")).toBe(0);
    now += 57_000;
    expect(t.retryAfterMs("198.51.100.1")).toBe(0);
  });

  it("forgets a client's failures on success, never throttles loopback, and bounds the clients it tracks", () => {
    const t = new AuthThrottle({ limit: 2, maxClients: 2 });
    t.fail("198.51.100.1");
    t.succeed("198.51.100.1");
    t.fail("198.51.100.1");
    expect(t.retryAfterMs("198.51.100.1")).toBe(0);
    for (const local of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      t.fail(local);
      t.fail(local);
      expect(t.retryAfterMs(local)).toBe(0);
    }
    t.fail("198.51.100.2");
    t.fail("198.51.100.3"); // the oldest client (…1) is forgotten
    t.fail("198.51.100.1");
    expect(t.retryAfterMs("198.51.100.1")).toBe(0);
  });
});

describe("failed bearer tokens over HTTP", () => {
  it("answers 401 twenty times, then 429 with Retry-After even for the right token, and the dashboard shares it", async () => {
    for (let i = 0; i < 20; i++) expect((await from("203.0.113.7", "/api/tools", `guess-${i}`)).status).toBe(401);
    const locked = await from("203.0.113.7", "/api/tools", TOKEN);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await locked.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/Too many failed sign-in attempts.*Wait \d+ s/);
    expect((await from("203.0.113.7", "/", TOKEN)).status).toBe(429);
    expect((await from("203.0.113.7", "/mcp", TOKEN)).status).toBe(429);
    // Another address is not affected.
    expect((await from("203.0.113.8", "/api/tools", TOKEN)).status).toBe(200);
  });

  it("does not count missing credentials, and a success clears the count", async () => {
    for (let i = 0; i < 25; i++) expect((await from("203.0.113.9", "/api/tools")).status).toBe(401);
    for (let i = 0; i < 19; i++) await from("203.0.113.9", "/api/tools", `guess-${i}`);
    expect((await from("203.0.113.9", "/api/tools", TOKEN)).status).toBe(200);
    for (let i = 0; i < 19; i++) expect((await from("203.0.113.9", "/api/tools", `again-${i}`)).status).toBe(401);
    expect((await from("203.0.113.9", "/api/tools", TOKEN)).status).toBe(200);
  });

  it("counts wrong dashboard links too, and never throttles loopback (a local reverse proxy)", async () => {
    for (let i = 0; i < 20; i++) expect((await from("203.0.113.10", `/?token=guess-${i}`)).status).toBe(401);
    expect((await from("203.0.113.10", `/?token=${TOKEN}`)).status).toBe(429);
    for (let i = 0; i < 30; i++) expect((await from("127.0.0.1", "/api/tools", `guess-${i}`)).status).toBe(401);
    expect((await from("127.0.0.1", "/api/tools", TOKEN)).status).toBe(200);
  });
});
