import type { Engine } from "../engine/types.js";
import type { InteractionReport } from "./outcomes.js";

/**
 * What the running bot reports to health and metrics. Every method is cheap and never throws, so the bot
 * can call it on its hot path; with no HTTP server the bot gets no monitor at all.
 */
export interface BotMonitor {
  /** An interaction finished (or was cut short by an error). */
  interactionDone(report: InteractionReport): void;
  /** The gateway is connected and ready (first login, resume or reconnect). */
  gatewayReady(): void;
  /** The gateway connection dropped; health turns 503 once it stays down longer than the grace period. */
  gatewayDisconnected(): void;
  /** A reload finished; on success `engine` is the one now serving. */
  reloaded(result: "ok" | "failed", engine: Engine): void;
}
