import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket, type RawData } from "ws";
import { shardOfGuild } from "./snowflake.js";

/** A session's shard: `[id, count]`, as IDENTIFY sends it and READY echoes it. */
export type ShardTuple = [id: number, count: number];

/** What a gateway session needs from the rest of the fake. */
export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  /** The fewest shards a bot may identify with before 4011 (Discord: one per 2,500 guilds). */
  requiredShards: number;
  /** READY's `d` for a new session of `shard` (its guilds only), then one GUILD_CREATE per guild of the shard. */
  buildReady(sessionId: string, resumeUrl: string, shard: ShardTuple): unknown;
  buildGuildCreates(shard: ShardTuple): unknown[];
  /** Called on every gateway happening, so waiters re-check. */
  onChange(event: GatewayEvent): void;
}

/** A gateway happening tests may wait for. */
export interface GatewayEvent {
  kind:
    | "connect"
    | "identify"
    | "resume"
    | "resumeRejected"
    | "heartbeat"
    | "close"
    | "badAuth"
    | "badShard";
  at: number;
  code?: number;
  /** The shard of the session it happened on, where known. */
  shard?: ShardTuple;
}

interface Session {
  id: string;
  shard: ShardTuple;
  seq: number;
  /** Dispatches kept for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
  socket?: WebSocket;
  valid: boolean;
}

/** Counters of what the gateway has seen. */
export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
}

/**
 * The gateway WebSocket: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats,
 * RESUME with replay, and faults (RECONNECT, abrupt close, INVALID SESSION).
 * Sharded as Discord is: one session per shard id, and each guild's events go only to the session of
 * shard `(guild_id >> 22) % count`; events without a guild go to shard 0.
 * Plain JSON frames: discord.js only compresses when zlib-sync is installed.
 */
