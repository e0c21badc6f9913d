import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { suggestFor } from "../src/discord/answerQuestion.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { findArticle } from "../src/discord/findArticle.js";
import { renderNoParagraph, renderParagraph } from "../src/discord/render/renderParagraph.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /source article paragraph: one paragraph, verbatim. */
export const source = {
  data: {
    name: "source",
    description: "Show one paragraph of a source article, verbatim",
    ...guildOnly(),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "article",
        description: "The article (pick from the list or type its id)",
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "paragraph",
        description: "Paragraph number, from 1",
        required: true,
        min_value: 1,
        max_value: 10000,
      },
    ],
  },
  async execute(interaction, context) {
    const typed = interaction.options.getString("article", true);
    const n = interaction.options.getInteger("paragraph", true);
    const article = findArticle(context.engine.listSources(), typed);
    const paragraph = article ? context.engine.getParagraph(article.id, n) : undefined;
    const reply =
      article && paragraph
        ? renderParagraph(paragraph, context.labels, article.paragraphs, context.engine.version)
        : renderNoParagraph(article?.id ?? typed, n, article?.paragraphs);
    await interaction.reply(toReplyOptions(reply));
  },
  async autocomplete(interaction, context) {
    await interaction.respond(
      suggestFor(context.engine, interaction.options.getFocused(), ["article"]),
    );
  },
} satisfies SlashCommand;
