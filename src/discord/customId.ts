import { createHash } from "node:crypto";
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
  /**
   * The topic (may be empty: the whole corpus), when the scope fits; when it does not, neither
   * topic nor article is set and the scope is read back from the preview's marker.
   */
  topic?: string;
  /** The article id, when the summary is of one article. */
  article?: string;
}

/** The "Show context" button of a /source paragraph: show the paragraphs around paragraph `paragraph`. */
export interface ContextButton {
  kind: "context";
  article: string;
  paragraph: number;
}

/** What a button's custom id carries. The bot keeps no per-message state. */
export type ButtonAction = PageButton | PublishButton | ContextButton;

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
  if (action.kind === "context") return `c|${action.paragraph}|${action.article}`;
  // An article id may hold any character, so it goes first with its length: "s|12:002_abcdefgh=topic".
  const article =
    action.article === undefined || action.topic === undefined
      ? ""
      : `${action.article.length}:${action.article}`;
  const inline = withText(`s|${article}`, action.topic);
  // Too long: the whole scope (article too) is read back from the preview's marker.
  return inline === `s|${article}${ELSEWHERE}` ? `s|${ELSEWHERE}` : inline;
}

const CORPUS_PREFIX = /^v\|([A-Za-z0-9_-]{6})\|/;

/** The last version {@link corpusTag} hashed, and its tag. */
let lastTag = { version: "", tag: "" };

/**
 * The short tag of a corpus version that page buttons carry (6 base64url characters of its SHA-256), so
 * an instance serving other sources can tell and refuse to page a different answer set. Pure.
 */
export function corpusTag(version: string): string {
  // Every answer's two page buttons ask for the tag of the one version serving: hash it once, not per button.
  if (version !== lastTag.version)
    lastTag = {
      version,
      tag: createHash("sha256").update(version).digest("base64url").slice(0, 6),
    };
  return lastTag.tag;
}

/**
 * Encode a button action stamped with a corpus tag: `v|<tag>|` before the id {@link encodeCustomId}
 * makes, so ids without the stamp (older messages) still decode. The stamp is left off, never the
 * action cut, when the two would not fit in 100 characters.
 */
export function encodeStampedId(action: ButtonAction, corpus: string): string {
  const id = encodeCustomId(action);
  const stamped = `v|${corpus}|${id}`;
  return stamped.length <= LIMITS.customId ? stamped : id;
}

/** Decode a custom id with its corpus stamp, if it has one; anything unknown is undefined. */
export function decodeButton(
  customId: string,
): { action: ButtonAction; corpus?: string } | undefined {
  const stamp = CORPUS_PREFIX.exec(customId);
  const action = decodeUnstamped(stamp ? customId.slice(stamp[0].length) : customId);
  if (!action) return undefined;
  return stamp?.[1] !== undefined ? { action, corpus: stamp[1] } : { action };
}

/** True when a "Show context" button for this paragraph fits in a custom id (very long article ids do not). */
export function fitsContextButton(article: string, paragraph: number): boolean {
  return encodeCustomId({ kind: "context", article, paragraph }).length <= LIMITS.customId;
}

/** Decode a custom id made by {@link encodeCustomId} or {@link encodeStampedId} (the stamp is dropped); anything else is undefined. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  return decodeButton(customId)?.action;
}

function decodeUnstamped(customId: string): ButtonAction | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const readText = (rest: string): string | undefined | null =>
    rest.startsWith(INLINE) ? rest.slice(1) : rest === ELSEWHERE ? undefined : null;
  if (customId.startsWith("s|")) {
    let rest = customId.slice(2);
    let article: string | undefined;
    const length = /^(\d{1,3}):/.exec(rest);
    if (length) {
      const start = length[0].length;
      article = rest.slice(start, start + Number(length[1]));
      if (article.length !== Number(length[1])) return undefined;
      rest = rest.slice(start + article.length);
    }
    const topic = readText(rest);
    if (topic === null || (topic === undefined && article !== undefined)) return undefined;
    if (topic === undefined) return { kind: "publish" };
    return article === undefined ? { kind: "publish", topic } : { kind: "publish", topic, article };
  }
  const context = /^c\|(\d{1,5})\|([\s\S]+)$/.exec(customId);
  if (context) return { kind: "context", paragraph: Number(context[1]), article: context[2]! };
  const match = /^p\|([a-z]+)\|(\d{1,2})\|(\d{1,20})\|([\s\S]*)$/.exec(customId);
  const command = match?.[1];
  if (!match || command === undefined || !isQuestionCommand(command)) return undefined;
  const query = readText(match[4]!);
  if (query === null) return undefined;
  const action: PageButton = { kind: "page", command, page: Number(match[2]), userId: match[3]! };
  if (query !== undefined) action.query = query;
  return action;
}
