/** Whitespace runs to one space, ends trimmed: the file's lines were joined and re-spaced when the paragraph was built. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Where a citation check reads from: the engine's paragraphs and the article files as written on disk. */
export interface CitationSources {
  /** The text of paragraph `n` of article `id`, or undefined when there is none. */
  paragraphText(id: string, n: number): string | undefined;
  /** The raw text of the article's file, or undefined when it cannot be read. */
  fileText(id: string): string | undefined;
}

/**
 * Is this answer's first citation honest? The evidence must appear verbatim in the
 * cited paragraph, and that paragraph verbatim (up to whitespace) in the article file,
 * so a bug in chunking cannot launder invented text into a citation.
 */
export function isCitationValid(
  answer: { evidence: string; citations: readonly { article: string; paragraph: number }[] },
  sources: CitationSources,
): boolean {
  const cited = answer.citations[0];
  if (!cited || !answer.evidence) return false;
  const paragraph = sources.paragraphText(cited.article, cited.paragraph);
  if (paragraph === undefined || !paragraph.includes(answer.evidence)) return false;
  const file = sources.fileText(cited.article);
  return (
    file !== undefined &&
    collapseWhitespace(file.replace(/^\uFEFF/, "")).includes(collapseWhitespace(paragraph))
  );
}
