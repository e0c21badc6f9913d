import { describe, expect, it } from "vitest";
import { createHealthState } from "../../src/http/healthState.js";
import { startMonitoring } from "../../src/http/startMonitoring.js";
import { createLogger } from "../../src/logger.js";
import type { Engine } from "../../src/engine/types.js";

/** Just what health reads from an engine. */
const engine = {
  version: "abc123",
  listSources: () => [{ paragraphs: 4 }, { paragraphs: 6 }],
} as unknown as Engine;

describe("the health state", () => {
  it("is 503 starting until the engine is loaded and the gateway ready, then 200", () => {
    const health = createHealthState(60);
    expect(health.check()).toMatchObject({
      status: 503,
      body: { status: "starting", reason: "loading the corpus" },
    });
    health.engineLoaded(engine);
    expect(health.check()).toMatchObject({
      status: 503,
      body: { status: "starting", reason: "connecting to the Discord gateway" },
    });
    health.gatewayReady();
    expect(health.check()).toEqual({
      status: 200,
      body: { status: "ok", corpus: "abc123", articles: 2, gateway: "ready" },
    });
  });

  it("stays 200 through a gateway drop shorter than the grace period, and turns 503 after it", () => {
    let now = 1_000_000;
    const health = createHealthState(60, () => now);
    health.engineLoaded(engine);
    health.gatewayReady();
    health.gatewayDisconnected();
    now += 59_000;
    health.gatewayDisconnected(); // a reconnect attempt does not restart the clock
    expect(health.check()).toMatchObject({
      status: 200,
      body: { status: "ok", gateway: "disconnected" },
    });
    now += 2_000;
    expect(health.check()).toMatchObject({
      status: 503,
      body: { status: "unavailable", reason: "gateway disconnected for 61 s" },
    });
    health.gatewayReady();
    expect(health.check().status).toBe(200);
  });

  it("is 503 stopping once shutdown begins, whatever else holds", () => {
    const health = createHealthState(60);
    health.engineLoaded(engine);
    health.gatewayReady();
    health.stopping();
    expect(health.check()).toMatchObject({
      status: 503,
      body: { status: "stopping", reason: "shutting down" },
    });
  });
});

describe("the health and metrics server", () => {
  it("serves /healthz and /metrics from its route table, 404 elsewhere, and 503 stopping over HTTP", async () => {
    const lines: string[] = [];
    const logger = createLogger("debug", (l) => lines.push(l));
    const monitoring = await startMonitoring({
      host: "127.0.0.1",
      port: 0,
      gatewayGraceSeconds: 60,
      logger,
    });
    try {
      const base = `http://127.0.0.1:${monitoring.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      monitoring.engineLoaded(engine, 0.25);
      monitoring.monitor.gatewayReady();
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      monitoring.monitor.interactionDone({ command: "who", outcome: "cooldown", seconds: 0.002 });
      monitoring.monitor.reloaded("failed", engine);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('verbatim_interactions_total{command="who",outcome="cooldown"} 1');
      expect(metrics).toContain(
        'verbatim_interaction_duration_seconds_bucket{le="0.005",command="who"} 1',
      );
      expect(metrics).toContain('verbatim_reloads_total{result="failed"} 1');
      expect(metrics).toContain("verbatim_corpus_paragraphs 10");
      expect(metrics).toContain("verbatim_engine_load_seconds 0.25");
      expect((await fetch(`${base}/nothing`)).status).toBe(404);
      monitoring.health.stopping();
      const stopping = await fetch(`${base}/healthz`);
      expect(stopping.status).toBe(503);
      expect(await stopping.json()).toMatchObject({ status: "stopping" });
    } finally {
      await monitoring.close();
    }
    expect(lines.some((l) => /INFO http server listening host="127.0.0.1" port=\d+/.test(l))).toBe(
      true,
    );
  });

  it("cannot start on a port already in use, so start-up fails instead of running without health", async () => {
    const first = await startMonitoring({
      host: "127.0.0.1",
      port: 0,
      gatewayGraceSeconds: 60,
      logger: createLogger("silent"),
    });
    try {
      const second = startMonitoring({
        host: "127.0.0.1",
        port: first.port,
        gatewayGraceSeconds: 60,
        logger: createLogger("silent"),
      });
      await expect(second).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
