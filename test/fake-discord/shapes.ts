import {
  ChannelType,
  MessageType,
  type APIChannel,
  type GuildMemberFlags,
  type RoleFlags,
  type UserFlags,
  type APIEmbed,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIRole,
  type APIUser,
} from "discord-api-types/v10";
import { makeSnowflake } from "./snowflake.js";

/** A user as Discord sends it. */
export function buildUser(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    discriminator: "0",
    global_name: bot ? null : username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
  };
}

/** A role; `id === guildId` makes it the @everyone role. */
export function buildRole(
  id: string,
  name: string,
  permissions: bigint,
  position: number,
  botId?: string,
): APIRole {
  return {
    id,
    name,
    // Discord still sends the deprecated single colour beside `colors`, so the fake does too.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: botId !== undefined,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...(botId !== undefined ? { tags: { bot_id: botId } } : {}),
  };
}

/** A guild member, with the invoking member's permissions when they come in an interaction. */
export function buildMember(
  user: APIUser,
  roles: string[],
  permissions: bigint,
  joinedAt: string,
): APIInteractionGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
    permissions: permissions.toString(),
  };
}

/** One permission overwrite on a channel (type 0 role, 1 member). */
export interface Overwrite {
  id: string;
  type: 0 | 1;
  allow: string;
  deny: string;
}

/** A guild text channel. */
export function buildTextChannel(
  id: string,
  guildId: string,
  name: string,
  position: number,
  overwrites: Overwrite[],
): APIChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: overwrites,
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APIChannel;
}

/** A public thread under a text channel, as Discord sends it (it has no overwrites of its own). */
export function buildThreadChannel(
  id: string,
  guildId: string,
  parentId: string,
  name: string,
  ownerId: string,
  archived: boolean,
): APIChannel {
  return {
    id,
    type: ChannelType.PublicThread,
    guild_id: guildId,
    parent_id: parentId,
    owner_id: ownerId,
    name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    flags: 0,
    total_message_sent: 0,
    thread_metadata: {
      archived,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
      create_timestamp: new Date().toISOString(),
    },
  } as unknown as APIChannel;
}

/** What a new message needs besides its body. */
export interface MessageOrigin {
  channelId: string;
  guildId: string;
  author: APIUser;
  /** Set when an interaction response or follow-up (webhook) made the message. */
  webhookId?: string;
  applicationId?: string;
  type?: MessageType;
  interaction?: { id: string; type: number; user: APIUser; name?: string };
}

/** A message as Discord returns it, built from a request body. */
export function buildMessage(body: Record<string, unknown>, origin: MessageOrigin): APIMessage {
  const id = makeSnowflake();
  const message: APIMessage = {
    id,
    channel_id: origin.channelId,
    author: origin.author,
    content: typeof body.content === "string" ? body.content : "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds)
      ? (body.embeds as APIEmbed[]).map((e) => ({ type: "rich", ...e }) as APIEmbed)
      : [],
    pinned: false,
    type: origin.type ?? MessageType.Default,
    flags: typeof body.flags === "number" ? body.flags : 0,
    components: Array.isArray(body.components) ? (body.components as APIMessage["components"]) : [],
  };
  const extra = message as unknown as Record<string, unknown>;
  extra.guild_id = origin.guildId;
  if (origin.webhookId !== undefined) message.webhook_id = origin.webhookId;
  if (origin.applicationId !== undefined) message.application_id = origin.applicationId;
  if (origin.interaction !== undefined) {
    message.interaction_metadata = {
      id: origin.interaction.id,
      type: origin.interaction.type,
      user: origin.interaction.user,
      authorizing_integration_owners: { "0": origin.guildId },
    };
  }
  return message;
}

/** Apply an edit body to a stored message the way Discord does: present fields replace. */
export function applyMessageEdit(message: APIMessage, body: Record<string, unknown>): void {
  if ("content" in body) message.content = typeof body.content === "string" ? body.content : "";
  if ("embeds" in body) {
    message.embeds = Array.isArray(body.embeds)
      ? (body.embeds as APIEmbed[]).map((e) => ({ type: "rich", ...e }) as APIEmbed)
      : [];
  }
  if ("components" in body) {
    message.components = Array.isArray(body.components)
      ? (body.components as APIMessage["components"])
      : [];
  }
  if (typeof body.flags === "number") {
    // Only the suppress-embeds bit may change on edit; ephemeral stays as it was.
    message.flags = ((message.flags ?? 0) & ~4) | (body.flags & 4);
  }
  // A deferred message stops loading once it is edited.
  message.flags = (message.flags ?? 0) & ~128;
  message.edited_timestamp = new Date().toISOString();
}
