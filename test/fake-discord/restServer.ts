import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { applicationRoutes } from "./applicationRoutes.js";
import { channelRoutes } from "./channelRoutes.js";
import type { FakeDiscord, RecordedRequest } from "./fakeDiscord.js";
import { matchesFault } from "./faults.js";
import { interactionRoutes } from "./interactionRoutes.js";
import { guildRoutes } from "./guildRoutes.js";
import { discordError, type Route, type RouteResult } from "./route.js";

const ROUTES: Route[] = [
  ...interactionRoutes,
  ...channelRoutes,
  ...guildRoutes,
  ...applicationRoutes,
];

interface Matched {
  route: Route;
  params: Record<string, string>;
}

function matchRoute(method: string, segments: string[]): Matched | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const parts = route.template.split("/").filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = parts.every((part, i) => {
      const segment = segments[i] ?? "";
      if (part.startsWith(":")) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (ok) return { route, params };
  }
  return undefined;
}

/** The path without `/api` and `/v10`, with each segment decoded (discord.js sends `%40original`). */
function apiSegments(pathname: string): string[] {
  const segments = pathname
    .split("/")
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  if (segments[0] === "api") segments.shift();
  if (/^v\d+$/.test(segments[0] ?? "")) segments.shift();
  return segments;
}

async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: 0 };
  const type = request.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    // discord.js's multipart bodies are small and well formed; a streaming parser is not needed here.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const payload = form.get("payload_json");
    let files = 0;
    for (const [key] of form.entries()) if (key.startsWith("files[")) files += 1;
    return {
      body: typeof payload === "string" ? (JSON.parse(payload) as unknown) : undefined,
      files,
    };
  }
  try {
    return { body: JSON.parse(raw.toString("utf8")) as unknown, files: 0 };
  } catch {
    return { body: raw.toString("utf8"), files: 0 };
  }
}

function send(response: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  if (result.status === 204 || result.body === undefined) {
    response.writeHead(result.status, headers);
    response.end();
    return;
  }
  headers["content-type"] = "application/json";
  response.writeHead(result.status, headers);
  response.end(JSON.stringify(result.body));
}

async function handle(
  fake: FakeDiscord,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const method = (request.method ?? "GET").toUpperCase();
  const segments = apiSegments(url.pathname);
  const path = `/${segments.join("/")}`;
  const query = Object.fromEntries(url.searchParams.entries());
  const { body, files } = await readBody(request);
  // HTTP interactions: an edit can leave the bot before the fake has read the response it follows.
  if (segments[0] === "webhooks" && segments[2] !== undefined)
    await fake.settleDelivery(segments[2]);
  const authorized = request.headers.authorization === `Bot ${fake.token}`;
  const matched = matchRoute(method, segments);
  const routeName = matched ? `${method} ${matched.route.template}` : "unknown";

  let result: RouteResult;
  let faulted = false;
  const fault = fake.faults.find(
    (f) => f.remaining > 0 && matchesFault(f, method, path, routeName),
  );
  if (fault) {
    fault.remaining -= 1;
    faulted = true;
    result = {
      status: fault.status,
      body: fault.body,
      ...(fault.headers ? { headers: fault.headers } : {}),
    };
  } else if (!matched) {
    result = discordError(404, 0, "404: Not Found");
  } else if (matched.route.auth && !authorized) {
    result = discordError(401, 0, "401: Unauthorized");
  } else {
    try {
      result = matched.route.handle({
        fake,
        method,
        params: matched.params,
        query,
        body,
        files,
        authorized,
      });
    } catch (error) {
      result = discordError(
        500,
        0,
        `fake-discord route failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const record: RecordedRequest = {
    method,
    path,
    route: routeName,
    query,
    body,
    files,
    authorized,
    status: result.status,
    response: result.body,
    at: Date.now(),
    faulted,
  };
  fake.requests.push(record);
  send(response, result);
  fake.changed();
}

/** The REST server: every request is parsed, answered by a fault rule or a route, and recorded. */
export function createRestServer(fake: FakeDiscord): Server {
  return createServer((request, response) => {
    handle(fake, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, discordError(500, 0, String(error)));
    });
  });
}
