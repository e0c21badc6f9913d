import { isEnglishWord } from "../text/isEnglishWord.js";
import { foldText } from "../text/foldText.js";
import { IRREGULAR_VERBS } from "../text/irregularVerbs.js";
import { findKnownPlace, isDemonym } from "./gazetteer.js";
import { firstNameGender } from "./firstNames.js";
import { findGazetteerPlace } from "./gazetteer.js";
import {
  ABBREVIATED_TITLES,
  FUNCTION_WORDS,
  HONORIFICS,
  MONTHS,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  TITLE_WORDS,
  WEEKDAYS,
  COMPASS_WORDS,
} from "./lexicon.js";
import { isCommonEnglishWord } from "./commonWords.js";
import { startsWithPlace } from "./startsWithPlace.js";
import { TYPE_WEIGHTS } from "./weights.js";
import {
  collectTypeVotes,
  isCommonWord,
  tallyVotes,
  type SpanContext,
  type TypeVote,
  type Vocabulary,
} from "./typeRules.js";
import { baseOf, foldToken, tokenizeSentence, type Token } from "./tokenizeSentence.js";

/** How specific a place is; more specific places answer "where" better. */
export type PlaceSpecificity = "venue" | "city" | "region" | "country" | "unknown";

/** A name found in one sentence. Offsets are into the paragraph text. */
export interface Mention {
  /**
   * "title": a bare title used as a name ("the Crown Prince"), resolved to the one person who holds it.
   * "other": a capitalised span that names nobody (a common word, a description, an event); the entity
   * table may retype it from the rest of its article, and analysed sentences never carry it.
   */
  kind: "person" | "place" | "org" | "candidate" | "title" | "other";
  /** The name as written, without titles or possessive ending. */
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  /** The role the text gives the person here, verbatim, when it gives one. */
  role?: string;
  /** A title or role stood right before the name. */
  titled: boolean;
  /** For places. */
  specificity?: PlaceSpecificity;
  /** For cities in the gazetteer. */
  country?: string;
  /** A verb of speaking follows the name ("Witkoff said"). */
  speaks: boolean;
  /** A locative preposition precedes the name ("in Jeddah"). */
  located: boolean;
  /** A verb follows the name: the place stands for its government ("Moscow held", "Kyiv insists"). */
  acts?: boolean;
  /** The entity-type votes behind `kind` (rule id, kind, weight), for --explain. */
  votes?: TypeVote[];
  /** The honorific before the name, folded ("mr", "mrs", "lord"), when there is one: a gender cue for pronouns. */
  honorific?: string;
  /** The coreference row (COREF_RULES id) that linked this mention to its person, when one did. */
  linkedBy?: string;
}

const fold = foldToken;
const NAME_ADJECTIVES = new Set(["new", "old"]);
const PREPOSITIONS = new Set([
  "to",
  "for",
  "of",
  "with",
  "by",
  "about",
  "from",
  "on",
  "at",
  "in",
  "against",
  "than",
  "and",
  "or",
]);
const LOCATIVE = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "outside",
  "inside",
  "across",
  "into",
  "toward",
  "towards",
  "via",
]);
// "the city of Recife", "his hometown of Recife": "of" after a place noun introduces a place.
const PLACE_NOUNS = new Set([
  "city",
  "town",
  "village",
  "hometown",
  "capital",
  "region",
  "province",
  "state",
  "port",
  "district",
  "county",
  "island",
  "suburb",
  "area",
  "municipality",
  "oblast",
  "constituency",
  "borough",
  "parish",
  "neighbourhood",
  "neighborhood",
]);

/** A locative word right before token `index`: "in Jeddah", "near Columbus", "the city of Recife". */
const AT_PLACE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "into",
  "across",
  "around",
  "throughout",
]);

function isLocated(tokens: Token[], index: number): boolean {
  // A house number sits between the preposition and the street: "outside 10 Downing Street".
  if (/^\d+$/.test(tokens[index - 1]?.text ?? "")) index--;
  // "outside the Old Trafford ground", "at the White House": the article between the preposition and the name.
  // Not after "to" or "from": "to the Spanish-born master" is a person.
  if (fold(tokens[index - 1]) === "the" && AT_PLACE.has(fold(tokens[index - 2]))) return true;
  const before = fold(tokens[index - 1]);
  if (LOCATIVE.has(before)) return true;
  return before === "of" && PLACE_NOUNS.has(fold(tokens[index - 2]));
}

