import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { createLogger } from "../../src/logger.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/index.js";
import {
  findFreePort,
  spawnEntryPoint,
  waitForOutput,
  type SpawnedEntryPoint,
} from "./spawnEntryPoint.js";
import { messageText } from "./startBotOnFake.js";
import { findNginx, startNginx, type RunningNginx } from "./startNginx.js";
import { redisSkipReason, startRedisServer, type RedisServer } from "./startRedisServer.js";

const nginx = findNginx();
const skip = !nginx
  ? "no nginx binary (apt-get install -y nginx; .ci/run installs it)"
  : redisSkipReason();
if (skip) console.warn(`skipping shared cooldowns behind nginx: ${skip}`);

/** The instance that answered a delivery, from the header each instance sets. */
const instanceOf = (headers: Record<string, string>) => headers["x-verbatim-instance"];

describe.skipIf(skip !== undefined)(
  "HTTP interactions: two instances behind nginx share one member's cooldown through a real Redis",
  () => {
    let fake: FakeDiscord;
    let redis: RedisServer;
    let proxy: RunningNginx;
    const bots: SpawnedEntryPoint[] = [];
    // What the set-up started, undone last first, even when a later step of the set-up failed.
    const teardown: (() => unknown)[] = [];
    afterAll(async () => {
      for (const step of teardown.reverse()) await step();
    });

    beforeAll(async () => {
      fake = await startFakeDiscord();
      teardown.push(() => fake.close());
      redis = await startRedisServer();
      teardown.push(() => redis.stop());
      const env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_BASE: fake.restUrl,
      };
      await deployCommands(
        parseConfig({ ...env, VERBATIM_CACHE_DIR: "off" }),
        createLogger("silent"),
      );
      const ports = [await findFreePort(), await findFreePort()];
      for (const port of ports) {
        const bot = spawnEntryPoint({
          ...env,
          DISCORD_PUBLIC_KEY: fake.publicKeyHex,
          HTTP_PORT: String(port),
          SEEDS_DIR: "seeds",
          LOG_FORMAT: "json",
          REDIS_URL: redis.url,
          COOLDOWN_SECONDS: "30",
        });
        bots.push(bot);
        teardown.push(async () => {
          bot.child.kill("SIGTERM");
          await bot.exited;
        });
      }
      await Promise.all(bots.map((bot) => waitForOutput(bot.logs, /"msg":"bot ready"/, 60_000)));
      const listen = await findFreePort();
      proxy = await startNginx(nginx!, ports, listen);
      teardown.push(() => proxy.stop());
      fake.interactionsUrl = `http://127.0.0.1:${listen}/interactions`;
    }, 90_000);

    it("refuses a member's second /who on the other instance, and still answers another member", async () => {
      const first = fake.injectChatInput({ name: "who", options: { query: "Lavrov" } });
      const firstBy = instanceOf((await fake.delivery(first.id)).headers);
      expect(messageText(await fake.waitForReply(first.id))).toMatch(/Lavrov/);

      // Round robin: the next interaction reaches the other instance, which has never seen this member.
      const again = fake.injectChatInput({ name: "who", options: { query: "Lavrov" } });
      const againBy = instanceOf((await fake.delivery(again.id)).headers);
      expect(againBy).toBeDefined();
      expect(againBy).not.toBe(firstBy);
      const refused = await fake.waitForReply(again.id);
      expect(refused.ephemeral).toBe(true);
      expect(messageText(refused)).toMatch(/Slow down a little: you can use \/who again/);

      const other = fake.injectChatInput({
        name: "who",
        options: { query: "Lavrov" },
        user: fake.users.other,
      });
      expect(messageText(await fake.waitForReply(other.id))).toMatch(/Lavrov/);
    });
  },
);
