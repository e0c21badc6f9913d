import type { FakeDiscord } from "./fakeDiscord.js";
import {
  discordError,
  invalidForm,
  type Route,
  type RouteContext,
  type RouteResult,
} from "./route.js";
import { makeSnowflake } from "./snowflake.js";
import { collectCommandErrors } from "./validateCommands.js";

function storeCommands(
  fake: FakeDiscord,
  body: unknown,
  guildId?: string,
): Record<string, unknown>[] {
  const list = body as Record<string, unknown>[];
  const previous =
    guildId === undefined ? fake.commands.global : (fake.commands.guild.get(guildId) ?? []);
  const stored = list.map((command) => {
    const type = typeof command.type === "number" ? command.type : 1;
    // Bulk overwrite keeps the id of a command with the same name and type.
    const kept = previous.find((p) => p.name === command.name && (p.type ?? 1) === type);
    return {
      id: typeof kept?.id === "string" ? kept.id : makeSnowflake(),
      application_id: fake.applicationId,
      version: makeSnowflake(),
      type,
      description: "",
      default_member_permissions: null,
      nsfw: false,
      ...command,
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
    };
  });
  if (guildId === undefined) fake.commands.global = stored;
  else fake.commands.guild.set(guildId, stored);
  return stored;
}

function handlePutCommands(ctx: RouteContext): RouteResult {
  if (ctx.params.appId !== ctx.fake.applicationId)
    return discordError(403, 50001, "Missing Access");
  const guildId = ctx.params.guildId;
  if (guildId !== undefined && !ctx.fake.guildStates.has(guildId))
    return discordError(403, 50001, "Missing Access");
  const errors = collectCommandErrors(ctx.body);
  if (errors.length > 0) return invalidForm(errors);
  return { status: 200, body: storeCommands(ctx.fake, ctx.body, guildId) };
}

function handleGetCommands(ctx: RouteContext): RouteResult {
  if (ctx.params.appId !== ctx.fake.applicationId)
    return discordError(403, 50001, "Missing Access");
  return { status: 200, body: ctx.fake.registeredCommands(ctx.params.guildId) };
}

function handleGatewayBot(ctx: RouteContext): RouteResult {
  return {
    status: 200,
    body: {
      url: ctx.fake.gateway?.url ?? "",
      shards: ctx.fake.recommendedShards,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 86_400_000,
        max_concurrency: ctx.fake.maxConcurrency,
      },
    },
  };
}

function handleGetMe(ctx: RouteContext): RouteResult {
  return {
    status: 200,
    body: { ...ctx.fake.botUser, verified: true, mfa_enabled: false, email: null },
  };
}

function handleGetApplication(ctx: RouteContext): RouteResult {
  const { fake } = ctx;
  return {
    status: 200,
    body: {
      id: fake.applicationId,
      name: "Verbatim",
      icon: null,
      description: "",
      bot_public: true,
      bot_require_code_grant: false,
      bot: fake.botUser,
      owner: fake.users.moderator,
      verify_key: "0".repeat(64),
      team: null,
      flags: 0,
      summary: "",
      approximate_guild_count: fake.guildStates.size,
      interactions_endpoint_url: null,
      tags: [],
    },
  };
}

/** Gateway discovery, identity and application-command routes. */
export const applicationRoutes: Route[] = [
  { method: "GET", template: "/gateway/bot", auth: true, handle: handleGatewayBot },
  { method: "GET", template: "/users/@me", auth: true, handle: handleGetMe },
  { method: "GET", template: "/applications/@me", auth: true, handle: handleGetApplication },
  {
    method: "PUT",
    template: "/applications/:appId/commands",
    auth: true,
    handle: handlePutCommands,
  },
  {
    method: "GET",
    template: "/applications/:appId/commands",
    auth: true,
    handle: handleGetCommands,
  },
  {
    method: "PUT",
    template: "/applications/:appId/guilds/:guildId/commands",
    auth: true,
    handle: handlePutCommands,
  },
  {
    method: "GET",
    template: "/applications/:appId/guilds/:guildId/commands",
    auth: true,
    handle: handleGetCommands,
  },
];
