import type {
  ApplicationIntegrationType,
  InteractionContextType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { InteractionOutcome } from "../metrics/outcomes.js";
import type { CooldownTracker } from "./cooldowns.js";
import type {
  AutocompleteInteraction,
  ChatInteraction,
  MessageMenuInteraction,
} from "./interaction.js";
import type { PinScan } from "./scanPinnedSummaries.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import type { SourceLabels } from "./render/formatCitation.js";

/** What every handler gets: the engine, citation labels, the logger and the cooldown tracker. */
export interface BotContext {
  /** The engine serving now; a reload swaps it (read it when needed, do not keep it). */
  readonly engine: Engine;
  readonly labels: SourceLabels;
  logger: Logger;
  cooldowns: CooldownTracker;
  /** Re-read the articles (the operator's /reload); absent where reloading is not wired. */
  reload?: () => Promise<ReloadOutcome>;
  /** The servers whose Manage Server members may /reload: a reload changes the corpus for every server. */
  operatorGuildIds?: readonly string[];
  /** Re-check the bot's pinned summaries in one server against the engine serving now; absent without Discord. */
  scanPins?: (guildId: string) => Promise<PinScan>;
  /** Say how this interaction ended when it is not simply answered (no answer, refused); for metrics. */
  noteOutcome?: (outcome: InteractionOutcome) => void;
}

/**
 * Where a command may be used: in servers only, installed to a server. Every command's `data`
 * carries both (a global deploy would otherwise offer the commands in DMs); `dm_permission` is
 * deprecated and never set.
 */
interface GuildOnly {
  contexts: InteractionContextType[];
  integration_types: ApplicationIntegrationType[];
  dm_permission?: never;
}

/** Per-command settings read by the router. */
interface CommandOptions {
  /**
   * Seconds a member waits between two uses of this command. Unset: `COOLDOWN_SECONDS`. 0: never
   * limited. `COOLDOWN_SECONDS=0` turns every cooldown off, this one included.
   */
  cooldown?: number;
}

/** A slash command: its registration JSON and its handlers (transport-neutral: see interaction.ts). */
export interface SlashCommand extends CommandOptions {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody & GuildOnly;
  execute(interaction: ChatInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A message context-menu command. */
export interface MessageCommand extends CommandOptions {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody & GuildOnly;
  execute(interaction: MessageMenuInteraction, context: BotContext): Promise<void>;
}

/** Any command in the static list (`commands/index.ts`). */
export type Command = SlashCommand | MessageCommand;
