/** The answer engine's public surface. Pure: no discord.js, no environment, no logging. */
export { buildEngine, cleanQuery, MAX_QUERY_CHARS, type BuildOptions } from "./buildEngine.js";
export { engineFingerprint } from "./snapshot/fingerprintEngine.js";
export {
  CorpusLoadError,
  loadCorpus,
  hashCorpus,
  MAX_ARTICLE_BYTES,
  type LoadedCorpus,
  type LoadOptions,
} from "./corpus/loadCorpus.js";
export { chunkArticle, type ArticleMeta } from "./corpus/chunkArticle.js";
export { decodeText } from "./corpus/decodeText.js";
export { sameStory } from "./corpus/sameStory.js";
export { findStoryLabel } from "./corpus/findStoryLabel.js";
export { foldText } from "./text/foldText.js";
export { QUESTION_COMMANDS, isQuestionCommand } from "./questionCommands.js";
export type * from "./types.js";
export { countPostingsAside, type PostingsWait } from "./search/countPostingsAside.js";
