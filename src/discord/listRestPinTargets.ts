import { messageLink } from "@discordjs/formatters";
import type { REST } from "@discordjs/rest";
import {
  ChannelType,
  PermissionFlagsBits,
  Routes,
  type APIGuild,
  type APIGuildMember,
  type APIMessage,
} from "discord-api-types/v10";
import {
  computeBasePermissions,
  computeChannelPermissions,
  type PermissionOverwrite,
} from "./computePermissions.js";
import { fetchRestPinPage } from "./fetchRestPinPage.js";
import {
  NO_READ_HISTORY,
  type GuildPinTargets,
  type PinnedSummaryMessage,
  type PinTarget,
} from "./scanPinnedSummaries.js";

/** Channel kinds whose pins may hold published summaries: text and announcement channels, and their threads. */
const PINNABLE = new Set<number>([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/** The fields of a channel or thread the listing reads, as `GET /guilds/{id}/channels` and `/threads/active` send them. */
interface RestChannel {
  id: string;
  type: number;
  parent_id?: string | null;
  permission_overwrites?: PermissionOverwrite[];
  thread_metadata?: { archived?: boolean };
}

function toPinned(message: APIMessage, guildId: string): PinnedSummaryMessage {
  const embed = message.embeds[0];
  return {
    id: message.id,
    url: messageLink(message.channel_id, message.id, guildId),
    authorId: message.author.id,
    ...(embed?.footer?.text ? { footer: embed.footer.text } : {}),
    ...(embed?.description ? { description: embed.description } : {}),
  };
}

function toTarget(rest: REST, guildId: string, channelId: string, unreadable?: string): PinTarget {
  return {
    id: channelId,
    ...(unreadable ? { unreadable } : {}),
    fetchPins: (before) =>
      fetchRestPinPage(rest, channelId, before, (message) => toPinned(message, guildId)),
  };
}

/**
 * The REST counterpart of listPinTargets, for HTTP interactions (no gateway cache): the server's
 * channels, active threads, roles and the bot's member are fetched, and the bot's permissions in each
 * channel worked out as Discord does (a thread takes its parent's). Same rules: a channel the bot
 * cannot see is only counted; one whose history it may not read is kept as unreadable; archived
 * threads are skipped. Rejects when the server itself, its channels or the bot's member cannot be read.
 */
export async function listRestPinTargets(
  rest: REST,
  guildId: string,
  botId: string,
): Promise<GuildPinTargets> {
  const [guild, channels, member] = (await Promise.all([
    rest.get(Routes.guild(guildId)),
    rest.get(Routes.guildChannels(guildId)),
    rest.get(Routes.guildMember(guildId, botId)),
  ])) as [APIGuild, RestChannel[], APIGuildMember];
  const problems: string[] = [];
  const listed: RestChannel[] = channels.filter((c) => PINNABLE.has(c.type));
  try {
    const active = (await rest.get(Routes.guildActiveThreads(guildId))) as {
      threads: RestChannel[];
    };
    for (const thread of active.threads)
      if (PINNABLE.has(thread.type) && !listed.some((c) => c.id === thread.id)) listed.push(thread);
  } catch (error) {
    problems.push(`the active threads could not be listed: ${(error as Error).message}`);
  }
  const subject = {
    guildId,
    ownerId: guild.owner_id,
    roles: guild.roles,
    memberId: botId,
    memberRoleIds: member.roles,
  };
  const base = computeBasePermissions(subject);
  // Threads carry no overwrites of their own: a thread's permissions are its parent channel's.
  const overwritesOf = new Map(channels.map((c) => [c.id, c.permission_overwrites ?? []]));
  const targets: PinTarget[] = [];
  let hidden = 0;
  for (const channel of listed) {
    if (channel.thread_metadata?.archived) continue;
    const source = channel.thread_metadata ? (channel.parent_id ?? undefined) : channel.id;
    const overwrites = source === undefined ? undefined : overwritesOf.get(source);
    const bits = overwrites ? computeChannelPermissions(base, overwrites, subject) : 0n;
    if ((bits & PermissionFlagsBits.ViewChannel) === 0n) {
      hidden++;
      continue;
    }
    targets.push(
      toTarget(
        rest,
        guildId,
        channel.id,
        (bits & PermissionFlagsBits.ReadMessageHistory) === 0n ? NO_READ_HISTORY : undefined,
      ),
    );
  }
  return { targets, hidden, problems };
}
