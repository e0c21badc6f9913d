import { paragraphIndexOf } from "../analysis/analyzeCorpus.js";
import { MAX_ENTITY_CITATIONS } from "../entities/buildEntityTable.js";
import { findQueryNames, roleOfWord } from "../search/planQuery.js";
import { foldText } from "../text/foldText.js";
import { processTerm } from "../text/processTerm.js";
import type { Answer, Citation, Entity } from "../types.js";
import type { AnswerContext } from "./context.js";

/** Paragraphs read for a profile; a famous name may appear in thousands (the table keeps the first MAX_ENTITY_CITATIONS). */
const PROFILE_PARAGRAPHS = MAX_ENTITY_CITATIONS;
const PROFILE = /^\s*(?:who\s+(?:is|was|are|were|'s)\s+)?(.+?)\s*\??\s*$/i;

/** "Who is Witkoff?" or just "Witkoff": the query is a person's name and nothing else. */
export function findProfileTarget(query: string, context: AnswerContext): Entity | undefined {
  const match = PROFILE.exec(query);
  if (!match) return undefined;
  const name = match[1]!.replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/i, "");
  // Only the names and the words between them decide it: the whole plan (each word's relatives and typo
  // corrections) would be thrown away, and the question is planned again if it is no profile.
  const { words, named } = findQueryNames(name, context.analysis, context.index);
  const person = named.find((n) => n.entity.kind === "person")?.entity;
  if (!person) return undefined;
  let position = 0;
  while (position < words.length) {
    const span = named.find((n) => n.from === position);
    if (span) {
      position = span.to;
      continue;
    }
    const word = words[position++]!;
    if (roleOfWord(word, processTerm(word), position, named) === "content") return undefined;
  }
  return person;
}

/** Copies of the entity table's citations: an answer is frozen (buildEngine.ts's answer cache), the table is not. */
function ownCitations(citations: readonly Citation[]): Citation[] {
  return citations.map(({ article, paragraph }) => ({ article, paragraph }));
}

/** The person, each role the text gives them with the sentence that says it, and where else they appear. */
export function profileAnswers(person: Entity, context: AnswerContext, limit: number): Answer[] {
  const { analysis } = context;
  const answers: Answer[] = [];
  const seenRoles = new Set<string>();
  const sentencesWithPerson = person.mentions
    .slice(0, PROFILE_PARAGRAPHS)
    .flatMap((c) => analysis.sentencesOf(paragraphIndexOf(analysis, c.article, c.paragraph)))
    .filter((s) => s.mentions.some((m) => m.entity === person.id));
  const withRole = sentencesWithPerson.flatMap((s) =>
    s.mentions
      .filter((m) => m.entity === person.id && m.role)
      .map((m) => ({ sentence: s, role: m.role! })),
  );
  // The fullest role the sources give often comes first: a role counts every mention it restates.
  // Each role's weight is worked out once, before sorting (in the comparator it cost a famous name's /who
  // (roles²·log roles) folds, most of the time of a new question).
  const folded = withRole.map((r) => foldText(r.role));
  const ranked = withRole.map((r, i) => ({
    ...r,
    key: folded[i]!,
    weight:
      folded.filter((other) => folded[i]!.includes(other)).length + r.role.split(/\s+/).length,
  }));
  ranked.sort((a, b) => b.weight - a.weight || b.role.length - a.role.length);
  for (const { sentence, role, key } of ranked) {
    if (seenRoles.has(key)) continue;
    seenRoles.add(key);
    const others = person.mentions.filter(
      (c) => !(c.article === sentence.article && c.paragraph === sentence.paragraph),
    );
    answers.push({
      answer: person.name,
      evidence: sentence.text,
      citations: ownCitations([
        { article: sentence.article, paragraph: sentence.paragraph },
        ...others.slice(0, 4),
      ]),
      score: Math.round((1 - answers.length * 0.05) * 1000) / 1000,
      role,
      variants: person.variants.filter((v) => v !== person.name),
    });
    if (answers.length >= limit) break;
  }
  if (answers.length === 0) {
    const first = sentencesWithPerson[0];
    if (first) {
      answers.push({
        answer: person.name,
        evidence: first.text,
        citations: ownCitations(person.mentions.slice(0, 5)),
        score: 0.8,
        variants: person.variants.filter((v) => v !== person.name),
      });
    }
  }
  return answers;
}
