import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { BotMonitor } from "../metrics/botMonitor.js";
import { createMetrics, type Metrics } from "../metrics/createMetrics.js";
import { createHealthState, type HealthState } from "./healthState.js";
import { healthRoute } from "./healthRoute.js";
import { metricsRoute } from "./metricsRoute.js";
import { sourcePageRoutes } from "./pages/sourcePageRoutes.js";
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
 * so a health check sees 503 "starting" rather than a refused connection. With `sourcePages` (PUBLIC_URL
 * set) it also serves `/sources` and `/sources/<id>` from the engine serving now.
 */
export async function startMonitoring(options: {
  host: string;
  port: number;
  gatewayGraceSeconds: number;
  logger: Logger;
  extraRoutes?: readonly Route[];
  /** Serve the public source pages. */
  sourcePages?: boolean;
}): Promise<Monitoring> {
  const health = createHealthState(options.gatewayGraceSeconds);
  const metrics = createMetrics();
  // The engine serving now, as start-up and every successful reload report it; the pages read it per request.
  let engine: Engine | undefined;
  const server = await startHttpServer({
    host: options.host,
    port: options.port,
    routes: [
      healthRoute(health),
      metricsRoute(metrics.registry),
      ...(options.sourcePages ? sourcePageRoutes(() => engine) : []),
      ...(options.extraRoutes ?? []),
    ],
    logger: options.logger,
  });
  const monitor: BotMonitor = {
    interactionDone: (report) => metrics.interactionDone(report),
    gatewayReady: () => health.gatewayReady(),
    gatewayDisconnected: () => health.gatewayDisconnected(),
    reloaded(result, next) {
      metrics.reloaded(result);
      if (result === "ok") {
        engine = next;
        metrics.corpusLoaded(next);
        health.engineLoaded(next);
      }
    },
  };
  return {
    monitor,
    health,
    metrics,
    port: server.port,
    engineLoaded(loaded, seconds) {
      engine = loaded;
      metrics.corpusLoaded(loaded);
      metrics.engineLoadSeconds(seconds);
      health.engineLoaded(loaded);
    },
    close: () => server.close(),
  };
}
