import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverErrorFault, startFakeDiscord, type FakeDiscord } from "../fake-discord/index.js";

/** A user who cannot read a mode-000 file; used when the tests run as root, who can read anything. */
const NOBODY = { uid: 65534, gid: 65534 };
const runningAsRoot = process.getuid?.() === 0;

interface Spawned {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** Only stderr: the log lines. */
  logs: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

/** The real entry point in its own process (with the SIGUSR2 fault preload), everything it writes collected. */
function startProcess(env: Record<string, string>, user?: { uid: number; gid: number }): Spawned {
  let output = "";
  let logs = "";
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./test/e2e/fixtures/faultOnSignal.ts", "src/index.ts"],
    {
      env: {
        ...process.env,
        VERBATIM_CACHE_DIR: "off",
        COOLDOWN_SECONDS: "0",
        LOG_LEVEL: "debug",
        DISCORD_TOKEN: "",
        ...env,
      },
      stdio: ["pipe", "pipe", "pipe"],
      ...(user ?? {}),
    },
  );
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    logs += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on("exit", (code) => resolve({ code, at: performance.now() })),
  );
  return { child, output: () => output, logs: () => logs, exited };
}

async function waitForOutput(
  read: () => string,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline)
      throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${read().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const countLines = (text: string, pattern: RegExp) =>
  text.split("\n").filter((line) => pattern.test(line)).length;

describe("the bot process in a session against the local fake Discord", () => {
  let fake: FakeDiscord;
  let bot: Spawned;
  // What the set-up started, undone last first, even when a later step of the set-up failed.
  const teardown: (() => unknown)[] = [];
  afterAll(async () => {
    for (const step of teardown.reverse()) await step();
  });

  beforeAll(async () => {
    fake = await startFakeDiscord();
    teardown.push(() => fake.close());
    bot = startProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.restUrl,
      SEEDS_DIR: "seeds",
    });
    teardown.push(() => bot.child.kill("SIGKILL"));
    await waitForOutput(bot.output, /bot ready/);
  });

  it("answers a command and an unknown one", async () => {
    const reply = await fake.waitForReply(
      fake.injectChatInput({ name: "who", options: { query: "Russian foreign minister" } }).id,
    );
    expect(JSON.stringify(reply.message.embeds)).toMatch(/Lavrov[\s\S]*¶/);
    const unknown = await fake.waitForReply(fake.injectChatInput({ name: "no-such-command" }).id);
    expect(unknown.message.content).toMatch(/I don't know that command/);
  });

  it("logs an interaction whose reply Discord refuses with its command and user, and apologises privately", async () => {
    fake.failNext(serverErrorFault("POST", "POST /interactions/:id/:token/callback", 4));
    const { id } = fake.injectChatInput({ name: "sources" });
    const apology = await fake.waitForReply(id);
    expect(apology.ephemeral).toBe(true);
    await waitForOutput(bot.logs, /ERROR interaction failed command="sources" user="\d+"/);
  });

  it("logs an unhandled rejection outside any interaction with its stack, redacts the token in it, and goes on answering", async () => {
    bot.child.kill("SIGUSR2");
    await waitForOutput(bot.logs, /ERROR unhandled promise rejection/);
    const line = bot
      .logs()
      .split("\n")
      .find((l) => l.includes("unhandled promise rejection"))!;
    expect(line).toMatch(
      /error="Error: test fault: request failed with Authorization Bot \[redacted\]" stack="Error: test fault[^"]*\| +at /,
    );
    const reply = await fake.waitForReply(
      fake.injectChatInput({ name: "who", options: { query: "Kremlin spokesperson" } }).id,
    );
    expect(JSON.stringify(reply.message.embeds)).toMatch(/Peskov/);
  });

  it("acknowledges each of a burst of 300 interactions from different members exactly once within 3 s", async () => {
    const users = Array.from({ length: 300 }, (_, i) => fake.createUser(`burst${i}`));
    const queries = ["Russian foreign minister", "Kremlin spokesperson", "Who won the Super Bowl?"];
    const ids = users.map(
      (user, i) =>
        fake.injectChatInput({
          name: "who",
          options: { query: queries[i % queries.length]! },
          user,
        }).id,
    );
    await fake.waitFor(
      () => (ids.every((id) => fake.interaction(id).settledAt !== undefined) ? true : undefined),
      "every reply of the burst",
      15_000,
    );
    const latencies = ids
      .map((id) => fake.interaction(id).callbacks[0]!.elapsedMs)
      .sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.ceil(latencies.length * p) - 1]!;
    process.stdout.write(
      `burst of 300 (bot in its own process): acknowledgement first ${latencies[0]!.toFixed(0)} ms, p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms\n`,
    );
    for (const id of ids) expect(fake.interaction(id).callbacks).toHaveLength(1);
    expect(latencies.at(-1)!).toBeLessThanOrEqual(3000);
  });

  it("on SIGTERM during a burst, answers every interaction it had received, then logs out and exits 0 within 5 s", async () => {
    const users = Array.from({ length: 300 }, (_, i) => fake.createUser(`sigterm${i}`));
    const ids = users.map(
      (user) =>
        fake.injectChatInput({
          name: "ask",
          options: { query: "How much military aid has the US given Ukraine?" },
          user,
        }).id,
    );
    // Signal once the bot is busy with the burst, so the shutdown really happens in the middle of it.
    await fake.waitFor(
      () => (ids.some((id) => fake.interaction(id).callbacks.length > 0) ? true : undefined),
      "the first answer of the burst",
    );
    const signalledAt = performance.now();
    bot.child.kill("SIGTERM");
    const pending = ids.filter((id) => fake.interaction(id).callbacks.length === 0).length;
    const { code, at } = await bot.exited;
    const drained =
      /INFO interactions drained inFlight=(\d+) finished=(\d+) cutOff=(\d+) turnedAway=(\d+)/.exec(
        bot.logs(),
      );
    const replyOf = (id: string) => JSON.stringify(fake.interaction(id).callbacks[0]?.data ?? "");
    const restarting = ids.filter((id) => replyOf(id).includes("Verbatim is restarting")).length;
    process.stdout.write(
      `SIGTERM with ${pending} of ${ids.length} interactions unanswered: exit ${code} after ${(at - signalledAt).toFixed(0)} ms; ` +
        `${drained?.[0] ?? "no drain line"}\n`,
    );
    expect(pending).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(5000);
    expect(bot.logs()).toMatch(/INFO shutting down signal="SIGTERM" graceSeconds=5/);
    // Every interaction got exactly one reply: an answer when it arrived before the signal, else the restarting notice.
    for (const id of ids) expect(fake.interaction(id).callbacks).toHaveLength(1);
    expect(drained).not.toBeNull();
    const [, inFlight, finished, cutOff, turnedAway] = drained!.map(Number);
    expect(cutOff).toBe(0);
    expect(finished).toBe(inFlight);
    expect(restarting).toBe(turnedAway);
    expect(ids.length - restarting).toBeGreaterThanOrEqual(ids.length - pending);
    // The clean path (logout), not the grace timer.
    expect(bot.logs()).toMatch(/INFO bot stopped/);
    expect(bot.logs()).not.toMatch(/did not finish within the grace period/);
  });

  it("never wrote the token, or its secret part, in any line of the session, and left no other rejection or crash", () => {
    const all = bot.output();
    expect(all).toMatch(
      /bot ready[\s\S]*interaction handled[\s\S]*interaction failed[\s\S]*unhandled promise rejection[\s\S]*bot stopped/,
    );
    expect(all).not.toContain(fake.token);
    expect(all).not.toContain(fake.token.split(".").at(-1)!);
    // The one rejection the test caused; the burst and the shutdown added none, and nothing was uncaught.
    expect(countLines(bot.logs(), /unhandled promise rejection/)).toBe(1);
    expect(all).not.toMatch(/uncaught exception/);
  });
});

