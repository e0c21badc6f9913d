import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { BotMonitor } from "../metrics/botMonitor.js";
import { createMetrics, type Metrics } from "../metrics/createMetrics.js";
import { createHealthState, type HealthState } from "./healthState.js";
import { healthRoute } from "./healthRoute.js";
import { metricsRoute } from "./metricsRoute.js";
import type { Route } from "./route.js";
import { startHttpServer } from "./startHttpServer.js";

/** Health, metrics and the server that serves them. */
export interface Monitoring {
  /** What the bot reports to. */
  monitor: BotMonitor;
  health: HealthState;
  metrics: Metrics;
  port: number;
  /** The engine start-up loaded, and how long that took. */
  engineLoaded(engine: Engine, seconds: number): void;
  close(): Promise<void>;
}

/**
 * Start the HTTP server with `/healthz` and `/metrics` (plus any `extraRoutes`) before the corpus is loaded,
 * so a health check sees 503 "starting" rather than a refused connection.
 */
export async function startMonitoring(options: {
  host: string;
  port: number;
  gatewayGraceSeconds: number;
  logger: Logger;
  extraRoutes?: readonly Route[];
}): Promise<Monitoring> {
  const health = createHealthState(options.gatewayGraceSeconds);
  const metrics = createMetrics();
  const server = await startHttpServer({
    host: options.host,
    port: options.port,
    routes: [healthRoute(health), metricsRoute(metrics.registry), ...(options.extraRoutes ?? [])],
    logger: options.logger,
  });
  const monitor: BotMonitor = {
    interactionDone: (report) => metrics.interactionDone(report),
    gatewayReady: () => health.gatewayReady(),
    gatewayDisconnected: () => health.gatewayDisconnected(),
    reloaded(result, engine) {
      metrics.reloaded(result);
      if (result === "ok") {
        metrics.corpusLoaded(engine);
        health.engineLoaded(engine);
      }
    },
  };
  return {
    monitor,
    health,
    metrics,
    port: server.port,
    engineLoaded(engine, seconds) {
      metrics.corpusLoaded(engine);
      metrics.engineLoadSeconds(seconds);
      health.engineLoaded(engine);
    },
    close: () => server.close(),
  };
}
