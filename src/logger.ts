import { inspect } from "node:util";
import type { LogFormat, LogLevel } from "./config.js";

/** Structured one-line logger. Secrets never reach the sink. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Register a string (e.g. the bot token) that is replaced by `[redacted]` wherever it appears. */
  addSecret(secret: string): void;
}

const RANK = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
const SECRET_KEY = /token|authorization|password|secret/i;
const REDACTED = "[redacted]";
/**
 * Interaction and webhook tokens travel in REST paths (`/webhooks/{id}/{token}`, `/interactions/{id}/{token}/callback`):
 * an error or a route logged in HTTP mode would carry one, and each interaction has its own, so they cannot be registered.
 */
const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[A-Za-z0-9_.-]{20,}/g;
/** Stack frames kept on a text line; a JSON line keeps the whole stack. */
const TEXT_STACK_LINES = 8;

function writeStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** An error as a log collector reads it. */
interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  cause?: SerializedError | string;
}

function serializeError(error: Error, depth = 0): SerializedError {
  const out: SerializedError = { type: error.name, message: error.message };
  if (error.stack) out.stack = error.stack;
  if (error.cause !== undefined && depth < 3) {
    out.cause =
      error.cause instanceof Error
        ? serializeError(error.cause, depth + 1)
        : typeof error.cause === "string"
          ? error.cause
          : inspect(error.cause);
  }
  return out;
}

/**
 * A logger writing one entry per line to `sink` (stderr by default, so stdout stays clean for batch output).
 * `text`: `time LEVEL message key=value…`, an error field as `"Name: message"` followed by its `stack`
 * (frames joined by ` | `). `json`: `{"time","level","msg",…fields}`, an error as `{type, message, stack}`.
 * Fields named like token/authorization are redacted, and so is any registered secret inside any message,
 * value or stack (`secrets` or {@link Logger.addSecret}).
 */
export function createLogger(
  level: LogLevel,
  sink: (line: string) => void = writeStderr,
  secrets: readonly string[] = [],
  format: LogFormat = "text",
): Logger {
  const known = new Set(secrets.filter((s) => s.length >= 4));
  const scrub = (text: string): string => {
    let out = text.replace(TOKEN_IN_PATH, `/$1/$2/${REDACTED}`);
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return out;
  };
  const replacer = (key: string, value: unknown): unknown => {
    if (key && SECRET_KEY.test(key)) return REDACTED;
    if (typeof value === "bigint") return String(value);
    if (value instanceof Error) return serializeError(value);
    return value;
  };
  const formatValue = (key: string, value: unknown): string => {
    if (SECRET_KEY.test(key)) return REDACTED;
    if (value instanceof Error) return JSON.stringify(scrub(`${value.name}: ${value.message}`));
    if (typeof value === "string") return JSON.stringify(scrub(value));
    try {
      // JSON.stringify returns undefined for undefined and functions, whatever its declared type says.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      return scrub(JSON.stringify(value, replacer) ?? "undefined");
    } catch {
      return '"[unserializable]"';
    }
  };
  const textLine = (at: string, message: string, fields: Record<string, unknown>): string => {
    const parts = [new Date().toISOString(), at.toUpperCase(), scrub(message)];
    let stack: string | undefined;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      parts.push(`${key}=${formatValue(key, value)}`);
      if (value instanceof Error && stack === undefined && value.stack) {
        stack = value.stack.split("\n").slice(0, TEXT_STACK_LINES).join(" |");
      }
    }
    // An explicit stack field wins; otherwise the first error's stack follows its fields.
    if (stack !== undefined && !("stack" in fields))
      parts.push(`stack=${JSON.stringify(scrub(stack))}`);
    return parts.join(" ");
  };
  const jsonLine = (at: string, message: string, fields: Record<string, unknown>): string => {
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: at,
      msg: message,
    };
    for (const [key, value] of Object.entries(fields)) {
      // The entry's own keys cannot be overwritten by a field of the same name.
      if (value !== undefined && !(key in entry)) entry[key] = value;
    }
    try {
      return JSON.stringify(entry, (key, value: unknown) => {
        const out = replacer(key, value);
        return typeof out === "string" ? scrub(out) : out;
      });
    } catch {
      return JSON.stringify({
        time: entry.time,
        level: at,
        msg: scrub(message),
        error: "[unserializable fields]",
      });
    }
  };
  const write = (
    at: Exclude<LogLevel, "silent">,
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (RANK[at] < RANK[level]) return;
    try {
      sink(
        format === "json"
          ? jsonLine(at, message, fields ?? {})
          : textLine(at, message, fields ?? {}),
      );
    } catch {
      // A broken sink must not take the caller down.
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    addSecret(secret: string) {
      if (secret.length >= 4) known.add(secret);
    },
  };
}
