import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
} from "discord.js";
import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { InteractionOutcome } from "../metrics/outcomes.js";
import type { CooldownTracker } from "./cooldowns.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import type { SourceLabels } from "./render/formatCitation.js";

/** What every handler gets: the engine, citation labels, the logger and the cooldown tracker. */
export interface BotContext {
  /** The engine serving now; a reload swaps it (read it when needed, do not keep it). */
  readonly engine: Engine;
  readonly labels: SourceLabels;
  logger: Logger;
  cooldowns: CooldownTracker;
  /** Re-read the articles (moderators' /reload); absent where reloading is not wired. */
  reload?: () => Promise<ReloadOutcome>;
  /** Say how this interaction ended when it is not simply answered (no answer, refused); for metrics. */
  noteOutcome?: (outcome: InteractionOutcome) => void;
}

/** A slash command: its registration JSON and its handlers. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A message context-menu command. */
export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

/** Any command in the static list (`commands/index.ts`). */
export type Command = SlashCommand | MessageCommand;
