import { collectFacts, createAnalysis } from "../../src/engine/analysis/analyzeCorpus.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";
import {
  buildParagraphPostings,
  createSearchIndex,
} from "../../src/engine/search/buildSearchIndex.js";
import { planQuery, type QueryPlan } from "../../src/engine/search/planQuery.js";

/** A query planner over tiny inline articles, for tests of what a query word matches. */
export function plannerOf(...texts: string[]): (query: string) => QueryPlan {
  const articles = texts.map((text, i) => chunkArticle(`a${i}`, `a${i}.txt`, text));
  const corpus = { articles, version: hashCorpus(articles) };
  const analysis = createAnalysis(corpus, collectFacts(corpus));
  const index = createSearchIndex(buildParagraphPostings(articles.flatMap((a) => a.paragraphs)));
  return (query) => planQuery(query, analysis, index);
}