/** Can this token open a name? Weekdays never do; a month does only inside a longer name ("Jan Novak", "Theresa May"). */
function isNameWord(token: Token, alone: boolean): boolean {
  return token.capital && !WEEKDAYS.has(fold(token)) && !(alone && MONTHS.has(fold(token)));
}

/** Maximal runs of capitalised words, joined by name particles and "of". A possessive word ends its run. */
function findRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capital) {
      i++;
      continue;
    }
    let j = i;
    while (!tokens[j]!.possessive) {
      const next = tokens[j + 1];
      // "in Vienna June 3", "to Rome Tuesday": a weekday, or a month before a day number, starts a date, not more name.
      const dateWord =
        next !== undefined &&
        (WEEKDAYS.has(fold(next)) ||
          (MONTHS.has(fold(next)) && /^\d/.test(tokens[j + 2]?.text ?? "")));
      if (next?.capital && next.start === tokens[j]!.end + 1 && !dateWord) {
        j++;
        continue;
      }
      // A middle initial ("John F. Kennedy") or an abbreviated title ("Gov. Price Daniel", "Atty. Gen. Wilson").
      const afterDot = tokens[j + 2];
      if (
        next?.text === "." &&
        ABBREVIATED_TITLES.has(fold(tokens[j])) &&
        next.start === tokens[j]!.end &&
        afterDot?.capital &&
        afterDot.start === next.end + 1
      ) {
        j += 2;
        continue;
      }
      if (
        next?.text === "." &&
        /^\p{Lu}$/u.test(tokens[j]!.text) &&
        next.start === tokens[j]!.end &&
        afterDot?.capital &&
        afterDot.start === next.end + 1 &&
        j > i
      ) {
        j += 2;
        continue;
      }
      // "Mohammed bin Salman", "Ursula von der Leyen", "Secretary of State": particles between capitalised words.
      let k = j + 1;
      while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text) && k - j <= 3) k++;
      if (k > j + 1 && tokens[k]?.capital) {
        j = k;
        continue;
      }
      const after = tokens[j + 2];
      // "Rob Ledford of Gainesville" is a person from a place, two names; "Bank of England" is one.
      const personOfTown =
        after !== undefined &&
        findGazetteerPlace(baseOf(after)) !== undefined &&
        tokens.slice(i, j + 1).some((t) => t.word && !TITLE_WORDS.has(fold(t))) &&
        tokens
          .slice(i, j + 1)
          .every(
            (t) =>
              !t.word ||
              (TITLE_WORDS.has(fold(t)) && !FUNCTION_WORDS.has(fold(t))) ||
              (!isCommonEnglishWord(fold(t)) &&
                !PLACE_PREFIXES.has(fold(t)) &&
                !ORG_SUFFIXES.has(fold(t)) &&
                !PLACE_SUFFIXES.has(fold(t))),
          );
      if (next?.text === "of" && after?.capital && !personOfTown) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

function joinText(text: string, tokens: Token[], from: number, to: number, offset: number): string {
  const first = tokens[from]!;
  const last = tokens[to]!;
  const raw = text.slice(first.start - offset, last.end - offset);
  return last.possessive ? raw.replace(/['’]s$|['’]$/i, "") : raw;
}

function isTitleToken(token: Token): boolean {
  const folded = fold(token);
  if (TITLE_WORDS.has(folded)) return true;
  if (isDemonym(folded)) return true;
  if (/^(?:US|USA|UK|EU|UN)$/.test(token.text.replace(/\./g, ""))) return true;
  const place = findKnownPlace(baseOf(token));
  return place?.kind === "country" && !token.possessive;
}

