import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseDotenv } from "dotenv";
import * as z from "zod";
import { WinnowError } from "../core/errors.ts";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const booleanFlag = (fallback: boolean) =>
  z
    .enum(["1", "0", "true", "false", "yes", "no", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : ["1", "true", "yes"].includes(v)));

/** A whole number from the environment; the message says what is allowed, since "NaN" would not help anyone. */
const integerIn = (min: number, max: number, fallback: number) => {
  const error = `must be an integer from ${min} to ${max} (default ${fallback})`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

/** Mirrors tools/define.ts TOOLSETS (config must not import the tool layer). */
const TOOLSET_NAMES = ["library", "search", "generation", "brand", "experiments", "review"];

/** One zod schema for all configuration; every default works with nothing set. */
export const ConfigSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(file:|libsql:|https?:|wss?:)/, "must start with file:, libsql:, http(s): or ws(s):")
      .optional(),
    DATABASE_AUTH_TOKEN: optionalString,
    WINNOW_DATA_DIR: z.string().min(1).default("./data"),
    WINNOW_IMPORT_ROOT: optionalString,
    PORT: integerIn(0, 65535, 8787),
    HOST: z.string().min(1).default("127.0.0.1"),
    WINNOW_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, "must be at least 16 characters"),
    WINNOW_ALLOWED_HOSTS: optionalString,
    /** Extra browser origins (scheme://host:port, comma-separated) allowed to call /api, /mcp and dashboard actions. */
    WINNOW_ALLOWED_ORIGINS: optionalString,
    /** Where Slack can reach this server (e.g. https://winnow.example.com); enables signed image links in Slack. */
    WINNOW_PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
    /** The team's OpenID Connect issuer and the audience its tokens carry for Winnow (both or neither). */
    WINNOW_OIDC_ISSUER: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    ),
    WINNOW_OIDC_AUDIENCE: optionalString,
    WINNOW_OIDC_JWKS_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    ),
    WINNOW_OIDC_EMAIL_CLAIM: optionalString,
    WINNOW_OIDC_SCOPES: optionalString,
    WINNOW_MAX_BODY_BYTES: integerIn(1024, 1024 * 1024 * 1024, 8 * 1024 * 1024),
    WINNOW_AUTO_SEED: booleanFlag(true),
    WINNOW_DEMO_LOOP: booleanFlag(true),
    WINNOW_READ_ONLY: booleanFlag(false),
    WINNOW_TOOLSETS: optionalString.refine(
      (v) => v === undefined || v.split(",").every((s) => !s.trim() || TOOLSET_NAMES.includes(s.trim())),
      `must be a comma-separated list of ${TOOLSET_NAMES.join(", ")}`,
    ),
    /** What tools/list shows: core (default), all, or a comma list of core, toolset names and tool names. */
    WINNOW_TOOLS: optionalString.refine(
      (v) => v === undefined || v.split(",").every((s) => /^[a-z0-9_]*$/.test(s.trim())),
      "must be core, all, or a comma-separated list of core, toolset names and tool names (e.g. core,experiments)",
    ),
    WINNOW_MAX_VARIANTS: integerIn(1, 1000, 100),
    WINNOW_PROVIDER_TIMEOUT_MS: integerIn(100, 600_000, 60_000),
    WINNOW_PROVIDER_RETRIES: integerIn(0, 10, 3),
    WINNOW_PROVIDER_RETRY_MIN_MS: integerIn(1, 60_000, 500),
    WINNOW_PROMPT_ADMINS: optionalString,
    /** stdio MCP (`winnow mcp`): the person's own token from their client config; every call runs as them. */
    WINNOW_MEMBER_TOKEN: optionalString,
    WINNOW_TAGGER_MIN_LABELS: z.coerce.number().int().min(2).max(100000).default(20),
    WINNOW_TAGGER_CYCLE_MINUTES: z.coerce.number().int().min(0).max(525600).default(1440),
    WINNOW_RETRAIN_ACCURACY: z.coerce.number().min(0).max(1).default(0.85),
    WINNOW_OVERRIDE_REVIEW_RATE: z.coerce.number().min(0).max(1).default(0.25),
    WINNOW_EMBEDDINGS: z.enum(["local", "openai"]).default("local"),
    OPENAI_EMBEDDING_MODEL: z.string().min(1).default("text-embedding-3-small"),
    OPENAI_EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(4096).optional(),
    WINNOW_VISION_TAGGER: z.enum(["off", "anthropic", "openai"]).default("off"),
    WINNOW_VISION_MODEL: optionalString,
    WINNOW_PHASH_THRESHOLD: z.coerce.number().int().min(0).max(20).default(6),
    WINNOW_REEMBED_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
    WINNOW_ENRICHMENT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    ANTHROPIC_API_KEY: optionalString,
    ANTHROPIC_BASE_URL: optionalString.pipe(z.url().optional()),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_API_URL: optionalString.pipe(z.url().optional()),
    WINNOW_SCHEDULER: booleanFlag(true),
    WINNOW_SCHEDULES: optionalString,
    WINNOW_SIMULATOR_SEED: z.coerce.number().int().default(7),
    WINNOW_INGEST_TRAILING_DAYS: z.coerce.number().int().min(0).max(90).default(7),
    META_ACCESS_TOKEN: optionalString,
    META_AD_ACCOUNT_ID: optionalString,
    META_BASE_URL: optionalString.pipe(z.url().optional()),
    GOOGLE_ADS_ACCESS_TOKEN: optionalString,
    GOOGLE_ADS_DEVELOPER_TOKEN: optionalString,
    GOOGLE_ADS_CUSTOMER_ID: optionalString,
    GOOGLE_ADS_BASE_URL: optionalString.pipe(z.url().optional()),
    TIKTOK_ACCESS_TOKEN: optionalString,
    TIKTOK_ADVERTISER_ID: optionalString,
    TIKTOK_BASE_URL: optionalString.pipe(z.url().optional()),
  })
  .transform((env) => {
    const dataDir = resolve(env.WINNOW_DATA_DIR);
    return {
      databaseUrl: env.DATABASE_URL ?? `file:${resolve(dataDir, "winnow.db")}`,
      databaseAuthToken: env.DATABASE_AUTH_TOKEN,
      dataDir,
      // A folder of its own, never the working directory: that is where .env and node_modules live (issue 23).
      importRoot: resolve(env.WINNOW_IMPORT_ROOT ?? "./import"),
      port: env.PORT,
      host: env.HOST,
      token: env.WINNOW_TOKEN,
      memberToken: env.WINNOW_MEMBER_TOKEN,
      allowedHosts: env.WINNOW_ALLOWED_HOSTS?.split(",")
        .map((h) => h.trim())
        .filter(Boolean),
      maxBodyBytes: env.WINNOW_MAX_BODY_BYTES,
      publicUrl: env.WINNOW_PUBLIC_URL,
      oidc: oidcOf(env),
      allowedOrigins: (env.WINNOW_ALLOWED_ORIGINS?.split(",") ?? [])
        .map((o) => o.trim())
        .filter(Boolean)
        .map((o) => originOf(o, "WINNOW_ALLOWED_ORIGINS")),
      autoSeed: env.WINNOW_AUTO_SEED,
      demoLoop: env.WINNOW_DEMO_LOOP,
      readOnly: env.WINNOW_READ_ONLY,
      toolsets: env.WINNOW_TOOLSETS?.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      toolListing: env.WINNOW_TOOLS?.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      maxVariants: env.WINNOW_MAX_VARIANTS,
      providerTimeoutMs: env.WINNOW_PROVIDER_TIMEOUT_MS,
      providerRetries: env.WINNOW_PROVIDER_RETRIES,
      providerRetryMinMs: env.WINNOW_PROVIDER_RETRY_MIN_MS,
      promptAdmins:
        env.WINNOW_PROMPT_ADMINS?.split(",")
          .map((s) => s.trim())
          .filter(Boolean) ?? [],
      learning: {
        minLabels: env.WINNOW_TAGGER_MIN_LABELS,
        cycleMinutes: env.WINNOW_TAGGER_CYCLE_MINUTES,
        retrainBelowAccuracy: env.WINNOW_RETRAIN_ACCURACY,
        reviewAboveOverrideRate: env.WINNOW_OVERRIDE_REVIEW_RATE,
      },
      search: {
        embeddings: env.WINNOW_EMBEDDINGS,
        openaiEmbeddingModel: env.OPENAI_EMBEDDING_MODEL,
        openaiEmbeddingDimensions: env.OPENAI_EMBEDDING_DIMENSIONS,
        visionTagger: env.WINNOW_VISION_TAGGER,
        visionModel: env.WINNOW_VISION_MODEL,
        phashThreshold: env.WINNOW_PHASH_THRESHOLD,
        reembedIntervalMs: env.WINNOW_REEMBED_INTERVAL_MS,
        enrichmentConcurrency: env.WINNOW_ENRICHMENT_CONCURRENCY,
      },
      logLevel: env.LOG_LEVEL,
      anthropic: { apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL },
      openai: { apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL },
      slack: {
        botToken: env.SLACK_BOT_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET,
        appToken: env.SLACK_APP_TOKEN,
        apiUrl: env.SLACK_API_URL,
      },
      experiments: {
        scheduler: env.WINNOW_SCHEDULER,
        schedules: env.WINNOW_SCHEDULES,
        simulatorSeed: env.WINNOW_SIMULATOR_SEED,
        trailingDays: env.WINNOW_INGEST_TRAILING_DAYS,
        meta: { accessToken: env.META_ACCESS_TOKEN, adAccountId: env.META_AD_ACCOUNT_ID, baseUrl: env.META_BASE_URL },
        googleAds: {
          accessToken: env.GOOGLE_ADS_ACCESS_TOKEN,
          developerToken: env.GOOGLE_ADS_DEVELOPER_TOKEN,
          customerId: env.GOOGLE_ADS_CUSTOMER_ID,
          baseUrl: env.GOOGLE_ADS_BASE_URL,
        },
        tiktok: {
          accessToken: env.TIKTOK_ACCESS_TOKEN,
          advertiserId: env.TIKTOK_ADVERTISER_ID,
          baseUrl: env.TIKTOK_BASE_URL,
        },
      },
    };
  });

