import type { IncomingMessage } from "node:http";

/** What a route answers; the server writes it. */
export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  /** Called once the response is handed to the socket: an interaction's webhook edits must come after it. */
  sent?: () => void;
}

/**
 * One row of the server's route table: a method and an exact path. The handler gets the raw request
 * (so a route that must verify a signature over the raw body can read it) and returns the response.
 */
export interface Route {
  method: "GET" | "POST";
  path: string;
  handle(request: IncomingMessage): Promise<HttpResponse> | HttpResponse;
}

/** A JSON response. */
export function jsonResponse(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(value),
  };
}