/** The role phrase ending right before token `index`, read backwards, or undefined. */
function roleBefore(
  text: string,
  tokens: Token[],
  index: number,
  offset: number,
): string | undefined {
  let j = index - 1;
  // A preposition right before the name makes it an object ("envoy to Putin"), not a role holder.
  if (PREPOSITIONS.has(fold(tokens[j]))) return undefined;
  if (tokens[j]?.text === ",") {
    const apposed = roleApposedBefore(text, tokens, j, offset);
    if (apposed) return apposed;
    j--;
  }
  // "the Speaker's Room": what follows a possessive role belongs to its holder; it is not the holder's name.
  if (tokens[j]?.possessive && j === index - 1) return undefined;
  const end = j;
  let first = -1;
  let steps = 0;
  while (j >= 0 && steps < 10) {
    const token = tokens[j]!;
    const folded = fold(token);
    if (!token.word) break;
    const accept =
      ROLE_HEADS.has(folded) ||
      ROLE_MODIFIERS.has(folded) ||
      (token.capital && (token.possessive || !FUNCTION_WORDS.has(folded)));
    if (!accept) break;
    first = j;
    j--;
    steps++;
  }
  if (first < 0) return undefined;
  while (first <= end && ["of", "the", "for", "to", "and"].includes(fold(tokens[first]))) first++;
  if (first > end) return undefined;
  let hasHead = false;
  for (let k = first; k <= end; k++) if (ROLE_HEADS.has(fold(tokens[k]))) hasHead = true;
  // A role ends in a role word ("envoy", "Middle East"), never in another person's name.
  const lastWord = fold(tokens[end]);
  if (
    !hasHead ||
    !(
      ROLE_HEADS.has(lastWord) ||
      ROLE_MODIFIERS.has(lastWord) ||
      findKnownPlace(baseOf(tokens[end]!))
    )
  )
    return undefined;
  return text.slice(tokens[first]!.start - offset, tokens[end]!.end - offset);
}

/** Words that open a noun phrase before a role in apposition: "the head of that tribunal, Kostas Panagopoulos". */
const ROLE_DETERMINERS = new Set(["the", "its", "his", "her", "their", "our"]);

/**
 * The role in apposition before a name, ending at the comma at `comma`: "The head of that tribunal, Kostas
 * Panagopoulos," or "the club's chief executive, David Gill," read back to its determiner. A role head opens it (after
 * any modifiers); what follows the head is its complement ("of that tribunal"), words only; or undefined.
 */
function roleApposedBefore(
  text: string,
  tokens: Token[],
  comma: number,
  offset: number,
): string | undefined {
  for (let j = comma - 1; j >= 0 && comma - j <= 9; j--) {
    const token = tokens[j]!;
    if (!token.word) return undefined;
    const folded = fold(token);
    if (!ROLE_DETERMINERS.has(folded) && !token.possessive) continue;
    // The phrase after the determiner: modifiers, then a head, then its complement.
    let k = j + 1;
    while (k < comma && ROLE_MODIFIERS.has(fold(tokens[k])) && !ROLE_HEADS.has(fold(tokens[k])))
      k++;
    if (k >= comma || !ROLE_HEADS.has(fold(tokens[k]))) return undefined;
    const complement = tokens.slice(k + 1, comma);
    if (
      complement.length > 0 &&
      fold(complement[0]) !== "of" &&
      !ROLE_HEADS.has(fold(complement[0]))
    )
      return undefined;
    if (complement.some((t) => !t.word || SPEECH_VERBS.has(fold(t)) || AUXILIARIES.has(fold(t))))
      return undefined;
    const first = token.possessive ? j : j + 1;
    return text.slice(tokens[first]!.start - offset, tokens[comma - 1]!.end - offset);
  }
  return undefined;
}

/** The appositive role after a name: ", the Ukrainian defence minister," or undefined. */
function roleAfter(
  text: string,
  tokens: Token[],
  index: number,
  offset: number,
): string | undefined {
  if (tokens[index + 1]?.text !== ",") return undefined;
  let j = index + 2;
  if (["the", "a", "an", "his", "her", "its", "their"].includes(fold(tokens[j]))) j++;
  const first = j;
  let last = -1;
  let hasHead = false;
  while (j < tokens.length && j - first < 14) {
    const token = tokens[j]!;
    const folded = fold(token);
    if (!token.word && token.text !== "-") break;
    if (folded === "who" || folded === "which" || folded === "that") break;
    if (folded === "and" && tokens[j + 1]?.capital) break;
    if (SPEECH_VERBS.has(folded) && !hasHead) return undefined;
    if (ROLE_HEADS.has(folded)) hasHead = true;
    // "the government's communications minister", "the club's chairman": an owner may qualify the role.
    else if (
      !hasHead &&
      !ROLE_MODIFIERS.has(folded) &&
      !token.capital &&
      !token.possessive &&
      !/-/.test(folded)
    )
      return undefined;
    last = j;
    j++;
  }
  if (!hasHead || last < first) return undefined;
  return text.slice(tokens[first]!.start - offset, tokens[last]!.end - offset);
}

