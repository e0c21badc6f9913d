import { once } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import {
  makeSnowflakeOnShard,
  shardOfGuild,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from "../fake-discord/index.js";
import { loginTestClient } from "../fake-discord/loginTestClient.js";

interface Frame {
  op: number;
  t: string | null;
  s: number | null;
  d: Record<string, unknown> | null;
}

/** A raw gateway session: every frame it received, and how it closed. */
interface RawSession {
  ws: WebSocket;
  frames: Frame[];
  closed: Promise<number>;
  dispatches(t: string): Record<string, unknown>[];
}

async function connect(fake: FakeDiscord): Promise<RawSession> {
  const ws = new WebSocket(fake.gateway!.url);
  const frames: Frame[] = [];
  ws.on("message", (data: Buffer) => frames.push(JSON.parse(data.toString()) as Frame));
  const closed = new Promise<number>((resolve) =>
    ws.once("close", (code) => {
      resolve(code);
    }),
  );
  await once(ws, "open");
  return {
    ws,
    frames,
    closed,
    dispatches: (t) => frames.filter((f) => f.op === 0 && f.t === t).map((f) => f.d ?? {}),
  };
}

function identify(session: RawSession, fake: FakeDiscord, shard?: unknown): void {
  session.ws.send(
    JSON.stringify({
      op: 2,
      d: { token: fake.token, intents: 1, properties: {}, ...(shard ? { shard } : {}) },
    }),
  );
}

/** A fake with the first guild on shard 0 and two more on shard 1 of 2. */
function twoShardOptions(extra: FakeDiscordOptions = {}): FakeDiscordOptions {
  return {
    guildId: makeSnowflakeOnShard(0, 2),
    extraGuilds: [
      { id: makeSnowflakeOnShard(1, 2), channels: ["one"] },
      { id: makeSnowflakeOnShard(1, 2), channels: ["two"] },
    ],
    shards: 2,
    ...extra,
  };
}

describe("the fake Discord's gateway sharding", () => {
  let fake: FakeDiscord | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    await fake?.close();
    fake = undefined;
  });
  const open = async (f: FakeDiscord) => {
    const session = await connect(f);
    sockets.push(session.ws);
    return session;
  };

  it("puts a guild on shard (id >> 22) % count, and makes ids for a chosen shard", () => {
    expect(shardOfGuild(String(5n << 22n), 2)).toBe(1);
    expect(shardOfGuild(String((6n << 22n) | 4095n), 4)).toBe(2);
    for (const count of [1, 2, 4, 7])
      for (let shard = 0; shard < count; shard++)
        expect(shardOfGuild(makeSnowflakeOnShard(shard, count), count)).toBe(shard);
  });

  it("recommends its shard count in GET /gateway/bot, with room to identify them together", async () => {
    fake = await startFakeDiscord({ shards: 4 });
    const response = await fetch(`${fake.restUrl}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    const body = (await response.json()) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    expect(body.shards).toBe(4);
    expect(body.session_start_limit.max_concurrency).toBe(16);
  });

  it("keeps one session per shard, each with only its own guilds in READY and GUILD_CREATE", async () => {
    fake = await startFakeDiscord(twoShardOptions());
    const [zero, one] = [await open(fake), await open(fake)];
    identify(zero, fake, [0, 2]);
    identify(one, fake, [1, 2]);
    await vi.waitFor(() => {
      expect(zero.dispatches("GUILD_CREATE")).toHaveLength(1);
      expect(one.dispatches("GUILD_CREATE")).toHaveLength(2);
    });
    const [, second, third] = fake.guildIds;
    expect(zero.dispatches("READY")[0]).toMatchObject({
      shard: [0, 2],
      guilds: [{ id: fake.guildId, unavailable: true }],
    });
    expect(one.dispatches("READY")[0]).toMatchObject({
      shard: [1, 2],
      guilds: [
        { id: second, unavailable: true },
        { id: third, unavailable: true },
      ],
    });
    expect(zero.dispatches("GUILD_CREATE").map((g) => g.id)).toEqual([fake.guildId]);
    expect(one.dispatches("GUILD_CREATE").map((g) => g.id)).toEqual([second, third]);
    expect(fake.gateway!.liveShards()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gateway!.connected).toBe(true);
  });

  it("dispatches each guild's interactions only on that guild's shard", async () => {
    fake = await startFakeDiscord(twoShardOptions());
    const [zero, one] = [await open(fake), await open(fake)];
    identify(zero, fake, [0, 2]);
    identify(one, fake, [1, 2]);
    await vi.waitFor(() => {
      expect(fake!.gateway!.connected).toBe(true);
    });
    const onShardOne = fake.channelIdsOf(fake.guildIds[1]!)[0]!;
    const a = fake.injectChatInput({ name: "who", options: { query: "x" } });
    const b = fake.injectChatInput({ name: "who", options: { query: "y" }, channelId: onShardOne });
    await vi.waitFor(() => {
      const seen = [zero, one].flatMap((s) => s.dispatches("INTERACTION_CREATE"));
      expect(seen).toHaveLength(2);
    });
    expect(zero.dispatches("INTERACTION_CREATE").map((d) => d.id)).toEqual([a.id]);
    expect(one.dispatches("INTERACTION_CREATE").map((d) => d.id)).toEqual([b.id]);
  });

  it("refuses injections until every shard of the count is connected", async () => {
    fake = await startFakeDiscord(twoShardOptions());
    const zero = await open(fake);
    identify(zero, fake, [0, 2]);
    await fake.waitForGateway("identify");
    expect(fake.gateway!.connected).toBe(false);
    expect(() => fake!.injectChatInput({ name: "who" })).toThrow(/no client is connected/);
  });

  it("closes an invalid shard with 4010 and too few shards with 4011, as Discord does", async () => {
    fake = await startFakeDiscord(twoShardOptions({ requiredShards: 2 }));
    const cases: [unknown, number][] = [
      [[2, 2], 4010],
      [[-1, 2], 4010],
      [[0, 0], 4010],
      [[0.5, 2], 4010],
      ["0,2", 4010],
      [[0, 1], 4011],
      [undefined, 4011],
    ];
    for (const [shard, code] of cases) {
      const session = await open(fake);
      identify(session, fake, shard);
      expect(await session.closed, JSON.stringify(shard)).toBe(code);
    }
    expect(fake.gateway!.stats.identifies).toBe(0);
    // More shards than required is fine.
    const ok = await open(fake);
    identify(ok, fake, [0, 3]);
    await vi.waitFor(() => {
      expect(ok.dispatches("READY")).toHaveLength(1);
    });
  });

  it("resumes a dropped shard with its own replay, leaving the other shard's session alone", async () => {
    fake = await startFakeDiscord(twoShardOptions());
    const client = await loginTestClient(fake, { shards: [0, 1], shardCount: 2 });
    try {
      expect(client.guilds.cache.size).toBe(3);
      const since = Date.now();
      fake.gateway!.dropConnection(1);
      await fake.waitForGateway("resume", since, 15_000);
      const resumes = fake.gateway!.events.filter((e) => e.kind === "resume" && e.at >= since);
      expect(resumes.map((e) => e.shard)).toEqual([[1, 2]]);
      expect(fake.gateway!.stats.identifies).toBe(2);
    } finally {
      await client.destroy();
    }
  });
});
