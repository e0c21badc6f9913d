import type { SentenceInfo } from "../analysis/types.js";
import type { EntityTable, PlacedMention } from "../entities/buildEntityTable.js";
import { foldText } from "../text/foldText.js";
import { QUOTE_WEIGHTS } from "./quoteWeights.js";
import { isInvertibleSpeechVerb } from "./readSpeechClause.js";

/** A sentence already read in the story, with a test for names inside its paragraph's quotations. */
export interface StorySentence {
  sentence: SentenceInfo;
  /** Paragraph text, for reading the words before a name. */
  text: string;
  readonly quoted: (mention: PlacedMention) => boolean;
}

/** What the pronoun or description asks of its antecedent. */
export interface AntecedentWant {
  /** From the pronoun: he → male, she → female. People with no gender cue are compatible with both. */
  gender?: "male" | "female";
  /** From a description ("the President"): a person whose role has this word is preferred. */
  head?: string;
  /** From "it": an organisation ("The IAAF said … It added that"), never a person. */
  body?: boolean;
}

const PREPOSITIONS = new Set(
  "in at of to for with by from on about against over after before than like including under into onto among between behind beside near toward towards via without within upon through across around beyond".split(
    " ",
  ),
);

/** The lower-case word before a name and its titles ("called on Iranian President Mohammed Khatami" → "on"), or "" at a clause start. */
function wordBefore(text: string, start: number): string {
  const words = text
    .slice(Math.max(0, start - 80), start)
    .split(/[\s]+/)
    .filter(Boolean);
  while (
    words.length > 0 &&
    /^[\p{Lu}\d]/u.test(words[words.length - 1]!) &&
    !/[,;:.]$/.test(words[words.length - 1]!)
  )
    words.pop();
  const word = words[words.length - 1] ?? "";
  return /[,;:.]$/.test(word) ? "" : foldText(word);
}

// A passive verb then "by" right before a name: "was explained by", "had been praised by", "is run by".
const PASSIVE_BY =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght|un|ung|id|ade)\s+by\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

const CONJUNCTIONS = new Set([
  "",
  "and",
  "but",
  "while",
  "as",
  "when",
  "because",
  "although",
  "though",
  "so",
  "then",
  "yet",
]);
const NOT_VERBS = new Set(
  "a an the his her their its this that these those and or but nor who whom whose which of".split(
    " ",
  ),
);

