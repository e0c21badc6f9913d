import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket, type RawData } from "ws";

/** What a gateway session needs from the rest of the fake. */
export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  /** READY's `d` for a new session, then one GUILD_CREATE per guild. */
  buildReady(sessionId: string, resumeUrl: string): unknown;
  buildGuildCreates(): unknown[];
  /** Called on every gateway happening, so waiters re-check. */
  onChange(event: GatewayEvent): void;
}

/** A gateway happening tests may wait for. */
export interface GatewayEvent {
  kind: "connect" | "identify" | "resume" | "resumeRejected" | "heartbeat" | "close" | "badAuth";
  at: number;
  code?: number;
}

interface Session {
  id: string;
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
 * Plain JSON frames: discord.js only compresses when zlib-sync is installed.
 */
export class FakeGateway {
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
  readonly events: GatewayEvent[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private session: Session | undefined;
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

  private note(kind: GatewayEvent["kind"], code?: number): void {
    const event: GatewayEvent = { kind, at: Date.now(), ...(code !== undefined ? { code } : {}) };
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
      const session = this.session;
      if (session?.socket === ws) {
        session.socket = undefined;
        // A normal close (1000/1001) ends the session on Discord's side; other codes keep it resumable.
        if (code === 1000 || code === 1001) session.valid = false;
      }
      this.note("close", code);
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
    this.stats.identifies += 1;
    if (this.session?.socket && this.session.socket !== ws) this.session.socket.terminate();
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      seq: 0,
      sent: [],
      socket: ws,
      valid: true,
    };
    this.session = session;
    this.note("identify");
    this.dispatch("READY", this.hooks.buildReady(session.id, this.url));
    for (const guild of this.hooks.buildGuildCreates()) this.dispatch("GUILD_CREATE", guild);
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const session = this.session;
    if (d.token !== this.hooks.token || !session || !session.valid || d.session_id !== session.id) {
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
    this.note("resume");
    this.dispatch("RESUMED", null);
  }

  /** Send a dispatch to the current session; kept for replay if the socket is down. */
  dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (!session || !session.valid) return;
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    if (session.sent.length > 500) session.sent.shift();
    if (session.socket && session.socket.readyState === session.socket.OPEN) {
      session.socket.send(JSON.stringify({ op: 0, ...event }));
    }
  }

  /** True when a session is identified and its socket is open. */
  get connected(): boolean {
    const socket = this.session?.socket;
    return (
      this.session?.valid === true && socket !== undefined && socket.readyState === socket.OPEN
    );
  }

  /** Op 7: ask the client to reconnect and resume. */
  requestReconnect(): void {
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  /** Drop the socket without a close frame; the client sees 1006 and should resume. */
  dropConnection(): void {
    this.session?.socket?.terminate();
  }

  /** Op 9 with d:false: the session is gone; the client must identify again. */
  invalidateSession(): void {
    const session = this.session;
    if (!session) return;
    session.valid = false;
    session.socket?.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
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
