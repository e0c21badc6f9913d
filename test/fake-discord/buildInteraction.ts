import type { APIInteractionGuildMember, APIMessage } from "discord-api-types/v10";

/** The interaction kinds the fake can inject. */
export type InteractionKind = "chatInput" | "autocomplete" | "button" | "messageContextMenu";

/** An option value as a test writes it. */
export type OptionInput = string | number | boolean;

/** What differs between the kinds. */
export type InteractionExtra =
  | { kind: "chatInput" | "autocomplete"; name: string; commandId: string; options: unknown[] }
  | { kind: "button"; customId: string; message: APIMessage }
  | { kind: "messageContextMenu"; name: string; commandId: string; target: APIMessage };

/** Everything needed to shape one INTERACTION_CREATE. */
export interface InteractionParts {
  kind: InteractionKind;
  id: string;
  token: string;
  applicationId: string;
  guildId: string;
  channel: Record<string, unknown>;
  member: APIInteractionGuildMember;
  appPermissions: bigint;
  locale: string;
  extra: InteractionExtra;
}

function buildData(extra: InteractionExtra, guildId: string): Record<string, unknown> {
  switch (extra.kind) {
    case "chatInput":
    case "autocomplete":
      return {
        id: extra.commandId,
        name: extra.name,
        type: 1,
        options: extra.options,
        guild_id: guildId,
      };
    case "button":
      return { custom_id: extra.customId, component_type: 2 };
    case "messageContextMenu":
      return {
        id: extra.commandId,
        name: extra.name,
        type: 3,
        target_id: extra.target.id,
        resolved: { messages: { [extra.target.id]: extra.target } },
        guild_id: guildId,
      };
  }
}

const INTERACTION_TYPE = {
  chatInput: 2,
  messageContextMenu: 2,
  autocomplete: 4,
  button: 3,
} as const;

/**
 * An INTERACTION_CREATE payload shaped like Discord's: discord.js reads
 * `entitlements`, `authorizing_integration_owners`, `app_permissions` and
 * `member.user` unconditionally and throws when they are missing.
 */
export function buildInteractionPayload(parts: InteractionParts): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    id: parts.id,
    application_id: parts.applicationId,
    type: INTERACTION_TYPE[parts.kind],
    data: buildData(parts.extra, parts.guildId),
    guild: { id: parts.guildId, locale: "en-US", features: [] },
    guild_id: parts.guildId,
    channel: parts.channel,
    channel_id: parts.channel.id,
    member: parts.member,
    token: parts.token,
    version: 1,
    app_permissions: parts.appPermissions.toString(),
    locale: parts.locale,
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": parts.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
  if (parts.extra.kind === "button") payload.message = parts.extra.message;
  return payload;
}
