import type { Interaction } from "discord.js";
import { ApplicationCommandType } from "discord-api-types/v10";
import type { InteractionOutcome, InteractionReport } from "../metrics/outcomes.js";
import type { BotContext, Command, MessageCommand, SlashCommand } from "./command.js";
import { classifyGatewayInteraction } from "./classifyGatewayInteraction.js";
import { decodeButton, decodeCustomId } from "./customId.js";
import type { IncomingInteraction } from "./interaction.js";
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

function describe(incoming: IncomingInteraction): string {
  if (incoming.kind === "other") return `type:${incoming.type}`;
  if (incoming.kind === "button")
    return `button:${incoming.interaction.customId.split("|")[0] ?? "?"}`;
  return incoming.interaction.commandName;
}

function userOf(incoming: IncomingInteraction): string {
  return incoming.kind === "other" ? incoming.user.id : incoming.interaction.user.id;
}

/** The command as metrics label it: only registered names, so a stray name cannot add a series. */
function metricNameOf(incoming: IncomingInteraction, registry: CommandRegistry): string {
  if (incoming.kind === "button")
    return `button:${decodeCustomId(incoming.interaction.customId)?.kind ?? "unknown"}`;
  if (incoming.kind === "other") return "unknown";
  const { commandName } = incoming.interaction;
  const known = registry.slash.has(commandName) || registry.message.has(commandName);
  const name = known ? commandName : "unknown";
  return incoming.kind === "autocomplete" ? `autocomplete:${name}` : name;
}

async function route(
  incoming: IncomingInteraction,
  registry: CommandRegistry,
  context: BotContext,
): Promise<void> {
  if (incoming.kind === "autocomplete") {
    const { interaction } = incoming;
    const command = registry.slash.get(interaction.commandName);
    // Autocomplete must always answer; an unknown command gets no choices.
    if (command?.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
    return;
  }
  if (incoming.kind === "chatInput" || incoming.kind === "messageMenu") {
    const { interaction } = incoming;
    const command =
      incoming.kind === "chatInput"
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
    if (incoming.kind === "chatInput") {
      const slash = registry.slash.get(incoming.interaction.commandName);
      if (slash) return slash.execute(incoming.interaction, context);
    } else {
      const menu = registry.message.get(incoming.interaction.commandName);
      if (menu) return menu.execute(incoming.interaction, context);
    }
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice("I don't know that command any more. It may have been removed; try /help."),
      ),
    );
    return;
  }
  if (incoming.kind === "button") {
    const { interaction } = incoming;
    const decoded = decodeButton(interaction.customId);
    const action = decoded?.action;
    if (action?.kind === "page")
      return handlePageButton(interaction, action, context, decoded?.corpus);
    if (action?.kind === "publish")
      return handlePublishButton(
        interaction,
        action,
        context,
        incoming.openPublishPlace,
        decoded?.corpus,
      );
    if (action?.kind === "context")
      return handleContextButton(interaction, action, context, decoded?.corpus);
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice("This button is no longer supported. Please run the command again."),
      ),
    );
  }
}

/** Tell the member privately that answering failed (no choices for autocomplete). */
async function reportFailure(incoming: IncomingInteraction): Promise<void> {
  if (incoming.kind === "autocomplete") {
    if (!incoming.interaction.responded) await incoming.interaction.respond([]);
    return;
  }
  const repliable = incoming.kind === "other" ? incoming.repliable : incoming.interaction;
  if (!repliable) return;
  const options = toReplyOptions(renderFailure());
  if (repliable.replied || repliable.deferred) await repliable.followUp(options);
  else await repliable.reply(options);
}

/**
 * Handle one interaction with one catch around everything and a nested safety catch around the
 * apology, so a failing interaction is logged (command, user, latency, the error with its stack; never the
 * token), the user hears about it privately, and nothing escapes to take the process down. `onDone` hears how
 * it ended (answered unless a handler noted otherwise) and how long it took.
 */
export async function handleIncoming(
  incoming: IncomingInteraction,
  registry: CommandRegistry,
  context: BotContext,
  onDone?: (report: InteractionReport) => void,
): Promise<void> {
  const started = Date.now();
  const startedPrecise = performance.now();
  const fields = () => ({
    command: describe(incoming),
    user: userOf(incoming),
    latencyMs: Date.now() - started,
  });
  let outcome: InteractionOutcome | undefined;
  // The first note wins: a refusal stays a refusal even if a later step would call it answered.
  const own: BotContext = { ...context, noteOutcome: (noted) => (outcome ??= noted) };
  try {
    await route(incoming, registry, own);
    context.logger.debug("interaction handled", fields());
  } catch (error) {
    outcome = "error";
    context.logger.error("interaction failed", { ...fields(), error });
    try {
      await reportFailure(incoming);
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
      command: metricNameOf(incoming, registry),
      outcome: outcome ?? "answered",
      seconds,
    });
  } catch {
    // Counting must never break answering.
  }
}

/** {@link handleIncoming} for an interaction from the gateway (a discord.js interaction). */
export function handleInteraction(
  interaction: Interaction,
  registry: CommandRegistry,
  context: BotContext,
  onDone?: (report: InteractionReport) => void,
): Promise<void> {
  return handleIncoming(classifyGatewayInteraction(interaction), registry, context, onDone);
}
