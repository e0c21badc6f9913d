import type { Engine } from "../engine/types.js";

/** What `GET /healthz` answers: the status code and the JSON body. */
export interface HealthReport {
  status: 200 | 503;
  body:
    // Within the grace period a dropped gateway still reports ok, and says it is disconnected.
    | { status: "ok"; corpus: string; articles: number; gateway: "ready" | "disconnected" }
    | {
        status: "starting" | "stopping" | "unavailable";
        reason: string;
        corpus?: string;
        articles?: number;
        gateway: GatewayState;
      };
}

/** The gateway connection as health sees it. */
export type GatewayState = "connecting" | "ready" | "disconnected";

/** The process's readiness, fed by start-up, the bot and shutdown; read by `GET /healthz`. */
export interface HealthState {
  /** The engine is loaded (or a reload swapped it). */
  engineLoaded(engine: Engine): void;
  gatewayReady(): void;
  gatewayDisconnected(): void;
  /** Shutdown began: from now on the answer is 503 "stopping". */
  stopping(): void;
  check(): HealthReport;
}

/**
 * Healthy once the engine is loaded and the gateway is ready. A disconnected gateway stays healthy for
 * `graceSeconds` (discord.js resumes by itself, and a restart would only lose the session), then turns 503.
 * `now` (ms) is injectable for tests.
 */
export function createHealthState(graceSeconds: number, now: () => number = Date.now): HealthState {
  let engine: { version: string; articles: number } | undefined;
  let gateway: GatewayState = "connecting";
  let downSince: number | undefined;
  let stopping = false;
  return {
    engineLoaded(next) {
      engine = { version: next.version, articles: next.listSources().length };
    },
    gatewayReady() {
      gateway = "ready";
      downSince = undefined;
    },
    gatewayDisconnected() {
      if (gateway === "disconnected") return;
      gateway = "disconnected";
      downSince = now();
    },
    stopping() {
      stopping = true;
    },
    check() {
      const corpus = engine ? { corpus: engine.version, articles: engine.articles } : {};
      if (stopping)
        return {
          status: 503,
          body: { status: "stopping", reason: "shutting down", ...corpus, gateway },
        };
      if (!engine)
        return { status: 503, body: { status: "starting", reason: "loading the corpus", gateway } };
      if (gateway === "connecting") {
        return {
          status: 503,
          body: {
            status: "starting",
            reason: "connecting to the Discord gateway",
            ...corpus,
            gateway,
          },
        };
      }
      if (gateway === "disconnected") {
        const downFor = (now() - (downSince ?? now())) / 1000;
        if (downFor > graceSeconds) {
          const reason = `gateway disconnected for ${Math.round(downFor)} s`;
          return { status: 503, body: { status: "unavailable", reason, ...corpus, gateway } };
        }
      }
      return {
        status: 200,
        body: { status: "ok", corpus: engine.version, articles: engine.articles, gateway },
      };
    },
  };
}