/** The word that follows a name, past an apposition ("Stirling Moss, 31, all but smothered" → "all"). */
function wordAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 120).replace(/^,[^,.;:"“”]{1,60},/, "");
  return /^,?\s+([\p{Ll}][\p{L}'’-]*)/u.exec(rest)?.[1] ?? "";
}

/**
 * How surely a person is named as the subject of a clause: 2 when it speaks, opens a clause before its verb
 * ("Noel Dempsey, the minister, said") or follows a speech verb at the end of a clause ("said Ferdinand."),
 * 1 when a verb follows it inside a clause ("said Mr Ahern had been") or it opens the sentence, 0 when it is an
 * object, a possessive, quoted, or after a preposition ("called on President Khatami").
 */
function subjectRank(
  item: StorySentence,
  mention: PlacedMention,
  kind: "person" | "org" = "person",
): number {
  if (mention.kind !== kind || !mention.entity || mention.possessive || item.quoted(mention))
    return 0;
  // "(Meyer sent him to Reading.)": a name in an aside does not change who the story is following.
  const opening = item.text.slice(item.sentence.start, mention.start);
  if (opening.lastIndexOf("(") > opening.lastIndexOf(")")) return 0;
  // A title before the name belongs to it: "The late Secretary of State John Foster Dulles considered".
  const roleAt = mention.role ? item.text.lastIndexOf(mention.role, mention.start) : -1;
  const start =
    roleAt >= 0 && mention.start - (roleAt + mention.role!.length) <= 2 ? roleAt : mention.start;
  const before = wordBefore(item.text, start);
  // "was explained by Thurman Arnold": the agent of a passive is its clause's logical subject, the one a following "He wrote" means.
  if (before === "by" && PASSIVE_BY.test(item.text.slice(Math.max(0, start - 60), start))) return 2;
  if (PREPOSITIONS.has(before)) return 0;
  const after = foldText(wordAfter(item.text, mention.end));
  const verbAfter = after !== "" && !NOT_VERBS.has(after) && !PREPOSITIONS.has(after);
  if (
    mention.speaks ||
    (CONJUNCTIONS.has(before) && verbAfter) ||
    (isInvertibleSpeechVerb(before) && !verbAfter)
  )
    return 2;
  return verbAfter || before === "" ? 1 : 0;
}

/**
 * The person a pronoun or a definite description stands for: the nearest
 * earlier person named as a subject in `window` (the story's recent sentences,
 * earliest first) or in `current` before offset `before`, compatible with the
 * gender the pronoun asks for. A description first looks for a person whose
 * role has its head word ("the President" → "President Eisenhower").
 */
export function findAntecedent(
  window: readonly StorySentence[],
  current: StorySentence | undefined,
  before: number,
  want: AntecedentWant,
  table: Pick<EntityTable, "byId">,
  genders: ReadonlyMap<string, "male" | "female">,
): PlacedMention | undefined {
  const items = current ? [...window, current] : [...window];
  const compatible = (m: PlacedMention) =>
    !want.gender || !genders.has(m.entity!) || genders.get(m.entity!) === want.gender;
  const candidates: PlacedMention[] = [];
  // Gender is a preference near the pronoun: in the nearest sentences that name someone, a compatible person wins.
  const near: PlacedMention[] = [];
  let sentencesWithSubjects = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const limit = item === current ? before : Infinity;
    const ranked = item.sentence.mentions
      .filter((m) => m.end <= limit)
      .map((m) => ({ m, rank: subjectRank(item, m, want.body ? "org" : "person") }));
    // Within one sentence the subject of the main clause comes first, then the nearest subject of a clause inside it.
    const subjects = [2, 1].flatMap((rank) =>
      ranked
        .filter((r) => r.rank === rank)
        .map((r) => r.m)
        .reverse(),
    );
    candidates.push(...subjects);
    if (subjects.length > 0 && sentencesWithSubjects++ < QUOTE_WEIGHTS.genderSentences)
      near.push(...subjects);
  }
  const preferred = near.find(compatible);
  if (preferred && !want.head) return preferred;
  if (want.head) {
    const head = want.head;
    const titled = candidates.filter(compatible).find((m) => {
      const roles = [m.role ?? "", ...(table.byId.get(m.entity!)?.roles ?? [])];
      return roles.some((role) =>
        foldText(role)
          .split(/[^a-z]+/)
          .includes(head),
      );
    });
    if (titled) return titled;
  }
  return candidates[0];
}

const PRONOUN_FAMILY = {
  male: /\b(?:he|him|his|himself)\b/i,
  female: /\b(?:she|her|hers|herself)\b/i,
} as const;

/**
 * A "she" or "he" that nothing in the usual window resolves: feature copy names its subject once ("Miss Garson")
 * and keeps to the pronoun for paragraphs ("She likes…", "…her favorite designer"). Follow that chain back,
 * through `paragraphs` (the story's paragraphs up to the pronoun's own, earliest first, at most `QUOTE_WEIGHTS.pronounChainParagraphs`),
 * to the nearest subject whose honorific or role gives the wanted gender, provided every paragraph after it
 * uses the pronoun and names no other subject of that gender.
 */
export function findChainAntecedent(
  paragraphs: readonly (readonly StorySentence[])[],
  gender: "male" | "female",
  genders: ReadonlyMap<string, "male" | "female">,
): PlacedMention | undefined {
  const recent = paragraphs.slice(-QUOTE_WEIGHTS.pronounChainParagraphs);
  for (let p = recent.length - 1; p >= 0; p--) {
    const items = recent[p]!;
    const subjects = items.flatMap((item) =>
      item.sentence.mentions.filter(
        (m) => subjectRank(item, m) > 0 && genders.get(m.entity!) === gender,
      ),
    );
    if (subjects.length > 0) return subjects[subjects.length - 1];
    const text = items
      .map((item) => item.text.slice(item.sentence.start, item.sentence.end))
      .join(" ");
    // The last paragraph is the pronoun's own: the chain runs through the ones before it.
    if (p < recent.length - 1 && !PRONOUN_FAMILY[gender].test(text)) return undefined;
  }
  return undefined;
}

const FEMALE = /\b(?:mrs|ms|miss|lady|dame|madam|madame|queen|princess)\.?\s*$/;
const MALE = /\b(?:mr|sir|lord|king|prince)\.?\s*$/;
const FEMALE_ROLE =
  /\b(?:actress|wife|mother|daughter|sister|widow|queen|princess|chairwoman|spokeswoman|businesswoman|congresswoman|sportswoman)\b/;
const MALE_ROLE =
  /\b(?:husband|father|son|brother|widower|king|prince|spokesman|businessman|congressman|sportsman)\b/;

/** Gender cues of the people of one article, from honorifics before their names (Mr, Mrs, Ms) and gendered role nouns. */
export function readGenderCues(
  items: readonly StorySentence[],
  table: Pick<EntityTable, "byId">,
): Map<string, "male" | "female"> {
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (id: string, gender: "male" | "female") => {
    const entry = votes.get(id) ?? { male: 0, female: 0 };
    entry[gender]++;
    votes.set(id, entry);
  };
  const people = new Set<string>();
  for (const item of items) {
    for (const mention of item.sentence.mentions) {
      if (mention.kind !== "person" || !mention.entity) continue;
      people.add(mention.entity);
      // The honorific may stand before the name or open it ("Miss Garson" as one mention).
      const before = foldText(item.text.slice(Math.max(0, mention.start - 12), mention.start));
      const opening = foldText(
        mention.text.split(/\s+/).length > 1 ? (mention.text.split(/\s+/)[0] ?? "") : "",
      );
      if (FEMALE.test(opening)) vote(mention.entity, "female");
      else if (MALE.test(opening)) vote(mention.entity, "male");
      if (FEMALE.test(before)) vote(mention.entity, "female");
      else if (MALE.test(before)) vote(mention.entity, "male");
      const role = foldText(mention.role ?? "");
      if (FEMALE_ROLE.test(role)) vote(mention.entity, "female");
      else if (MALE_ROLE.test(role)) vote(mention.entity, "male");
    }
  }
  for (const id of people) {
    const entity = table.byId.get(id);
    for (const role of entity?.roles ?? []) {
      if (FEMALE_ROLE.test(foldText(role))) vote(id, "female");
      else if (MALE_ROLE.test(foldText(role))) vote(id, "male");
    }
  }
  const cues = new Map<string, "male" | "female">();
  // Only a unanimous cue counts: a name shared by a couple ("Mr. and Mrs. Kennedy") gives none.
  for (const [id, { male, female }] of votes)
    if ((male === 0) !== (female === 0)) cues.set(id, male > 0 ? "male" : "female");
  return cues;
}
