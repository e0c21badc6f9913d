import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord-api-types/v10";

/** No mention in anything the bot posts may ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] } as const;

/** A message as the renderers build it: Discord API JSON plus whether only the user should see it. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** Show only to the user who acted (an ephemeral reply). */
  ephemeral: boolean;
  /** Set when the reply says the sources have nothing (counted as `no_answer`, not `answered`). */
  outcome?: "no_answer";
}
