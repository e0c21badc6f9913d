import * as z from "zod/mini";

/** Log levels, quietest last. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
/** How much the logger writes. */
export type LogLevel = (typeof LOG_LEVELS)[number];
/** How log lines are written: `text` for people, `json` (one object per line) for log collectors. */
export const LOG_FORMATS = ["text", "json"] as const;
/** The log line format. */
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The validated runtime configuration. */
export interface Config {
  /** Bot token; without it the process opens the local console instead of Discord. */
  token?: string;
  /** Application (client) id; required with a token. */
  clientId?: string;
  /** Guild to register commands in; global registration when unset. */
  guildId?: string;
  /**
   * The operator's servers, where Manage Server members may /reload (it changes the corpus for every
   * server): OPERATOR_GUILD_IDS, else DISCORD_GUILD_ID, else none (then only SIGHUP reloads).
   */
  operatorGuildIds: string[];
  /** REST API base URL override (for a local Discord in tests). */
  apiBase?: string;
  /** Directory of source articles. */
  seedsDir: string;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Seconds a user waits between two uses of one command. */
  cooldownSeconds: number;
  /** Directory for the index snapshot; unset when turned off or when there is no user cache directory. */
  cacheDir?: string;
  /** Port of the health and metrics server; unset: no server. */
  httpPort?: number;
  /** Address the health and metrics server listens on. */
  httpHost: string;
  /** Seconds the gateway may stay disconnected before /healthz reports 503. */
  healthGatewayGraceSeconds: number;
  /** Seconds a SIGTERM or SIGINT waits for interactions in flight before logging out. */
  shutdownGraceSeconds: number;
  /** Redis (or Valkey) URL for cooldowns shared by every instance; unset: each instance keeps its own. */
  redisUrl?: string;
  /** Gateway shards this process runs: a count, or `auto` for Discord's recommendation. Default 1. */
  gatewayShards: number | "auto";
  /**
   * Public address of the HTTP server, without a trailing slash (e.g. `https://verbatim.example.org`):
   * set, the server serves the article pages under `/sources` and citations link to them. Needs HTTP_PORT.
   */
  publicUrl?: string;
  /**
   * The application's public key (64 hex digits): set, the bot serves `POST /interactions` on the HTTP
   * server (HTTP interactions) and opens no gateway connection.
   */
  publicKey?: string;
}

/** Thrown by {@link parseConfig}; `issues` names every bad key. */
export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}

// zod/mini, not zod's classic API: the same checks and messages in a twentieth of the code to compile at start-up
// (33 kB bundled against 755 kB; about 20 ms less of every start here).
const snowflake = (key: string) =>
  z.string().check(z.regex(/^\d{17,20}$/, `${key} must be a snowflake (17 to 20 digits)`));

/** A whole number within 0..max, from its digits. */
const seconds = (key: string, max: number) =>
  z
    .pipe(
      z.string().check(z.regex(/^\d+$/, `${key} must be an integer from 0 to ${max}`)),
      z.transform(Number),
    )
    .check(z.refine((n) => n <= max, `${key} must be an integer from 0 to ${max}`));

const httpUrl = (v: string) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);