export type Config = z.infer<typeof ConfigSchema>;

/** The origin (scheme://host:port) of a URL given in the environment; a bad one stops start-up naming the variable. */
function originOf(value: string, variable: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch {}
  throw new WinnowError(
    "invalid_input",
    `Configuration error: ${variable} entry "${value}" must be an origin like https://winnow.example.com.`,
    { field: variable },
  );
}

/**
 * The OIDC settings, or undefined when sign-in through the team's identity provider is off. Issuer and audience
 * come together; an issuer (or JWKS URL) over plain http is refused unless it is on this machine, because a token's
 * signature is only as good as the channel its keys came over.
 */
function oidcOf(env: {
  WINNOW_OIDC_ISSUER?: string | undefined;
  WINNOW_OIDC_AUDIENCE?: string | undefined;
  WINNOW_OIDC_JWKS_URL?: string | undefined;
  WINNOW_OIDC_EMAIL_CLAIM?: string | undefined;
  WINNOW_OIDC_SCOPES?: string | undefined;
}) {
  const { WINNOW_OIDC_ISSUER: issuer, WINNOW_OIDC_AUDIENCE: audience } = env;
  if (!issuer && !audience) {
    const stray = (["WINNOW_OIDC_JWKS_URL", "WINNOW_OIDC_EMAIL_CLAIM", "WINNOW_OIDC_SCOPES"] as const).find(
      (v) => env[v],
    );
    if (stray)
      throw new WinnowError(
        "invalid_input",
        `Configuration error: ${stray} is set but WINNOW_OIDC_ISSUER and WINNOW_OIDC_AUDIENCE are not. Set both to turn on sign-in with your identity provider, or unset ${stray}.`,
        { field: "WINNOW_OIDC_ISSUER" },
      );
    return undefined;
  }
  if (!issuer || !audience) {
    const missing = issuer ? "WINNOW_OIDC_AUDIENCE" : "WINNOW_OIDC_ISSUER";
    throw new WinnowError(
      "invalid_input",
      `Configuration error: ${missing} is not set. WINNOW_OIDC_ISSUER (your identity provider's issuer URL) and WINNOW_OIDC_AUDIENCE (the audience its tokens name for Winnow) go together: set both or neither.`,
      { field: missing },
    );
  }
  for (const [variable, value] of [
    ["WINNOW_OIDC_ISSUER", issuer],
    ["WINNOW_OIDC_JWKS_URL", env.WINNOW_OIDC_JWKS_URL],
  ] as const) {
    if (value && !isSecureOrLocal(value))
      throw new WinnowError(
        "invalid_input",
        `Configuration error: ${variable}=${JSON.stringify(value)} uses plain http on a host that is not this machine. Use the https URL (http is accepted only for 127.0.0.1, localhost or ::1).`,
        { field: variable },
      );
  }
  const emailClaim = env.WINNOW_OIDC_EMAIL_CLAIM ?? "email";
  return {
    // The issuer is compared character for character with the token's `iss`, so it is kept as written.
    issuer,
    audience,
    jwksUrl: env.WINNOW_OIDC_JWKS_URL,
    emailClaim,
    scopes: env.WINNOW_OIDC_SCOPES?.split(/[\s,]+/).filter(Boolean) ?? [],
  };
}

