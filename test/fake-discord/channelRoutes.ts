import { PermissionFlagsBits } from "discord-api-types/v10";
import type { StoredMessage } from "./fakeDiscord.js";
import { canPin, hasPermissions } from "./permissions.js";
import {
  bodyObject,
  discordError,
  ERRORS,
  invalidForm,
  type Route,
  type RouteContext,
  type RouteResult,
} from "./route.js";
import { applyMessageEdit, buildMessage } from "./shapes.js";
import { collectMessageErrors, isEmptyMessage } from "./validateMessage.js";

const VIEW = PermissionFlagsBits.ViewChannel;
const READ = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory;

/** The channel's permission check: Missing Access without View Channel, Missing Permissions without the rest. */
function checkAccess(ctx: RouteContext, needed: bigint): RouteResult | undefined {
  const channelId = ctx.params.id ?? "";
  if (!ctx.fake.channelState(channelId)) return ERRORS.unknownChannel();
  const bits = ctx.fake.botPermissionsIn(channelId);
  if (!hasPermissions(bits, VIEW)) return ERRORS.missingAccess();
  if (!hasPermissions(bits, needed)) return ERRORS.missingPermissions();
  return undefined;
}

/** A public, undeleted message of this channel. */
function channelMessage(ctx: RouteContext, id: string | undefined): StoredMessage | undefined {
  const stored = id === undefined ? undefined : ctx.fake.store.get(id);
  if (!stored || stored.deleted || stored.ephemeral || stored.channelId !== ctx.params.id)
    return undefined;
  return stored;
}

function handleGetChannel(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  return { status: 200, body: ctx.fake.channelObject(ctx.params.id ?? "") };
}

function handleListMessages(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, READ);
  if (denied) return denied;
  const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
  const newestFirst = ctx.fake.messages(ctx.params.id).reverse();
  return { status: 200, body: newestFirst.slice(0, limit) };
}

function handleCreateMessage(ctx: RouteContext): RouteResult {
  // In a thread Discord asks for Send Messages in Threads instead of Send Messages.
  const inThread = ctx.fake.channelState(ctx.params.id ?? "")?.parentId !== undefined;
  const denied = checkAccess(
    ctx,
    inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages,
  );
  if (denied) return denied;
  const body = bodyObject(ctx.body);
  const errors = collectMessageErrors(body);
  if (errors.length > 0) return invalidForm(errors);
  if (isEmptyMessage(body, ctx.files)) return ERRORS.emptyMessage();
  const { fake } = ctx;
  const channelId = ctx.params.id ?? "";
  // Only the suppress-embeds and suppress-notifications flags may be set on a new channel message.
  const flags = typeof body.flags === "number" ? body.flags & (4 | 4096) : 0;
  const message = buildMessage(
    { ...body, flags },
    { channelId, guildId: fake.guildOf(channelId), author: fake.botUser },
  );
  fake.store.set(message.id, { message, channelId, ephemeral: false, deleted: false });
  return { status: 200, body: message };
}

function handleGetMessage(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, READ);
  if (denied) return denied;
  const stored = channelMessage(ctx, ctx.params.mid);
  return stored ? { status: 200, body: stored.message } : ERRORS.unknownMessage();
}

function handleEditMessage(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  const stored = channelMessage(ctx, ctx.params.mid);
  if (!stored) return ERRORS.unknownMessage();
  if (stored.message.author.id !== ctx.fake.botUser.id) return ERRORS.notAuthor();
  const body = bodyObject(ctx.body);
  const errors = collectMessageErrors(body);
  if (errors.length > 0) return invalidForm(errors);
  applyMessageEdit(stored.message, body);
  return { status: 200, body: stored.message };
}

function handleDeleteMessage(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  const stored = channelMessage(ctx, ctx.params.mid);
  if (!stored) return ERRORS.unknownMessage();
  const own = stored.message.author.id === ctx.fake.botUser.id;
  if (
    !own &&
    !hasPermissions(ctx.fake.botPermissionsIn(stored.channelId), PermissionFlagsBits.ManageMessages)
  ) {
    return ERRORS.missingPermissions();
  }
  stored.deleted = true;
  const channel = ctx.fake.channelState(stored.channelId);
  if (channel) channel.pins = channel.pins.filter((p) => p.messageId !== stored.message.id);
  return { status: 204 };
}

function pinnedEntries(ctx: RouteContext): { pinned_at: string; message: unknown }[] {
  const channel = ctx.fake.channelState(ctx.params.id ?? "");
  return (channel?.pins ?? []).flatMap((p) => {
    const stored = ctx.fake.store.get(p.messageId);
    return stored && !stored.deleted ? [{ pinned_at: p.pinnedAt, message: stored.message }] : [];
  });
}