const schema = z
  .object({
    DISCORD_TOKEN: z.optional(z.string()),
    DISCORD_CLIENT_ID: z.optional(snowflake("DISCORD_CLIENT_ID")),
    DISCORD_GUILD_ID: z.optional(snowflake("DISCORD_GUILD_ID")),
    OPERATOR_GUILD_IDS: z.optional(
      z
        .pipe(
          z.string(),
          z.transform((v) =>
            v
              .split(",")
              .map((id) => id.trim())
              .filter(Boolean),
          ),
        )
        .check(
          z.refine(
            (ids) => ids.every((id) => /^\d{17,20}$/.test(id)),
            "OPERATOR_GUILD_IDS must be comma-separated snowflakes (17 to 20 digits each)",
          ),
        ),
    ),
    DISCORD_API_BASE: z.optional(
      z.string().check(z.refine(httpUrl, "DISCORD_API_BASE must be an http(s) URL")),
    ),
    SEEDS_DIR: z._default(z.string(), "seeds"),
    LOG_LEVEL: z._default(
      z.enum(LOG_LEVELS, `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`),
      "info",
    ),
    COOLDOWN_SECONDS: z._default(seconds("COOLDOWN_SECONDS", 3600), 3),
    VERBATIM_CACHE_DIR: z.optional(z.string()),
    LOG_FORMAT: z._default(
      z.enum(LOG_FORMATS, `LOG_FORMAT must be one of ${LOG_FORMATS.join(", ")}`),
      "text",
    ),
    HTTP_PORT: z.optional(
      z
        .pipe(
          z.string().check(z.regex(/^\d+$/, "HTTP_PORT must be a port number from 1 to 65535")),
          z.transform(Number),
        )
        .check(
          z.refine((n) => n >= 1 && n <= 65535, "HTTP_PORT must be a port number from 1 to 65535"),
        ),
    ),
    HTTP_HOST: z._default(z.string(), "127.0.0.1"),
    HEALTH_GATEWAY_GRACE_SECONDS: z._default(seconds("HEALTH_GATEWAY_GRACE_SECONDS", 86_400), 60),
    SHUTDOWN_GRACE_SECONDS: z._default(seconds("SHUTDOWN_GRACE_SECONDS", 600), 5),
    REDIS_URL: z.optional(
      z
        .string()
        .check(
          z.refine(
            (v) => URL.canParse(v) && /^rediss?:$/.test(new URL(v).protocol),
            "REDIS_URL must be a redis:// or rediss:// URL",
          ),
        ),
    ),
    // Not SHARDS or SHARD_COUNT: discord.js's Client reads those from the environment itself.
    GATEWAY_SHARDS: z._default(
      z.pipe(
        z
          .string()
          .check(
            z.regex(
              /^(?:auto|[1-9]\d{0,4})$/i,
              "GATEWAY_SHARDS must be auto or a whole number from 1",
            ),
          ),
        z.transform((v): number | "auto" => (/^auto$/i.test(v) ? "auto" : Number(v))),
      ),
      1,
    ),
    PUBLIC_URL: z.optional(
      z.pipe(
        z.string().check(
          z.refine(httpUrl, "PUBLIC_URL must be an absolute http(s) URL"),
          z.refine(
            (v) => !URL.canParse(v) || (!new URL(v).search && !new URL(v).hash),
            "PUBLIC_URL must not have a query or a fragment",
          ),
          // Every citation carries this address into Discord: it must not carry credentials there.
          z.refine(
            (v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password),
            "PUBLIC_URL must not hold a user name or password",
          ),
        ),
        // Links append "/sources/<id>": one form, whether or not the operator wrote the trailing slash.
        z.transform((v) => new URL(v).href.replace(/\/+$/, "")),
      ),
    ),
    DISCORD_PUBLIC_KEY: z.optional(
      z
        .string()
        .check(
          z.regex(
            /^[0-9a-fA-F]{64}$/,
            "DISCORD_PUBLIC_KEY must be the application's public key: 64 hex digits",
          ),
        ),
    ),
  })
  .check(
    z.superRefine((env, ctx) => {
      if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_CLIENT_ID"],
          message: "DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set",
        });
      }
      // The pages are served by the HTTP server: links without it would all be dead.
      if (env.PUBLIC_URL && env.HTTP_PORT === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["HTTP_PORT"],
          message: "HTTP_PORT is required when PUBLIC_URL is set (the HTTP server serves /sources)",
        });
      }
      if (env.DISCORD_PUBLIC_KEY && env.HTTP_PORT === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["HTTP_PORT"],
          message:
            "HTTP_PORT is required when DISCORD_PUBLIC_KEY is set (POST /interactions is served there)",
        });
      }
      if (env.DISCORD_PUBLIC_KEY && !env.DISCORD_TOKEN) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_TOKEN"],
          message:
            "DISCORD_TOKEN is required when DISCORD_PUBLIC_KEY is set (pins and follow-ups use REST)",
        });
      }
    }),
  );

const KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

/**
 * Validate the environment once. Pure: reads only `env`. Empty strings count as unset.
 * @throws {ConfigError} naming every bad key.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const input: Record<string, string> = {};
  for (const key of KEYS) {
    const value = env[key]?.trim();
    if (value) input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? "environment");
        return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    ...(e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN } : {}),
    ...(e.DISCORD_CLIENT_ID ? { clientId: e.DISCORD_CLIENT_ID } : {}),
    ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
    operatorGuildIds: e.OPERATOR_GUILD_IDS?.length
      ? e.OPERATOR_GUILD_IDS
      : e.DISCORD_GUILD_ID
        ? [e.DISCORD_GUILD_ID]
        : [],
    ...(e.DISCORD_API_BASE ? { apiBase: e.DISCORD_API_BASE } : {}),
    seedsDir: e.SEEDS_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    cooldownSeconds: e.COOLDOWN_SECONDS,
    ...cacheDirOf(e.VERBATIM_CACHE_DIR, env),
    ...(e.HTTP_PORT !== undefined ? { httpPort: e.HTTP_PORT } : {}),
    httpHost: e.HTTP_HOST,
    healthGatewayGraceSeconds: e.HEALTH_GATEWAY_GRACE_SECONDS,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    gatewayShards: e.GATEWAY_SHARDS,
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL } : {}),
    ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
  };
}

/**
 * The snapshot directory: VERBATIM_CACHE_DIR, "off" for none, or by default
 * `verbatim` under the user's cache directory ($XDG_CACHE_HOME, else ~/.cache).
 */
function cacheDirOf(
  setting: string | undefined,
  env: Record<string, string | undefined>,
): { cacheDir?: string } {
  if (setting) return /^(?:off|none|false|0)$/i.test(setting) ? {} : { cacheDir: setting };
  const base = env.XDG_CACHE_HOME?.trim() || (env.HOME?.trim() ? `${env.HOME.trim()}/.cache` : "");
  return base ? { cacheDir: `${base}/verbatim` } : {};
}
