import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createSighupHandler } from "../../src/discord/handleSighup.js";
import { createLogger } from "../../src/logger.js";
import {
  ALL_PERMISSIONS,
  isNoPing,
  MODERATOR_PERMISSIONS,
  startFakeDiscord,
} from "../fake-discord/index.js";
import {
  buttonsOf,
  messageText,
  runCommand,
  startBotOnFake,
  type BotOnFake,
} from "./startBotOnFake.js";

describe("reloading the corpus without a restart, end to end", () => {
  let env: BotOnFake;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "verbatim-reload-e2e-"));
    cpSync("seeds", dir, { recursive: true });
    env = await startBotOnFake({ seedsDir: dir });
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  const admin = () => ({ user: env.fake.users.moderator, permissions: ALL_PERMISSIONS });

  it("refuses /reload to a member without Manage Server", async () => {
    const reply = await runCommand(env.fake, {
      name: "reload",
      user: env.fake.users.moderator,
      permissions: MODERATOR_PERMISSIONS,
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/Manage Server/);
  });

  it("reports the changed article and the pinned summary whose cited sentence changed", async () => {
    const preview = await runCommand(env.fake, {
      name: "summary",
      options: { topic: "ceasefire" },
      ...admin(),
    });
    const publish = buttonsOf(preview).get("Publish & pin")!;
    await env.fake.waitForReply(
      env.fake.injectButton({
        customId: publish.customId,
        messageId: preview.message.id,
        ...admin(),
      }).id,
    );
    expect(env.fake.pins()).toHaveLength(1);
    // Change the sentence the first bullet quotes, in the article it cites.
    const cited = env.engine.summarize("ceasefire").bullets[0]!;
    const file = readdirSync(dir).find((f) => f.startsWith(cited.citations[0]!.article))!;
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain(cited.text);
    writeFileSync(
      join(dir, file),
      text.replace(cited.text, cited.text.replace(/ceasefire/i, "truce")),
    );

    const reply = await runCommand(env.fake, { name: "reload", ...admin() });
    expect(reply.ephemeral).toBe(true);
    const report = messageText(reply);
    expect(report).toMatch(/Reloaded: corpus \w+ → \w+/);
    expect(report).toContain(`Changed (1):\n• ${cited.citations[0]!.article.replace(/_/g, "\\_")}`);
    expect(report).toMatch(
      /Pinned summaries checked: 1; 1 cited sentence is no longer in the sources word for word/,
    );
    // Which pin (a link to the message) and which bullet.
    const pinned = env.fake.pins()[0]!;
    expect(report).toContain(`/channels/${env.fake.guildId}/${env.fake.channelId}/${pinned.id}`);
    expect(report).toContain(cited.text.slice(0, 40));
    // The new corpus answers at once.
    const answer = await runCommand(env.fake, { name: "sources" });
    expect(messageText(answer)).not.toContain(env.engine.version);
  });

  it("keeps answering from the old corpus when the new one is unusable, and says why", async () => {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
    writeFileSync(join(dir, "empty.txt"), "");
    const reply = await runCommand(env.fake, { name: "reload", ...admin() });
    expect(reply.message.content).toMatch(
      /Reload failed, so nothing changed[\s\S]*empty\.txt \(empty file\)/,
    );
    const who = await runCommand(env.fake, {
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    expect(messageText(who)).toMatch(/Lavrov/);
  });

  it("logs a failed SIGHUP reload and keeps serving", async () => {
    const lines: string[] = [];
    await createSighupHandler(
      env.bot.reload,
      createLogger("info", (line) => lines.push(line)),
    )();
    expect(lines.join("\n")).toMatch(
      /WARN corpus reload failed; still serving the old corpus .*no usable article/i,
    );
    const who = await runCommand(env.fake, {
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    expect(messageText(who)).toMatch(/Lavrov/);
  });

  it("pings no one in anything it posted", () => {
    for (const body of env.fake.messageBodies())
      expect(isNoPing(body.body.allowed_mentions)).toBe(true);
  });
});

describe("SIGHUP to the real process", () => {
  it("reloads the articles, logs what changed, and answers from the new ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-sighup-"));
    cpSync("seeds", dir, { recursive: true });
    const fake = await startFakeDiscord();
    let output = "";
    // The signal goes to this child process, never to the test runner.
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      env: {
        ...process.env,
        VERBATIM_CACHE_DIR: "off",
        COOLDOWN_SECONDS: "0",
        LOG_LEVEL: "info",
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_BASE: fake.restUrl,
        SEEDS_DIR: dir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 20_000;
      while (!pattern.test(output)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`no ${pattern}:\n${output.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    try {
      await waitFor(/bot ready/);
      writeFileSync(
        join(dir, "009_added.txt"),
        "Negotiators met in Reykjavik on Thursday to discuss a prisoner exchange.\n",
      );
      child.kill("SIGHUP");
      await waitFor(/corpus reloaded .*009_added/);
      const where = await fake.waitForReply(
        fake.injectChatInput({
          name: "where",
          options: { query: "Where did negotiators discuss a prisoner exchange?" },
        }).id,
      );
      expect(JSON.stringify(where.message.embeds)).toMatch(/Reykjavik/);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGKILL");
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
