import type { Engine } from "../engine/types.js";
import { parsePublishedBullets, staleReason, type StaleBullet } from "./findStalePins.js";
import { readSummaryFooter } from "./render/renderSummary.js";

/** Pages of pins read per channel at most (50 each; Discord allows 250 pins per channel). */
const MAX_PIN_PAGES = 10;
/** How long one scan may take in all (ms): Discord rate-limits pin reads and a big server has many channels. */
export const SCAN_TIME_LIMIT_MS = 20_000;

/** A pinned message as far as the scan cares. */
export interface PinnedSummaryMessage {
  id: string;
  url?: string;
  authorId: string;
  /** The first embed's footer and description, where a summary keeps its marker and bullets. */
  footer?: string;
  description?: string;
}

/** One channel or thread whose pins the scan reads; the adapter wraps a discord.js channel in this. */
export interface PinTarget {
  id: string;
  /** Set when the bot can see the channel but Discord would not show it the pins, with why. */
  unreadable?: string;
  /** One page of pins, newest first; `before` is the pin time of the last item seen. */
  fetchPins(
    before?: Date,
  ): Promise<{ items: { message: PinnedSummaryMessage; pinnedAt: Date }[]; hasMore: boolean }>;
}

/** Why a channel the bot can see but whose history it may not read is not checked. */
export const NO_READ_HISTORY =
  "I have no Read Message History permission there, so Discord shows me no pins";

/** The channels of one server the scan reads, and what listing them could not cover. */
export interface GuildPinTargets {
  targets: PinTarget[];
  /** Channels the bot cannot see at all (no View Channel): not read, only counted. */
  hidden: number;
  problems: string[];
}

/** What a scan of the pinned summaries found. */
export interface PinScan {
  checkedSummaries: number;
  /** Channels and threads whose pins were read to the end. */
  checkedChannels: number;
  stale: StaleBullet[];
  /** Channels that could not be read, or were not reached in time, with why. */
  problems: string[];
}

/** Bounds of one scan; the defaults suit a reply within Discord's 15 minutes. */
export interface ScanOptions {
  timeLimitMs?: number;
  now?: () => number;
}

/** A scan that found nothing and says why. */
export function failedScan(problem: string): PinScan {
  return { checkedSummaries: 0, checkedChannels: 0, stale: [], problems: [problem] };
}

/** Merge the scans of several servers (SIGHUP reports on all of them, to the operator's log). */
export function mergeScans(scans: readonly PinScan[]): PinScan {
  return {
    checkedSummaries: scans.reduce((n, s) => n + s.checkedSummaries, 0),
    checkedChannels: scans.reduce((n, s) => n + s.checkedChannels, 0),
    stale: scans.flatMap((s) => s.stale),
    problems: scans.flatMap((s) => s.problems),
  };
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("time ran out")), Math.max(0, ms));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Re-check the bot's pinned summaries against a corpus. The pins are the record (no state is
 * kept): each target's pins are read 50 at a time to the end, filtered to the bot's own summaries
 * (by their scope marker, or the footer of pins older than markers), and each bullet checked to be
 * still verbatim in its cited paragraph. Bounded in time: what was not reached, or could not be
 * read, is listed in `problems`.
 */
export async function scanPinnedSummaries(
  targets: readonly PinTarget[],
  botId: string,
  engine: Engine,
  options: ScanOptions = {},
): Promise<PinScan> {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeLimitMs ?? SCAN_TIME_LIMIT_MS);
  const scan: PinScan = { checkedSummaries: 0, checkedChannels: 0, stale: [], problems: [] };
  for (const [index, target] of targets.entries()) {
    if (now() >= deadline) {
      const left = targets.length - index;
      scan.problems.push(
        `${left} more channel${left === 1 ? "" : "s"} not checked: the scan's time limit (${Math.round((options.timeLimitMs ?? SCAN_TIME_LIMIT_MS) / 1000)} s) ran out`,
      );
      break;
    }
    if (target.unreadable) {
      scan.problems.push(`<#${target.id}>: ${target.unreadable}`);
      continue;
    }
    try {
      let before: Date | undefined;
      for (let page = 0; page < MAX_PIN_PAGES; page++) {
        const pins = await withDeadline(target.fetchPins(before), deadline - now());
        for (const { message } of pins.items) {
          const summary =
            message.authorId === botId ? readSummaryFooter(message.footer, "summary") : undefined;
          if (!summary) continue;
          scan.checkedSummaries++;
          for (const bullet of parsePublishedBullets(message.description ?? "")) {
            const reason = staleReason(bullet, engine);
            if (!reason) continue;
            scan.stale.push({
              channelId: target.id,
              messageId: message.id,
              ...(message.url ? { url: message.url } : {}),
              bullet: bullet.text,
              reason,
              ...(summary.scope ? { scope: summary.scope } : {}),
            });
          }
        }
        const last = pins.items[pins.items.length - 1];
        if (!pins.hasMore || !last) break;
        before = last.pinnedAt;
      }
      scan.checkedChannels++;
    } catch (error) {
      scan.problems.push(`<#${target.id}>: ${(error as Error).message}`);
    }
  }
  return scan;
}

/**
 * Scan one server's listed channels and add what the listing could not cover: its problems first,
 * then a note counting the channels the bot cannot see. Both transports report through this.
 */
export async function scanListedTargets(
  listing: GuildPinTargets,
  botId: string,
  engine: Engine,
  options: ScanOptions = {},
): Promise<PinScan> {
  const scan = await scanPinnedSummaries(listing.targets, botId, engine, options);
  const { hidden } = listing;
  const notes =
    hidden === 0
      ? []
      : [
          hidden === 1
            ? "1 channel I cannot see (no View Channel) was not checked"
            : `${hidden} channels I cannot see (no View Channel) were not checked`,
        ];
  return { ...scan, problems: [...listing.problems, ...scan.problems, ...notes] };
}
