import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";
import { jsonResponse, routeMatches, type HttpResponse, type Route } from "./route.js";

/** A listening server. */
export interface RunningHttpServer {
  /** The port it listens on (useful when started on port 0). */
  port: number;
  close(): Promise<void>;
}

/** Find the response for a request: the matching route, 405 for a known path with another method, else 404. */
async function respond(request: IncomingMessage, routes: readonly Route[]): Promise<HttpResponse> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const onPath = routes.filter((r) => routeMatches(r, path));
  const method = request.method === "HEAD" ? "GET" : request.method;
  const route = onPath.find((r) => r.method === method);
  if (route) return route.handle(request);
  if (onPath.length > 0) {
    return {
      ...jsonResponse(405, { error: "method not allowed" }),
      headers: { allow: onPath.map((r) => r.method).join(", ") },
    };
  }
  return jsonResponse(404, { error: "not found" });
}

function write(response: ServerResponse, result: HttpResponse, head: boolean): void {
  response.writeHead(result.status, { "cache-control": "no-store", ...result.headers });
  response.end(head ? undefined : result.body, () => result.sent?.());
}

/**
 * Serve `routes` on `host:port`. A route that throws gets a 500 with no detail (the error is logged),
 * so nothing internal, and never the token, reaches a scraper. Resolves once listening; rejects if
 * the port cannot be bound.
 */
export async function startHttpServer(options: {
  host: string;
  port: number;
  routes: readonly Route[];
  logger: Logger;
}): Promise<RunningHttpServer> {
  const { host, port, routes, logger } = options;
  const server = createServer((request, response) => {
    respond(request, routes).then(
      (result) => write(response, result, request.method === "HEAD"),
      (error: unknown) => {
        logger.error("http request failed", { path: request.url, error });
        if (!response.headersSent)
          write(response, jsonResponse(500, { error: "internal error" }), false);
        else response.destroy();
      },
    );
  });
  // Scrapers and health checks use short keep-alive connections; do not let one hold shutdown up.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.error("http server error", { error }));
  const bound = (server.address() as AddressInfo).port;
  logger.info("http server listening", { host, port: bound });
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
