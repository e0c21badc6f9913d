import type { APIMessage } from "discord-api-types/v10";
import type { FakeDiscord, InteractionRecord, StoredMessage } from "./fakeDiscord.js";
import {
  bodyObject,
  ERRORS,
  invalidForm,
  type Route,
  type RouteContext,
  type RouteResult,
} from "./route.js";
import { applyMessageEdit, buildMessage } from "./shapes.js";
import { collectChoiceErrors, collectMessageErrors, isEmptyMessage } from "./validateMessage.js";

const EPHEMERAL = 64;
const LOADING = 128;
const MESSAGE_TYPE = { chatInput: 20, messageContextMenu: 23, button: 0, autocomplete: 0 } as const;

/** Create a message that an interaction response or follow-up makes. */
function createInteractionMessage(
  fake: FakeDiscord,
  record: InteractionRecord,
  body: Record<string, unknown>,
  flags: number,
): StoredMessage {
  const message = buildMessage(
    { ...body, flags },
    {
      channelId: record.channelId,
      guildId: fake.guildOf(record.channelId),
      author: fake.botUser,
      webhookId: fake.applicationId,
      applicationId: fake.applicationId,
      type: MESSAGE_TYPE[record.kind],
      interaction: { id: record.id, type: record.type, user: record.user },
    },
  );
  const stored: StoredMessage = {
    message,
    channelId: record.channelId,
    ephemeral: (flags & EPHEMERAL) !== 0,
    deleted: false,
    interactionId: record.id,
  };
  fake.store.set(message.id, stored);
  return stored;
}

function formTypeError(type: unknown, why: string): RouteResult {
  return invalidForm([
    {
      path: ["type"],
      code: "INTERACTION_CALLBACK_TYPE_INVALID",
      message: `Callback type ${String(type)} ${why}`,
    },
  ]);
}

function handleCallback(ctx: RouteContext): RouteResult {
  const { fake } = ctx;
  const record = fake.interactions.get(ctx.params.id ?? "");
  if (!record || record.token !== ctx.params.token) return ERRORS.unknownInteraction();
  const now = Date.now();
  // Discord forgets an interaction that was not acknowledged within 3 s.
  if (now - record.injectedAt > fake.callbackDeadlineMs && record.callbacks.length === 0)
    return ERRORS.unknownInteraction();
  if (record.callbacks.length > 0) return ERRORS.alreadyAcknowledged();
  const body = bodyObject(ctx.body);
  const type = body.type;
  const data = bodyObject(body.data);
  const isComponent = record.kind === "button";
  const isAutocomplete = record.kind === "autocomplete";
  let message: APIMessage | undefined;

  switch (type) {
    case 4: {
      if (isAutocomplete) return formTypeError(type, "is not valid for autocomplete");
      const errors = collectMessageErrors(data);
      if (errors.length > 0)
        return invalidForm(errors.map((e) => ({ ...e, path: ["data", ...e.path] })));
      if (isEmptyMessage(data, ctx.files)) return ERRORS.emptyMessage();
      const flags = typeof data.flags === "number" ? data.flags : 0;
      const stored = createInteractionMessage(fake, record, data, flags);
      record.originalMessageId = stored.message.id;
      record.settledAt = now;
      message = stored.message;
      break;
    }
    case 5: {
      if (isAutocomplete) return formTypeError(type, "is not valid for autocomplete");
      const flags = (typeof data.flags === "number" ? data.flags & EPHEMERAL : 0) | LOADING;
      const stored = createInteractionMessage(fake, record, {}, flags);
      record.originalMessageId = stored.message.id;
      message = stored.message;
      break;
    }
    case 6:
    case 7: {
      if (!isComponent) return formTypeError(type, "is only valid for component interactions");
      const source =
        record.sourceMessageId === undefined ? undefined : fake.store.get(record.sourceMessageId);
      if (!source || source.deleted) return ERRORS.unknownMessage();
      if (type === 7) {
        const errors = collectMessageErrors(data);
        if (errors.length > 0)
          return invalidForm(errors.map((e) => ({ ...e, path: ["data", ...e.path] })));
        applyMessageEdit(source.message, data);
        record.settledAt = now;
      }
      record.originalMessageId = source.message.id;
      message = source.message;
      break;
    }
    case 8: {
      if (!isAutocomplete) return formTypeError(type, "is only valid for autocomplete");
      const errors = collectChoiceErrors(data);
      if (errors.length > 0) return invalidForm(errors);
      record.choices = (data.choices as { name: string; value: string | number }[]).map((c) => ({
        name: c.name,
        value: c.value,
      }));
      record.settledAt = now;
      break;
    }
    case 9:
      if (isAutocomplete) return formTypeError(type, "is not valid for autocomplete");
      record.settledAt = now;
      break;
    default:
      return formTypeError(type, "is not a known callback type");
  }

  record.callbacks.push({
    type: type,
    data: body.data,
    at: now,
    elapsedMs: now - record.injectedAt,
  });
  if (ctx.query.with_response !== "true") return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.type,
        response_message_id: message?.id,
        response_message_loading: type === 5,
        response_message_ephemeral: message ? ((message.flags ?? 0) & EPHEMERAL) !== 0 : false,
      },
      resource: message ? { type, message } : { type },
    },
  };
}

