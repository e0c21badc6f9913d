import { buildEngine, type Engine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";

/** An engine over tiny inline articles, ids a0, a1, … */
export function engineOf(...texts: string[]): Engine {
  const articles = texts.map((text, i) => chunkArticle(`a${i}`, `a${i}.txt`, text));
  return buildEngine({ articles, version: hashCorpus(articles) });
}
