import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { isQuestionCommand, QUESTION_COMMANDS } from "../engine/questionCommands.js";
import type { Engine, QuestionCommand } from "../engine/types.js";
import { buildAnswerReply } from "../discord/buildAnswerReply.js";
import { findArticle } from "../discord/findArticle.js";
import { labelSources, type SourceLabels } from "../discord/render/formatCitation.js";
import { renderNoArticle } from "../discord/render/renderNoArticle.js";
import { renderNotice } from "../discord/render/renderNotice.js";
import { renderNoParagraph, renderParagraph } from "../discord/render/renderParagraph.js";
import { renderSources } from "../discord/render/renderSources.js";
import { renderSummaryPreview } from "../discord/render/renderSummary.js";
import { renderSupport } from "../discord/render/renderSupport.js";
import { replyToText } from "../discord/render/replyToText.js";
import type { Reply } from "../discord/render/types.js";
import type { ReloadOutcome } from "../discord/reloadCorpus.js";
import { renderReload } from "../discord/render/renderReload.js";
import { closestName } from "./closestName.js";
import { readQuestionOptions } from "./readQuestionOptions.js";
import { renderConsoleHelp } from "./renderConsoleHelp.js";

/** Where the console reads and writes. */
export interface ConsoleOptions {
  engine: Engine;
  input: Readable;
  output: Writable;
  /** Bold with ANSI escapes; defaults to whether `output` is a terminal. */
  ansi?: boolean;
  /** Re-read SEEDS_DIR for /reload; on success the console answers from `outcome`'s engine from then on. */
  reload?: () => Promise<{ outcome: ReloadOutcome; engine: Engine }>;
}

const CONSOLE_USER = "0";
const HINT =
  `Commands: ${QUESTION_COMMANDS.map((c) => `/${c}`).join(" ")} <query>, /more, /previous, /summary [topic] [article:<id>], /sources, ` +
  "/source <article> <n>, /findsource <text>, /reload, /help.";
/** Every name the console answers to, for "did you mean". */
const CONSOLE_COMMANDS = [
  ...QUESTION_COMMANDS,
  ...[
    "more",
    "next",
    "previous",
    "prev",
    "summary",
    "sources",
    "source",
    "findsource",
    "reload",
    "help",
  ],
];

/** The last question, so /more and /previous can page like the Discord buttons. */
interface Paging {
  command: QuestionCommand;
  query: string;
  page: number;
  ephemeral: boolean;
}

function answerLine(
  engine: Engine,
  labels: SourceLabels,
  line: string,
  paging: { last?: Paging },
): Reply {
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
  if (!match) return renderNotice(`Start with a command, e.g. /ask ${line.slice(0, 60)}\n${HINT}`);
  const name = match[1]!.toLowerCase();
  const rest = match[2]!.trim();
  if (isQuestionCommand(name)) {
    // Options as Discord shows them: `query:` and `private: True`, anywhere on the line.
    const { query, ephemeral } = readQuestionOptions(rest);
    if (!query) return renderNotice(`/${name} needs a query, e.g. /${name} Lavrov`);
    paging.last = { command: name, query, page: 0, ephemeral };
    return buildAnswerReply(engine, labels, { ...paging.last, userId: CONSOLE_USER });
  }
  if (name === "more" || name === "next" || name === "previous" || name === "prev") {
    const last = paging.last;
    if (!last) return renderNotice("Ask a question first, e.g. /who Russian foreign minister");
    last.page = Math.max(0, last.page + (name === "more" || name === "next" ? 1 : -1));
    const reply = buildAnswerReply(engine, labels, { ...last, userId: CONSOLE_USER });
    const shown = /Answer (\d+) of/.exec(reply.embeds?.[0]?.footer?.text ?? "");
    if (shown) last.page = Number(shown[1]) - 1;
    return reply;
  }
  switch (name) {
    case "summary": {
      // "/summary article:<id> [topic]": the article option of the slash command, as the console types it.
      const scoped = /(?:^|\s)article:(?:"([^"]+)"|(\S+))/.exec(rest);
      const typed = scoped ? (scoped[1] ?? scoped[2]!) : undefined;
      const topic = scoped
        ? `${rest.slice(0, scoped.index)} ${rest.slice(scoped.index + scoped[0].length)}`.trim()
        : rest;
      const article = typed ? findArticle(engine.listSources(), typed) : undefined;
      if (typed && !article) return renderNoArticle(typed);
      return renderSummaryPreview(
        engine.summarize(topic, article ? { article: article.id } : {}),
        labels,
        engine.version,
      );
    }
    case "sources":
      return renderSources(engine.listSources(), engine.version);
    case "source": {
      const parts = /^(.*\S)\s+(\d+)$/.exec(rest);
      if (!parts)
        return renderNotice(
          "Usage: /source <article id> <paragraph number>, e.g. /source 002 3 (see /sources)",
        );
      const n = Number(parts[2]);
      const article = findArticle(engine.listSources(), parts[1]!);
      const paragraph = article ? engine.getParagraph(article.id, n) : undefined;
      return article && paragraph
        ? renderParagraph(paragraph, labels, article.paragraphs, engine.version)
        : renderNoParagraph(article?.id ?? parts[1]!, n, article?.paragraphs);
    }
    case "findsource":
      return renderSupport(
        rest,
        rest ? engine.findSupport(rest, { limit: 3 }) : [],
        labels,
        engine.version,
      );
    case "help":
      return renderConsoleHelp(engine.listSources().length);
    default: {
      const meant = closestName(name, CONSOLE_COMMANDS);
      return renderNotice(
        meant
          ? `Unknown command /${name}: did you mean /${meant}?`
          : `Unknown command /${name}. ${HINT}`,
      );
    }
  }
}

/**
 * The interactive console: reads one command per line (`/who Lavrov`, `/summary`, …) and prints
 * the answer as it would read in Discord, using the same renderers. Resolves at end of input.
 * Never loads discord.js.
 */
export async function runConsole({
  engine: first,
  input,
  output,
  ansi,
  reload,
}: ConsoleOptions): Promise<void> {
  const color = ansi ?? Boolean((output as { isTTY?: boolean }).isTTY);
  let engine = first;
  let labels = labelSources(engine.listSources());
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY) && color;
  const rl = createInterface({ input, output, terminal, prompt: "verbatim> " });
  const write = (text: string) => output.write(`${text}\n`);
  const paging: { last?: Paging } = {};
  write(
    `Verbatim console ready: ${engine.listSources().length} articles, corpus ${engine.version}. Type /help; Ctrl+D quits.`,
  );
  rl.on("SIGINT", () => rl.close());
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) {
      try {
        if (/^\/reload\b/i.test(line)) {
          // Reading the articles is asynchronous, so /reload is answered here rather than in answerLine.
          if (!reload) write(replyToText(renderNotice("Reloading is not available here."), color));
          else {
            const { outcome, engine: next } = await reload();
            if (outcome.ok) {
              engine = next;
              labels = labelSources(engine.listSources());
              paging.last = undefined;
            }
            write(replyToText(renderReload(outcome), color));
          }
        } else write(replyToText(answerLine(engine, labels, line, paging), color));
      } catch (error) {
        write(
          `Something went wrong with that line: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      write("");
    }
    rl.prompt();
  }
}
