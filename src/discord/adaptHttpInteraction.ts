import type { REST } from "@discordjs/rest";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from "discord-api-types/v10";
import type {
  ButtonMessage,
  ChatOptions,
  EditOptions,
  IncomingInteraction,
  PermissionBits,
  ReplyOptions,
} from "./interaction.js";
import { createRestPublishChannel } from "./restPublishChannel.js";
import { toApiMessage } from "./toApiMessage.js";

/** What an HTTP interaction needs besides its payload. */
export interface HttpInteractionDeps {
  rest: REST;
  /** The bot's user id (its pins are the record of published summaries). */
  botUserId: string;
  /**
   * Milliseconds after which an interaction that has not answered yet is acknowledged with a deferral
   * (type 5, or 6 for a button), so Discord's 3 s are never missed; the late answer becomes an edit.
   */
  deferAfterMs?: number;
}

/** One HTTP interaction in the command layer's shape, and its first response once there is one. */
export interface AdaptedInteraction {
  incoming: IncomingInteraction;
  /** The response for the HTTP body: the first reply, deferral, update or choices. */
  firstResponse: Promise<APIInteractionResponse>;
  /** Call once the HTTP response has been sent: webhook edits and follow-ups wait for it. */
  sent: () => void;
  /** Stop the deferral timer (the interaction is finished). */
  dispose: () => void;
}

function toBits(value: string | undefined): PermissionBits | null {
  if (value === undefined) return null;
  const bitfield = BigInt(value);
  return {
    bitfield,
    // As discord.js does by default: an administrator has every permission.
    has: (permission) =>
      (bitfield & PermissionFlagsBits.Administrator) !== 0n ||
      (bitfield & permission) === permission,
  };
}

function optionReader(options: readonly APIApplicationCommandInteractionDataBasicOption[]) {
  const find = (name: string, type: ApplicationCommandOptionType) =>
    options.find((o) => o.name === name && o.type === type);
  const read = (name: string, type: ApplicationCommandOptionType, required?: boolean): unknown => {
    const option = find(name, type);
    if (option === undefined || !("value" in option)) {
      if (required) throw new Error(`required option "${name}" is missing`);
      return null;
    }
    return option.value;
  };
  const chat: ChatOptions = {
    getString: ((name: string, required?: boolean) =>
      read(name, ApplicationCommandOptionType.String, required)) as ChatOptions["getString"],
    getInteger: ((name: string, required?: boolean) =>
      read(name, ApplicationCommandOptionType.Integer, required)) as ChatOptions["getInteger"],
    getBoolean: (name, required) =>
      read(name, ApplicationCommandOptionType.Boolean, required) as boolean | null,
  };
  const focusedOption = () => {
    const option = options.find((o) => "focused" in o && o.focused);
    if (!option || !("value" in option)) throw new Error("no focused option");
    return { name: option.name, value: String(option.value) };
  };
  const getFocused = ((full?: boolean) => (full ? focusedOption() : focusedOption().value)) as {
    (full: true): { name: string; value: string };
    (full?: boolean): string;
  };
  return { chat, getFocused };
}

function toButtonMessage(message: APIMessage): ButtonMessage {
  const flags = message.flags ?? 0;
  return {
    embeds: message.embeds.map((e) => ({
      footer: e.footer ? { text: e.footer.text } : null,
    })),
    // "Ephemeral" is the only flag the handlers ask about.
    flags: { has: () => (flags & MessageFlags.Ephemeral) !== 0 },
  };
}

const THREAD_TYPES = new Set([10, 11, 12]);
// Text, announcement and their threads: where a summary can be posted and pinned.
const POSTABLE_TYPES = new Set([0, 5, 10, 11, 12]);

/**
 * Wrap an HTTP interaction (`APIInteraction`) in the command layer's interfaces. The first reply,
 * deferral, update or choices becomes the HTTP response body (types 4, 5, 7, 8); what comes after
 * goes through the interaction webhook over REST: `editReply` to `PATCH …/messages/@original`,
 * `followUp` to `POST /webhooks/{app}/{token}`. Bodies are the fields the gateway path sends.
 */