describe("the bot process on an uncaught exception", () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await fake.close();
    };
  });

  it("logs it with its origin and stack, then exits 1 for its supervisor to restart it", async () => {
    const bot = startProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.restUrl,
      SEEDS_DIR: "seeds",
      VERBATIM_TEST_FAULT: "throw",
    });
    try {
      await waitForOutput(bot.output, /bot ready/);
      bot.child.kill("SIGUSR2");
      const { code } = await bot.exited;
      expect(code).toBe(1);
      expect(bot.logs()).toMatch(
        /ERROR uncaught exception; exiting error="TypeError: test fault: thrown from a timer" origin="uncaughtException" stack="TypeError: test fault[^"]*\| +at /,
      );
      expect(bot.output()).not.toContain(fake.token);
    } finally {
      bot.child.kill("SIGKILL");
    }
  });

  it("stops with a clear message and exit code 1 when Discord refuses the token, without printing it", async () => {
    const wrong = `${fake.token}x`;
    const bot = startProcess({
      DISCORD_TOKEN: wrong,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.restUrl,
      SEEDS_DIR: "seeds",
    });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/Verbatim failed to start: .*(token|401|Unauthorized)/i);
    expect(bot.output()).not.toContain(wrong);
    expect(bot.output()).not.toMatch(/^\s+at /m);
  });
});

