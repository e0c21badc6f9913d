import {
  ChannelType,
  PermissionFlagsBits,
  type Guild,
  type GuildTextBasedChannel,
  type Message,
} from "discord.js";
import { fetchPinPage } from "./fetchPinPage.js";
import {
  NO_READ_HISTORY,
  type GuildPinTargets,
  type PinnedSummaryMessage,
  type PinTarget,
} from "./scanPinnedSummaries.js";

/** Channel kinds whose pins may hold published summaries: text and announcement channels, and their threads. */
const PINNABLE = new Set<ChannelType>([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

function toPinned(message: Message): PinnedSummaryMessage {
  const embed = message.embeds[0];
  return {
    id: message.id,
    url: message.url,
    authorId: message.author.id,
    ...(embed?.footer?.text ? { footer: embed.footer.text } : {}),
    ...(embed?.description ? { description: embed.description } : {}),
  };
}

function toTarget(channel: GuildTextBasedChannel, unreadable?: string): PinTarget {
  return {
    id: channel.id,
    ...(unreadable ? { unreadable } : {}),
    fetchPins: (before) => fetchPinPage(channel, before, toPinned),
  };
}

/**
 * Every text and announcement channel of `guild`, and every active thread, that the bot can see.
 * One it can see but may not read the history of is kept as unreadable: Discord would list no pins
 * there without an error, which a scan must not mistake for "no summaries".
 */
export async function listPinTargets(guild: Guild): Promise<GuildPinTargets> {
  const problems: string[] = [];
  const channels: GuildTextBasedChannel[] = [];
  for (const channel of guild.channels.cache.values()) {
    if (PINNABLE.has(channel.type) && channel.isTextBased()) channels.push(channel);
  }
  try {
    // Threads come and go; the cache may miss some, so ask Discord for the active ones.
    const active = await guild.channels.fetchActiveThreads();
    for (const thread of active.threads.values())
      if (!channels.some((c) => c.id === thread.id)) channels.push(thread);
  } catch (error) {
    problems.push(`the active threads could not be listed: ${(error as Error).message}`);
  }
  const me = guild.members.me;
  const targets: PinTarget[] = [];
  let hidden = 0;
  for (const channel of channels) {
    if (channel.isThread() && channel.archived) continue;
    const permissions = me ? channel.permissionsFor(me) : null;
    if (!permissions?.has(PermissionFlagsBits.ViewChannel)) {
      hidden++;
      continue;
    }
    targets.push(
      permissions.has(PermissionFlagsBits.ReadMessageHistory)
        ? toTarget(channel)
        : toTarget(channel, NO_READ_HISTORY),
    );
  }
  return { targets, hidden, problems };
}
