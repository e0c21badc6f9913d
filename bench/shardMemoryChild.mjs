// One bot-shaped process for `npm run bench:shards`: the engine over CORPUS_DIR (index snapshot in CACHE_DIR) and a
// discord.js Client logged in to the fake at API_BASE with the shards SHARD_IDS of SHARD_TOTAL, in-process or in
// worker threads (MODE). Plain JavaScript over dist/, so no TypeScript loader sits in the figures. Prints one JSON
// line of memory figures once ready, then waits to be stopped.
import { Client, GatewayIntentBits } from "discord.js";
import { WorkerShardingStrategy } from "@discordjs/ws";
import { buildEngine, loadCorpus } from "../dist/src/engine/index.js";

const env = process.env;
const { corpus } = await loadCorpus(env.CORPUS_DIR, { cacheDir: env.CACHE_DIR });
const paragraphs = corpus.articles.reduce((n, article) => n + article.paragraphs.length, 0);
// Held to the end, as the bot holds its engine.
const engine = buildEngine(corpus, { cacheDir: env.CACHE_DIR });
const shards = JSON.parse(env.SHARD_IDS);
const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  allowedMentions: { parse: [] },
  shards,
  shardCount: Number(env.SHARD_TOTAL),
  rest: { api: env.API_BASE },
  ...(env.MODE === "workers"
    ? {
        ws: {
          buildStrategy: (manager) => new WorkerShardingStrategy(manager, { shardsPerWorker: 1 }),
        },
      }
    : {}),
});
await new Promise((resolve, reject) => {
  client.once("clientReady", resolve);
  client.login(env.DISCORD_TOKEN).catch(reject);
});
// Let start-up garbage go, then read what stays.
await new Promise((resolve) => setTimeout(resolve, 1500));
globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 500));
const memory = process.memoryUsage();
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    rssMB: mb(memory.rss),
    heapMB: mb(memory.heapUsed),
    guilds: client.guilds.cache.size,
    paragraphs,
    corpus: engine.version,
  })}\n`,
);
process.once("SIGTERM", () => {
  void client.destroy().finally(() => process.exit(0));
});
