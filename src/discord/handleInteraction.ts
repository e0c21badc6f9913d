import type { Interaction } from "discord.js";
import { ApplicationCommandType } from "discord-api-types/v10";
import type { InteractionOutcome, InteractionReport } from "../metrics/outcomes.js";
import type { BotContext, Command, MessageCommand, SlashCommand } from "./command.js";
import { decodeCustomId } from "./customId.js";
import { handleContextButton } from "./handleContextButton.js";
import { handlePageButton } from "./handlePageButton.js";
import { handlePublishButton } from "./handlePublishButton.js";
import { renderCooldown, renderFailure, renderNotice } from "./render/renderNotice.js";
import { toReplyOptions } from "./toMessageOptions.js";

/** Commands by name, split by kind, built once from the static list. */
export interface CommandRegistry {
  slash: ReadonlyMap<string, SlashCommand>;
  message: ReadonlyMap<string, MessageCommand>;
}

/** Index the static command list by name. */
export function buildRegistry(commands: readonly Command[]): CommandRegistry {
  const slash = new Map<string, SlashCommand>();
  const message = new Map<string, MessageCommand>();
  for (const command of commands) {
    if (command.data.type === ApplicationCommandType.Message)
      message.set(command.data.name, command as MessageCommand);
    else if (
      command.data.type === undefined ||
      command.data.type === ApplicationCommandType.ChatInput
    )
      slash.set(command.data.name, command as SlashCommand);
  }
  return { slash, message };
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent())
    return `button:${interaction.customId.split("|")[0] ?? "?"}`;
  return `type:${interaction.type}`;
}

/** The command as metrics label it: only registered names, so a stray name cannot add a series. */
function metricNameOf(interaction: Interaction, registry: CommandRegistry): string {
  if (interaction.isMessageComponent())
    return `button:${decodeCustomId(interaction.customId)?.kind ?? "unknown"}`;
  if (interaction.isCommand() || interaction.isAutocomplete()) {
    const known =
      registry.slash.has(interaction.commandName) || registry.message.has(interaction.commandName);
    const name = known ? interaction.commandName : "unknown";
    return interaction.isAutocomplete() ? `autocomplete:${name}` : name;
  }
  return "unknown";
}

async function route(
  interaction: Interaction,
  registry: CommandRegistry,
  context: BotContext,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = registry.slash.get(interaction.commandName);
    // Autocomplete must always answer; an unknown command gets no choices.
    if (command?.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = interaction.isChatInputCommand()
      ? registry.slash.get(interaction.commandName)
      : registry.message.get(interaction.commandName);
    const retryAt = await context.cooldowns.take(
      interaction.user.id,
      interaction.commandName,
      command?.cooldown,
    );
    if (retryAt !== undefined) {
      context.noteOutcome?.("cooldown");
      await interaction.reply(toReplyOptions(renderCooldown(interaction.commandName, retryAt)));
      return;
    }
    if (interaction.isChatInputCommand()) {
      if (command) return (command as SlashCommand).execute(interaction, context);
    } else if (command) {
      return (command as MessageCommand).execute(interaction, context);
    }
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice("I don't know that command any more. It may have been removed; try /help."),
      ),
    );
    return;
  }
  if (interaction.isButton()) {
    const action = decodeCustomId(interaction.customId);
    if (action?.kind === "page") return handlePageButton(interaction, action, context);
    if (action?.kind === "publish") return handlePublishButton(interaction, action, context);
    if (action?.kind === "context") return handleContextButton(interaction, action, context);
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice("This button is no longer supported. Please run the command again."),
      ),
    );
  }
}

/**
 * Handle one interaction with one catch around everything and a nested safety catch around the
 * apology, so a failing interaction is logged (command, user, latency, the error with its stack; never the
 * token), the user hears about it privately, and nothing escapes to take the process down. `onDone` hears how
 * it ended (answered unless a handler noted otherwise) and how long it took.
 */
export async function handleInteraction(
  interaction: Interaction,
  registry: CommandRegistry,
  context: BotContext,
  onDone?: (report: InteractionReport) => void,
): Promise<void> {
  const started = Date.now();
  const startedPrecise = performance.now();
  const fields = () => ({
    command: describe(interaction),
    user: interaction.user.id,
    latencyMs: Date.now() - started,
  });
  let outcome: InteractionOutcome | undefined;
  // The first note wins: a refusal stays a refusal even if a later step would call it answered.
  const own: BotContext = { ...context, noteOutcome: (noted) => (outcome ??= noted) };
  try {
    await route(interaction, registry, own);
    context.logger.debug("interaction handled", fields());
  } catch (error) {
    outcome = "error";
    context.logger.error("interaction failed", { ...fields(), error });
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        const options = toReplyOptions(renderFailure());
        if (interaction.replied || interaction.deferred) await interaction.followUp(options);
        else await interaction.reply(options);
      }
    } catch (inner) {
      context.logger.warn("could not report the failure to the user", {
        ...fields(),
        error: inner,
      });
    }
  }
  try {
    const seconds = (performance.now() - startedPrecise) / 1000;
    onDone?.({
      command: metricNameOf(interaction, registry),
      outcome: outcome ?? "answered",
      seconds,
    });
  } catch {
    // Counting must never break answering.
  }
}
