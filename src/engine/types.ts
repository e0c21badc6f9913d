import type { Explanation } from "./explain/explainQuestion.js";
import type { QuestionCommand } from "./questionCommands.js";
import type { SnapshotStatus } from "./snapshot/snapshotStore.js";

export type { Explanation, SnapshotStatus };

/**
 * Shared types of the answer engine. The engine is pure: it never imports
 * discord.js, never reads the environment and never logs. Everything it has to
 * say (warnings, dropped lines) comes back as data.
 */

/** Where a piece of evidence lives: an article id and a 1-based paragraph number. */
export interface Citation {
  /** Article id: the seed file name without its extension. */
  article: string;
  /** Paragraph number, counted from 1 within the article. */
  paragraph: number;
}

/** One sentence of a paragraph, with its offsets into the paragraph text. */
export interface Sentence {
  /** The sentence text, a verbatim slice `paragraph.text.slice(start, end)`. */
  text: string;
  /** Offset of the first character in the paragraph text (UTF-16 units). */
  start: number;
  /** Offset just past the last character in the paragraph text. */
  end: number;
}

/** A paragraph kept by chunking: one non-empty, non-boilerplate, non-heading line. */
export interface Paragraph {
  article: string;
  /** 1-based number within the article. */
  n: number;
  /** Verbatim text (a substring of the source file, trimmed). */
  text: string;
  /** The heading this paragraph sits under, if any. */
  section?: string;
  /**
   * Index into `Article.stories` of the story this paragraph belongs to (0 for
   * the first, and for articles of one story). Two paragraphs are in the same
   * story when their article and story are equal: see `sameStory`. Quotations
   * and pronouns must not reach across stories. Unset means 0.
   */
  story?: number;
  /**
   * Set on a reader's comment (a "Your comments" section) to the id of the
   * comment-table row whose lead-in opened the section. Such a paragraph is
   * kept so numbering and /source still work, but it is never indexed,
   * analysed, answered from or summarised: it is not reporting. Test it for
   * truth (`if (paragraph.comment)`).
   */
  comment?: string;
  sentences: Sentence[];
}

/**
 * One story of an article. A file may bundle several (a wire digest, a
 * magazine's news pages): each starts at a dateline or a headline.
 * Paragraph numbers stay counted over the whole file.
 */
export interface Story {
  /** Label for citations: the headline, else `Place: first words…`, else the first words; at most about 60 characters. */
  label: string;
  /** Number of the story's first paragraph (1-based, counted over the whole article). */
  first: number;
  /** The headline the story sits under, when it has one (for the first story: the article title). */
  headline?: string;
  /** The dateline place (`Austin, Texas`, `RIYADH`), when the story opens with one. */
  dateline?: string;
  /** The story-table row that started it (`opening` for the first story of every article). */
  rule: string;
}

/** Why a source line was not kept as a paragraph. */
export type DropReason = "separator" | "boilerplate" | "heading" | "title";

/** A source line that chunking did not keep, for corpus review. */
export interface DroppedLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  reason: DropReason;
  /** The id of the rule-table row that dropped it (e.g. `byline`, `short-heading-line`). */
  detail?: string;
}

/** A loaded, chunked article. */
export interface Article {
  /** The file name without its extension. */
  id: string;
  /** The file name the article came from. */
  file: string;
  /** Human label for citations: the title line, sidecar title, or a short derived label. */
  label: string;
  /** The title line or sidecar title, when there is one. */
  title?: string;
  /** ISO date (YYYY-MM-DD) from a leading `date` line or a sidecar, when known. */
  date?: string;
  /** A dateline such as `RIYADH`, when the article opens with one. */
  dateline?: string;
  outlet?: string;
  url?: string;
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
  /** Section headings in order of appearance. */
  sections: string[];
  /** The stories of the file in order; always at least one, the first starting at paragraph 1. */
  stories: Story[];
}

/** A problem with one file that made the loader skip it or part of it. */
export interface CorpusWarning {
  file: string;
  reason: string;
}

/** The whole corpus as loaded. */
export interface Corpus {
  articles: Article[];
  /** Short content hash of every article: changes when any kept text changes. */
  version: string;
}

export type { QuestionCommand };
/** Every command the engine answers. */
export type EngineCommand = QuestionCommand | "summary";

/** One ranked answer to a question. */
export interface Answer {
  /** The short answer: a name, place, date expression, quotation or excerpt. Verbatim from the evidence where possible. */
  answer: string;
  /** The verbatim sentence that supports the answer. */
  evidence: string;
  /** Where the evidence is first, then other places that say the same. Never empty. */
  citations: Citation[];
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** Who said it: required on quote answers. */
  speaker?: string;
  /** The role the text gives the person, as written (who answers). */
  role?: string;
  /** A relative date resolved against the article's date, e.g. `2025-03-11` (when answers). */
  resolved?: string;
  /** Other spellings of the answer seen in the corpus (who answers). */
  variants?: string[];
}

/** The engine's reply to a question command. An empty `answers` means the sources do not say. */
export interface AnswerResult {
  command: QuestionCommand;
  query: string;
  answers: Answer[];
  /** When there is no answer: close entity names or article labels the asker could try. */
  suggestions?: string[];
}

/** One bullet of an extractive summary. */
export interface SummaryBullet {
  /** A source sentence, or a clean part of one, verbatim. */
  text: string;
  /** Every paragraph that states this fact, first the one `text` comes from. */
  citations: Citation[];
}

/** What a summary covers besides its topic. */
export interface SummaryOptions {
  /** Summarise this article only (its id); unset: every article. */
  article?: string;
}

