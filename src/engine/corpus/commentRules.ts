import { defineRules, type Rule } from "../rules/defineRules.js";

/** One row of the reader-comment table: a lead-in that opens a comments section, or the signature that confirms one. */
export interface CommentRule extends Rule {
  readonly role: "lead-in" | "signature";
  readonly pattern: RegExp;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|le|la))*`;
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
const SIGNATURE = String.raw`${NAME},\s+${PLACE}(?:,\s+${PLACE})?`;

/**
 * The reader-comment table. A section of reader comments opens with a lead-in
 * line and is confirmed by a signed comment after it; from the lead-in to the
 * end of the article the paragraphs are readers' words, not reporting.
 */
export const COMMENT_RULES = defineRules<CommentRule>("comments", [
  {
    id: "your-comments",
    role: "lead-in",
    reason: "Your comments / Here are some of your comments / A selection of your e-mails",
    pattern:
      /^(?:(?:here (?:are|is) )?(?:some|a selection) of )?your (?:comments|views|e-?mails|reactions|thoughts|messages)\b/i,
  },
  {
    id: "what-do-you-think",
    role: "lead-in",
    reason: "What do you think? invites readers to write in",
    pattern: /^what do you think\b/i,
  },
  {
    id: "send-us-your-comments",
    role: "lead-in",
    reason: "Send us your comments / Tell us your views",
    pattern: /^(?:send|tell|give) us your (?:comments|views|thoughts|experiences?|reactions)\b/i,
  },
  {
    id: "have-your-say",
    role: "lead-in",
    reason: "Have your say, the BBC's reader forum",
    pattern: /^have your say\b/i,
  },
  {
    id: "readers-comments",
    role: "lead-in",
    reason: "Readers' comments / Reader reaction",
    pattern: /^readers?['’]? (?:comments|views|reactions?|letters)\b/i,
  },
  {
    id: "following-comments",
    role: "lead-in",
    reason: "The following comments reflect the balance of opinion we have received",
    pattern: /^(?:the following|these) comments (?:reflect|are|were)\b/i,
  },
  {
    id: "signed-line",
    role: "signature",
    reason: "a line that is only a reader's name and town or country: Jane Doe, Leeds, UK",
    pattern: new RegExp(String.raw`^${SIGNATURE}$`, "u"),
  },
  {
    id: "signed-paragraph",
    role: "signature",
    reason: "a comment that ends with its writer's name and town: ... for years. Jane Doe, Leeds",
    pattern: new RegExp(String.raw`[.!?"”’]\s+${SIGNATURE}$`, "u"),
  },
]);
