import { EventEmitter } from "node:events";
import { randomBytes } from "node:crypto";
import { PermissionFlagsBits, type APIMessage, type APIUser } from "discord-api-types/v10";
import {
  ALL_PERMISSIONS,
  BOT_PERMISSIONS,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
} from "./permissions.js";
import {
  buildMember,
  buildMessage,
  buildRole,
  buildTextChannel,
  buildThreadChannel,
  buildUser,
  type Overwrite,
} from "./shapes.js";
import { makeSnowflake, shardOfGuild } from "./snowflake.js";
import type { ActiveFault, FaultRule } from "./faults.js";
import type { FakeGateway, ShardTuple } from "./gateway.js";
import { waitFor } from "./waitFor.js";
import { applyHttpResponse } from "./interactionRoutes.js";
import {
  generateInteractionKeys,
  signInteraction,
  type InteractionKeys,
} from "./signInteraction.js";
import {
  buildInteractionPayload,
  type InteractionKind,
  type OptionInput,
} from "./buildInteraction.js";

/** Options for {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  /** Text channels to create in the first guild (`fake.guildId`); the first is `fake.channelId`. Default `["general", "answers"]`. */
  channels?: string[];
  /** More guilds the bot is in, each with its text channels (ids in `fake.guildIds`, `fake.channelIdsOf(guildId)`). */
  extraGuilds?: { id?: string; name?: string; channels: string[] }[];
  /** The first guild's id (e.g. from `makeSnowflakeOnShard`, to put it on a given shard). Default: a fresh snowflake. */
  guildId?: string;
  /** The shard count `GET /gateway/bot` recommends. Default 1. */
  shards?: number;
  /** The fewest shards IDENTIFY may ask for before the gateway closes with 4011. Default 1. */
  requiredShards?: number;
  /** `session_start_limit.max_concurrency` of `GET /gateway/bot`: shards that may identify per 5 s. Default 16. */
  maxConcurrency?: number;
  /** The bot's guild-wide permissions (its managed role). Default {@link BOT_PERMISSIONS}. */
  botPermissions?: bigint;
  /** Max pins per channel before 30003. Default 250. */
  maxPins?: number;
  /** Time an interaction may take to be acknowledged. Default 3000 ms. */
  callbackDeadlineMs?: number;
  /** Lifetime of an interaction token for webhook calls. Default 15 minutes. */
  tokenLifetimeMs?: number;
  heartbeatIntervalMs?: number;
  /** Default timeout of the waiting helpers. Default 5000 ms. */
  waitTimeoutMs?: number;
}

/** One REST request as the fake saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix, segments decoded (`@original`, not `%40original`). */
  path: string;
  /** The route template that handled it, or `unknown`. */
  route: string;
  query: Record<string, string>;
  /** JSON body, or the `payload_json` of a multipart body. */
  body: unknown;
  files: number;
  authorized: boolean;
  status: number;
  response: unknown;
  at: number;
  /** True when a fault rule answered instead of the route. */
  faulted: boolean;
}

/** One accepted interaction callback. */
export interface CallbackRecord {
  type: number;
  data: unknown;
  at: number;
  /** Milliseconds from injection to the callback. */
  elapsedMs: number;
}

/** Everything the fake knows about an injected interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  type: number;
  payload: Record<string, unknown>;
  channelId: string;
  user: APIUser;
  injectedAt: number;
  callbacks: CallbackRecord[];
  /** The message the response lives in (type 4/5), or the component's message (type 6/7). */
  originalMessageId?: string;
  /** The message a button was on. */
  sourceMessageId?: string;
  followUpIds: string[];
  /** Autocomplete choices from a type-8 callback. */
  choices?: { name: string; value: string | number }[];
  /** When the response became final: a non-deferred callback, or the first edit/follow-up after a deferral. */
  settledAt?: number;
}

/** A message in the fake's store. */
export interface StoredMessage {
  message: APIMessage;
  channelId: string;
  ephemeral: boolean;
  deleted: boolean;
  interactionId?: string;
  /** Set for messages a test posted as a user. */
  postedByTest?: boolean;
}

