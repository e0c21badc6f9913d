import type { HealthState } from "./healthState.js";
import { jsonResponse, type Route } from "./route.js";

/** `GET /healthz`: 200 when serving, 503 with the reason while starting, stopping or cut off from the gateway. */
export function healthRoute(health: HealthState): Route {
  return {
    method: "GET",
    path: "/healthz",
    handle() {
      const report = health.check();
      return jsonResponse(report.status, report.body);
    },
  };
}
