import { discordError, type Route, type RouteContext, type RouteResult } from "./route.js";

/** The guild of the route, or Discord's Unknown Guild. */
function guildOrError(ctx: RouteContext): RouteResult | undefined {
  return ctx.fake.guildStates.has(ctx.params.guildId ?? "")
    ? undefined
    : discordError(404, 10004, "Unknown Guild");
}

function handleGetGuild(ctx: RouteContext): RouteResult {
  const unknown = guildOrError(ctx);
  if (unknown) return unknown;
  // The REST guild object is GUILD_CREATE's without the gateway-only fields.
  const {
    channels: _channels,
    threads: _threads,
    members: _members,
    presences: _presences,
    voice_states: _voice,
    joined_at: _joined,
    large: _large,
    unavailable: _unavailable,
    lazy: _lazy,
    member_count: _count,
    stage_instances: _stage,
    guild_scheduled_events: _events,
    soundboard_sounds: _sounds,
    ...guild
  } = ctx.fake.buildGuildCreate(ctx.params.guildId);
  return { status: 200, body: guild };
}

function handleGuildChannels(ctx: RouteContext): RouteResult {
  const unknown = guildOrError(ctx);
  if (unknown) return unknown;
  // Like Discord: every channel, whatever the bot may see, and no threads.
  const guildId = ctx.params.guildId ?? "";
  return {
    status: 200,
    body: ctx.fake.channelIdsOf(guildId).map((id) => ctx.fake.channelObject(id)),
  };
}

function handleGuildRoles(ctx: RouteContext): RouteResult {
  const unknown = guildOrError(ctx);
  if (unknown) return unknown;
  return { status: 200, body: ctx.fake.buildGuildCreate(ctx.params.guildId).roles };
}

function handleGuildMember(ctx: RouteContext): RouteResult {
  const unknown = guildOrError(ctx);
  if (unknown) return unknown;
  if (ctx.params.userId !== ctx.fake.botUser.id) return discordError(404, 10007, "Unknown Member");
  return { status: 200, body: ctx.fake.botMember(ctx.params.guildId) };
}

/** `GET /users/@me/guilds`: partial guilds by id, `limit` (max 200) after `after`. */
function handleMyGuilds(ctx: RouteContext): RouteResult {
  const limit = Math.min(200, Math.max(1, Number(ctx.query.limit ?? 200) || 200));
  const after = ctx.query.after === undefined ? 0n : BigInt(ctx.query.after);
  const guilds = [...ctx.fake.guildStates.values()]
    .filter((g) => BigInt(g.id) > after)
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
    .slice(0, limit)
    .map((g) => ({
      id: g.id,
      name: g.name,
      icon: null,
      owner: false,
      permissions: "0",
      features: [],
    }));
  return { status: 200, body: guilds };
}

/** What a bot in HTTP interactions mode reads of a server without a gateway cache. */
export const guildRoutes: Route[] = [
  { method: "GET", template: "/users/@me/guilds", auth: true, handle: handleMyGuilds },
  { method: "GET", template: "/guilds/:guildId", auth: true, handle: handleGetGuild },
  { method: "GET", template: "/guilds/:guildId/channels", auth: true, handle: handleGuildChannels },
  { method: "GET", template: "/guilds/:guildId/roles", auth: true, handle: handleGuildRoles },
  {
    method: "GET",
    template: "/guilds/:guildId/members/:userId",
    auth: true,
    handle: handleGuildMember,
  },
];
