import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from "discord-api-types/v10";
import { ACTION_ROW, BUTTON, BUTTON_SECONDARY } from "./componentKinds.js";
import type { Answer, AnswerResult, QuestionCommand } from "../../engine/types.js";
import { corpusTag, encodeStampedId } from "../customId.js";
import { escapeText, neutralizeMentions } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import type { SourceLabels } from "./formatCitation.js";
import { formatCitationGroup, groupCitations } from "./formatCitationLinks.js";
import { highlightAnswer } from "./highlightAnswer.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted, truncateText } from "./truncateText.js";
import type { Reply } from "./types.js";

/** How each question command is titled. */
export const COMMAND_TITLES = {
  who: "Who",
  where: "Where",
  when: "When",
  quote: "Quote",
  ask: "Ask",
} as const satisfies Record<QuestionCommand, string>;

const QUESTION_PREFIX = "\nQuestion: ";
const MAX_CITATIONS_SHOWN = 5;

/** Everything needed to draw one page of answers. */
export interface AnswerPageInput {
  result: AnswerResult;
  /** 0-based index of the answer to show. */
  page: number;
  labels: SourceLabels;
  version: string;
  /** The asker: only they may use the paging buttons. */
  userId: string;
  ephemeral: boolean;
}

/** The question as written into the footer, readable back by {@link readQuestionFromFooter}. */
function footerText(page: number, total: number, version: string, query: string): string {
  const head = `Answer ${page + 1} of ${total} · quoted from the sources · corpus ${version}`;
  return `${head}${QUESTION_PREFIX}${truncateText(neutralizeMentions(query), LIMITS.footer - head.length - QUESTION_PREFIX.length)}`;
}

/** Recover the question from an answer embed's footer (for queries too long for a custom id). */
export function readQuestionFromFooter(footer: string | undefined): string | undefined {
  if (!footer) return undefined;
  const at = footer.indexOf(QUESTION_PREFIX);
  return at >= 0 ? footer.slice(at + QUESTION_PREFIX.length) : undefined;
}

// Module-level helpers rather than closures made per render: a render is on every answer's path.

function addField(fields: APIEmbedField[], name: string, value: string | undefined): void {
  if (value)
    fields.push({
      name,
      value: fitFormatted(value, LIMITS.fieldValue, escapeText),
      inline: true,
    });
}

function detailFields(answer: Answer, command: QuestionCommand): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  if (command !== "quote" && command !== "ask" && answer.answer !== answer.evidence)
    addField(fields, "Answer", answer.answer);
  addField(fields, "Speaker", answer.speaker);
  addField(fields, "Role", answer.role);
  addField(fields, "Date", answer.resolved);
  if (command === "who" && answer.variants && answer.variants.length > 0)
    addField(fields, "Also written", answer.variants.slice(0, 4).join(", "));
  return fields;
}

/**
 * The citations: the first article's (all its paragraphs that give the answer, grouped), then up to
 * four more articles; each label links to its article when the sidecar gives a url.
 */
function sourceField(answer: Answer, labels: SourceLabels): APIEmbedField {
  const groups = groupCitations(answer.citations, labels);
  const [first, ...others] = groups;
  const lines = first ? [formatCitationGroup(first, labels)] : [];
  const shown = others.slice(0, MAX_CITATIONS_SHOWN - 1);
  if (shown.length > 0)
    lines.push(`Also: ${shown.map((group) => formatCitationGroup(group, labels)).join("; ")}`);
  if (others.length > shown.length) lines.push(`…and ${others.length - shown.length} more`);
  // Cut at a whole citation rather than inside a link.
  while (lines.length > 1 && lines.join("\n").length > LIMITS.fieldValue) lines.pop();
  return { name: "Source", value: truncateText(lines.join("\n"), LIMITS.fieldValue) || "—" };
}

function pageButton(
  input: AnswerPageInput,
  label: string,
  target: number,
  disabled: boolean,
): APIButtonComponent {
  const { result, userId } = input;
  return {
    type: BUTTON,
    style: BUTTON_SECONDARY,
    label,
    // Stamped with the corpus: another instance (or this one after a reload) refuses to page other sources.
    custom_id: encodeStampedId(
      { kind: "page", command: result.command, page: target, userId, query: result.query },
      corpusTag(input.version),
    ),
    disabled,
  };
}

function pageButtons(
  input: AnswerPageInput,
  total: number,
): APIActionRowComponent<APIButtonComponent>[] {
  if (total <= 1) return [];
  const { page } = input;
  return [
    {
      type: ACTION_ROW,
      components: [
        pageButton(input, "Previous", Math.max(0, page - 1), page === 0),
        pageButton(input, "More answers", Math.min(total, page + 1), page >= total - 1),
      ],
    },
  ];
}

/**
 * One answer of a result as an embed: the evidence sentence with the answer in bold, the citation
 * as "label ¶n", speaker/role/date where given, and Previous / More answers buttons for the asker.
 */
export function renderAnswer(input: AnswerPageInput): Reply {
  const { result, labels, version } = input;
  const total = result.answers.length;
  const page = Math.max(0, Math.min(input.page, total - 1));
  const answer = result.answers[page];
  if (!answer) throw new Error("renderAnswer needs at least one answer");
  const description = `>>> ${highlightAnswer(answer.evidence, [answer.answer, ...(answer.variants ?? [])], LIMITS.embedDescription - 4)}`;
  const embed: APIEmbed = {
    title: fitFormatted(
      `${COMMAND_TITLES[result.command]}: ${result.query}`,
      LIMITS.embedTitle,
      escapeText,
    ),
    description,
    color: EMBED_COLOR,
    fields: [...detailFields(answer, result.command), sourceField(answer, labels)],
    footer: { text: footerText(page, total, version, result.query) },
  };
  return {
    embeds: [fitEmbed(embed)],
    components: pageButtons({ ...input, page }, total),
    ephemeral: input.ephemeral,
  };
}
