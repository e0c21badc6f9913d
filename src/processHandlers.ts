import type { Logger } from "./logger.js";

/** The part of `process` the handlers attach to, so tests can pass an emitter. */
export interface ProcessEvents {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  on(event: "uncaughtException", listener: (error: Error, origin: string) => void): unknown;
}

/**
 * Log every unhandled rejection and uncaught exception with its context, never
 * swallow one. A rejection is logged and the process goes on: one failed
 * interaction must not end the bot. An uncaught exception leaves the process in
 * an unknown state, so after logging it `exit(1)` is called and the operator's
 * supervisor restarts it.
 */
export function installProcessHandlers(
  events: ProcessEvents,
  logger: Logger,
  exit: (code: number) => void,
): void {
  events.on("unhandledRejection", (reason) => {
    // The logger writes an Error's stack after its fields.
    logger.error("unhandled promise rejection", {
      error: reason instanceof Error ? reason : String(reason),
    });
  });
  events.on("uncaughtException", (error, origin) => {
    logger.error("uncaught exception; exiting", { error, origin });
    exit(1);
  });
}
