/** A canned answer the fake gives instead of handling a request. */
export interface FaultRule {
  /** HTTP method to match, or `*` for any. */
  method: string;
  /** A route template (`PUT /channels/:id/messages/pins/:mid`), a concrete path, or a pattern over the concrete path. */
  path: string | RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fault rule with its remaining uses. */
export interface ActiveFault extends FaultRule {
  remaining: number;
}

/** True when `rule` applies to a request with this method, concrete path and route template. */
export function matchesFault(
  rule: FaultRule,
  method: string,
  path: string,
  route: string,
): boolean {
  if (rule.method !== "*" && rule.method.toUpperCase() !== method) return false;
  if (rule.path instanceof RegExp) return rule.path.test(path);
  return rule.path === path || rule.path === route || rule.path === `${method} ${path}`;
}

/** A 429 as Discord sends it, with the headers @discordjs/rest reads. */
export function rateLimitFault(
  method: string,
  path: string | RegExp,
  retryAfterSeconds: number,
  options: { global?: boolean; times?: number } = {},
): FaultRule {
  const headers: Record<string, string> = {
    "retry-after": String(retryAfterSeconds),
    "x-ratelimit-limit": "5",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset-after": String(retryAfterSeconds),
    "x-ratelimit-reset": String(Date.now() / 1000 + retryAfterSeconds),
    "x-ratelimit-bucket": "fake-bucket",
    "x-ratelimit-scope": options.global ? "global" : "user",
  };
  if (options.global) headers["x-ratelimit-global"] = "true";
  return {
    method,
    path,
    times: options.times ?? 1,
    status: 429,
    headers,
    body: {
      message: "You are being rate limited.",
      retry_after: retryAfterSeconds,
      global: options.global ?? false,
    },
  };
}

/** A 500 (discord.js retries these up to three times). */
export function serverErrorFault(method: string, path: string | RegExp, times = 1): FaultRule {
  return {
    method,
    path,
    times,
    status: 500,
    body: { message: "500: Internal Server Error", code: 0 },
  };
}

/** A 403 Missing Permissions, as when a moderator removed a permission mid-flight. */
export function missingPermissionsFault(
  method: string,
  path: string | RegExp,
  times = 1,
): FaultRule {
  return {
    method,
    path,
    times,
    status: 403,
    body: { message: "Missing Permissions", code: 50013 },
  };
}