/** https anywhere, http only on loopback. */
export function isSecureOrLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || (protocol === "http:" && isLoopback(hostname.replace(/^\[|\]$/g, "")));
}

/** Variables that mean "the default" when absent, with what is allowed — used by README and errors. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

/**
 * Reads config from the environment (and an optional `.env` in the working directory, which never overrides real
 * environment variables). A bad value throws one line naming the variable and what is allowed.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const dotenvPath = resolve(cwd, ".env");
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath)) : {};
  const merged = { ...fromFile, ...env };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "config");
    const value = merged[variable];
    throw new WinnowError(
      "invalid_input",
      `Configuration error: ${variable}=${JSON.stringify(value ?? "")} ${issue.message}.`,
      { field: variable },
    );
  }
  return parsed.data;
}

/** Refuses to serve beyond loopback without a bearer token. */
export function assertSafeBinding(config: Config): void {
  // With OIDC configured every request must sign in (server/auth/authenticate.ts), so that is enough as well.
  if (!isLoopback(config.host) && !config.token && !config.oidc) {
    throw new WinnowError(
      "invalid_input",
      `Configuration error: HOST=${config.host} is not loopback, so WINNOW_TOKEN (a bearer token of 16+ characters) is required. Set WINNOW_TOKEN (or sign-in with your identity provider: WINNOW_OIDC_ISSUER and WINNOW_OIDC_AUDIENCE) or bind HOST=127.0.0.1.`,
      { field: "WINNOW_TOKEN" },
    );
  }
}
