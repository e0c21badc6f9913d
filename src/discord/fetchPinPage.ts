import type { Message, TextBasedChannel } from "discord.js";

/**
 * One page of a channel's pins, newest first, 50 at a time (Discord's page size), not cached; `before` is
 * the pin time of the last item seen. `toItem` reads what the caller needs of each pinned message.
 */
export async function fetchPinPage<T>(
  channel: TextBasedChannel,
  before: Date | undefined,
  toItem: (message: Message) => T,
): Promise<{ items: { message: T; pinnedAt: Date }[]; hasMore: boolean }> {
  const page = await channel.messages.fetchPins({
    limit: 50,
    cache: false,
    ...(before ? { before } : {}),
  });
  return {
    items: page.items.map((item) => ({ message: toItem(item.message), pinnedAt: item.pinnedAt })),
    hasMore: page.hasMore,
  };
}
