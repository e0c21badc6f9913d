import type { Engine } from "../../engine/types.js";
import { escapeHtml } from "./escapeHtml.js";
import { findPageArticle } from "./findPageArticle.js";

/** A link from `/sources` to one article's page: relative, so it works under any PUBLIC_URL path. */
export function articleHref(id: string): string {
  return `sources/${encodeURIComponent(id)}`;
}

/** The body of `GET /sources`: every article with its title, date, outlet and paragraph count. */
export function renderSourceList(engine: Engine): string {
  const sources = engine.listSources();
  const rows = sources.map((source) => {
    const article = findPageArticle(engine, source.id);
    const title = article?.title ?? source.label;
    return `<tr><td><a href="${escapeHtml(articleHref(source.id))}">${escapeHtml(title)}</a></td><td class="date">${escapeHtml(source.date ?? "")}</td><td>${escapeHtml(article?.outlet ?? "")}</td><td class="num">${source.paragraphs}</td></tr>`;
  });
  return `<header>
<h1>Sources</h1>
<p class="meta">${sources.length} article${sources.length === 1 ? "" : "s"} · every answer is quoted from these, and every citation links to its paragraph.</p>
</header>
<main>
<table>
<thead><tr><th>Article</th><th>Date</th><th>Outlet</th><th class="num">Paragraphs</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</main>
<footer>Corpus ${escapeHtml(engine.version)}</footer>`;
}
