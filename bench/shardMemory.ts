// npm run bench:shards [-- --paragraphs=100000]: memory of 1, 2 and 4 gateway shards at 100k paragraphs, for the
// three ways discord.js shards: every shard in the one process (what GATEWAY_SHARDS does), shards in worker
// threads (WorkerShardingStrategy), and one process per shard (ShardingManager's model). Runs against the local
// fake Discord; nothing leaves loopback. Prints the README's table.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../test/e2e/startRedisServer.js";
import { makeSnowflakeOnShard, startFakeDiscord } from "../test/fake-discord/index.js";
import { generateCorpus } from "./generateCorpus.js";

/** What one process showed once ready. */
interface ProcessFigures {
  rssMB: number;
  /** Main thread's V8 heap in use after a full GC; NaN where not read. */
  heapMB: number;
}

/** One configuration: its processes' figures. */
interface Row {
  way: string;
  shards: number;
  processes: ProcessFigures[];
}

const READY_TIMEOUT_MS = 300_000;
const paragraphs = Number(
  /^--paragraphs=(\d+)$/.exec(process.argv.find((a) => a.startsWith("--paragraphs=")) ?? "")?.[1] ??
    100_000,
);

/** Resident memory now (Linux: VmRSS) in MB. */
function rssOf(pid: number | undefined): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Spawn, wait for `ready` in its output, return the child and that output. */
function startChild(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ready:\n${output.slice(-2000)}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** A fake with 4 guilds, one on each shard of 4 (so also two on each shard of 2), recommending `shards`. */
async function fakeWithGuilds(shards: number) {
  return startFakeDiscord({
    guildId: makeSnowflakeOnShard(0, 4),
    extraGuilds: [1, 2, 3].map((k) => ({ id: makeSnowflakeOnShard(k, 4), channels: ["news"] })),
    shards,
  });
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, ["scripts/buildIfStale.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("the build failed");
  const work = mkdtempSync(join(tmpdir(), "verbatim-shards-"));
  try {
    console.error(`generating ${paragraphs} paragraphs...`);
    const corpus = await generateCorpus(join(work, "corpus"), paragraphs, 20251123 + paragraphs);
    const cacheDir = join(work, "cache");
    const base = { CORPUS_DIR: corpus.dir, CACHE_DIR: cacheDir, VERBATIM_CACHE_DIR: cacheDir };

    /** The harness (engine + Client) for each shard list, all at once, against one fake. */
    const harness = async (
      way: string,
      total: number,
      lists: number[][],
      mode: string,
    ): Promise<Row> => {
      const fake = await fakeWithGuilds(total);
      const children: ChildProcess[] = [];
      try {
        const started = await Promise.all(
          lists.map((ids) =>
            startChild(
              ["--expose-gc", "bench/shardMemoryChild.mjs"],
              {
                ...base,
                API_BASE: fake.restUrl,
                DISCORD_TOKEN: fake.token,
                SHARD_IDS: JSON.stringify(ids),
                SHARD_TOTAL: String(total),
                MODE: mode,
              },
              /"rssMB"/,
            ),
          ),
        );
        children.push(...started.map((s) => s.child));
        const processes = started.map(({ output }) => {
          const line = output.split("\n").find((l) => l.includes('"rssMB"'))!;
          const figures = JSON.parse(line) as { rssMB: number; heapMB: number; guilds: number };
          return { rssMB: figures.rssMB, heapMB: figures.heapMB };
        });
        return { way, shards: total, processes };
      } finally {
        await Promise.all(children.map(stopChild));
        await fake.close();
      }
    };

    /**
     * The real bot (dist/src/index.js) with GATEWAY_SHARDS: resident memory once ready, and its heap from its own
     * /metrics (so with prom-client loaded, and without a forced GC).
     */
    const realBot = async (total: number): Promise<Row> => {
      const fake = await fakeWithGuilds(total);
      const port = await freePort();
      try {
        const { child } = await startChild(
          ["dist/src/index.js"],
          {
            DISCORD_TOKEN: fake.token,
            DISCORD_CLIENT_ID: fake.applicationId,
            DISCORD_API_BASE: fake.restUrl,
            SEEDS_DIR: corpus.dir,
            VERBATIM_CACHE_DIR: cacheDir,
            GATEWAY_SHARDS: String(total),
            HTTP_PORT: String(port),
            LOG_LEVEL: "info",
          },
          /bot ready/,
        );
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const rssMB = rssOf(child.pid);
        const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
        const heap = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(metrics)?.[1];
        await stopChild(child);
        const heapMB = heap === undefined ? Number.NaN : Number(heap) / 1048576;
        return {
          way: "the bot, GATEWAY_SHARDS (with HTTP_PORT)",
          shards: total,
          processes: [{ rssMB, heapMB }],
        };
      } finally {
        await fake.close();
      }
    };

    // The first start writes the index snapshot; every measured start then loads it, as a restart does.
    console.error("warming the index snapshot...");
    await harness("warm-up", 1, [[0]], "inprocess");

    const rows: Row[] = [];
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    for (const n of [1, 2, 4]) {
      console.error(`${n} shard(s)...`);
      rows.push(await harness("one process (Client shards)", n, [range(n)], "inprocess"));
      if (n > 1) {
        rows.push(
          await harness("worker threads (WorkerShardingStrategy)", n, [range(n)], "workers"),
        );
        rows.push(
          await harness(
            "process per shard (ShardingManager)",
            n,
            range(n).map((i) => [i]),
            "inprocess",
          ),
        );
      }
      rows.push(await realBot(n));
    }
    printTable(rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]): void {
  const f = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(0));
  console.log(`\nAt ${paragraphs} generated paragraphs, node ${process.version}:\n`);
  console.log(
    "| Way | Shards | Processes | RSS per process (MB) | Heap per process (MB) | Total RSS (MB) |",
  );
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const rss = row.processes.map((p) => p.rssMB);
    const heap = row.processes.map((p) => p.heapMB);
    const span = (values: number[]) => {
      if (values.some(Number.isNaN)) return "–";
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      return Math.round(lo) === Math.round(hi) ? f(lo) : `${f(lo)}–${f(hi)}`;
    };
    const total = rss.reduce((a, b) => a + b, 0);
    console.log(
      `| ${row.way} | ${row.shards} | ${row.processes.length} | ${span(rss)} | ${span(heap)} | ${f(total)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