/** A body the bot sent that becomes (part of) a message, for checks such as "no pings". */
export interface SentMessageBody {
  route: string;
  path: string;
  body: Record<string, unknown>;
  at: number;
  status: number;
}

/** Channel types the fake models: guild text channels and public threads. */
export const FAKE_CHANNEL_TYPES = { text: 0, publicThread: 11 } as const;

interface GuildState {
  id: string;
  name: string;
  /** The bot's managed role in this guild. */
  botRoleId: string;
}

interface ChannelState {
  id: string;
  guildId: string;
  type: (typeof FAKE_CHANNEL_TYPES)[keyof typeof FAKE_CHANNEL_TYPES];
  /** For a thread: its parent text channel, whose permissions it uses. */
  parentId?: string;
  /** For a thread: archived threads are not active (not listed as active, not in GUILD_CREATE). */
  archived?: boolean;
  name: string;
  position: number;
  overwrites: Overwrite[];
  maxPins: number;
  /** Newest first, like Discord's pins list. */
  pins: { messageId: string; pinnedAt: string }[];
}

/** What every injection accepts. */
export interface InjectBase {
  /** The invoking user. Default `fake.users.member`. */
  user?: APIUser;
  /** The invoking member's permissions in the channel. Default {@link MEMBER_PERMISSIONS}. */
  permissions?: bigint;
  channelId?: string;
  /** Override the bot's permissions sent as `app_permissions` (default: computed from roles and overwrites). */
  appPermissions?: bigint;
  locale?: string;
}

/** A chat-input command invocation. */
export interface ChatInputInput extends InjectBase {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** Option values by name; types come from the registered command when known. */
  options?: Record<string, OptionInput>;
}

/** An autocomplete request: `focused` names the option being typed. */
export interface AutocompleteInput extends ChatInputInput {
  focused: string;
}

/** A button click on a stored message. */
export interface ButtonInput extends InjectBase {
  customId: string;
  messageId: string;
}

/** A message context-menu command on a stored message. */
export interface MessageContextInput extends InjectBase {
  name: string;
  targetMessageId: string;
}

/** One interaction the fake POSTed to the bot's endpoint (HTTP interactions), and what came back. */
export interface HttpDelivery {
  id: string;
  status: number;
  headers: Record<string, string>;
  /** The parsed JSON response, or the raw text when it is not JSON. */
  body: unknown;
  /** How the response was taken as a callback: 204 when accepted, else Discord's error status. */
  callbackStatus?: number;
  callbackError?: unknown;
  elapsedMs: number;
}

/** What an injection returns. */
export interface InjectedInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

/** True when `allowed` can ping nobody: present, `parse` empty, no user or role list, no replied-user ping. */
export function isNoPing(allowed: unknown): boolean {
  if (typeof allowed !== "object" || allowed === null) return false;
  const a = allowed as Record<string, unknown>;
  const empty = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.length === 0);
  return (
    Array.isArray(a.parse) &&
    a.parse.length === 0 &&
    empty(a.users) &&
    empty(a.roles) &&
    a.replied_user !== true
  );
}

/**
 * The fake's state and the API tests use. The HTTP and WebSocket servers live in
 * restServer.ts and gateway.ts; this class holds what they share.
 */