const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "does",
  "did",
]);

function actsAfter(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next?.word || next.capital) return false;
  const word = fold(next);
  return (
    AUXILIARIES.has(word) ||
    SPEECH_VERBS.has(word) ||
    IRREGULAR_VERBS.has(word) ||
    (/(?:ed|es)$/.test(word) && !PREPOSITIONS.has(word) && word.length > 3)
  );
}

function speaksAfter(tokens: Token[], index: number): boolean {
  const next = fold(tokens[index + 1]);
  if (SPEECH_VERBS.has(next)) return true;
  // "Witkoff also claimed", "Zelenskiy has said"
  return (
    ["also", "has", "had", "have", "later", "then", "earlier"].includes(next) &&
    SPEECH_VERBS.has(fold(tokens[index + 2]))
  );
}

/** The folded words of tokens [from, to], punctuation left out. */
function foldedWords(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k <= to; k++) if (tokens[k]!.word) words.push(fold(tokens[k]));
  return words;
}

/** A title word among tokens [from, to) that names an office ("Gov.", "President"), not a modifier alone ("National", "Former"). */
function namesOffice(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = fold(tokens[k]);
    if (TITLE_WORDS.has(word) && !FUNCTION_WORDS.has(word) && !ROLE_MODIFIERS.has(word))
      return true;
  }
  return false;
}

/** The honorific among tokens [from, to), folded, if any ("Mr", "Lord", "Mrs."). */
function honorificIn(tokens: Token[], from: number, to: number): string | undefined {
  for (let k = to - 1; k >= from; k--) {
    const folded = fold(tokens[k]);
    if (HONORIFICS.has(folded)) return folded;
  }
  return undefined;
}

/**
 * A common word glued before a name by capitalisation: a plural noun or a role
 * ("Sprinters Kostas Kenteris", "Students Holmes"), or any common word before a
 * first name ("Democratic Hubert Humphrey", "Said Maris" at a sentence start).
 * Peeled off the name; place and organisation names keep their words.
 */
