import { ChannelType, type Client } from "discord.js";
import type { Engine } from "../engine/types.js";
import { parsePublishedBullets, staleReason, type StaleBullet } from "./findStalePins.js";
import { readTopicFromFooter, SUMMARY_MARK } from "./render/renderSummary.js";

/** Bounds on one scan: Discord rate-limits pin reads, and a big server has many channels. */
const MAX_CHANNELS = 50;
const MAX_PIN_PAGES = 5;

/** What a scan of the pinned summaries found. */
export interface PinScan {
  checkedSummaries: number;
  stale: StaleBullet[];
  /** Channels that could not be read, with why. */
  problems: string[];
}

/**
 * Re-check the bot's pinned summaries against a corpus. The channel pins are
 * the record (no state is kept): every text channel the bot can see is read,
 * its pins filtered to the bot's own summaries, and each bullet checked to be
 * still verbatim in its cited paragraph.
 */
export async function scanPinnedSummaries(client: Client<true>, engine: Engine): Promise<PinScan> {
  const scan: PinScan = { checkedSummaries: 0, stale: [], problems: [] };
  const channels = [...client.channels.cache.values()].filter((c) => c.type === ChannelType.GuildText || c.type === ChannelType.GuildAnnouncement).slice(0, MAX_CHANNELS);
  for (const channel of channels) {
    if (!channel.isTextBased() || channel.isDMBased()) continue;
    try {
      let before: Date | undefined;
      for (let page = 0; page < MAX_PIN_PAGES; page++) {
        const pins = await channel.messages.fetchPins({ limit: 50, cache: false, ...(before ? { before } : {}) });
        for (const { message } of pins.items) {
          const embed = message.embeds[0];
          if (message.author.id !== client.user.id || readTopicFromFooter(embed?.footer?.text ?? undefined, SUMMARY_MARK) === undefined) continue;
          scan.checkedSummaries++;
          for (const bullet of parsePublishedBullets(embed?.description ?? "")) {
            const reason = staleReason(bullet, engine);
            if (reason) scan.stale.push({ channelId: channel.id, messageId: message.id, url: message.url, bullet: bullet.text, reason });
          }
        }
        const last = pins.items[pins.items.length - 1];
        if (!pins.hasMore || !last) break;
        before = last.pinnedAt;
      }
    } catch (error) {
      scan.problems.push(`<#${channel.id}>: ${(error as Error).message}`);
    }
  }
  return scan;
}