/**
 * Discord lists pins to anyone who can view the channel; without Read Message History the list is
 * empty, with no error (a bot that took that for "nothing pinned" would post duplicates).
 */
function canReadPins(ctx: RouteContext): boolean {
  return hasPermissions(ctx.fake.botPermissionsIn(ctx.params.id ?? ""), READ);
}

function handleListPins(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  if (!canReadPins(ctx)) return { status: 200, body: { items: [], has_more: false } };
  const limit = Math.min(50, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
  const before = ctx.query.before === undefined ? undefined : Date.parse(ctx.query.before);
  const entries = pinnedEntries(ctx).filter(
    (e) => before === undefined || Date.parse(e.pinned_at) < before,
  );
  return {
    status: 200,
    body: { items: entries.slice(0, limit), has_more: entries.length > limit },
  };
}

function handleListPinsLegacy(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  if (!canReadPins(ctx)) return { status: 200, body: [] };
  return { status: 200, body: pinnedEntries(ctx).map((e) => e.message) };
}

function handlePin(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  const channelId = ctx.params.id ?? "";
  if (!canPin(ctx.fake.botPermissionsIn(channelId))) return ERRORS.missingPermissions();
  const stored = channelMessage(ctx, ctx.params.mid);
  if (!stored) return ERRORS.unknownMessage();
  const channel = ctx.fake.channelState(channelId);
  if (!channel) return ERRORS.unknownChannel();
  if (channel.pins.some((p) => p.messageId === stored.message.id)) return { status: 204 };
  if (channel.pins.length >= channel.maxPins) return ERRORS.maxPins(channel.maxPins);
  channel.pins.unshift({ messageId: stored.message.id, pinnedAt: ctx.fake.nextPinTime(channelId) });
  stored.message.pinned = true;
  return { status: 204 };
}

function handleUnpin(ctx: RouteContext): RouteResult {
  const denied = checkAccess(ctx, VIEW);
  if (denied) return denied;
  const channelId = ctx.params.id ?? "";
  if (!canPin(ctx.fake.botPermissionsIn(channelId))) return ERRORS.missingPermissions();
  const stored = channelMessage(ctx, ctx.params.mid);
  if (!stored) return ERRORS.unknownMessage();
  const channel = ctx.fake.channelState(channelId);
  if (channel) channel.pins = channel.pins.filter((p) => p.messageId !== stored.message.id);
  stored.message.pinned = false;
  return { status: 204 };
}

/** A guild's active threads, all of them (the caller filters by what it may see), as Discord lists them. */
function handleActiveThreads(ctx: RouteContext): RouteResult {
  const guildId = ctx.params.guildId ?? "";
  if (!ctx.fake.guildStates.has(guildId)) return discordError(404, 10004, "Unknown Guild");
  const threads = ctx.fake.activeThreads(guildId).map((id) => ctx.fake.channelObject(id));
  return { status: 200, body: { threads, members: [] } };
}

/** Channel, message and pin routes, including both the current and the legacy pin routes. */
export const channelRoutes: Route[] = [
  {
    method: "GET",
    template: "/guilds/:guildId/threads/active",
    auth: true,
    handle: handleActiveThreads,
  },
  { method: "GET", template: "/channels/:id", auth: true, handle: handleGetChannel },
  { method: "GET", template: "/channels/:id/messages/pins", auth: true, handle: handleListPins },
  { method: "PUT", template: "/channels/:id/messages/pins/:mid", auth: true, handle: handlePin },
  {
    method: "DELETE",
    template: "/channels/:id/messages/pins/:mid",
    auth: true,
    handle: handleUnpin,
  },
  { method: "GET", template: "/channels/:id/pins", auth: true, handle: handleListPinsLegacy },
  { method: "PUT", template: "/channels/:id/pins/:mid", auth: true, handle: handlePin },
  { method: "DELETE", template: "/channels/:id/pins/:mid", auth: true, handle: handleUnpin },
  { method: "GET", template: "/channels/:id/messages", auth: true, handle: handleListMessages },
  { method: "POST", template: "/channels/:id/messages", auth: true, handle: handleCreateMessage },
  { method: "GET", template: "/channels/:id/messages/:mid", auth: true, handle: handleGetMessage },
  {
    method: "PATCH",
    template: "/channels/:id/messages/:mid",
    auth: true,
    handle: handleEditMessage,
  },
  {
    method: "DELETE",
    template: "/channels/:id/messages/:mid",
    auth: true,
    handle: handleDeleteMessage,
  },
];
