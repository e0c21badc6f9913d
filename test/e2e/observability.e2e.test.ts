import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  rateLimitFault,
  serverErrorFault,
  startFakeDiscord,
  type FakeDiscord,
} from "../fake-discord/index.js";
import {
  findFreePort,
  spawnEntryPoint,
  waitForOutput,
  type SpawnedEntryPoint,
} from "./spawnEntryPoint.js";

/** One JSON log line as LOG_FORMAT=json writes it. */
interface LogEntry {
  time: string;
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** The value of one Prometheus sample, or 0 when the series does not exist yet. */
function sample(metrics: string, series: string): number {
  const line = metrics.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("the bot process with HTTP_PORT and LOG_FORMAT=json, against the local fake Discord", () => {
  let fake: FakeDiscord;
  let bot: SpawnedEntryPoint;
  let base: string;
  let port: number;
  const early: { status: number; body: Record<string, unknown> }[] = [];
  // What the set-up started, undone last first, even when a later step of the set-up failed.
  const teardown: (() => unknown)[] = [];
  const onTeardown = (step: () => unknown) => teardown.push(step);
  afterAll(async () => {
    for (const step of teardown.reverse()) await step();
  });

  const entries = (): LogEntry[] =>
    bot
      .logs()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LogEntry);

  beforeAll(async () => {
    fake = await startFakeDiscord();
    onTeardown(() => fake.close());
    // Discord makes the bot wait 1.5 s before it may connect, so there is a window where the bot is loaded but not ready.
    fake.failNext(rateLimitFault("GET", /\/gateway\/bot$/, 1.5));
    port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    bot = spawnEntryPoint({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.restUrl,
      SEEDS_DIR: "seeds",
      HTTP_PORT: String(port),
      LOG_FORMAT: "json",
    });
    onTeardown(() => bot.child.kill("SIGKILL"));
    await waitForOutput(bot.logs, /"msg":"http server listening"/);
    // Poll until ready, keeping every answer seen on the way.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const response = await fetch(`${base}/healthz`);
      early.push({
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
      });
      if (response.status === 200 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it("answers /healthz with 503 and the reason until the engine is loaded and the gateway ready, then 200", () => {
    expect(early[0]).toMatchObject({ status: 503, body: { status: "starting" } });
    expect(String(early[0]!.body.reason)).toMatch(
      /loading the corpus|connecting to the Discord gateway/,
    );
    expect(
      early.some((e) => e.status === 503 && e.body.reason === "connecting to the Discord gateway"),
    ).toBe(true);
    const last = early.at(-1)!;
    expect(last.status).toBe(200);
    expect(last.body).toEqual({
      status: "ok",
      corpus: expect.stringMatching(/^[0-9a-f]+$/),
      articles: expect.any(Number),
      gateway: "ready",
    });
    expect(last.body.articles).toBeGreaterThan(0);
  });

  it("counts an interaction on /metrics by command and outcome, with its latency, the corpus and process metrics", async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    await fake.waitForReply(
      fake.injectChatInput({ name: "who", options: { query: "Russian foreign minister" } }).id,
    );
    await fake.waitForReply(
      fake.injectChatInput({ name: "who", options: { query: "Who won the Super Bowl?" } }).id,
    );
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    const answered = 'verbatim_interactions_total{command="who",outcome="answered"}';
    const noAnswer = 'verbatim_interactions_total{command="who",outcome="no_answer"}';
    expect(sample(after, answered)).toBe(sample(before, answered) + 1);
    expect(sample(after, noAnswer)).toBe(sample(before, noAnswer) + 1);
    const timed = 'verbatim_interaction_duration_seconds_count{command="who"}';
    expect(sample(after, timed)).toBe(sample(before, timed) + 2);
    expect(sample(after, "verbatim_corpus_articles")).toBe(early.at(-1)!.body.articles);
    expect(sample(after, "verbatim_corpus_paragraphs")).toBeGreaterThan(
      sample(after, "verbatim_corpus_articles"),
    );
    expect(sample(after, "verbatim_engine_load_seconds")).toBeGreaterThan(0);
    expect(after).toContain('verbatim_reloads_total{result="ok"} 0');
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(after).not.toContain(fake.token);
  });

  it("answers 404 for any other path, and the container health check exits 0", async () => {
    for (const path of ["/", "/healthz/", "/metrics.json", "/.env"])
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
    const env = { ...process.env, HTTP_PORT: String(port) };
    const check = spawnSync(process.execPath, ["--import", "tsx", "src/http/checkHealth.ts"], {
      env,
      encoding: "utf8",
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^200 \{"status":"ok"/);
  });

  it("writes every log line as one JSON object with an ISO time, a level name and msg", () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(3);
    for (const entry of all) {
      expect(new Date(entry.time).toISOString()).toBe(entry.time);
      expect(["debug", "info", "warn", "error"]).toContain(entry.level);
      expect(typeof entry.msg).toBe("string");
    }
    expect(all.find((e) => e.msg === "bot ready")).toMatchObject({
      level: "info",
      corpus: expect.any(String),
    });
  });

  it("logs a failing interaction with its command and the error's type, message and stack, and never the token", async () => {
    fake.failNext(serverErrorFault("POST", "POST /interactions/:id/:token/callback", 4));
    const apology = await fake.waitForReply(fake.injectChatInput({ name: "sources" }).id);
    expect(apology.ephemeral).toBe(true);
    await waitForOutput(bot.logs, /"msg":"interaction failed"/);
    const failed = entries().find((e) => e.msg === "interaction failed")!;
    expect(failed).toMatchObject({
      level: "error",
      command: "sources",
      user: expect.stringMatching(/^\d+$/),
    });
    const error = failed.error as { type: string; message: string; stack: string };
    expect(typeof error.type).toBe("string");
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.stack).toMatch(/\n +at /);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(sample(metrics, 'verbatim_interactions_total{command="sources",outcome="error"}')).toBe(
      1,
    );
    expect(bot.output()).not.toContain(fake.token);
    expect(bot.output()).not.toContain(fake.token.split(".").at(-1)!);
  });
});

describe("start-up failures with LOG_FORMAT=json", () => {
  it("are JSON lines too, for a bad setting and for a missing SEEDS_DIR", async () => {
    const envs: Record<string, string>[] = [
      { COOLDOWN_SECONDS: "soon" },
      { SEEDS_DIR: "/nonexistent/verbatim-seeds" },
    ];
    for (const env of envs) {
      const run = spawnEntryPoint({ LOG_FORMAT: "json", ...env });
      const { code } = await run.exited;
      expect(code).toBe(1);
      const lines = run.logs().trim().split("\n");
      for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
      const last = JSON.parse(lines.at(-1)!) as unknown;
      expect(last).toMatchObject({
        level: "error",
        msg: expect.stringMatching(/COOLDOWN_SECONDS|SEEDS_DIR|nonexistent/),
      });
    }
  });
});
