import type { Reply } from "./render/types.js";
import { readSummaryFooter } from "./render/renderSummary.js";
import { hashScope, type SummaryScope } from "./summaryScope.js";

/** A pinned message as far as publishing cares. */
export interface PinnedMessage {
  id: string;
  authorId: string;
  footers: (string | undefined)[];
  url?: string;
}

/** The channel operations publishing needs; the adapter wraps a discord.js channel in this. */
export interface PublishChannel {
  /** One page of pins, newest first; `before` is the pin time of the last item seen. */
  fetchPins(
    before?: Date,
  ): Promise<{ items: { message: PinnedMessage; pinnedAt: Date }[]; hasMore: boolean }>;
  send(reply: Reply): Promise<{ id: string; url?: string }>;
  edit(messageId: string, reply: Reply): Promise<void>;
  pin(messageId: string): Promise<void>;
  delete(messageId: string): Promise<void>;
}

/** How publishing went, for the moderator's private answer. */
export type PublishOutcome =
  | { status: "updated"; messageId: string; url?: string }
  | { status: "pinned"; messageId: string; url?: string }
  | { status: "failed"; message: string };

/** Pages of pins to read at most (50 each): Discord allows 250 pins per channel. */
const MAX_PIN_PAGES = 10;

/**
 * The bot's earlier pinned summary of this scope in this channel, if any: matched by the scope
 * marker's hash (or, for pins posted before markers, by the topic of the old footer), never by
 * the footer's wording. Reads every page of pins, 50 at a time.
 */
export async function findSummaryPin(
  channel: PublishChannel,
  botId: string,
  scope: SummaryScope,
): Promise<PinnedMessage | undefined> {
  const wanted = hashScope(scope);
  let before: Date | undefined;
  for (let page = 0; page < MAX_PIN_PAGES; page++) {
    const { items, hasMore } = await channel.fetchPins(before);
    for (const { message } of items) {
      if (message.authorId !== botId) continue;
      if (readSummaryFooter(message.footers[0], "summary")?.hash === wanted) return message;
    }
    const last = items[items.length - 1];
    if (!hasMore || !last) return undefined;
    before = last.pinnedAt;
  }
  return undefined;
}

/** The Discord error fields publishing looks at (DiscordAPIError and HTTPError both carry `status`). */
function errorInfo(error: unknown): { status?: number; code?: number | string } {
  if (typeof error !== "object" || error === null) return {};
  const e = error as { status?: unknown; code?: unknown };
  return {
    ...(typeof e.status === "number" ? { status: e.status } : {}),
    ...(typeof e.code === "number" || typeof e.code === "string" ? { code: e.code } : {}),
  };
}

/** A moderator-facing explanation of a failed Discord call. */
export function explainPublishError(
  error: unknown,
  step: "read the pins" | "post" | "update" | "pin",
): string {
  const { status, code } = errorInfo(error);
  if (code === 30003) {
    return "This channel has reached Discord's limit of 250 pinned messages, so the summary could not be pinned and was not posted. Unpin an old message, then press Publish & pin again.";
  }
  if (status === 403 || code === 50013 || code === 50001) {
    return `Discord refused to let me ${step} in this channel (missing access or permission). Nothing was published. Check my View Channel, Send Messages (Send Messages in Threads in a thread), Embed Links, Read Message History and Pin Messages permissions here.`;
  }
  if (status !== undefined && status >= 500) {
    return `Discord had a server problem (HTTP ${status}) while I tried to ${step}. Nothing was published; please try again in a moment.`;
  }
  if (status === 429)
    return `Discord is rate limiting me right now, so I could not ${step}. Please try again in a moment.`;
  return `I could not ${step} in this channel${status ? ` (HTTP ${status}${code ? `, code ${code}` : ""})` : ""}. Nothing was published; please try again.`;
}

/**
 * Post the summary and pin it, or edit the bot's pinned summary for the same topic if there is
 * one, so a channel keeps one pin per topic. Keeps no state: the pin list is the record. A posted
 * message that cannot be pinned is deleted again, so a retry does not leave duplicates.
 */
export async function publishSummary(
  channel: PublishChannel,
  botId: string,
  scope: SummaryScope,
  reply: Reply,
): Promise<PublishOutcome> {
  let existing: PinnedMessage | undefined;
  try {
    existing = await findSummaryPin(channel, botId, scope);
  } catch (error) {
    return { status: "failed", message: explainPublishError(error, "read the pins") };
  }
  if (existing) {
    try {
      await channel.edit(existing.id, reply);
      return {
        status: "updated",
        messageId: existing.id,
        ...(existing.url ? { url: existing.url } : {}),
      };
    } catch (error) {
      return { status: "failed", message: explainPublishError(error, "update") };
    }
  }
  let posted: { id: string; url?: string };
  try {
    posted = await channel.send(reply);
  } catch (error) {
    return { status: "failed", message: explainPublishError(error, "post") };
  }
  try {
    await channel.pin(posted.id);
  } catch (error) {
    await channel.delete(posted.id).catch(() => undefined);
    return { status: "failed", message: explainPublishError(error, "pin") };
  }
  return { status: "pinned", messageId: posted.id, ...(posted.url ? { url: posted.url } : {}) };
}
