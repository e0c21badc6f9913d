/** A console question's text and options. */
export interface QuestionOptions {
  query: string;
  /** `private: True` was given: the answer reads as a private one does in Discord. */
  ephemeral: boolean;
}

const PRIVATE = /(?:^|\s)private:\s*(true|false|yes|no)(?=\s|$)/i;
const QUERY = /^query:\s*/i;

/**
 * Read Discord-style options off a console question: `private: True` (or `private:true`, any case) anywhere
 * on the line, and an optional leading `query:`. What is left is the query. Pure.
 */
export function readQuestionOptions(text: string): QuestionOptions {
  const match = PRIVATE.exec(text);
  const ephemeral = match ? /^(true|yes)$/i.test(match[1]!) : false;
  const rest = match
    ? `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    : text;
  return { query: rest.replace(/\s+/g, " ").trim().replace(QUERY, "").trim(), ephemeral };
}
