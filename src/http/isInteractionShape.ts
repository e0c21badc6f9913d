import { InteractionType } from "discord-api-types/v10";

const PING: number = InteractionType.Ping;
const COMMAND: number = InteractionType.ApplicationCommand;
const AUTOCOMPLETE: number = InteractionType.ApplicationCommandAutocomplete;
const COMPONENT: number = InteractionType.MessageComponent;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const hasUser = (value: Record<string, unknown>): boolean => {
  const user = isObject(value.member) ? value.member.user : value.user;
  return isObject(user) && typeof user.id === "string";
};

/**
 * Whether a signed body has the fields the bot reads of an interaction of its type: an id, a token and a
 * user, and for commands and autocomplete a `data` with a name (options, when present, a list), for a
 * button a `data` with a custom id and the message it is on. Discord always sends them; a body without them
 * gets 400 rather than reaching a handler that would fail on it. PING needs only its type.
 */
export function isInteractionShape(value: unknown): boolean {
  if (!isObject(value) || typeof value.type !== "number") return false;
  // Any number may arrive, so it is compared as a number with the types the bot reads.
  const type: number = value.type;
  if (type === PING) return true;
  if (typeof value.id !== "string" || typeof value.token !== "string" || !hasUser(value))
    return false;
  const data = value.data;
  switch (type) {
    case COMMAND:
    case AUTOCOMPLETE:
      return (
        isObject(data) &&
        typeof data.name === "string" &&
        (data.options === undefined || Array.isArray(data.options))
      );
    case COMPONENT:
      return isObject(data) && typeof data.custom_id === "string" && isObject(value.message);
    default:
      // Modal submits and types to come: the bot answers them with a notice, reading nothing else.
      return true;
  }
}
