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

// Validated by hand, not with zod: zod is 750 kB of the bundle, and compiling it and building the schema cost a
// console start 25–30 ms. The rules and messages are those the zod schema had: each key's checks run in the
// order below and every failing one adds its message; the checks across keys (at the end) run unless LOG_LEVEL
// or LOG_FORMAT is not one of its values.

/** What reading one key gave: its value, or the messages of the checks it failed. */
type Read<T> = { value: T } | { issues: string[] };

const SNOWFLAKE = /^\d{17,20}$/;

const snowflake = (key: string, value: string): Read<string> =>
  SNOWFLAKE.test(value) ? { value } : { issues: [`${key} must be a snowflake (17 to 20 digits)`] };

/** A whole number of seconds from 0 to `max`. */
const seconds = (key: string, max: number, value: string): Read<number> => {
  const message = `${key} must be an integer from 0 to ${max}`;
  if (!/^\d+$/.test(value)) return { issues: [message] };
  const n = Number(value);
  return n <= max ? { value: n } : { issues: [message] };
};

const oneOf = <T extends string>(key: string, values: readonly T[], value: string): Read<T> =>
  (values as readonly string[]).includes(value)
    ? { value: value as T }
    : { issues: [`${key} must be one of ${values.join(", ")}`] };

const hasProtocol = (value: string, protocol: RegExp) =>
  URL.canParse(value) && protocol.test(new URL(value).protocol);

const urlOf = (value: string, protocol: RegExp, message: string): Read<string> =>
  hasProtocol(value, protocol) ? { value } : { issues: [message] };

const operatorGuildIds = (value: string): Read<string[]> => {
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.every((id) => SNOWFLAKE.test(id))
    ? { value: ids }
    : { issues: ["OPERATOR_GUILD_IDS must be comma-separated snowflakes (17 to 20 digits each)"] };
};

const httpPort = (value: string): Read<number> => {
  const message = "HTTP_PORT must be a port number from 1 to 65535";
  if (!/^\d+$/.test(value)) return { issues: [message] };
  const n = Number(value);
  return n >= 1 && n <= 65535 ? { value: n } : { issues: [message] };
};

const gatewayShards = (value: string): Read<number | "auto"> =>
  /^(?:auto|[1-9]\d{0,4})$/i.test(value)
    ? { value: /^auto$/i.test(value) ? "auto" : Number(value) }
    : { issues: ["GATEWAY_SHARDS must be auto or a whole number from 1"] };

const publicUrl = (value: string): Read<string> => {
  const issues: string[] = [];
  if (!hasProtocol(value, /^https?:$/)) issues.push("PUBLIC_URL must be an absolute http(s) URL");
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url && (url.search || url.hash))
    issues.push("PUBLIC_URL must not have a query or a fragment");
  // Every citation carries this address into Discord: it must not carry credentials there.
  if (url && (url.username || url.password))
    issues.push("PUBLIC_URL must not hold a user name or password");
  // Links append "/sources/<id>": one form, whether or not the operator wrote the trailing slash.
  return url && issues.length === 0 ? { value: url.href.replace(/\/+$/, "") } : { issues };
};

const publicKey = (value: string): Read<string> =>
  /^[0-9a-fA-F]{64}$/.test(value)
    ? { value }
    : { issues: ["DISCORD_PUBLIC_KEY must be the application's public key: 64 hex digits"] };

const text = (value: string): Read<string> => ({ value });

/** A key that takes `unset` when not set; the type checker holds the value to what `read` gives. */
const withDefault = <T>(read: (value: string) => Read<T>, unset: NoInfer<T>) => ({ read, unset });

