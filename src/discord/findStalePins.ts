import type { Engine } from "../engine/types.js";
import type { SummaryScope } from "./summaryScope.js";

/** One bullet of a published summary as read back from its message. */
export interface PublishedBullet {
  text: string;
  citations: { label: string; paragraph: number }[];
}

/** A pinned summary bullet whose cited evidence is no longer in the corpus, verbatim. */
export interface StaleBullet {
  channelId: string;
  messageId: string;
  url?: string;
  bullet: string;
  reason: string;
  /** What the pinned summary is of, read back from its marker (or old footer), so the moderator knows what to publish again. */
  scope?: SummaryScope;
}

// Undo escapeMarkdown and the zero-width spaces that break mentions.
const unescape = (text: string) =>
  text.replace(/\u200b/g, "").replace(/\\([^\p{L}\p{N}\s])/gu, "$1");

// One group of citations: a label, plain or linked ("[label](url "outlet")"), then "¶3, ¶14".
const CITATION_GROUP = /^(?:\[((?:\\.|[^\]\\])*)\]\(\S+?(?: "[^"]*")?\)|(.+?)) (¶\d+(?:, ¶\d+)*)$/s;

/**
 * Read the bullets of a published summary back from its embed description:
 * "• text — *label ¶n, ¶m; [label](url) ¶k*" (labels linked and paragraphs grouped), and the
 * older "• text — *label ¶n; label ¶m*". Pure.
 */
export function parsePublishedBullets(description: string): PublishedBullet[] {
  const bullets: PublishedBullet[] = [];
  for (const line of description.split("\n")) {
    const match = /^• (.*) — \*(.*)\*$/.exec(line);
    if (!match) continue;
    const citations = match[2]!.split(/; /).flatMap((cite) => {
      const group = CITATION_GROUP.exec(cite);
      if (!group) return [];
      const label = unescape(group[1] ?? group[2] ?? "");
      return [...group[3]!.matchAll(/¶(\d+)/g)].map((n) => ({ label, paragraph: Number(n[1]) }));
    });
    bullets.push({ text: unescape(match[1]!), citations });
  }
  return bullets;
}

/**
 * Why a bullet is stale under `engine`, or undefined when its first citation
 * still holds its text verbatim. A bullet cut short with "…" is checked up to the cut.
 */
export function staleReason(bullet: PublishedBullet, engine: Engine): string | undefined {
  const cited = bullet.citations[0];
  if (!cited) return "its citation could not be read";
  const text = bullet.text.replace(/…$/, "").trim();
  const sources = engine.listSources();
  // A citation into a multi-story article shows the story's label.
  const labelled = sources.filter(
    (s) => s.label === cited.label || s.stories?.some((story) => story.label === cited.label),
  );
  if (
    labelled.some((article) =>
      engine.getParagraph(article.id, cited.paragraph)?.text.includes(text),
    )
  )
    return undefined;
  // A label derived from the first sentence changes with it: the same paragraph under another label still counts.
  if (
    sources.some((article) => engine.getParagraph(article.id, cited.paragraph)?.text.includes(text))
  )
    return undefined;
  return labelled.length === 0
    ? `no article is called "${cited.label}" any more (removed, or its title changed) and no ¶${cited.paragraph} says this word for word`
    : `${cited.label} ¶${cited.paragraph} no longer says this word for word`;
}