function peelsDescription(
  tokens: Token[],
  nameFrom: number,
  to: number,
  vocabulary: Vocabulary | undefined,
): boolean {
  if (nameFrom >= to || !vocabulary) return false;
  const word = fold(tokens[nameFrom]);
  // "Said Maris": a verb of speaking opening a sentence is never part of a name, even when it is also a first name.
  if (SPEECH_VERBS.has(word) && nameFrom === 0) return true;
  if (
    firstNameGender(word) !== undefined ||
    findKnownPlace(word) ||
    FUNCTION_WORDS.has(word) ||
    NAME_PARTICLES.has(tokens[nameFrom]!.text) ||
    COMPASS_WORDS.has(word)
  )
    return false;
  if (startsWithPlace(tokens, nameFrom, to)) return false;
  const lastWord = fold(tokens[to]);
  if (ORG_SUFFIXES.has(lastWord) || PLACE_SUFFIXES.has(lastWord) || PLACE_PREFIXES.has(word))
    return false;
  const next = fold(tokens[nameFrom + 1]);
  const nextIsFirstName = firstNameGender(next) !== undefined;
  const plural = word.length > 3 && word.endsWith("s") && isCommonWord(word, vocabulary);
  // An agent noun ("Geneticist George Beadle", "Actor-Crooner Frank Sinatra", "Valedictorian Holmes") describes the person.
  // The suffix alone is not enough: "Pieter", "Javier" end the same way and are names, so the word must be English.
  const agent = word
    .split("-")
    .some(
      (part) =>
        ROLE_HEADS.has(part) ||
        (/(?:ist|ian|er|or)$/.test(part) && part.length > 5 && isEnglishWord(part)),
    );
  if (plural || agent) return nextIsFirstName || !isCommonWord(next, vocabulary);
  // Any other common word only before a first name, or at a sentence start before a lone word that is no common word ("Through Ladgham").
  if (!isCommonWord(word, vocabulary)) return false;
  const opensSentence = nameFrom === 0 || /^["“‘']$/.test(tokens[nameFrom - 1]?.text ?? "");
  return (
    nextIsFirstName || (opensSentence && nameFrom + 1 === to && !isCommonWord(next, vocabulary))
  );
}

/** The specificity of a place span, from the gazetteers or its place word. */
function placeSpecificity(
  text: string,
  lastFolded: string,
  venue: boolean,
): { specificity: PlaceSpecificity; country?: string } {
  if (venue) return { specificity: "venue" };
  const known = findKnownPlace(text);
  if (known)
    return known.country && known.kind === "city"
      ? { specificity: known.kind, country: known.country }
      : { specificity: known.kind };
  const suffix = PLACE_SUFFIXES.get(lastFolded);
  if (suffix) return { specificity: suffix };
  const listed = findGazetteerPlace(text);
  if (listed)
    return listed.country && listed.kind === "city"
      ? { specificity: "city", country: listed.country }
      : { specificity: listed.kind };
  return { specificity: "unknown" };
}

/**
 * Find the names in one sentence: people (with the role the text gives
 * them), places (with how specific they are) and organisations, each typed
 * by the votes of the entity-type table (typeRules.ts) and carrying them.
 * Single capitalised words that may be surnames come back as "candidate";
 * the entity table resolves them against full names found elsewhere. Spans
 * the votes say name nobody come back as "other" (the entity table may still
 * retype them from the rest of the article). `vocabulary` tells common words
 * from names; without it no lower-case evidence is used.
 */
export function extractMentions(
  paragraphText: string,
  sentenceStart: number,
  sentenceEnd: number,
  vocabulary?: Vocabulary,
): Mention[] {
  const sentence = paragraphText.slice(sentenceStart, sentenceEnd);
  const tokens = tokenizeSentence(sentence, sentenceStart);
  const mentions: Mention[] = [];
  for (const [runStart, runEnd] of findRuns(tokens)) {
    let from = runStart;
    const to = runEnd;
    // Function words and honorifics that open the run are not part of the name ("The", "Mrs."); an honorific still counts as a vote.
    // "Old Trafford", "New Labour": inside a sentence an adjective-like word that opens a capitalised run is part of the name.
    const keepsAdjective = (k: number) =>
      NAME_ADJECTIVES.has(fold(tokens[k])) &&
      k > 0 &&
      k < to &&
      !/^["“‘']$/.test(tokens[k - 1]?.text ?? "");
    while (
      from <= to &&
      !keepsAdjective(from) &&
      (FUNCTION_WORDS.has(fold(tokens[from])) || (tokens[from]!.text === "." && from > runStart)) &&
      !findKnownPlace(joinText(paragraphText, tokens, from, to, 0)) &&
      !(
        from < to &&
        tokens[from]!.capital &&
        startsWithPlace(tokens, from, to) &&
        findGazetteerPlace(`${baseOf(tokens[from]!)} ${baseOf(tokens[from + 1]!)}`)
      )
    )
      from++;
    if (from > to) continue;
    const last = tokens[to]!;
    const possessive = last.possessive;
    const whole = joinText(paragraphText, tokens, from, to, 0);
    const base = {
      start: tokens[from]!.start,
      end: possessive ? tokens[from]!.start + whole.length : last.end,
      possessive,
      titled: false,
      speaks: speaksAfter(tokens, to),
      acts: actsAfter(tokens, to),
      located: isLocated(tokens, from),
    };
    // A whole run the curated gazetteer knows ("United Arab Emirates", "Saudi Arabia") is read before any title is peeled.
    let nameFrom = from;
    if (!findKnownPlace(whole)) {
      // Peel titles off the front: "Saudi Foreign Minister Prince Faisal bin Farhan", "Gov. Price Daniel".
      for (;;) {
        const before = nameFrom;
        while (
          nameFrom < to &&
          (isTitleToken(tokens[nameFrom]!) || (tokens[nameFrom]!.text === "." && nameFrom > from))
        )
          nameFrom++;
        // A place name inside the title ("envoy for the Middle East Steve Witkoff").
        for (let k = to - 1; k > nameFrom; k--) {
          if (findKnownPlace(joinText(paragraphText, tokens, nameFrom, k, 0))) {
            nameFrom = k + 1;
            break;
          }
        }
        if (nameFrom === before) break;
      }
      // Anything before the last title word belongs to the title: "Minnesota Governor Tim Walz".
      for (let k = to - 1; k > nameFrom; k--) {
        if (
          TITLE_WORDS.has(fold(tokens[k])) &&
          tokens[k]!.capital &&
          !FUNCTION_WORDS.has(fold(tokens[k]))
        ) {
          nameFrom = k + 1;
          while (nameFrom < to && tokens[nameFrom]!.text === ".") nameFrom++;
          break;
        }
      }
      if (nameFrom === to && isTitleToken(tokens[to]!) && !possessive) {
        // "the Crown Prince": a title standing for its holder.
        if (
          fold(tokens[from - 1]) === "the" &&
          to > from &&
          !tokens.slice(from, to + 1).some((t) => isDemonym(fold(t)) || findKnownPlace(baseOf(t)))
        ) {
          mentions.push({
            ...base,
            kind: "title",
            text: joinText(paragraphText, tokens, from, to, 0),
          });
        }
        continue;
      }
      while (nameFrom < from + 3 && peelsDescription(tokens, nameFrom, to, vocabulary)) nameFrom++;
    }
    if (tokens[nameFrom]!.text === ".") continue;
    if (!isNameWord(tokens[nameFrom]!, nameFrom === to)) continue;
    const name = joinText(paragraphText, tokens, nameFrom, to, 0);
    const nameStart = tokens[nameFrom]!.start;
    const words = to - nameFrom + 1;
    if (words > 5) continue;
    const honorific =
      honorificIn(tokens, runStart, nameFrom) ??
      (HONORIFICS.has(fold(tokens[nameFrom - 1])) ? fold(tokens[nameFrom - 1]) : undefined);
    const roleFront = roleBefore(paragraphText, tokens, nameFrom, 0);
    const titled = nameFrom > from || roleFront !== undefined;
    const roleBehind = possessive ? undefined : roleAfter(paragraphText, tokens, to, 0);
    const located = isLocated(tokens, nameFrom);
    const span: SpanContext = {
      tokens,
      from: nameFrom,
      to,
      text: name,
      words: foldedWords(tokens, nameFrom, to),
      // A title word that names an office ("Gov.", "President"), not a modifier alone ("National", "Former").
      titled: roleFront !== undefined || namesOffice(tokens, from, nameFrom),
      roleAfter: roleBehind !== undefined,
      possessive,
      speaks: base.speaks,
      located,
      vocabulary,
    };
    if (honorific) span.honorific = honorific;
    const votes = collectTypeVotes(span);
    const { kind } = tallyVotes(votes);
    // Written out in `base`'s key order rather than spread from it: spreading is a tenth of reading a sentence's names.
    const mention: Mention = {
      start: nameStart,
      end: nameStart + name.length,
      possessive: base.possessive,
      titled,
      speaks: base.speaks,
      acts: base.acts,
      located,
      kind: "other",
      text: name,
      votes,
    };
    if (honorific) mention.honorific = honorific;
    if (kind === "place") {
      const venue = votes.some((v) => v.rule === "venue-noun");
      const venueNoun = tokens[to + 1];
      if (venue && venueNoun) {
        mention.text = paragraphText.slice(nameStart, venueNoun.end);
        mention.end = venueNoun.end;
      }
      mention.kind = "place";
      Object.assign(mention, placeSpecificity(name, fold(last), venue));
      // An abbreviated state is broader than the town before it; a dateline names a town.
      if (mention.specificity === "unknown" && votes.some((v) => v.rule === "state-abbreviation"))
        mention.specificity = "region";
      else if (mention.specificity === "unknown" && votes.some((v) => v.rule === "dateline"))
        mention.specificity = "city";
    } else if (kind === "org") {
      mention.kind = "org";
    } else if (kind === "person") {
      mention.kind = words >= 2 ? "person" : "candidate";
      const role = roleFront ?? roleBehind;
      if (role) mention.role = role;
      // A lone word with strong evidence of its own (a title, an age, "his sons") is a person even without a full name.
      if (
        mention.kind === "candidate" &&
        (titled || role || honorific || tallyVotes(votes).margin >= TYPE_WEIGHTS.strongLocal) &&
        !located
      )
        mention.kind = "person";
    }
    mentions.push(mention);
  }
  mentions.push(...findLowerCaseTitles(tokens, paragraphText, mentions));
  for (const mention of mentions) readPlaceCompound(mention);
  return demoteNamesInsideRoles(mentions);
}

const PLACE_COMPOUND =
  /^(\p{Lu}[\p{L}.'’]+(?:[ -]\p{Lu}[\p{L}.'’]+)*)-(?:born|based|bred|raised|educated|headquartered)$/u;
const PLACE_COMPOUND_VOTE = Object.freeze({
  rule: "place-compound",
  kind: "place",
  weight: TYPE_WEIGHTS.placeCompound,
} as const);

/** "The Ballymena-born actor", "a London-based firm": the name before "-born" or "-based" is a place, and only it is the mention. */
function readPlaceCompound(mention: Mention): void {
  const match = PLACE_COMPOUND.exec(mention.text);
  // "Spanish-born" gives a nationality, not a place.
  if (!match || isDemonym(foldText(match[1]!))) return;
  mention.text = match[1]!;
  mention.end = mention.start + mention.text.length;
  mention.kind = "place";
  mention.located = true;
  mention.specificity ??= "unknown";
  mention.votes = [...(mention.votes ?? []), PLACE_COMPOUND_VOTE];
}

/**
 * "the chancellor", "the governor", "the president": a lower-case title after
 * "the" standing alone, as a name for its holder; the entity table links it to
 * the one person of the article who holds it, and drops it otherwise.
 */
function findLowerCaseTitles(
  tokens: Token[],
  paragraphText: string,
  found: readonly Mention[],
): Mention[] {
  const titles: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (
      token.capital ||
      !token.word ||
      fold(tokens[i - 1]) !== "the" ||
      !ROLE_HEADS.has(fold(token))
    )
      continue;
    const next = tokens[i + 1];
    // "the governor of Texas", "the president's office", "the chancellor Gordon Brown": not a bare title.
    if (
      token.possessive ||
      next?.capital ||
      fold(next) === "of" ||
      (next?.word && ROLE_HEADS.has(fold(next)))
    )
      continue;
    if (found.some((m) => m.start <= token.start && m.end >= token.end)) continue;
    titles.push({
      kind: "title",
      text: paragraphText.slice(token.start, token.end),
      start: token.start,
      end: token.end,
      possessive: false,
      titled: false,
      speaks: speaksAfter(tokens, i),
      located: false,
    });
  }
  return titles;
}

const INSIDE_ROLE_VOTE = Object.freeze({
  rule: "inside-role",
  kind: "org",
  weight: TYPE_WEIGHTS.insideRole,
} as const);

/** A name inside someone's role ("a former Goldman Sachs banker") is not a person; a possessive one ("Zelenskyj's chief of staff") still is. */
function demoteNamesInsideRoles(mentions: Mention[]): Mention[] {
  const roleSpans: [number, number][] = [];
  for (const mention of mentions) {
    if (!mention.role) continue;
    // The role sits right before or right after the name; find it in the paragraph by position.
    roleSpans.push(
      [mention.start - mention.role.length - 2, mention.start],
      [mention.end, mention.end + mention.role.length + 4],
    );
  }
  for (const mention of mentions) {
    if (mention.kind !== "person" && mention.kind !== "candidate") continue;
    if (mention.possessive || mention.role) continue;
    if (!roleSpans.some(([from, to]) => mention.start >= from && mention.end <= to)) continue;
    mention.kind = "org";
    mention.votes = [...(mention.votes ?? []), INSIDE_ROLE_VOTE];
  }
  return mentions;
}