export function adaptHttpInteraction(
  raw: APIInteraction,
  deps: HttpInteractionDeps,
): AdaptedInteraction {
  const { rest } = deps;
  let resolveFirst!: (response: APIInteractionResponse) => void;
  const firstResponse = new Promise<APIInteractionResponse>((resolve) => (resolveFirst = resolve));
  let markSent!: () => void;
  const sentPromise = new Promise<void>((resolve) => (markSent = resolve));
  const state = {
    replied: false,
    deferred: false,
    responded: false,
    first: "none" as "none" | "answered" | "auto-deferred",
  };
  const isComponent = raw.type === InteractionType.MessageComponent;

  const respond = async (response: APIInteractionResponse): Promise<void> => {
    state.first = "answered";
    resolveFirst(response);
    await sentPromise;
  };
  const original = Routes.webhookMessage(raw.application_id, raw.token, "@original");
  const editOriginal = async (body: Record<string, unknown>) => {
    await sentPromise;
    await rest.patch(original, { body, auth: false });
  };
  const withoutFlags = (body: Record<string, unknown>) => {
    const { flags: _flags, ...rest } = body;
    return rest;
  };

  const timer =
    deps.deferAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          if (state.first !== "none") return;
          if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
            // Autocomplete cannot be deferred: late choices would be refused, so none are offered.
            state.first = "answered";
            state.responded = true;
            resolveFirst({
              type: InteractionResponseType.ApplicationCommandAutocompleteResult,
              data: { choices: [] },
            });
            return;
          }
          state.first = "auto-deferred";
          // Privately: the late answer's own flag is not known yet, and a private notice must not go public.
          resolveFirst(
            isComponent
              ? { type: InteractionResponseType.DeferredMessageUpdate }
              : {
                  type: InteractionResponseType.DeferredChannelMessageWithSource,
                  data: { flags: MessageFlags.Ephemeral },
                },
          );
          state.deferred = true;
        }, deps.deferAfterMs);
  timer?.unref();

  const user = raw.member?.user ?? raw.user;
  const base = {
    user: { id: user?.id ?? "0" },
    guildId: raw.guild_id ?? null,
    channelId: raw.channel?.id ?? null,
    memberPermissions: toBits(raw.member?.permissions),
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    async reply(options: ReplyOptions) {
      if (state.replied || (state.deferred && state.first !== "auto-deferred"))
        throw new Error("the interaction has already been answered");
      const body = toApiMessage(options);
      state.replied = true;
      if (state.first === "auto-deferred") {
        if (isComponent)
          await rest.post(Routes.webhook(raw.application_id, raw.token), { body, auth: false });
        else await editOriginal(withoutFlags(body));
        return;
      }
      await respond({ type: InteractionResponseType.ChannelMessageWithSource, data: body });
    },
    async deferReply(options: { flags: MessageFlags.Ephemeral }) {
      // Already acknowledged by the 2.5 s timer: the edit that follows goes to that deferral.
      if (state.first === "auto-deferred" && !state.replied) return;
      if (state.replied || state.deferred)
        throw new Error("the interaction has already been answered");
      state.deferred = true;
      await respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: options.flags },
      });
    },
    async editReply(options: EditOptions) {
      await editOriginal(toApiMessage(options));
    },
    async followUp(options: ReplyOptions) {
      await sentPromise;
      await rest.post(Routes.webhook(raw.application_id, raw.token), {
        body: toApiMessage(options),
        auth: false,
      });
    },
  };

  const incoming = ((): IncomingInteraction => {
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
      const options = (
        "options" in raw.data ? raw.data.options : []
      ) as APIApplicationCommandInteractionDataBasicOption[];
      const { getFocused } = optionReader(options);
      return {
        kind: "autocomplete",
        interaction: {
          commandName: raw.data.name,
          user: base.user,
          get responded() {
            return state.responded;
          },
          options: { getFocused },
          async respond(choices) {
            // Too late: the timer has already answered with no choices.
            if (state.responded) return;
            state.responded = true;
            await respond({
              type: InteractionResponseType.ApplicationCommandAutocompleteResult,
              data: { choices },
            });
          },
        },
      };
    }
    if (
      raw.type === InteractionType.ApplicationCommand &&
      raw.data.type === ApplicationCommandType.ChatInput
    ) {
      const options = (raw.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
      return {
        kind: "chatInput",
        interaction: extend(base, {
          commandName: raw.data.name,
          options: optionReader(options).chat,
        }),
      };
    }
    if (
      raw.type === InteractionType.ApplicationCommand &&
      raw.data.type === ApplicationCommandType.Message
    ) {
      const target = raw.data.resolved.messages[raw.data.target_id];
      return {
        kind: "messageMenu",
        interaction: extend(base, {
          commandName: raw.data.name,
          targetMessage: { content: target?.content ?? "" },
        }),
      };
    }
    if (
      raw.type === InteractionType.MessageComponent &&
      raw.data.component_type === ComponentType.Button
    ) {
      const channel = raw.channel;
      const thread = THREAD_TYPES.has(channel.type);
      return {
        kind: "button",
        interaction: extend(base, {
          customId: raw.data.custom_id,
          appPermissions: toBits(raw.app_permissions),
          message: toButtonMessage(raw.message),
          async update(options: EditOptions) {
            if (state.replied || state.deferred) {
              if (state.first !== "auto-deferred")
                throw new Error("the interaction has already been answered");
              state.replied = true;
              await editOriginal(toApiMessage(options));
              return;
            }
            state.replied = true;
            await respond({
              type: InteractionResponseType.UpdateMessage,
              data: toApiMessage(options),
            });
          },
        }),
        openPublishPlace: () =>
          Promise.resolve({
            thread,
            channel:
              raw.guild_id !== undefined && POSTABLE_TYPES.has(channel.type)
                ? createRestPublishChannel(rest, channel.id, raw.guild_id)
                : undefined,
            botUserId: deps.botUserId,
          }),
      };
    }
    return {
      kind: "other",
      type: raw.type,
      user: base.user,
      ...(raw.type === InteractionType.ModalSubmit ? { repliable: base } : {}),
    };
  })();

  return {
    incoming,
    firstResponse,
    sent: () => {
      markSent();
    },
    dispose: () => {
      clearTimeout(timer);
    },
  };
}

/** `base` with `extra`'s fields, keeping getters as getters (a spread would freeze `replied` and `deferred`). */
function extend<A extends object, B extends object>(base: A, extra: B): A & B {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(extra) },
  ) as A & B;
}
