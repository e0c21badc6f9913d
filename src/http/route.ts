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
 * One row of the server's route table: a method and an exact path, or with `prefix` every path that
 * starts with `path` (the handler reads the rest from `request.url`). The handler gets the raw request
 * (so a route that must verify a signature over the raw body can read it) and returns the response.
 */
export interface Route {
  method: "GET" | "POST";
  path: string;
  /** Match every path that starts with `path` (e.g. `/sources/` for `/sources/<id>`), not just `path`. */
  prefix?: boolean;
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

/** Whether `route` serves `pathname` (the request path, still percent-encoded). */
export function routeMatches(route: Route, pathname: string): boolean {
  return route.prefix ? pathname.startsWith(route.path) : pathname === route.path;
}
