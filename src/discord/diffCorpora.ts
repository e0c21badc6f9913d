import type { Corpus } from "../engine/types.js";

/** What a reload changed, by article id. */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  /** Articles whose kept paragraphs, label or date differ. */
  changed: string[];
}

function fingerprint(article: Corpus["articles"][number]): string {
  return [
    article.label,
    article.date ?? "",
    ...article.paragraphs.map((p) => `${p.section ?? ""}\u0000${p.text}`),
  ].join("\u0001");
}

/** Compare two corpora article by article. Pure. */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
  const old = new Map(before.articles.map((a) => [a.id, fingerprint(a)]));
  const now = new Map(after.articles.map((a) => [a.id, fingerprint(a)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)).sort(),
  };
}