export class FakeDiscord {
  readonly events = new EventEmitter();
  readonly token = `fake.${randomBytes(12).toString("hex")}`;
  readonly applicationId = makeSnowflake();
  readonly guildId: string;
  readonly botUser: APIUser;
  readonly botRoleId = makeSnowflake();
  /** Every guild the bot is in, the first being `guildId`. */
  readonly guildStates = new Map<string, GuildState>();
  /** Ready-made users: an ordinary member, a moderator and another member. */
  readonly users: { member: APIUser; moderator: APIUser; other: APIUser };
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly store = new Map<string, StoredMessage>();
  readonly faults: ActiveFault[] = [];
  readonly commands = {
    global: [] as Record<string, unknown>[],
    guild: new Map<string, Record<string, unknown>[]>(),
  };
  readonly channelStates = new Map<string, ChannelState>();
  readonly callbackDeadlineMs: number;
  readonly tokenLifetimeMs: number;
  readonly heartbeatIntervalMs: number;
  readonly waitTimeoutMs: number;
  /** What `GET /gateway/bot` recommends. */
  readonly recommendedShards: number;
  readonly requiredShards: number;
  readonly maxConcurrency: number;
  botRolePermissions: bigint;
  restUrl = "";
  gateway: FakeGateway | undefined;
  /** The application's key pair: the fake signs the interactions it POSTs with it (HTTP interactions). */
  readonly interactionKeys: InteractionKeys = generateInteractionKeys();
  /**
   * Where interactions are POSTed, signed, instead of being dispatched over the gateway: the
   * Interactions Endpoint URL of the Developer Portal. Unset: the gateway.
   */
  interactionsUrl: string | undefined;
  /** Every HTTP delivery by interaction id, settled once its response has been applied. */
  readonly deliveries = new Map<string, Promise<HttpDelivery>>();
  private readonly deliveriesByToken = new Map<string, Promise<HttpDelivery>>();
  private readonly joinedAt = new Date().toISOString();
  private closer: (() => Promise<void>) | undefined;

  constructor(options: FakeDiscordOptions = {}) {
    this.guildId = options.guildId ?? makeSnowflake();
    this.recommendedShards = options.shards ?? 1;
    this.requiredShards = options.requiredShards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 16;
    this.botUser = buildUser(this.applicationId, "Verbatim", true);
    this.users = {
      member: this.createUser("member"),
      moderator: this.createUser("moderator"),
      other: this.createUser("other"),
    };
    this.botRolePermissions = options.botPermissions ?? BOT_PERMISSIONS;
    this.callbackDeadlineMs = options.callbackDeadlineMs ?? 3000;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? 15 * 60_000;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.waitTimeoutMs = options.waitTimeoutMs ?? 5000;
    this.guildStates.set(this.guildId, {
      id: this.guildId,
      name: "Verbatim Test Guild",
      botRoleId: this.botRoleId,
    });
    const addChannels = (guildId: string, names: string[]) =>
      names.forEach((name, position) => {
        const id = makeSnowflake();
        this.channelStates.set(id, {
          id,
          guildId,
          type: FAKE_CHANNEL_TYPES.text,
          name,
          position,
          overwrites: [],
          maxPins: options.maxPins ?? 250,
          pins: [],
        });
      });
    addChannels(this.guildId, options.channels ?? ["general", "answers"]);
    (options.extraGuilds ?? []).forEach((guild, i) => {
      const id = guild.id ?? makeSnowflake();
      this.guildStates.set(id, {
        id,
        name: guild.name ?? `Verbatim Test Guild ${i + 2}`,
        botRoleId: makeSnowflake(),
      });
      addChannels(id, guild.channels);
    });
  }

  /** Every guild id, the first being `guildId`. */
  get guildIds(): string[] {
    return [...this.guildStates.keys()];
  }

  /** The text channels (not threads) of one guild, in position order. */
  channelIdsOf(guildId: string): string[] {
    return [...this.channelStates.values()]
      .filter((c) => c.guildId === guildId && c.type === FAKE_CHANNEL_TYPES.text)
      .map((c) => c.id);
  }

  /** The guild a channel or thread belongs to. */
  guildOf(channelId: string): string {
    return this.requireChannel(channelId).guildId;
  }

  /**
   * Open a public thread under a text channel (it uses the parent's permissions) and announce it
   * over the gateway, as Discord does for a bot with the Guilds intent. An archived thread is not active.
   */
  createThread(parentId: string, name: string, options: { archived?: boolean } = {}): string {
    const parent = this.requireChannel(parentId);
    const id = makeSnowflake();
    const state: ChannelState = {
      id,
      guildId: parent.guildId,
      type: FAKE_CHANNEL_TYPES.publicThread,
      parentId,
      archived: options.archived === true,
      name,
      position: 0,
      overwrites: [],
      maxPins: parent.maxPins,
      pins: [],
    };
    this.channelStates.set(id, state);
    this.gateway?.dispatch("THREAD_CREATE", { ...this.channelObject(id), newly_created: true });
    this.changed();
    return id;
  }

