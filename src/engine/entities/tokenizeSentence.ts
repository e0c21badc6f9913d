import { classesOf, LETTER_OR_DIGIT, SPACE, UPPER } from "../text/charClasses.js";
import { foldText } from "../text/foldText.js";
import { scanAcronym, scanToken } from "../text/scanWords.js";

/** A token of a sentence: a word or one punctuation mark, with offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with a capital letter (or is a dotted acronym). */
  capital: boolean;
  /** Ends in 's or s' (the possessive form). */
  possessive: boolean;
  /** {@link baseOf} and {@link foldToken}, kept once read: the rules ask for a token's folded word many times. */
  base: string | undefined;
  folded: string | undefined;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (code: number) => code === APOSTROPHE || code === RIGHT_QUOTE;
const isS = (code: number) => code === 0x73 || code === 0x53;

/**
 * Split text into word and punctuation tokens with offsets relative to `offset`: the matches of
 * `/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu`, read by a scan of character
 * codes (scanWords.ts) rather than a regular expression's match objects, most of the cost of a large corpus.
 */
export function tokenizeSentence(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const classes = classesOf(codePoint);
    if (classes & SPACE) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const acronym = scanAcronym(text, i);
    const word = acronym >= 0 || (classes & LETTER_OR_DIGIT) !== 0;
    const end =
      acronym >= 0 ? acronym : word ? scanToken(text, i) : i + (codePoint > 0xffff ? 2 : 1);
    const raw = text.slice(i, end);
    const last = raw.charCodeAt(raw.length - 1);
    const beforeLast = raw.charCodeAt(raw.length - 2);
    tokens.push({
      text: raw,
      start: offset + i,
      end: offset + end,
      word,
      capital: word && (classes & UPPER) !== 0,
      // `(?:['’]s|s['’])$/i`: the possessive ending.
      possessive:
        word &&
        raw.length > 2 &&
        ((isApostrophe(beforeLast) && isS(last)) || (isS(beforeLast) && isApostrophe(last))),
      base: undefined,
      folded: undefined,
    });
    i = end;
  }
  return tokens;
}

/** A token's text without its possessive ending. */
export function baseOf(token: Token): string {
  return (token.base ??= token.possessive
    ? token.text.replace(/['’]s$|['’]$/i, "")
    : token.text.replace(/['’]$/, ""));
}

/** A token's base, folded (foldText); "" for no token. */
export function foldToken(token: Token | undefined): string {
  return token ? (token.folded ??= foldText(baseOf(token))) : "";
}
