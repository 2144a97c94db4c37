import { type App, type Receiver, type ReceiverEvent, ReceiverMultipleAckError, verifySlackRequest } from "@slack/bolt";
import type { Logger } from "../core/log.ts";

export interface HonoReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Slack wants an answer within 3 s; we answer at ack() or after this long, whichever is first. */
  ackTimeoutMs?: number;
  /** For the replay window (5 minutes); tests pass a fixed clock. */
  nowMs?: () => number;
}

const NO_ACK = Symbol("no-ack");
/** Slack's replay window, both ways: https://api.slack.com/authentication/verifying-requests-from-slack */
const REPLAY_WINDOW_SEC = 5 * 60;
const TIMED_OUT = Symbol("timed-out");

/**
 * A Bolt Receiver that serves POST /slack/events inside Winnow's hono app. The signature is verified over the raw
 * body (HMAC v0 of `v0:${ts}:${rawBody}`, 5-minute replay window) before anything is parsed or dispatched; the HTTP
 * answer goes back as soon as a listener acks, and slow work carries on after.
 */
export class HonoSlackReceiver implements Receiver {
  private app: App | undefined;
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly options: HonoReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when every dispatched event has finished its slow work (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  async handle(request: Request): Promise<Response> {
    const raw = await request.text();
    const signature = request.headers.get("x-slack-signature");
    const timestamp = request.headers.get("x-slack-request-timestamp");
    if (!signature || !timestamp) return refuse("missing X-Slack-Signature or X-Slack-Request-Timestamp header");
    // Bolt refuses timestamps more than 5 minutes old (stale); one from the future would let a captured request replay
    // for as long as it stays ahead, so more than 5 minutes ahead is refused here.
    const nowSec = Math.floor((this.options.nowMs?.() ?? Date.now()) / 1000);
    if (!/^\d{1,12}$/.test(timestamp) || Number(timestamp) - nowSec > REPLAY_WINDOW_SEC) {
      this.options.logger.warn("slack request refused", { reason: "timestamp ahead of the replay window" });
      return refuse("X-Slack-Request-Timestamp is not a time within 5 minutes of this server's clock");
    }
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": Number(timestamp) },
        ...(this.options.nowMs ? { nowMilliseconds: this.options.nowMs() } : {}),
      });
    } catch (error) {
      this.options.logger.warn("slack request refused", { reason: (error as Error).message });
      return refuse((error as Error).message.replace(/^.*?: /, ""));
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, request.headers.get("content-type") ?? "");
    } catch {
      return new Response("unparseable body", { status: 400 });
    }
    if (body.ssl_check) return new Response("", { status: 200 });
    if (body.type === "url_verification") return Response.json({ challenge: body.challenge });
    if (!this.app) return new Response("Slack app not initialised", { status: 503 });
    return this.dispatch(body, request.headers);
  }

  private async dispatch(body: Record<string, unknown>, headers: Headers): Promise<Response> {
    let acked = false;
    let answer!: (value: unknown) => void;
    const ackValue = new Promise<unknown>((resolve) => {
      answer = resolve;
    });
    const retryNum = headers.get("x-slack-retry-num");
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acked) throw new ReceiverMultipleAckError();
        acked = true;
        answer(response ?? "");
      },
      ...(retryNum ? { retryNum: Number(retryNum) } : {}),
      ...(headers.get("x-slack-retry-reason") ? { retryReason: headers.get("x-slack-retry-reason")! } : {}),
    };
    const work: Promise<void> = this.app!.processEvent(event)
      .catch((error: unknown) => this.options.logger.error("slack event failed", { error: String(error) }))
      .finally(() => this.inflight.delete(work));
    this.inflight.add(work);
    const timeout = new Promise<typeof TIMED_OUT>((resolve) =>
      setTimeout(resolve, this.options.ackTimeoutMs ?? 2500, TIMED_OUT).unref(),
    );
    const outcome = await Promise.race([ackValue, work.then(() => (acked ? ackValue : NO_ACK)), timeout]);
    if (outcome === NO_ACK) return new Response("", { status: 404 });
    if (outcome === TIMED_OUT) {
      this.options.logger.error("slack request not acknowledged in time", { type: body.type });
      return new Response("", { status: 200 });
    }
    if (typeof outcome === "string") return new Response(outcome, { status: 200 });
    return Response.json(outcome);
  }
}

function refuse(reason: string): Response {
  return Response.json(
    { error: { code: "unauthorized", message: `Slack signature check failed: ${reason}` } },
    { status: 401 },
  );
}

/** Events arrive as JSON; slash commands and interactivity as a form (interactivity inside a `payload` field). */
export function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(raw);
    const payload = form.get("payload");
    return payload ? (JSON.parse(payload) as Record<string, unknown>) : Object.fromEntries(form);
  }
  return JSON.parse(raw) as Record<string, unknown>;
}
