import type { Article, Engine } from "../../engine/types.js";

// One id index per engine: a reload brings a new engine, and the old index goes with the old engine.
const indexes = new WeakMap<Engine, Map<string, Article>>();

/** The article `id` of `engine`'s corpus (for its title, outlet and url), or undefined. */
export function findPageArticle(engine: Engine, id: string): Article | undefined {
  let index = indexes.get(engine);
  if (!index) {
    index = new Map(engine.corpus.articles.map((a) => [a.id, a]));
    indexes.set(engine, index);
  }
  return index.get(id);
}
