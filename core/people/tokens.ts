import { createHash, randomBytes } from "node:crypto";
import { invalidInput } from "../errors.ts";

/** A personal token: `wnw_` + 32 random bytes, base64url. Only its SHA-256 is ever stored. */
export const TOKEN_PREFIX = "wnw_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export const hashToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Looks like one of ours (so a bearer that is not is handed to the JWT verifier or compared to WINNOW_TOKEN). */
export const isPersonalToken = (bearer: string) => /^wnw_[A-Za-z0-9_-]{43}$/.test(bearer);

/** "90d", "12h", "30m" or an ISO date/time → the expiry instant; undefined means never. */
export function expiryFrom(spec: string | undefined, now: Date): string | undefined {
  if (spec === undefined || spec === "" || spec === "never") return undefined;
  const m = /^(\d{1,5})([dhm])$/.exec(spec.trim());
  if (m) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as "d" | "h" | "m"];
    const ms = Number(m[1]) * unit;
    if (ms <= 0) throw invalidInput("expires", `must be in the future (got ${spec})`, "Pass e.g. 90d, 12h or 30m.");
    return new Date(now.getTime() + ms).toISOString();
  }
  const at = new Date(spec);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(spec))
    throw invalidInput(
      "expires",
      `is not a duration or a date (got ${spec})`,
      "Pass e.g. 90d, 12h, 30m or 2027-06-30.",
    );
  if (at.getTime() <= now.getTime())
    throw invalidInput(
      "expires",
      `is in the past (${at.toISOString()})`,
      "Pass a future date or a duration such as 90d.",
    );
  return at.toISOString();
}
