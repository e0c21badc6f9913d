import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { Logger } from "../logger.js";
import { isInteractionShape } from "./isInteractionShape.js";
import { readRawBody } from "./readRawBody.js";
import { jsonResponse, type HttpResponse, type Route } from "./route.js";
import type { SignatureVerifier } from "./verifySignature.js";

/** The largest interaction body accepted; Discord's are a few kilobytes. */
export const MAX_INTERACTION_BYTES = 1024 * 1024;

/** The first response to an interaction, and the hook to call once it has been sent. */
export interface InteractionAnswer {
  response: APIInteractionResponse;
  sent: () => void;
}

/** Answer one verified interaction (never PING: the route answers that itself). */
export type AnswerInteraction = (interaction: APIInteraction) => Promise<InteractionAnswer>;

/** `POST /interactions`, and the switch that starts it answering once the bot is ready. */
export interface InteractionsEndpoint {
  route: Route;
  /** This process's name in the `x-verbatim-instance` header. */
  instance: string;
  /** Answer interactions with `answer` from now on; until then they get 503 (PING is answered at once). */
  serve(answer: AnswerInteraction): void;
}

function refuse(status: number, error: string, extra: Record<string, string> = {}): HttpResponse {
  const response = jsonResponse(status, { error });
  return { ...response, headers: { ...response.headers, ...extra } };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The HTTP interactions endpoint. Every request is checked before it is parsed: over 1 MB is 413 (and
 * the connection closed without reading the rest), a missing, bad or stale signature is 401, and a
 * signed body that is not an interaction is 400. Other methods get 405 from the router.
 * `instance` names this process in an `x-verbatim-instance` header, so a load balancer's spread can
 * be seen.
 */
export function createInteractionsEndpoint(options: {
  verify: SignatureVerifier;
  logger: Logger;
  instance: string;
}): InteractionsEndpoint {
  const { verify, logger, instance } = options;
  let answer: AnswerInteraction | undefined;
  const mark = (response: HttpResponse): HttpResponse => ({
    ...response,
    headers: { ...response.headers, "x-verbatim-instance": instance },
  });
  const route: Route = {
    method: "POST",
    path: "/interactions",
    async handle(request) {
      const raw = await readRawBody(request, MAX_INTERACTION_BYTES);
      if (!raw.ok) {
        if (raw.reason === "too-large")
          return mark(refuse(413, "request body over 1 MB", { connection: "close" }));
        return mark(refuse(400, "request body could not be read"));
      }
      const problem = verify(
        header(request.headers["x-signature-ed25519"]),
        header(request.headers["x-signature-timestamp"]),
        raw.body,
      );
      if (problem) {
        logger.warn("interaction refused: bad signature", { problem });
        return mark(refuse(401, "invalid request signature"));
      }
      let interaction: APIInteraction;
      try {
        const parsed = JSON.parse(raw.body.toString("utf8")) as unknown;
        if (!isInteractionShape(parsed)) return mark(refuse(400, "not an interaction"));
        interaction = parsed as APIInteraction;
      } catch {
        return mark(refuse(400, "malformed JSON"));
      }
      if (interaction.type === InteractionType.Ping)
        return mark(jsonResponse(200, { type: InteractionResponseType.Pong }));
      if (!answer) return mark(refuse(503, "starting"));
      let answered: InteractionAnswer;
      try {
        answered = await answer(interaction);
      } catch (error) {
        // A body of the right shape that the bot still cannot read: the sender's problem, and logged.
        logger.warn("interaction could not be read", { type: interaction.type, error });
        return mark(refuse(400, "not an interaction this bot can read"));
      }
      return { ...mark(jsonResponse(200, answered.response)), sent: answered.sent };
    },
  };
  return {
    route,
    instance,
    serve(next) {
      answer = next;
    },
  };
}
