import { paragraphIndexOf } from "../analysis/analyzeCorpus.js";
import { answerQuestion } from "../answers/answerQuestion.js";
import type { AnswerTrace, TracedCandidate } from "../answers/candidate.js";
import { citationOf } from "../answers/citationOf.js";
import type { AnswerContext } from "../answers/context.js";
import type { Answer, Citation, EntityKind, QuestionCommand, TypeVote } from "../types.js";

/** How many of each list an explanation shows: enough to see why, short enough to read. */
const SHOWN = { sentences: 10, candidates: 12, answers: 3 } as const;

/** One query word as planned: the index terms that count as it, with their worth. */
export interface ExplainedConcept {
  word: string;
  weight: number;
  filler: boolean;
  /** The entity the word names, as "kind:name". */
  entity?: string;
  /** Index terms that match the word, each with its worth and, for a plain word, the match source row (matchSources.ts) that gave it. */
  alternatives: [term: string, worth: number, rule?: string][];
}

/** One retrieved sentence. */
export interface ExplainedSentence {
  citation: Citation;
  /** Sentence number in the paragraph, from 0. */
  sentence: number;
  score: number;
  coverage: number;
  text: string;
}

/** A name in an answer's evidence: how the engine typed it, and why. */
export interface ExplainedName {
  text: string;
  /** The mention's type in this sentence. */
  kind: string;
  entity?: { id: string; name: string; kind: EntityKind; votes?: TypeVote[] };
  role?: string;
}

/** A quotation in an answer's paragraph and the rule that gave it its speaker. */
export interface ExplainedQuote {
  citation: Citation;
  text: string;
  speaker?: string;
  rule: string;
}

/** Everything `--explain` prints for one question. */
export interface Explanation {
  command: QuestionCommand;
  query: string;
  /** The answer kind the question went to ("quote" and "profile" have their own search). */
  kind?: string;
  /** For `ask`: the route row that sent it to its kind. */
  route?: string;
  concepts: ExplainedConcept[];
  entities: string[];
  unknownNames: string[];
  retrieved: ExplainedSentence[];
  /** The best-scored candidates, then the best of those dropped, with features and the rows that scored them. */
  candidates: TracedCandidate[];
  /** Names in the evidence of the first answers, with their types and votes. */
  names: ExplainedName[];
  quotes: ExplainedQuote[];
  answers: Answer[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Answer a question and say how: the plan, what was retrieved, how candidates scored, and how names and quotations were read. */
export function explainQuestion(
  command: QuestionCommand,
  query: string,
  context: AnswerContext,
  limit: number,
): Explanation {
  const trace: AnswerTrace = { candidates: [] };
  const answers = answerQuestion(command, query, context, limit, trace);
  const { analysis } = context;
  const kept = trace.candidates
    .filter((c) => c.score !== undefined && !c.dropped)
    .sort((a, b) => b.score! - a.score!);
  const dropped = trace.candidates
    .filter((c) => c.dropped)
    .sort((a, b) => b.relevance - a.relevance);
  const names: ExplainedName[] = [];
  const quotes: ExplainedQuote[] = [];
  const seenParagraphs = new Set<number>();
  for (const answer of answers.slice(0, SHOWN.answers)) {
    const citation = answer.citations[0];
    if (!citation) continue;
    const index = paragraphIndexOf(analysis, citation.article, citation.paragraph);
    if (index < 0 || seenParagraphs.has(index)) continue;
    seenParagraphs.add(index);
    for (const sentence of analysis.sentencesOf(index)) {
      if (!answer.evidence.includes(sentence.text)) continue;
      for (const mention of sentence.mentions) {
        const name: ExplainedName = { text: mention.text, kind: mention.kind };
        const entity = mention.entity ? analysis.entities.byId.get(mention.entity) : undefined;
        if (entity)
          name.entity = {
            id: entity.id,
            name: entity.name,
            kind: entity.kind,
            ...(entity.votes ? { votes: entity.votes } : {}),
          };
        if (mention.role) name.role = mention.role;
        names.push(name);
      }
    }
    for (const quote of analysis.quotesOf(index)) {
      if (quote.paragraphIndex !== index) continue;
      const explained: ExplainedQuote = {
        citation,
        text: quote.span.text,
        rule: quote.attribution,
      };
      if (quote.speaker) explained.speaker = quote.speaker;
      quotes.push(explained);
    }
  }
  const explanation: Explanation = {
    command,
    query,
    concepts: (trace.plan?.concepts ?? []).map((c) => {
      const concept: ExplainedConcept = {
        word: c.word,
        weight: round(c.weight),
        filler: c.filler,
        alternatives: [...c.alternatives].map(([t, w]): [string, number, string?] => {
          const rule = c.rules?.get(t);
          return rule ? [t, round(w), rule] : [t, round(w)];
        }),
      };
      const entity = c.entity ? analysis.entities.byId.get(c.entity) : undefined;
      if (entity) concept.entity = `${entity.kind}:${entity.name}`;
      return concept;
    }),
    entities: (trace.plan?.entities ?? []).map((e) => `${e.kind}:${e.name}`),
    unknownNames: trace.plan?.unknownNames ?? [],
    retrieved: (trace.ranked ?? []).slice(0, SHOWN.sentences).map((item) => ({
      citation: citationOf(item.sentence),
      sentence: item.sentence.index,
      score: round(item.score),
      coverage: round(item.coverage),
      text: item.sentence.text,
    })),
    candidates: [
      ...kept.slice(0, SHOWN.candidates),
      ...dropped.slice(0, Math.max(3, SHOWN.candidates - kept.length)),
    ],
    names,
    quotes,
    answers,
  };
  if (trace.kind) explanation.kind = trace.kind;
  if (trace.route) explanation.route = trace.route;
  return explanation;
}