  /** The active (unarchived) threads of a guild. */
  activeThreads(guildId: string): string[] {
    return [...this.channelStates.values()]
      .filter(
        (c) => c.guildId === guildId && c.type === FAKE_CHANNEL_TYPES.publicThread && !c.archived,
      )
      .map((c) => c.id);
  }

  /** @internal Set by startFakeDiscord. */
  setCloser(closer: () => Promise<void>): void {
    this.closer = closer;
  }

  /** The first channel. */
  get channelId(): string {
    const first = [...this.channelStates.keys()][0];
    if (first === undefined) throw new Error("the fake has no channel");
    return first;
  }

  /** Every text channel id of the first guild, in position order. */
  get channelIds(): string[] {
    return this.channelIdsOf(this.guildId);
  }

  /** Notify waiters that something changed. */
  changed(): void {
    this.events.emit("change");
  }

  createUser(username: string): APIUser {
    return buildUser(makeSnowflake(), username);
  }

  channelState(channelId: string): ChannelState | undefined {
    return this.channelStates.get(channelId);
  }

  /**
   * The bot's effective permissions in a channel: @everyone (none) + its role, then its member
   * overwrite. A thread has the permissions of its parent channel.
   */
  botPermissionsIn(channelId: string): bigint {
    const base = this.botRolePermissions;
    if ((base & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
    const state = this.channelStates.get(channelId);
    const source = state?.parentId !== undefined ? this.channelStates.get(state.parentId) : state;
    const overwrite = source?.overwrites.find((o) => o.id === this.botUser.id);
    if (!overwrite) return base;
    return (base & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
  }

  /**
   * Change the bot's permissions, guild-wide (its role) or in one channel (a member
   * overwrite), and tell the client over the gateway so its cache agrees.
   */
  setBotPermissions(bits: bigint, channelId?: string): void {
    if (channelId === undefined) {
      this.botRolePermissions = bits;
      for (const guildId of this.guildIds)
        this.gateway?.dispatch("GUILD_ROLE_UPDATE", {
          guild_id: guildId,
          role: this.botRole(guildId),
        });
    } else {
      const channel = this.requireChannel(channelId);
      channel.overwrites = channel.overwrites.filter((o) => o.id !== this.botUser.id);
      channel.overwrites.push({
        id: this.botUser.id,
        type: 1,
        allow: bits.toString(),
        deny: (ALL_PERMISSIONS & ~bits).toString(),
      });
      this.gateway?.dispatch("CHANNEL_UPDATE", this.channelObject(channel.id));
    }
    this.changed();
  }

  /** Change the pin limit of a channel (all channels when omitted). */
  setMaxPins(max: number, channelId?: string): void {
    for (const channel of this.channelStates.values()) {
      if (channelId === undefined || channel.id === channelId) channel.maxPins = max;
    }
  }

  requireChannel(channelId: string): ChannelState {
    const channel = this.channelStates.get(channelId);
    if (!channel) throw new Error(`the fake has no channel ${channelId}`);
    return channel;
  }

  botRole(guildId: string = this.guildId): ReturnType<typeof buildRole> {
    const roleId = this.guildStates.get(guildId)?.botRoleId ?? this.botRoleId;
    return buildRole(roleId, "Verbatim", this.botRolePermissions, 1, this.botUser.id);
  }

  channelObject(channelId: string): ReturnType<typeof buildTextChannel> {
    const channel = this.requireChannel(channelId);
    if (channel.parentId !== undefined)
      return buildThreadChannel(
        channel.id,
        channel.guildId,
        channel.parentId,
        channel.name,
        this.botUser.id,
        channel.archived === true,
      );
    return buildTextChannel(
      channel.id,
      channel.guildId,
      channel.name,
      channel.position,
      channel.overwrites,
    );
  }

  /** The guilds whose events go to `shard`. */
  guildIdsOnShard([id, count]: ShardTuple): string[] {
    return this.guildIds.filter((guildId) => shardOfGuild(guildId, count) === id);
  }

  /** READY's payload for a new session of `shard`: it lists that shard's guilds only. */
  buildReady(
    sessionId: string,
    resumeUrl: string,
    shard: ShardTuple = [0, 1],
  ): Record<string, unknown> {
    return {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: this.guildIdsOnShard(shard).map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      session_type: "normal",
      resume_gateway_url: resumeUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    };
  }

  /** GUILD_CREATE's payload of every guild of `shard`: channels, active threads, @everyone (id == guild id), the bot's role and member. */
  buildGuildCreates(shard: ShardTuple = [0, 1]): Record<string, unknown>[] {
    return this.guildIdsOnShard(shard).map((id) => this.buildGuildCreate(id));
  }

  /** GUILD_CREATE's payload of one guild. */
  buildGuildCreate(guildId: string = this.guildId): Record<string, unknown> {
    const guild = this.guildStates.get(guildId);
    if (!guild) throw new Error(`the fake has no guild ${guildId}`);
    return {
      id: guildId,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.users.moderator.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [buildRole(guildId, "@everyone", 0n, 0), this.botRole(guildId)],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: "en-US",
      nsfw_level: 0,
      max_members: 500000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      joined_at: this.joinedAt,
      large: false,
      unavailable: false,
      lazy: true,
      member_count: 4,
      voice_states: [],
      members: [this.botMember(guildId)],
      channels: this.channelIdsOf(guildId).map((id) => {
        const { guild_id: _omit, ...rest } = this.channelObject(id) as unknown as Record<
          string,
          unknown
        >;
        return rest;
      }),
      threads: this.activeThreads(guildId).map((id) => this.channelObject(id)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  botMember(guildId: string = this.guildId): Record<string, unknown> {
    const roleId = this.guildStates.get(guildId)?.botRoleId ?? this.botRoleId;
    const { permissions: _omit, ...member } = buildMember(
      this.botUser,
      [roleId],
      0n,
      this.joinedAt,
    );
    return member;
  }

  /** The registered command with this name usable in a guild (its guild commands first, then global), if any. */
  registeredCommand(
    name: string,
    type: number,
    guildId: string = this.guildId,
  ): Record<string, unknown> | undefined {
    const all = [...(this.commands.guild.get(guildId) ?? []), ...this.commands.global];
    return all.find((c) => c.name === name && (c.type ?? 1) === type);
  }

  /** Commands registered through bulk overwrite: global, or for one guild. */
  registeredCommands(guildId?: string): Record<string, unknown>[] {
    return guildId === undefined ? this.commands.global : (this.commands.guild.get(guildId) ?? []);
  }

  private inject(
    kind: InteractionKind,
    input: InjectBase,
    extra: Parameters<typeof buildInteractionPayload>[0]["extra"],
  ): InjectedInteraction {
    if (this.interactionsUrl === undefined && !this.gateway?.connected)
      throw new Error("no client is connected to the fake gateway; log in first");
    const channelId = input.channelId ?? this.channelId;
    const guildId = this.guildOf(channelId);
    const user = input.user ?? this.users.member;
    const id = makeSnowflake();
    const token = `itok.${randomBytes(24).toString("base64url")}`;
    const payload = buildInteractionPayload({
      kind,
      id,
      token,
      applicationId: this.applicationId,
      guildId,
      channel: this.channelObject(channelId) as unknown as Record<string, unknown>,
      member: buildMember(user, [], input.permissions ?? MEMBER_PERMISSIONS, this.joinedAt),
      appPermissions: input.appPermissions ?? this.botPermissionsIn(channelId),
      locale: input.locale ?? "en-US",
      extra,
    });
    const record: InteractionRecord = {
      id,
      token,
      kind,
      type: payload.type as number,
      payload,
      channelId,
      user,
      injectedAt: Date.now(),
      callbacks: [],
      followUpIds: [],
      ...(kind === "button" && extra.kind === "button"
        ? { sourceMessageId: extra.message.id }
        : {}),
    };
    this.interactions.set(id, record);
    if (this.interactionsUrl !== undefined) {
      const delivery = this.deliver(this.interactionsUrl, record);
      this.deliveries.set(id, delivery);
      this.deliveriesByToken.set(token, delivery);
    } else {
      this.gateway?.dispatch("INTERACTION_CREATE", payload);
    }
    this.changed();
    return { id, token, payload };
  }

  /** The public key as the Developer Portal shows it (DISCORD_PUBLIC_KEY). */
  get publicKeyHex(): string {
    return this.interactionKeys.publicKeyHex;
  }

  /** POST an interaction to the bot's endpoint, signed as Discord signs it, and take the response as its callback. */
  private async deliver(url: string, record: InteractionRecord): Promise<HttpDelivery> {
    const body = JSON.stringify(record.payload);
    const started = Date.now();
    let status = 0;
    let headers: Record<string, string> = {};
    let parsed: unknown;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
          ...signInteraction(body, this.interactionKeys.privateKey),
        },
        body,
        signal: AbortSignal.timeout(this.callbackDeadlineMs + 2000),
      });
      status = response.status;
      headers = Object.fromEntries(response.headers.entries());
      const text = await response.text();
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    } catch (error) {
      parsed = { error: error instanceof Error ? error.message : String(error) };
    }
    const delivery: HttpDelivery = {
      id: record.id,
      status,
      headers,
      body: parsed,
      elapsedMs: Date.now() - started,
    };
    if (status === 200) {
      const result = applyHttpResponse(this, record, parsed);
      delivery.callbackStatus = result.status;
      if (result.status >= 400) delivery.callbackError = result.body;
    }
    this.changed();
    return delivery;
  }

  /** The HTTP delivery of an injected interaction, once its response has been applied. */
  delivery(id: string): Promise<HttpDelivery> {
    const delivery = this.deliveries.get(id);
    if (!delivery) throw new Error(`interaction ${id} was not delivered over HTTP`);
    return delivery;
  }

  /** Settles once the HTTP delivery holding `token` has been applied (webhook calls wait for it). */
  async settleDelivery(token: string): Promise<void> {
    await this.deliveriesByToken.get(token);
  }

  private commandExtra(
    input: ChatInputInput,
    focused?: string,
  ): { name: string; commandId: string; options: unknown[] } {
    const command = this.registeredCommand(
      input.name,
      1,
      this.guildOf(input.channelId ?? this.channelId),
    );
    const commandId = typeof command?.id === "string" ? command.id : makeSnowflake();
    const options = buildOptionsFor(command, input, focused);
    return { name: input.name, commandId, options };
  }

  /** Inject a chat-input command (`/name`). */
  injectChatInput(input: ChatInputInput): InjectedInteraction {
    return this.inject("chatInput", input, { kind: "chatInput", ...this.commandExtra(input) });
  }

  /** Inject an autocomplete request while the user types option `focused`. */
  injectAutocomplete(input: AutocompleteInput): InjectedInteraction {
    return this.inject("autocomplete", input, {
      kind: "autocomplete",
      ...this.commandExtra(input, input.focused),
    });
  }

  /** Inject a click on a button of a stored message. */
  injectButton(input: ButtonInput): InjectedInteraction {
    const stored = this.store.get(input.messageId);
    if (!stored || stored.deleted)
      throw new Error(`no message ${input.messageId} to click a button on`);
    return this.inject(
      "button",
      { ...input, channelId: input.channelId ?? stored.channelId },
      {
        kind: "button",
        customId: input.customId,
        message: structuredClone(stored.message),
      },
    );
  }

  /** Inject a message context-menu command (right click > Apps > name) on a stored message. */
  injectMessageContextMenu(input: MessageContextInput): InjectedInteraction {
    const stored = this.store.get(input.targetMessageId);
    if (!stored || stored.deleted) throw new Error(`no message ${input.targetMessageId} to target`);
    const command = this.registeredCommand(
      input.name,
      3,
      this.guildOf(input.channelId ?? stored.channelId),
    );
    return this.inject(
      "messageContextMenu",
      { ...input, channelId: input.channelId ?? stored.channelId },
      {
        kind: "messageContextMenu",
        name: input.name,
        commandId: typeof command?.id === "string" ? command.id : makeSnowflake(),
        target: structuredClone(stored.message),
      },
    );
  }

  /** Store a message as if a user had posted it (for context-menu targets). */
  postUserMessage(
    content: string,
    options: { user?: APIUser; channelId?: string } = {},
  ): APIMessage {
    const channelId = options.channelId ?? this.channelId;
    const message = buildMessage(
      { content },
      { channelId, guildId: this.guildOf(channelId), author: options.user ?? this.users.other },
    );
    this.store.set(message.id, {
      message,
      channelId,
      ephemeral: false,
      deleted: false,
      postedByTest: true,
    });
    this.changed();
    return message;
  }

  /** Store a message as a user's and pin it, as a member would (for channels with many pins). */
  pinUserMessage(
    content: string,
    options: { user?: APIUser; channelId?: string } = {},
  ): APIMessage {
    const message = this.postUserMessage(content, options);
    const channel = this.requireChannel(message.channel_id);
    channel.pins.unshift({ messageId: message.id, pinnedAt: this.nextPinTime(channel.id) });
    message.pinned = true;
    this.changed();
    return message;
  }

  /**
   * The pin time of a new pin: now, but always after the channel's newest pin, so that paging
   * with `before` (strictly earlier) never skips two pins made in the same millisecond.
   */
  nextPinTime(channelId: string): string {
    const newest = this.requireChannel(channelId).pins[0];
    const after = newest ? Date.parse(newest.pinnedAt) + 1 : 0;
    return new Date(Math.max(Date.now(), after)).toISOString();
  }

  /** Add a fault rule: the next matching request(s) get this answer instead. */
  failNext(rule: FaultRule): void {
    this.faults.push({ ...rule, remaining: rule.times ?? 1 });
  }

  interaction(id: string): InteractionRecord {
    const record = this.interactions.get(id);
    if (!record) throw new Error(`unknown interaction ${id}`);
    return record;
  }

  /** A stored message by id (deleted or not). */
  message(id: string): StoredMessage | undefined {
    return this.store.get(id);
  }

  /** The public, undeleted messages of a channel, oldest first. */
  messages(channelId: string = this.channelId): APIMessage[] {
    return [...this.store.values()]
      .filter((m) => m.channelId === channelId && !m.ephemeral && !m.deleted)
      .map((m) => m.message);
  }

  /** The pinned messages of a channel, newest pin first. */
  pins(channelId: string = this.channelId): APIMessage[] {
    return this.requireChannel(channelId).pins.flatMap((p) => {
      const stored = this.store.get(p.messageId);
      return stored ? [stored.message] : [];
    });
  }

  /** Requests no route knew (answered 404). */
  unexpectedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === "unknown");
  }

