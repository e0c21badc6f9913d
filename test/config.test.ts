import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const ID = "123456789012345678";
/** What an empty environment gives besides the keys a test sets. */
const DEFAULTS = {
  logFormat: "text",
  httpHost: "127.0.0.1",
  healthGatewayGraceSeconds: 60,
  shutdownGraceSeconds: 5,
  gatewayShards: 1,
};

function issuesOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("fills defaults from an empty environment", () => {
    expect(parseConfig({})).toEqual({
      seedsDir: "seeds",
      logLevel: "info",
      cooldownSeconds: 3,
      operatorGuildIds: [],
      ...DEFAULTS,
    });
  });

  it("treats empty strings as unset", () => {
    expect(
      parseConfig({ DISCORD_TOKEN: "", SEEDS_DIR: "", LOG_LEVEL: " ", COOLDOWN_SECONDS: "" }),
    ).toEqual({
      seedsDir: "seeds",
      logLevel: "info",
      cooldownSeconds: 3,
      operatorGuildIds: [],
      ...DEFAULTS,
    });
  });

  it("maps every key to camelCase", () => {
    const config = parseConfig({
      DISCORD_TOKEN: "abc.def.ghi",
      DISCORD_CLIENT_ID: ID,
      DISCORD_GUILD_ID: ID,
      DISCORD_API_BASE: "http://127.0.0.1:5000/api",
      SEEDS_DIR: "articles",
      LOG_LEVEL: "debug",
      COOLDOWN_SECONDS: "0",
      VERBATIM_CACHE_DIR: ".cache",
      LOG_FORMAT: "json",
      HTTP_PORT: "9464",
      HTTP_HOST: "0.0.0.0",
      HEALTH_GATEWAY_GRACE_SECONDS: "30",
      SHUTDOWN_GRACE_SECONDS: "10",
      REDIS_URL: "redis://127.0.0.1:6379/0",
      GATEWAY_SHARDS: "4",
    });
    expect(config).toEqual({
      token: "abc.def.ghi",
      clientId: ID,
      guildId: ID,
      operatorGuildIds: [ID],
      apiBase: "http://127.0.0.1:5000/api",
      seedsDir: "articles",
      logLevel: "debug",
      cooldownSeconds: 0,
      cacheDir: ".cache",
      logFormat: "json",
      httpPort: 9464,
      httpHost: "0.0.0.0",
      healthGatewayGraceSeconds: 30,
      shutdownGraceSeconds: 10,
      redisUrl: "redis://127.0.0.1:6379/0",
      gatewayShards: 4,
    });
  });

  it("takes GATEWAY_SHARDS as auto or a positive count, and REDIS_URL as redis:// or rediss://", () => {
    expect(parseConfig({ GATEWAY_SHARDS: "auto" }).gatewayShards).toBe("auto");
    expect(parseConfig({ GATEWAY_SHARDS: "AUTO" }).gatewayShards).toBe("auto");
    expect(parseConfig({ GATEWAY_SHARDS: "2" }).gatewayShards).toBe(2);
    expect(parseConfig({ REDIS_URL: "rediss://:pw@cache.internal:6380" }).redisUrl).toBe(
      "rediss://:pw@cache.internal:6380",
    );
    expect(parseConfig({}).redisUrl).toBeUndefined();
    const issues = issuesOf({ GATEWAY_SHARDS: "0", REDIS_URL: "http://127.0.0.1:6379" });
    expect(issues.sort()).toEqual([
      "GATEWAY_SHARDS must be auto or a whole number from 1",
      "REDIS_URL must be a redis:// or rediss:// URL",
    ]);
    for (const bad of ["-1", "1.5", "two", "auto2"])
      expect(issuesOf({ GATEWAY_SHARDS: bad })).toHaveLength(1);
    expect(issuesOf({ REDIS_URL: "not a url" })).toHaveLength(1);
  });

  it("keeps the index snapshot in the user's cache directory by default, or where told, or nowhere", () => {
    expect(parseConfig({ HOME: "/home/op" }).cacheDir).toBe("/home/op/.cache/verbatim");
    expect(parseConfig({ HOME: "/home/op", XDG_CACHE_HOME: "/var/cache" }).cacheDir).toBe(
      "/var/cache/verbatim",
    );
    expect(parseConfig({ HOME: "/home/op", VERBATIM_CACHE_DIR: "/tmp/v" }).cacheDir).toBe("/tmp/v");
    expect(parseConfig({ HOME: "/home/op", VERBATIM_CACHE_DIR: "off" }).cacheDir).toBeUndefined();
  });

  it("takes the operator's servers from OPERATOR_GUILD_IDS, else DISCORD_GUILD_ID, else none", () => {
    const other = "223456789012345678";
    expect(
      parseConfig({
        OPERATOR_GUILD_IDS: ` ${ID}, ${other} `,
        DISCORD_GUILD_ID: "323456789012345678",
      }).operatorGuildIds,
    ).toEqual([ID, other]);
    expect(parseConfig({ DISCORD_GUILD_ID: ID }).operatorGuildIds).toEqual([ID]);
    expect(parseConfig({}).operatorGuildIds).toEqual([]);
    expect(issuesOf({ OPERATOR_GUILD_IDS: `${ID},nope` })).toEqual([
      "OPERATOR_GUILD_IDS must be comma-separated snowflakes (17 to 20 digits each)",
    ]);
  });

  it("requires the client id when a token is set", () => {
    expect(issuesOf({ DISCORD_TOKEN: "t" })).toEqual([
      "DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set",
    ]);
  });

  it("names every bad key at once", () => {
    const issues = issuesOf({
      DISCORD_CLIENT_ID: "abc",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_BASE: "not a url",
      LOG_LEVEL: "loud",
      COOLDOWN_SECONDS: "3601",
    });
    expect(issues).toHaveLength(5);
    for (const key of [
      "DISCORD_CLIENT_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_BASE",
      "LOG_LEVEL",
      "COOLDOWN_SECONDS",
    ]) {
      expect(issues.some((i) => i.startsWith(key))).toBe(true);
    }
    expect(issues).toContain("DISCORD_CLIENT_ID must be a snowflake (17 to 20 digits)");
  });

  it("lists a key's failed checks in order, then what keys need of each other, unless an enumeration failed", () => {
    expect(issuesOf({ PUBLIC_URL: "ftp://u:p@example.org/?q#h", DISCORD_TOKEN: "t" })).toEqual([
      "PUBLIC_URL must be an absolute http(s) URL",
      "PUBLIC_URL must not have a query or a fragment",
      "PUBLIC_URL must not hold a user name or password",
      "DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set",
      "HTTP_PORT is required when PUBLIC_URL is set (the HTTP server serves /sources)",
    ]);
    // A bad HTTP_PORT is still set: the keys that need one are not named for it.
    expect(issuesOf({ HTTP_PORT: "0", PUBLIC_URL: "https://example.org" })).toEqual([
      "HTTP_PORT must be a port number from 1 to 65535",
    ]);
    expect(issuesOf({ DISCORD_TOKEN: "t", LOG_FORMAT: "xml", GATEWAY_SHARDS: "0" })).toEqual([
      "LOG_FORMAT must be one of text, json",
      "GATEWAY_SHARDS must be auto or a whole number from 1",
    ]);
  });

  it("puts every issue in the error message", () => {
    expect(() => parseConfig({ COOLDOWN_SECONDS: "-1", LOG_LEVEL: "x" })).toThrow(
      /COOLDOWN_SECONDS[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*COOLDOWN_SECONDS/,
    );
  });

  it("rejects fractional cooldowns and non-http API bases", () => {
    expect(issuesOf({ COOLDOWN_SECONDS: "1.5" })).toHaveLength(1);
    expect(issuesOf({ DISCORD_API_BASE: "ftp://127.0.0.1/" })).toHaveLength(1);
  });

  it("names bad observability and shutdown settings", () => {
    const issues = issuesOf({
      LOG_FORMAT: "xml",
      HTTP_PORT: "70000",
      HEALTH_GATEWAY_GRACE_SECONDS: "soon",
      SHUTDOWN_GRACE_SECONDS: "-5",
    });
    expect(issues).toHaveLength(4);
    for (const key of [
      "LOG_FORMAT",
      "HTTP_PORT",
      "HEALTH_GATEWAY_GRACE_SECONDS",
      "SHUTDOWN_GRACE_SECONDS",
    ]) {
      expect(issues.some((i) => i.startsWith(key))).toBe(true);
    }
    expect(issuesOf({ HTTP_PORT: "0" })).toEqual([
      "HTTP_PORT must be a port number from 1 to 65535",
    ]);
  });

  it("starts no health server unless HTTP_PORT is set", () => {
    expect(parseConfig({}).httpPort).toBeUndefined();
    expect(parseConfig({ HTTP_PORT: "8080" })).toMatchObject({
      httpPort: 8080,
      httpHost: "127.0.0.1",
    });
  });

  it("reads PUBLIC_URL as an absolute http(s) URL without its trailing slash, and only with HTTP_PORT", () => {
    const port = { HTTP_PORT: "8080" };
    expect(parseConfig({ ...port, PUBLIC_URL: "https://verbatim.example.org/" }).publicUrl).toBe(
      "https://verbatim.example.org",
    );
    expect(parseConfig({ ...port, PUBLIC_URL: "https://example.org/bot//" }).publicUrl).toBe(
      "https://example.org/bot",
    );
    expect(parseConfig({ ...port, PUBLIC_URL: "http://127.0.0.1:8080" }).publicUrl).toBe(
      "http://127.0.0.1:8080",
    );
    expect(parseConfig(port).publicUrl).toBeUndefined();
    for (const bad of [
      "verbatim.example.org",
      "/sources",
      "ftp://example.org",
      "javascript:alert(1)",
    ])
      expect(issuesOf({ ...port, PUBLIC_URL: bad })).toEqual([
        "PUBLIC_URL must be an absolute http(s) URL",
      ]);
    expect(issuesOf({ ...port, PUBLIC_URL: "https://example.org/?a=1" })).toEqual([
      "PUBLIC_URL must not have a query or a fragment",
    ]);
    expect(issuesOf({ ...port, PUBLIC_URL: "https://user:secret@example.org" })).toEqual([
      "PUBLIC_URL must not hold a user name or password",
    ]);
    expect(issuesOf({ PUBLIC_URL: "https://example.org" })).toEqual([
      "HTTP_PORT is required when PUBLIC_URL is set (the HTTP server serves /sources)",
    ]);
  });

  it("ignores unrelated variables", () => {
    expect(parseConfig({ PATH: "/bin", HOME: "/root" }).seedsDir).toBe("seeds");
  });
  it("turns on HTTP interactions with DISCORD_PUBLIC_KEY, which needs HTTP_PORT and DISCORD_TOKEN", () => {
    const key = "AB".repeat(32);
    expect(
      parseConfig({
        DISCORD_TOKEN: "t",
        DISCORD_CLIENT_ID: ID,
        DISCORD_PUBLIC_KEY: key,
        HTTP_PORT: "8080",
      }).publicKey,
    ).toBe(key.toLowerCase());
    expect(
      issuesOf({ DISCORD_TOKEN: "t", DISCORD_CLIENT_ID: ID, DISCORD_PUBLIC_KEY: key }),
    ).toEqual([
      "HTTP_PORT is required when DISCORD_PUBLIC_KEY is set (POST /interactions is served there)",
    ]);
    expect(issuesOf({ DISCORD_PUBLIC_KEY: key, HTTP_PORT: "8080" })).toEqual([
      "DISCORD_TOKEN is required when DISCORD_PUBLIC_KEY is set (pins and follow-ups use REST)",
    ]);
    expect(
      issuesOf({
        DISCORD_TOKEN: "t",
        DISCORD_CLIENT_ID: ID,
        DISCORD_PUBLIC_KEY: "xyz",
        HTTP_PORT: "1",
      }),
    ).toEqual(["DISCORD_PUBLIC_KEY must be the application's public key: 64 hex digits"]);
  });
});
