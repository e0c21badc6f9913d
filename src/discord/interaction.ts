import type { MessageFlags } from "discord-api-types/v10";
import type { PublishChannel } from "./publishSummary.js";
import type { toEditOptions, toReplyOptions } from "./toMessageOptions.js";

/*
 * One command layer, two transports. Commands and handlers are written against the small interfaces
 * below rather than discord.js's classes. A discord.js interaction satisfies them as it is (the
 * gateway path passes it straight in; `test/discord/interactionTypes.test.ts` keeps that true), and
 * an HTTP interaction (`APIInteraction` posted to `/interactions`) is wrapped by `adaptHttpInteraction`,
 * which turns the first reply into the HTTP response body and later edits into webhook calls.
 *
 * Why an interface and not pure "data in, payload out" functions: several handlers answer more than
 * once (defer, then edit after the reload or the pins), and Publish & pin talks to the channel between
 * the two. As functions they would have to return a script of steps; with the interface the existing
 * handlers, already tested on the gateway, run unchanged on both transports.
 */

/** Options for a first reply or a follow-up: the rendered message, flags when private, no pings. */
export type ReplyOptions = ReturnType<typeof toReplyOptions>;
/** Options for an edit or an update, where the ephemeral flag cannot change. */
export type EditOptions = ReturnType<typeof toEditOptions>;
/** One autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

/** Permission bits as the handlers read them (discord.js's `PermissionsBitField` fits). */
export interface PermissionBits {
  readonly bitfield: bigint;
  /** True when every bit is set, or the holder is an administrator. */
  has(permission: bigint): boolean;
}

/** An interaction that can be answered with a message. */
export interface RepliableInteraction {
  readonly user: { readonly id: string };
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly memberPermissions: PermissionBits | null;
  readonly replied: boolean;
  readonly deferred: boolean;
  reply(options: ReplyOptions): Promise<unknown>;
  /** Acknowledge now (type 5), answer later with {@link editReply}. */
  deferReply(options: { flags: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(options: EditOptions): Promise<unknown>;
  followUp(options: ReplyOptions): Promise<unknown>;
}

/** The options of a chat-input command, read by name. */
export interface ChatOptions {
  getString(name: string, required: true): string;
  getString(name: string, required?: boolean): string | null;
  getInteger(name: string, required: true): number;
  getInteger(name: string, required?: boolean): number | null;
  getBoolean(name: string, required?: boolean): boolean | null;
}

/** A slash command invocation. */
export interface ChatInteraction extends RepliableInteraction {
  readonly commandName: string;
  readonly options: ChatOptions;
}

/** A message context-menu invocation. */
export interface MessageMenuInteraction extends RepliableInteraction {
  readonly commandName: string;
  readonly targetMessage: { readonly content: string };
}

/** Autocomplete while a member types an option. */
export interface AutocompleteInteraction {
  readonly commandName: string;
  readonly user: { readonly id: string };
  readonly responded: boolean;
  readonly options: {
    getFocused(full: true): { name: string; value: string };
    getFocused(full?: boolean): string;
  };
  respond(choices: Choice[]): Promise<unknown>;
}

/** The message a button sits on, as far as the handlers read it. */
export interface ButtonMessage {
  readonly embeds: readonly { readonly footer: { readonly text: string } | null }[];
  readonly flags: { has(flag: "Ephemeral"): boolean };
}

/** A button press. */
export interface ButtonInteraction extends RepliableInteraction {
  readonly customId: string;
  readonly appPermissions: PermissionBits | null;
  readonly message: ButtonMessage;
  /** Replace the button's message (type 7). */
  update(options: EditOptions): Promise<unknown>;
}

/** Where a Publish & pin press would publish, as the transport finds it. */
export interface PublishPlace {
  /** A thread needs Send Messages in Threads where a channel needs Send Messages. */
  thread: boolean;
  /** The channel's operations; undefined when it is not a server text channel the bot can use. Read after the permission checks. */
  readonly channel: PublishChannel | undefined;
  /** The bot's user id: its own earlier pins are the record of published summaries. */
  readonly botUserId: string;
}

/**
 * An interaction as the router sees it, whatever transport brought it: its kind and the object to
 * answer it through. Buttons also say how to reach their channel, which differs by transport (the
 * discord.js cache, or REST calls).
 */
export type IncomingInteraction =
  | { kind: "autocomplete"; interaction: AutocompleteInteraction }
  | { kind: "chatInput"; interaction: ChatInteraction }
  | { kind: "messageMenu"; interaction: MessageMenuInteraction }
  | {
      kind: "button";
      interaction: ButtonInteraction;
      openPublishPlace: () => Promise<PublishPlace>;
    }
  | {
      kind: "other";
      type: number;
      user: { readonly id: string };
      /** Set when the interaction can still be told about a failure. */
      repliable?: RepliableInteraction;
    };