  /** Requests answered with an error status. */
  failedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.status >= 400);
  }

  /** Every accepted body that created or edited a message. */
  messageBodies(): SentMessageBody[] {
    const bodies: SentMessageBody[] = [];
    for (const r of this.requests) {
      if (typeof r.body !== "object" || r.body === null || r.faulted) continue;
      const body = r.body as Record<string, unknown>;
      if (r.route === "POST /interactions/:id/:token/callback") {
        if (
          (body.type === 4 || body.type === 7) &&
          typeof body.data === "object" &&
          body.data !== null
        ) {
          bodies.push({
            route: r.route,
            path: r.path,
            body: body.data as Record<string, unknown>,
            at: r.at,
            status: r.status,
          });
        }
      } else if (
        r.route === "POST /webhooks/:appId/:token" ||
        r.route === "PATCH /webhooks/:appId/:token/messages/:mid" ||
        r.route === "POST /channels/:id/messages" ||
        r.route === "PATCH /channels/:id/messages/:mid"
      ) {
        bodies.push({ route: r.route, path: r.path, body, at: r.at, status: r.status });
      }
    }
    return bodies;
  }

  /** Wait until `check` returns a value; fails with `describe` after the timeout. */
  waitFor<T>(
    check: () => T | undefined,
    describe: string,
    timeoutMs = this.waitTimeoutMs,
  ): Promise<T> {
    return waitFor(
      this.events,
      check,
      timeoutMs,
      () => `${describe}; last requests: ${this.describeRecent()}`,
    );
  }

  private describeRecent(): string {
    return (
      this.requests
        .slice(-6)
        .map((r) => `${r.method} ${r.path} -> ${r.status}`)
        .join(", ") || "none"
    );
  }

  /** The first accepted callback of an interaction. */
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<CallbackRecord> {
    return this.waitFor(
      () => this.interaction(interactionId).callbacks[0],
      `a callback for interaction ${interactionId}`,
      timeoutMs,
    );
  }

  /**
   * The interaction's final response: for replies and updates the message, for a
   * deferral the message after the first edit or follow-up. Resolves with the
   * stored message (check `.ephemeral`).
   */
  waitForReply(interactionId: string, timeoutMs?: number): Promise<StoredMessage> {
    return this.waitFor(
      () => {
        const record = this.interaction(interactionId);
        if (record.settledAt === undefined) return undefined;
        const id = record.originalMessageId ?? record.followUpIds[0];
        return id === undefined ? undefined : this.store.get(id);
      },
      `the reply to interaction ${interactionId}`,
      timeoutMs,
    );
  }

  /** The choices of an autocomplete response. */
  waitForChoices(
    interactionId: string,
    timeoutMs?: number,
  ): Promise<{ name: string; value: string | number }[]> {
    return this.waitFor(
      () => this.interaction(interactionId).choices,
      `autocomplete choices for ${interactionId}`,
      timeoutMs,
    );
  }

  /** The first recorded request (from now or earlier, see `since`) that satisfies `predicate`. */
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    describe: string,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedRequest> {
    const since = options.since ?? 0;
    return this.waitFor(
      () => this.requests.find((r) => r.at >= since && predicate(r)),
      describe,
      options.timeoutMs,
    );
  }

  /** Wait for a gateway happening (identify, resume, ...) after `since`. */
  waitForGateway(
    kind: "connect" | "identify" | "resume" | "resumeRejected" | "close",
    since = 0,
    timeoutMs?: number,
  ): Promise<number> {
    return this.waitFor(
      () => this.gateway?.events.find((e) => e.kind === kind && e.at >= since)?.at,
      `gateway event ${kind}`,
      timeoutMs,
    );
  }

  async close(): Promise<void> {
    await this.closer?.();
  }
}

