import type { FakeDiscord } from "./fakeDiscord.js";
import { nestFormErrors, type FormError } from "./validateMessage.js";

/** One parsed request handed to a route. */
export interface RouteContext {
  fake: FakeDiscord;
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: number;
  /** True when the request carried `Authorization: Bot <token>` with the fake's token. */
  authorized: boolean;
}

/** A route's answer. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route: template like `POST /channels/:id/messages`, whether it needs the bot token, and its handler. */
export interface Route {
  method: string;
  template: string;
  /** Interaction callbacks and webhook calls are made without the bot token. */
  auth: boolean;
  handle(ctx: RouteContext): RouteResult;
}

/** Discord's error body `{ message, code }` with a status. */
export function discordError(status: number, code: number, message: string): RouteResult {
  return { status, body: { message, code } };
}

/** A 50035 Invalid Form Body with Discord's nested `errors`. */
export function invalidForm(errors: FormError[]): RouteResult {
  return {
    status: 400,
    body: { message: "Invalid Form Body", code: 50035, errors: nestFormErrors(errors) },
  };
}

/** The body as an object, or an empty one. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

export const ERRORS = {
  unknownChannel: () => discordError(404, 10003, "Unknown Channel"),
  unknownMessage: () => discordError(404, 10008, "Unknown Message"),
  unknownWebhook: () => discordError(404, 10015, "Unknown Webhook"),
  unknownInteraction: () => discordError(404, 10062, "Unknown interaction"),
  alreadyAcknowledged: () => discordError(400, 40060, "Interaction has already been acknowledged."),
  emptyMessage: () => discordError(400, 50006, "Cannot send an empty message"),
  missingAccess: () => discordError(403, 50001, "Missing Access"),
  missingPermissions: () => discordError(403, 50013, "Missing Permissions"),
  notAuthor: () => discordError(403, 50005, "Cannot edit a message authored by another user"),
  invalidWebhookToken: () => discordError(401, 50027, "Invalid Webhook Token"),
  maxPins: (max: number) => discordError(400, 30003, `Maximum number of pins reached (${max})`),
} as const;
