import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { WinnowError } from "../core/errors.ts";

export interface AuthThrottleOptions {
  /** Failed attempts one client may make within the window before it is refused. */
  limit?: number;
  windowMs?: number;
  /** Clients tracked at most (the oldest are forgotten first), so a flood of addresses cannot exhaust memory. */
  maxClients?: number;
  now?: () => number;
  /** Clients never throttled; default: loopback and unknown addresses (see the class comment). */
  exempt?: (client: string) => boolean;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms, and requests with no socket (in-process calls). */
export const isLocalClient = (client: string) =>
  client === "unknown" || client === "::1" || /^(::ffff:)?127\./.test(client);

/**
 * Slows credential guessing against WINNOW_TOKEN (OWASP ASVS 2.2.1): after `limit` failed attempts from one client
 * address within `windowMs`, that client gets 429 with Retry-After until its oldest failure leaves the window, whether
 * or not the next token is right (otherwise the lockout would only tell a guesser when it is allowed to go on). A
 * success clears the client's failures. One throttle is shared by /mcp, /api and the dashboard. Missing credentials
 * are not a guess and do not count. Loopback clients are exempt: behind a reverse proxy on the same host every user
 * arrives from 127.0.0.1, so one guesser would lock the whole team out; rate-limit at the proxy there (README,
 * Security).
 */
export class AuthThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  private readonly exempt: (client: string) => boolean;

  constructor(options: AuthThrottleOptions = {}) {
    this.exempt = options.exempt ?? isLocalClient;
    this.limit = options.limit ?? 20;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until the client may try again; 0 when it may try now. */
  retryAfterMs(client: string): number {
    if (this.exempt(client)) return 0;
    const recent = this.recent(client);
    if (recent.length < this.limit) return 0;
    return Math.max(1, recent[recent.length - this.limit]! + this.windowMs - this.now());
  }

  fail(client: string): void {
    if (this.exempt(client)) return;
    const recent = this.recent(client);
    recent.push(this.now());
    this.failures.delete(client); // re-inserted last: the Map's order is least recently failed first
    this.failures.set(client, recent.slice(-this.limit));
    while (this.failures.size > this.maxClients) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private recent(client: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(client) ?? []).filter((t) => t > since);
  }
}

/** The client's address as the socket saw it (proxies are not trusted to name it); "unknown" off a real socket. */
export function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The refusal for a throttled client, in Winnow's error shape, with Retry-After in whole seconds. */
export function throttled(c: Context, retryAfterMs: number) {
  const seconds = Math.ceil(retryAfterMs / 1000);
  c.header("Retry-After", String(seconds));
  return c.json(
    new WinnowError(
      "rate_limited",
      `Too many failed sign-in attempts from this address. Wait ${seconds} s, then retry with the value of WINNOW_TOKEN.`,
    ).toJSON(),
    429,
  );
}