export class FakeGateway {
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
  readonly events: GatewayEvent[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  /** The live session of each shard id. */
  private readonly sessions = new Map<number, Session>();
  private readonly sockets = new Set<WebSocket>();
  private ackHeartbeats = true;
  url = "";

  constructor(private readonly hooks: GatewayHooks) {}

  /** Serve the gateway on the REST server's port, at any path. */
  attach(server: Server, url: string): void {
    this.url = url;
    server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws));
    });
  }

  private note(kind: GatewayEvent["kind"], code?: number, shard?: ShardTuple): void {
    const event: GatewayEvent = {
      kind,
      at: Date.now(),
      ...(code !== undefined ? { code } : {}),
      ...(shard ? { shard } : {}),
    };
    this.events.push(event);
    this.hooks.onChange(event);
  }

  private onConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    this.stats.connections += 1;
    this.note("connect");
    ws.on("message", (data: RawData) => this.onMessage(ws, data));
    ws.on("close", (code: number) => {
      this.sockets.delete(ws);
      const session = this.sessionOn(ws);
      if (session) {
        session.socket = undefined;
        // A normal close (1000/1001) ends the session on Discord's side; other codes keep it resumable.
        if (code === 1000 || code === 1001) session.valid = false;
      }
      this.note("close", code, session?.shard);
    });
    ws.on("error", () => undefined);
    ws.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.hooks.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
  }

  private onMessage(ws: WebSocket, data: RawData): void {
    let payload: { op?: number; d?: Record<string, unknown> | number | null };
    try {
      payload = JSON.parse(
        (Buffer.isBuffer(data)
          ? data
          : Array.isArray(data)
            ? Buffer.concat(data)
            : Buffer.from(new Uint8Array(data))
        ).toString("utf8"),
      ) as typeof payload;
    } catch {
      ws.close(4002, "Error while decoding payload.");
      return;
    }
    const d = typeof payload.d === "object" && payload.d !== null ? payload.d : {};
    switch (payload.op) {
      case 1:
        this.stats.heartbeats += 1;
        if (this.ackHeartbeats) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        this.note("heartbeat");
        break;
      case 2:
        this.identify(ws, d);
        break;
      case 6:
        this.resume(ws, d);
        break;
      default:
        // Presence updates, member requests and the like need no answer here.
        break;
    }
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.hooks.token) {
      this.note("badAuth");
      ws.close(4004, "Authentication failed.");
      return;
    }
    const shard = readShard(d.shard);
    if (!shard) {
      this.note("badShard", 4010);
      ws.close(4010, "Invalid shard.");
      return;
    }
    if (shard[1] < this.hooks.requiredShards) {
      this.note("badShard", 4011, shard);
      ws.close(4011, "Sharding required.");
      return;
    }
    this.stats.identifies += 1;
    const previous = this.sessions.get(shard[0]);
    if (previous?.socket && previous.socket !== ws) previous.socket.terminate();
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      shard,
      seq: 0,
      sent: [],
      socket: ws,
      valid: true,
    };
    this.sessions.set(shard[0], session);
    this.note("identify", undefined, shard);
    this.send(session, "READY", this.hooks.buildReady(session.id, this.url, shard));
    for (const guild of this.hooks.buildGuildCreates(shard))
      this.send(session, "GUILD_CREATE", guild);
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    if (d.token !== this.hooks.token || !session || !session.valid) {
      this.note("resumeRejected");
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    this.stats.resumes += 1;
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    const after = typeof d.seq === "number" ? d.seq : 0;
    for (const event of session.sent) {
      if (event.s > after) ws.send(JSON.stringify({ op: 0, s: event.s, t: event.t, d: event.d }));
    }
    this.note("resume", undefined, session.shard);
    this.send(session, "RESUMED", null);
  }

  /**
   * Send a dispatch to the session of the shard it belongs to: the guild's (GUILD_CREATE's `id`, else
   * `guild_id`), shard 0 when it has none. Kept for replay if the socket is down.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = guildOfDispatch(t, d);
    for (const session of this.sessions.values()) {
      const [id, count] = session.shard;
      const target = guildId === undefined ? 0 : shardOfGuild(guildId, count);
      if (target === id) this.send(session, t, d);
    }
  }

  private send(session: Session, t: string, d: unknown): void {
    if (!session.valid) return;
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    if (session.sent.length > 500) session.sent.shift();
    if (session.socket && session.socket.readyState === session.socket.OPEN) {
      session.socket.send(JSON.stringify({ op: 0, ...event }));
    }
  }

  /** True when every shard of the identified count has a valid session with an open socket. */
  get connected(): boolean {
    const first = this.sessions.values().next().value;
    if (!first) return false;
    const count = first.shard[1];
    for (let id = 0; id < count; id++) if (!isLive(this.sessions.get(id))) return false;
    return true;
  }

  /** The shard of each live session, by shard id. */
  liveShards(): ShardTuple[] {
    return [...this.sessions.values()]
      .filter(isLive)
      .map((s) => s.shard)
      .sort((a, b) => a[0] - b[0]);
  }

  /** The sessions a fault applies to: one shard's, or every shard's. */
  private targets(shard?: number): Session[] {
    const all = [...this.sessions.values()];
    return shard === undefined ? all : all.filter((s) => s.shard[0] === shard);
  }

  /** Op 7: ask the client to reconnect and resume (on one shard, or all). */
  requestReconnect(shard?: number): void {
    for (const session of this.targets(shard))
      session.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  /** Drop the socket without a close frame (on one shard, or all); the client sees 1006 and should resume. */
  dropConnection(shard?: number): void {
    for (const session of this.targets(shard)) session.socket?.terminate();
  }

  /** Op 9 with d:false (on one shard, or all): the session is gone; the client must identify again. */
  invalidateSession(shard?: number): void {
    for (const session of this.targets(shard)) {
      session.valid = false;
      session.socket?.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
    }
  }

  private sessionOn(ws: WebSocket): Session | undefined {
    return [...this.sessions.values()].find((s) => s.socket === ws);
  }

  /** Stop (or resume) acknowledging heartbeats, to exercise zombie-connection handling. */
  setHeartbeatAck(enabled: boolean): void {
    this.ackHeartbeats = enabled;
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
    this.wss.close();
  }
}

function isLive(session: Session | undefined): boolean {
  const socket = session?.socket;
  return session?.valid === true && socket !== undefined && socket.readyState === socket.OPEN;
}

/** IDENTIFY's `shard`: absent means `[0, 1]`; anything but `[id, count]` with 0 <= id < count is invalid. */
function readShard(value: unknown): ShardTuple | undefined {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return undefined;
  const shard: ShardTuple = [id as number, count as number];
  return shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1] ? shard : undefined;
}

/** The guild a dispatch belongs to: GUILD_CREATE's `id`, else any `guild_id`. */
function guildOfDispatch(t: string, d: unknown): string | undefined {
  if (typeof d !== "object" || d === null) return undefined;
  const record = d as Record<string, unknown>;
  const id = t === "GUILD_CREATE" ? record.id : record.guild_id;
  return typeof id === "string" ? id : undefined;
}