/** Each key read, its check, and its value when unset (none: the key stays unset). */
const READERS = {
  DISCORD_TOKEN: { read: text },
  DISCORD_CLIENT_ID: { read: (v: string) => snowflake("DISCORD_CLIENT_ID", v) },
  DISCORD_GUILD_ID: { read: (v: string) => snowflake("DISCORD_GUILD_ID", v) },
  OPERATOR_GUILD_IDS: { read: operatorGuildIds },
  DISCORD_API_BASE: {
    read: (v: string) => urlOf(v, /^https?:$/, "DISCORD_API_BASE must be an http(s) URL"),
  },
  SEEDS_DIR: withDefault(text, "seeds"),
  LOG_LEVEL: withDefault((v) => oneOf("LOG_LEVEL", LOG_LEVELS, v), "info"),
  COOLDOWN_SECONDS: withDefault((v) => seconds("COOLDOWN_SECONDS", 3600, v), 3),
  VERBATIM_CACHE_DIR: { read: text },
  LOG_FORMAT: withDefault((v) => oneOf("LOG_FORMAT", LOG_FORMATS, v), "text"),
  HTTP_PORT: { read: httpPort },
  HTTP_HOST: withDefault(text, "127.0.0.1"),
  HEALTH_GATEWAY_GRACE_SECONDS: withDefault(
    (v) => seconds("HEALTH_GATEWAY_GRACE_SECONDS", 86_400, v),
    60,
  ),
  SHUTDOWN_GRACE_SECONDS: withDefault((v) => seconds("SHUTDOWN_GRACE_SECONDS", 600, v), 5),
  REDIS_URL: {
    read: (v: string) => urlOf(v, /^rediss?:$/, "REDIS_URL must be a redis:// or rediss:// URL"),
  },
  // Not SHARDS or SHARD_COUNT: discord.js's Client reads those from the environment itself.
  GATEWAY_SHARDS: withDefault(gatewayShards, 1),
  PUBLIC_URL: { read: publicUrl },
  DISCORD_PUBLIC_KEY: { read: publicKey },
} satisfies Record<string, { read: (value: string) => Read<unknown>; unset?: unknown }>;

type Readers = typeof READERS;
type ValueOf<K extends keyof Readers> = Readers[K]["read"] extends (value: string) => Read<infer T>
  ? T
  : never;
/** The environment as read: a key with a value when unset always has one. */
type ReadEnv = {
  [K in keyof Readers]: Readers[K] extends { unset: unknown } ? ValueOf<K> : ValueOf<K> | undefined;
};

const KEYS = Object.keys(READERS) as (keyof Readers)[];

/** The checks across keys: what one key needs of another. `set` says which keys have a value. */
function crossKeyIssues(set: (key: keyof Readers) => boolean): string[] {
  const issues: string[] = [];
  if (set("DISCORD_TOKEN") && !set("DISCORD_CLIENT_ID"))
    issues.push("DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set");
  // The pages are served by the HTTP server: links without it would all be dead.
  if (set("PUBLIC_URL") && !set("HTTP_PORT"))
    issues.push("HTTP_PORT is required when PUBLIC_URL is set (the HTTP server serves /sources)");
  if (set("DISCORD_PUBLIC_KEY") && !set("HTTP_PORT"))
    issues.push(
      "HTTP_PORT is required when DISCORD_PUBLIC_KEY is set (POST /interactions is served there)",
    );
  if (set("DISCORD_PUBLIC_KEY") && !set("DISCORD_TOKEN"))
    issues.push(
      "DISCORD_TOKEN is required when DISCORD_PUBLIC_KEY is set (pins and follow-ups use REST)",
    );
  return issues;
}

/** Every key of `env` read and checked, or the messages of every check that failed. */
function readEnv(input: Record<string, string>): Read<ReadEnv> {
  const issues: string[] = [];
  const values: Record<string, unknown> = {};
  for (const key of KEYS) {
    const reader: { read: (value: string) => Read<unknown>; unset?: unknown } = READERS[key];
    const raw = input[key];
    if (raw === undefined) {
      if ("unset" in reader) values[key] = reader.unset;
      continue;
    }
    const read = reader.read(raw);
    if ("value" in read) values[key] = read.value;
    else issues.push(...read.issues);
  }
  // A value not among an enumeration's stops the checks across keys, as it stopped zod's.
  const enumFailed = ["LOG_LEVEL", "LOG_FORMAT"].some(
    (key) => input[key] !== undefined && !(key in values),
  );
  if (!enumFailed) issues.push(...crossKeyIssues((key) => input[key] !== undefined));
  return issues.length > 0 ? { issues } : { value: values as ReadEnv };
}

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
  const parsed = readEnv(input);
  if ("issues" in parsed) throw new ConfigError(parsed.issues);
  const e = parsed.value;
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
