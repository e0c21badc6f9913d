import { isQuestionCommand } from "../engine/questionCommands.js";
import type { QuestionCommand } from "../engine/types.js";
import { LIMITS } from "./render/limits.js";

/** A "More answers" / "Previous" button: which question, which page, and who may press it. */
export interface PageButton {
  kind: "page";
  command: QuestionCommand;
  /** 0-based page (answer index) to show. */
  page: number;
  /** The asker; only they may page. */
  userId: string;
  /** The query, when it fits in the custom id; otherwise read it back from the message. */
  query?: string;
}

/** The "Publish & pin" button of a summary preview. */
export interface PublishButton {
  kind: "publish";
  /** The topic (may be empty: the whole corpus), when it fits; otherwise read it back from the preview. */
  topic?: string;
}

/** What a button's custom id carries. The bot keeps no per-message state. */
export type ButtonAction = PageButton | PublishButton;

const INLINE = "=";
const ELSEWHERE = "^";

function withText(prefix: string, text: string | undefined): string {
  const inline = `${prefix}${INLINE}${text ?? ""}`;
  return text !== undefined && inline.length <= LIMITS.customId ? inline : `${prefix}${ELSEWHERE}`;
}

/** Encode a button action in at most 100 characters; long text is left out (marked) rather than cut. */
export function encodeCustomId(action: ButtonAction): string {
  if (action.kind === "page") {
    return withText(`p|${action.command}|${action.page}|${action.userId}|`, action.query);
  }
  return withText("s|", action.topic);
}

/** Decode a custom id made by {@link encodeCustomId}; anything else is undefined. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const readText = (rest: string): string | undefined | null =>
    rest.startsWith(INLINE) ? rest.slice(1) : rest === ELSEWHERE ? undefined : null;
  if (customId.startsWith("s|")) {
    const topic = readText(customId.slice(2));
    if (topic === null) return undefined;
    return topic === undefined ? { kind: "publish" } : { kind: "publish", topic };
  }
  const match = /^p\|([a-z]+)\|(\d{1,2})\|(\d{1,20})\|([\s\S]*)$/.exec(customId);
  const command = match?.[1];
  if (!match || command === undefined || !isQuestionCommand(command)) return undefined;
  const query = readText(match[4]!);
  if (query === null) return undefined;
  const action: PageButton = { kind: "page", command, page: Number(match[2]), userId: match[3]! };
  if (query !== undefined) action.query = query;
  return action;
}
