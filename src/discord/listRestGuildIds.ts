import type { REST } from "@discordjs/rest";
import { Routes, type RESTGetAPICurrentUserGuildsResult } from "discord-api-types/v10";

/** Discord lists at most 200 servers per page of `GET /users/@me/guilds`. */
const PAGE = 200;

/** Every server the bot is in, read over REST page by page (HTTP interactions have no gateway list). */
export async function listRestGuildIds(rest: REST): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const query = new URLSearchParams({ limit: String(PAGE) });
    const last = ids[ids.length - 1];
    if (last !== undefined) query.set("after", last);
    const page = (await rest.get(Routes.userGuilds(), {
      query,
    })) as RESTGetAPICurrentUserGuildsResult;
    ids.push(...page.map((guild) => guild.id));
    if (page.length < PAGE) return ids;
  }
}
