import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/index.js";

/** The real entry point in its own process, with everything it writes collected. */
function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; at: number }> } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    env: { ...process.env, VERBATIM_CACHE_DIR: "off", COOLDOWN_SECONDS: "0", LOG_LEVEL: "debug", DISCORD_TOKEN: "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on("exit", (code) => resolve({ code, at: performance.now() })));
  return { child, output: () => output, exited };
}

async function waitForOutput(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${read().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the bot process against the local fake Discord", () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });

  afterAll(async () => {
    await fake?.close();
  });

  it("answers a session, never logs its token, and exits 0 within 5 s on SIGTERM during a burst", async () => {
    const bot = startProcess({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.restUrl, SEEDS_DIR: "seeds" });
    try {
      await waitForOutput(bot.output, /bot ready/);
      const who = fake.injectChatInput({ name: "who", options: { query: "Russian foreign minister" } });
      const reply = await fake.waitForReply(who.id);
      expect(JSON.stringify(reply.message.embeds)).toMatch(/Lavrov[\s\S]*¶/);
      // An error path: a command the bot does not know.
      await fake.waitForReply(fake.injectChatInput({ name: "no-such-command" }).id);
      const users = Array.from({ length: 60 }, (_, i) => fake.createUser(`sigterm${i}`));
      for (const user of users) fake.injectChatInput({ name: "ask", options: { query: "How much military aid has the US given Ukraine?" }, user });
      const signalledAt = performance.now();
      bot.child.kill("SIGTERM");
      const { code, at } = await bot.exited;
      expect(code).toBe(0);
      expect(at - signalledAt).toBeLessThan(5000);
      expect(bot.output()).toMatch(/shutting down/);
      expect(bot.output()).not.toContain(fake.token);
    } finally {
      bot.child.kill("SIGKILL");
    }
  });
});

describe("start-up with a broken corpus", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-broken-"));
    dirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the good articles and gives each bad file one clear log line", async () => {
    const dir = tempDir();
    copyFileSync("seeds/002_3005a28be2e22e32.txt", join(dir, "002_3005a28be2e22e32.txt"));
    copyFileSync("seeds/004_c97a14d67b62df97.txt", join(dir, "004_c97a14d67b62df97.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.concat([Buffer.from("Talks in Gen"), Buffer.from([0xe8]), Buffer.from("ve went on all day.\n")]));
    writeFileSync(join(dir, "huge.txt"), "word ".repeat(4_200_000));
    writeFileSync(join(dir, "crlf.txt"), "\uFEFFOfficials met in Vienna on Monday.\r\nThey agreed to meet again.\r\n");
    writeFileSync(join(dir, "same.txt"), "Officials met in Oslo on Friday.\n");
    writeFileSync(join(dir, "same.md"), "Officials met in Oslo on Friday.\n");
    symlinkSync(join(dir, "crlf.txt"), join(dir, "link.txt"));
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "deep.txt"), "Officials met in Rome.\n");
    const app = startProcess({ SEEDS_DIR: dir });
    try {
      await waitForOutput(app.output, /console ready: 5 articles/);
      app.child.stdin!.write("/who Russian foreign minister\n");
      await waitForOutput(app.output, /Lavrov/);
      const warnings = app.output().split("\n").filter((line) => / WARN /.test(line));
      for (const file of ["empty.txt", "binary.txt", "latin1.txt", "huge.txt", "same.txt", "link.txt", "nested"]) {
        expect(warnings.filter((line) => line.includes(`"${file}"`)), file).toHaveLength(1);
      }
      expect(warnings.find((l) => l.includes('"huge.txt"'))).toMatch(/too large/);
      expect(warnings.find((l) => l.includes('"same.txt"'))).toMatch(/duplicate article id/);
      expect(app.output()).not.toMatch(/^\s+at /m);
    } finally {
      app.child.stdin!.end();
      app.child.kill("SIGKILL");
    }
  });

  it("stops with a clear message and exit code 1 when no article is usable, without a stack trace", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const app = startProcess({ SEEDS_DIR: dir });
    const { code } = await app.exited;
    expect(code).toBe(1);
    expect(app.output()).toMatch(/no usable article in .*empty\.txt \(empty file\)/);
    expect(app.output()).not.toMatch(/^\s+at /m);
  });
});
