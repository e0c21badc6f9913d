import type { Article, Engine, Paragraph } from "../../engine/types.js";
import { escapeHtml } from "./escapeHtml.js";

/** The article's sidecar url when it is http(s): nothing else becomes a link. */
function originalUrl(article: Article): string | undefined {
  if (!article.url || !URL.canParse(article.url)) return undefined;
  const url = new URL(article.url);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
}

function renderParagraph(paragraph: Paragraph): string {
  const id = `p${paragraph.n}`;
  const comment = paragraph.comment
    ? ` class="para comment" title="A reader's comment: kept for numbering, never answered from"`
    : ` class="para"`;
  return `<div id="${id}"${comment}><a class="n" href="#${id}">${paragraph.n}</a><p>${escapeHtml(paragraph.text)}</p></div>`;
}

/**
 * The body of `GET /sources/<id>`: title, date, outlet, a link to the original when the sidecar gives
 * one, and every paragraph numbered as citations count them, each with an `id="p<n>"` anchor (the one
 * a link names is highlighted by CSS `:target`), under its section heading.
 */
export function renderSourcePage(engine: Engine, article: Article): string {
  const paragraphs: string[] = [];
  let section: string | undefined;
  for (let n = 1; n <= article.paragraphs.length; n++) {
    const paragraph = engine.getParagraph(article.id, n);
    if (!paragraph) continue;
    if (paragraph.section && paragraph.section !== section)
      paragraphs.push(`<h2>${escapeHtml(paragraph.section)}</h2>`);
    section = paragraph.section;
    paragraphs.push(renderParagraph(paragraph));
  }
  const url = originalUrl(article);
  const meta = [
    article.date
      ? `<time datetime="${escapeHtml(article.date)}">${escapeHtml(article.date)}</time>`
      : "",
    article.outlet ? escapeHtml(article.outlet) : "",
    url
      ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">Original article</a>`
      : "",
    `${article.paragraphs.length} paragraph${article.paragraphs.length === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return `<header>
<nav><a href="../sources">All sources</a></nav>
<h1>${escapeHtml(article.title ?? article.label)}</h1>
<p class="meta">${meta.join(" · ")}</p>
</header>
<main>
${paragraphs.join("\n")}
</main>
<footer>Article ${escapeHtml(article.id)} · corpus ${escapeHtml(engine.version)} · quoted verbatim from the source file</footer>`;
}
