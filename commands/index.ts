import type { Command } from "../src/discord/command.js";
import { ask } from "./ask.js";
import { findSource } from "./findSource.js";
import { help } from "./help.js";
import { quote } from "./quote.js";
import { reload } from "./reload.js";
import { source } from "./source.js";
import { sources } from "./sources.js";
import { staleSummaries } from "./staleSummaries.js";
import { summary } from "./summary.js";
import { when } from "./when.js";
import { where } from "./where.js";
import { who } from "./who.js";

/** Every command, in one static list used both at runtime and by deploy-commands. */
export const commands: readonly Command[] = [
  who,
  where,
  when,
  quote,
  ask,
  summary,
  sources,
  source,
  findSource,
  help,
  reload,
  staleSummaries,
];
