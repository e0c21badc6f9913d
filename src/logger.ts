import type { LogLevel } from "./config.js";

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

function writeStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * A logger writing one line per entry (`time LEVEL message key=value…`) to `sink`, stderr by default,
 * so stdout stays clean for batch output. Fields named like token/authorization are redacted, and so
 * is any registered secret inside any message or value (`secrets` or {@link Logger.addSecret}).
 */
export function createLogger(
  level: LogLevel,
  sink: (line: string) => void = writeStderr,
  secrets: readonly string[] = [],
): Logger {
  const known = new Set(secrets.filter((s) => s.length >= 4));
  const scrub = (text: string): string => {
    let out = text;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return out;
  };
  const formatValue = (key: string, value: unknown): string => {
    if (SECRET_KEY.test(key)) return REDACTED;
    if (value instanceof Error) return JSON.stringify(scrub(`${value.name}: ${value.message}`));
    if (typeof value === "string") return JSON.stringify(scrub(value));
    try {
      return scrub(JSON.stringify(value, (k, v: unknown) => (k && SECRET_KEY.test(k) ? REDACTED : typeof v === "bigint" ? String(v) : v)) ?? "undefined");
    } catch {
      return '"[unserializable]"';
    }
  };
  const write = (at: Exclude<LogLevel, "silent">, message: string, fields?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    const parts = [new Date().toISOString(), at.toUpperCase(), scrub(message)];
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (value !== undefined) parts.push(`${key}=${formatValue(key, value)}`);
    }
    try {
      sink(parts.join(" "));
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
