import type { IncomingMessage } from "node:http";
import { findArticle } from "../../discord/findArticle.js";
import { truncateText } from "../../discord/render/truncateText.js";
import type { Engine } from "../../engine/types.js";
import type { HttpResponse, Route } from "../route.js";
import { escapeHtml } from "./escapeHtml.js";
import { findPageArticle } from "./findPageArticle.js";
import { htmlResponse } from "./htmlResponse.js";
import { renderSourceList } from "./renderSourceList.js";
import { renderSourcePage } from "./renderSourcePage.js";

const PREFIX = "/sources/";

function notFound(what: string): HttpResponse {
  return htmlResponse(
    404,
    "Not found",
    `<header><nav><a href="../sources">All sources</a></nav><h1>Not found</h1></header>
<main><p>There is no article ${escapeHtml(what)} in the sources now. It may have been removed or renamed by a reload.</p></main>`,
  );
}

function starting(): HttpResponse {
  return htmlResponse(
    503,
    "Starting",
    "<main><h1>Starting</h1><p>The sources are still loading; try again in a moment.</p></main>",
    { "retry-after": "5" },
  );
}

/** The article path of a request, decoded, or undefined when it cannot name an article. */
function requestedId(request: IncomingMessage): string | undefined {
  const raw = new URL(request.url ?? "/", "http://localhost").pathname.slice(PREFIX.length);
  // Ids are file names: a raw "/" is never part of one (an encoded one would be, and is decoded).
  if (raw.includes("/")) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function articleRoute(current: () => Engine | undefined): Route {
  return {
    method: "GET",
    path: PREFIX,
    prefix: true,
    handle(request) {
      const engine = current();
      if (!engine) return starting();
      const id = requestedId(request);
      if (id === undefined) return notFound("at this address");
      // `/sources/` is the list under another name; send it to the one address its relative links suit.
      if (id === "") return { status: 302, headers: { location: "../sources" }, body: "" };
      const article = findPageArticle(engine, id);
      if (article)
        return htmlResponse(200, article.title ?? article.label, renderSourcePage(engine, article));
      // As /source does: a label, or the start of an id or label that only one article has. The
      // redirect goes to the article's own address and the browser keeps the #p anchor.
      const found = findArticle(engine.listSources(), id);
      if (found)
        return { status: 302, headers: { location: encodeURIComponent(found.id) }, body: "" };
      // The id is echoed (escaped) so a mistyped link is recognisable; a long one is cut.
      return notFound(`"${truncateText(id, 120)}"`);
    },
  };
}

// The list is the same for every request to one engine, and at 100k paragraphs (6k articles) rendering it
// takes tens of milliseconds of the bot's one thread: render and encode it once per engine.
const lists = new WeakMap<Engine, HttpResponse>();

function listResponse(engine: Engine): HttpResponse {
  let response = lists.get(engine);
  if (!response) {
    const page = htmlResponse(200, "Sources", renderSourceList(engine));
    // Kept encoded, so a request costs a write and no re-encoding of the megabyte.
    response = { ...page, body: Buffer.from(page.body) };
    lists.set(engine, response);
  }
  return response;
}

/**
 * `GET /sources` (the article list) and `GET /sources/<id>` (one article, numbered paragraphs with
 * `#p<n>` anchors), read from `current()`, the engine serving now, so a reload shows at once.
 * Before the corpus is loaded they answer 503.
 */
export function sourcePageRoutes(current: () => Engine | undefined): Route[] {
  return [
    {
      method: "GET",
      path: "/sources",
      handle() {
        const engine = current();
        return engine ? listResponse(engine) : starting();
      },
    },
    articleRoute(current),
  ];
}
