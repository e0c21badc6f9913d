import type { Registry } from "prom-client";
import type { Route } from "./route.js";

/** `GET /metrics`: the registry in Prometheus text format. */
export function metricsRoute(registry: Registry): Route {
  return {
    method: "GET",
    path: "/metrics",
    async handle() {
      return {
        status: 200,
        headers: { "content-type": registry.contentType },
        body: await registry.metrics(),
      };
    },
  };
}