/** Resolve the option values of an injection into Discord's option list, using the registered schema when there is one. */
function buildOptionsFor(
  command: Record<string, unknown> | undefined,
  input: ChatInputInput,
  focused?: string,
): unknown[] {
  let schema = Array.isArray(command?.options)
    ? (command.options as Record<string, unknown>[])
    : undefined;
  const find = (
    list: Record<string, unknown>[] | undefined,
    name: string,
  ): Record<string, unknown> | undefined => list?.find((o) => o.name === name);
  if (input.subcommandGroup !== undefined)
    schema = find(schema, input.subcommandGroup)?.options as Record<string, unknown>[] | undefined;
  if (input.subcommand !== undefined)
    schema = find(schema, input.subcommand)?.options as Record<string, unknown>[] | undefined;
  const leaf = Object.entries(input.options ?? {}).map(([name, value]) => {
    const declared = find(schema, name)?.type;
    const type = typeof declared === "number" ? declared : inferOptionType(value);
    const isFocused = name === focused;
    // While typing, Discord sends the focused value as the raw string typed so far.
    return {
      name,
      type,
      value: isFocused ? String(value) : value,
      ...(isFocused ? { focused: true } : {}),
    };
  });
  let options: unknown[] = leaf;
  if (input.subcommand !== undefined) options = [{ name: input.subcommand, type: 1, options }];
  if (input.subcommandGroup !== undefined)
    options = [{ name: input.subcommandGroup, type: 2, options }];
  return options;
}

function inferOptionType(value: OptionInput): number {
  if (typeof value === "boolean") return 5;
  if (typeof value === "number") return Number.isInteger(value) ? 4 : 10;
  return 3;
}

export { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, BOT_PERMISSIONS };