/**
 * Apply an interaction response that came back as the HTTP response body (HTTP interactions) exactly
 * as if it had been POSTed to the callback route, so both transports are held to the same rules.
 */
export function applyHttpResponse(
  fake: FakeDiscord,
  record: InteractionRecord,
  body: unknown,
): RouteResult {
  return handleCallback({
    fake,
    method: "POST",
    params: { id: record.id, token: record.token },
    query: {},
    body,
    files: 0,
    authorized: false,
  });
}

/** The interaction behind a webhook `:appId/:token`, or the error Discord gives. */
function webhookInteraction(ctx: RouteContext): InteractionRecord | RouteResult {
  const { fake } = ctx;
  if (ctx.params.appId !== fake.applicationId) return ERRORS.unknownWebhook();
  const record = [...fake.interactions.values()].find((r) => r.token === ctx.params.token);
  if (!record) return ERRORS.unknownWebhook();
  if (Date.now() - record.injectedAt > fake.tokenLifetimeMs) return ERRORS.invalidWebhookToken();
  return record;
}

function webhookMessage(ctx: RouteContext, record: InteractionRecord): StoredMessage | RouteResult {
  const mid = ctx.params.mid;
  const id = mid === "@original" ? record.originalMessageId : mid;
  if (id === undefined || (id !== record.originalMessageId && !record.followUpIds.includes(id)))
    return ERRORS.unknownMessage();
  const stored = ctx.fake.store.get(id);
  if (!stored || stored.deleted) return ERRORS.unknownMessage();
  return stored;
}

function isResult(value: unknown): value is RouteResult {
  // Records and stored messages have no `status`; route results always do.
  return typeof value === "object" && value !== null && "status" in value;
}

function handleWebhookGet(ctx: RouteContext): RouteResult {
  const record = webhookInteraction(ctx);
  if (isResult(record)) return record;
  const stored = webhookMessage(ctx, record);
  if (isResult(stored)) return stored;
  return { status: 200, body: stored.message };
}

function handleWebhookEdit(ctx: RouteContext): RouteResult {
  const record = webhookInteraction(ctx);
  if (isResult(record)) return record;
  const stored = webhookMessage(ctx, record);
  if (isResult(stored)) return stored;
  const body = bodyObject(ctx.body);
  const errors = collectMessageErrors(body);
  if (errors.length > 0) return invalidForm(errors);
  const wasLoading = ((stored.message.flags ?? 0) & LOADING) !== 0;
  if (wasLoading && isEmptyMessage({ ...stored.message, ...body }, ctx.files))
    return ERRORS.emptyMessage();
  applyMessageEdit(stored.message, body);
  if (record.settledAt === undefined) record.settledAt = Date.now();
  return { status: 200, body: stored.message };
}

function handleWebhookDelete(ctx: RouteContext): RouteResult {
  const record = webhookInteraction(ctx);
  if (isResult(record)) return record;
  const stored = webhookMessage(ctx, record);
  if (isResult(stored)) return stored;
  stored.deleted = true;
  const channel = ctx.fake.channelState(stored.channelId);
  if (channel) channel.pins = channel.pins.filter((p) => p.messageId !== stored.message.id);
  return { status: 204 };
}

function handleFollowUp(ctx: RouteContext): RouteResult {
  const record = webhookInteraction(ctx);
  if (isResult(record)) return record;
  // A follow-up needs an acknowledged interaction first.
  if (record.callbacks.length === 0) return ERRORS.unknownWebhook();
  const body = bodyObject(ctx.body);
  const errors = collectMessageErrors(body);
  if (errors.length > 0) return invalidForm(errors);
  if (isEmptyMessage(body, ctx.files)) return ERRORS.emptyMessage();
  const original =
    record.originalMessageId === undefined
      ? undefined
      : ctx.fake.store.get(record.originalMessageId);
  let stored: StoredMessage;
  if (original && ((original.message.flags ?? 0) & LOADING) !== 0) {
    // Discord turns the first follow-up after a deferral into the deferred message itself.
    applyMessageEdit(original.message, body);
    stored = original;
  } else {
    const flags = typeof body.flags === "number" ? body.flags : 0;
    stored = createInteractionMessage(ctx.fake, record, body, flags);
    record.followUpIds.push(stored.message.id);
  }
  if (record.settledAt === undefined) record.settledAt = Date.now();
  return ctx.query.wait === "false" ? { status: 204 } : { status: 200, body: stored.message };
}

/** Interaction callback and interaction-webhook routes. */
export const interactionRoutes: Route[] = [
  {
    method: "POST",
    template: "/interactions/:id/:token/callback",
    auth: false,
    handle: handleCallback,
  },
  {
    method: "GET",
    template: "/webhooks/:appId/:token/messages/:mid",
    auth: false,
    handle: handleWebhookGet,
  },
  {
    method: "PATCH",
    template: "/webhooks/:appId/:token/messages/:mid",
    auth: false,
    handle: handleWebhookEdit,
  },
  {
    method: "DELETE",
    template: "/webhooks/:appId/:token/messages/:mid",
    auth: false,
    handle: handleWebhookDelete,
  },
  { method: "POST", template: "/webhooks/:appId/:token", auth: false, handle: handleFollowUp },
];
