import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Engine } from "../engine/types.js";
import type { InteractionReport } from "./outcomes.js";

/** Latency buckets in seconds: Discord allows 3 s for the first reply, so the buckets are finest below it. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

/** The bot's Prometheus metrics in their own registry (nothing global, so tests can make several). */
export interface Metrics {
  registry: Registry;
  interactionDone(report: InteractionReport): void;
  corpusLoaded(engine: Engine): void;
  engineLoadSeconds(seconds: number): void;
  reloaded(result: "ok" | "failed"): void;
}

/** Create the registry with the interaction, corpus and reload metrics and prom-client's default process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const interactions = new Counter({
    name: "verbatim_interactions_total",
    help: "Interactions handled, by command and outcome (answered, no_answer, refused, cooldown, error).",
    labelNames: ["command", "outcome"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "verbatim_interaction_duration_seconds",
    help: "Time from receiving an interaction to its last reply, by command.",
    labelNames: ["command"] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const articles = new Gauge({
    name: "verbatim_corpus_articles",
    help: "Articles in the corpus being served.",
    registers: [registry],
  });
  const paragraphs = new Gauge({
    name: "verbatim_corpus_paragraphs",
    help: "Paragraphs in the corpus being served.",
    registers: [registry],
  });
  const loadSeconds = new Gauge({
    name: "verbatim_engine_load_seconds",
    help: "Seconds the start-up took to read the corpus and build or load the index.",
    registers: [registry],
  });
  const reloads = new Counter({
    name: "verbatim_reloads_total",
    help: "Corpus reloads, by result (ok, failed).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  // Zero series from the start, so a rate() over them exists before the first event.
  for (const result of ["ok", "failed"]) reloads.inc({ result }, 0);
  return {
    registry,
    interactionDone({ command, outcome, seconds }) {
      interactions.inc({ command, outcome });
      duration.observe({ command }, seconds);
    },
    corpusLoaded(engine) {
      const sources = engine.listSources();
      articles.set(sources.length);
      paragraphs.set(sources.reduce((sum, s) => sum + s.paragraphs, 0));
    },
    engineLoadSeconds(seconds) {
      loadSeconds.set(seconds);
    },
    reloaded(result) {
      reloads.inc({ result });
    },
  };
}
