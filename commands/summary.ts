import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { suggestFor } from "../src/discord/answerQuestion.js";
import { findArticle } from "../src/discord/findArticle.js";
import { stripDiscordMarkup } from "../src/discord/stripDiscordMarkup.js";
import { renderNoArticle } from "../src/discord/render/renderNoArticle.js";
import { renderSummaryPreview } from "../src/discord/render/renderSummary.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /summary [topic] [article]: moderators preview a cited summary (of a topic, one article, or both) privately, then publish and pin it. */
export const summary = {
  data: {
    name: "summary",
    description: "Moderators: preview a summary quoted from the sources, then publish and pin it",
    ...guildOnly(),
    // Visible to Pin Messages holders by default; the Publish button checks again whatever admins set.
    default_member_permissions: String(PermissionFlagsBits.PinMessages),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: "What to summarize; leave empty for all articles",
        required: false,
        autocomplete: true,
        max_length: 90,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "article",
        description: "Summarize this article only (pick from the list or type its id)",
        required: false,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  // A summary reads the whole corpus and ends in a public post: one per member per 30 s.
  cooldown: 30,
  async execute(interaction, context) {
    const topic = stripDiscordMarkup(interaction.options.getString("topic") ?? "");
    const typed = interaction.options.getString("article")?.trim();
    const article = typed ? findArticle(context.engine.listSources(), typed) : undefined;
    if (typed && !article) {
      await interaction.reply(toReplyOptions(renderNoArticle(typed)));
      return;
    }
    const result = context.engine.summarize(topic, article ? { article: article.id } : {});
    await interaction.reply(
      toReplyOptions(renderSummaryPreview(result, context.labels, context.engine.version)),
    );
  },
  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(
      suggestFor(
        context.engine,
        focused.value,
        focused.name === "article" ? ["article"] : undefined,
      ),
    );
  },
} satisfies SlashCommand;
