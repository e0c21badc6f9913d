import type { REST } from "@discordjs/rest";
import { Routes, type APIMessage } from "discord-api-types/v10";

/**
 * One page of a channel's pins over REST, newest first: the route and query discord.js's fetchPins sends
 * (50 at a time, `before` the pin time of the last item seen), so both transports read pins alike.
 * `toItem` reads what the caller needs of each pinned message.
 */
export async function fetchRestPinPage<T>(
  rest: REST,
  channelId: string,
  before: Date | undefined,
  toItem: (message: APIMessage) => T,
): Promise<{ items: { message: T; pinnedAt: Date }[]; hasMore: boolean }> {
  const query = new URLSearchParams({ limit: "50" });
  if (before) query.set("before", before.toISOString());
  const page = (await rest.get(Routes.channelMessagesPins(channelId), { query })) as {
    items: { pinned_at: string; message: APIMessage }[];
    has_more: boolean;
  };
  return {
    items: page.items.map((item) => ({
      message: toItem(item.message),
      pinnedAt: new Date(item.pinned_at),
    })),
    hasMore: page.has_more,
  };
}