describe("start-up with a broken corpus", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-broken-"));
    // World-readable, so the process can run as another user (see NOBODY).
    chmodSync(dir, 0o755);
    dirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the good articles and gives each bad file one clear log line with its name and reason", async () => {
    const dir = tempDir();
    copyFileSync("seeds/002_3005a28be2e22e32.txt", join(dir, "002_3005a28be2e22e32.txt"));
    copyFileSync("seeds/004_c97a14d67b62df97.txt", join(dir, "004_c97a14d67b62df97.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(
      join(dir, "binary.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]),
    );
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.concat([
        Buffer.from("Talks in Gen"),
        Buffer.from([0xe8]),
        Buffer.from("ve went on all day.\n"),
      ]),
    );
    writeFileSync(join(dir, "huge.txt"), "word ".repeat(4_200_000));
    writeFileSync(
      join(dir, "crlf.txt"),
      "\uFEFFOfficials met in Vienna on Monday.\r\nThey agreed to meet again.\r\n",
    );
    writeFileSync(join(dir, "same.md"), "Officials met in Oslo on Friday.\n");
    writeFileSync(join(dir, "same.txt"), "Officials met in Oslo on Friday.\n");
    writeFileSync(join(dir, "locked.txt"), "Officials met in Bern.\n");
    chmodSync(join(dir, "locked.txt"), 0o000);
    symlinkSync(join(dir, "crlf.txt"), join(dir, "link.txt"));
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "deep.txt"), "Officials met in Rome.\n");
    // A named pipe would block a reader that opened it; mkfifo is absent on some systems.
    const fifo = spawnSync("mkfifo", [join(dir, "pipe.txt")]).status === 0;

    const expected: Record<string, RegExp> = {
      "empty.txt": /empty file/,
      "binary.txt": /binary file/,
      "latin1.txt": /invalid UTF-8: 1 byte sequence\(s\) replaced/,
      "huge.txt": /too large \(20\.0 MB; the limit is 5 MB\)/,
      "same.txt": /duplicate article id \\"same\\" \(already loaded from same\.md\)/,
      "locked.txt": /unreadable \(EACCES\)/,
      "link.txt": /symbolic link skipped/,
      nested: /folder skipped/,
      ...(fifo ? { "pipe.txt": /not a regular file/ } : {}),
    };
    // Root reads a mode-000 file anyway, so as root the process runs as nobody for the unreadable case to mean anything.
    const app = startProcess({ SEEDS_DIR: dir }, runningAsRoot ? NOBODY : undefined);
    try {
      await waitForOutput(app.output, /console ready: 5 articles/);
      app.child.stdin!.write("/who Russian foreign minister\n/source crlf 1\n/source latin1 1\n");
      await waitForOutput(app.output, /Talks in Gen\uFFFDve went on all day\./);
      expect(app.output()).toMatch(/Lavrov/);
      // BOM and CRLF are gone from the served text.
      expect(app.output()).toMatch(/\nOfficials met in Vienna on Monday\.\n/);
      expect(app.output()).not.toMatch(/\r|\uFEFF/);
      const warnings = app
        .logs()
        .split("\n")
        .filter((line) => / WARN /.test(line));
      for (const [file, reason] of Object.entries(expected)) {
        const lines = warnings.filter((line) => line.includes(`file="${file}"`));
        expect(lines, file).toHaveLength(1);
        expect(lines[0], file).toMatch(reason);
      }
      // Nothing else was warned about: the good files, BOM and CRLF included, are silent.
      expect(warnings).toHaveLength(Object.keys(expected).length);
      expect(app.output()).not.toMatch(/^\s+at /m);
    } finally {
      app.child.stdin!.end();
      app.child.kill("SIGKILL");
    }
  });

  it("stops with a clear message and exit code 1 when no article is usable, without a stack trace", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "notes.pdf"), "%PDF-1.4");
    const app = startProcess({ SEEDS_DIR: dir });
    const { code } = await app.exited;
    expect(code).toBe(1);
    expect(app.output()).toMatch(
      /no usable article in .*: empty\.txt \(empty file\); notes\.pdf \(not an article/,
    );
    expect(app.output()).not.toMatch(/^\s+at /m);
  });

  it("stops with a clear message and exit code 1 when SEEDS_DIR does not exist, without a stack trace", async () => {
    const missing = join(tmpdir(), "verbatim-no-such-dir", "seeds");
    const app = startProcess({ SEEDS_DIR: missing });
    const { code } = await app.exited;
    expect(code).toBe(1);
    expect(app.output()).toContain(
      `cannot read the corpus directory ${missing}: it does not exist`,
    );
    expect(app.output()).not.toMatch(/^\s+at /m);
  });
});