/** An extractive summary of a topic, or of the whole corpus when the topic is empty. */
export interface Summary {
  command: "summary";
  query: string;
  /** The article summarised, when the summary is of one article (its id). */
  article?: string;
  /** Set when the sources hold fewer distinct facts on the scope than a full summary (5): it is short rather than padded. */
  few?: boolean;
  bullets: SummaryBullet[];
}

/** Kinds of entity in the entity table. */
export type EntityKind = "person" | "place" | "date" | "org";

/** One piece of evidence for an entity's type: the rule that voted, for which type, and how strongly. */
export interface TypeVote {
  /** The id of the entity-typing rule that voted. */
  rule: string;
  /** "other": a word or title that names nobody. Dates are never typed by votes. */
  kind: Exclude<EntityKind, "date"> | "other";
  weight: number;
}

/** One entity of the corpus with its spellings and roles. */
export interface Entity {
  /** Stable id within one engine instance. */
  id: string;
  kind: EntityKind;
  /** Canonical name: the most frequent full spelling. */
  name: string;
  /** Every spelling seen, including `name`. */
  variants: string[];
  /** Roles the text gives this person, as written (e.g. `Foreign Minister`). */
  roles: string[];
  /** Paragraphs that mention the entity, in corpus order: the first MAX_ENTITY_CITATIONS of them. */
  mentions: Citation[];
  /** How many paragraphs mention the entity in all. */
  mentionCount: number;
  /** The strongest votes behind `kind`, when the typing stage recorded them (shown by `--explain`). */
  votes?: TypeVote[];
  /** A person's gender when an honorific or a first name gives it: lets he/she find their antecedent. */
  gender?: "m" | "f";
}

/** An autocomplete suggestion. */
export interface Suggestion {
  /** What to show, at most 100 characters. */
  name: string;
  /** What to put in the query, at most 100 characters. */
  value: string;
  kind: EntityKind | "article" | "speaker";
}

/** A summary line of one article, for `/sources`. */
export interface SourceInfo {
  id: string;
  label: string;
  date?: string;
  paragraphs: number;
  /** Set only when the article holds more than one story: each story's label and first paragraph, in order. */
  stories?: { label: string; first: number }[];
}

/**
 * How far a long load or build has come, for a caller that reports it (the
 * engine itself never logs). Heard at least every few thousand paragraphs.
 */
export interface Progress {
  /**
   * `reading`: corpus files read and chunked (counted in files); `analysing`: paragraphs read for names,
   * dates and quotations; `quotations`: paragraphs whose quotations are attributed; `indexing`: paragraphs indexed.
   */
  phase: "reading" | "analysing" | "quotations" | "indexing";
  /** How many are done so far, in `unit`s. */
  done: number;
  /** How many there are in all. */
  total: number;
  unit: "files" | "paragraphs";
}

/** Hears the {@link Progress} of a load or build. Called synchronously; it must be quick and must not throw. */
export type ProgressListener = (progress: Progress) => void;

/** Options for a question. */
export interface AnswerOptions {
  /** How many answers at most. Default 4 (the best plus 3 more). */
  limit?: number;
}

/**
 * The answer engine over one loaded corpus. Every method is synchronous,
 * pure with respect to its inputs, and never throws on odd query text.
 */
export interface Engine {
  readonly corpus: Corpus;
  /** Same as `corpus.version`. */
  readonly version: string;
  /** Where the index came from: a snapshot, a fresh build, or no cache configured. */
  readonly snapshot: SnapshotStatus;
  /** Answer a question command. No match is an empty `answers` list, not an error. The result is frozen: the answer cache shares it. */
  answer(command: QuestionCommand, query: string, options?: AnswerOptions): AnswerResult;
  /** An extractive summary of `topic`, or of the whole corpus when `topic` is blank; of one article when `options.article` names it. Frozen, like answers. */
  summarize(topic: string, options?: SummaryOptions): Summary;
  /** Paragraph `n` (1-based) of article `id`, or undefined. */
  getParagraph(id: string, n: number): Paragraph | undefined;
  /** The articles with label, date and paragraph count, in id order. */
  listSources(): SourceInfo[];
  /** Autocomplete: names matching what was typed. `kinds` defaults to people and places; "speaker" gives quoted people, "article" article ids and labels. At most `limit` (default 25). */
  suggest(typed: string, options?: { kinds?: Suggestion["kind"][]; limit?: number }): Suggestion[];
  /** Fact-check: the source sentences that best support a claim, or an empty list. */
  findSupport(claim: string, options?: AnswerOptions): Answer[];
  /** The entity table. */
  entities(): readonly Entity[];
  /**
   * Do up to `count` more steps of work ahead of questions. First, one step each, the lookups a first question would
   * otherwise make for itself (the lexicon, the name terms, the surname tree, autocomplete's index: at 100k paragraphs
   * 10-550 ms each, once). Then paragraphs (the most salient first, then in order, a bounded number), into the analysis
   * cache's free room only, so a later first question reads them analysed. Answers are the same with or without it.
   * False once nothing is left to analyse or the cache is full.
   */
  prepare(count: number): boolean;
  /** Make now, all at once, the lookups {@link Engine.prepare} makes first (what is made already is not made again). */
  prepareLookups(): void;
  /** Answer a question and say how: the plan, the sentences retrieved, each top candidate's features and the rows that scored it, the types of the names in the evidence and the rule behind each quotation's speaker. Never cached. */
  explain(command: QuestionCommand, query: string, options?: AnswerOptions): Explanation;
}
