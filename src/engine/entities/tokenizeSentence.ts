import { foldText } from "../text/foldText.js";

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

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

/** Split text into word and punctuation tokens with offsets relative to `offset`. */
export function tokenizeSentence(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const word = /[\p{L}\p{N}]/u.test(raw);
    tokens.push({
      text: raw,
      start: offset + match.index,
      end: offset + match.index + raw.length,
      word,
      capital: word && /^\p{Lu}/u.test(raw),
      possessive: word && /(?:['’]s|s['’])$/i.test(raw) && raw.length > 2,
      base: undefined,
      folded: undefined,
    });
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
