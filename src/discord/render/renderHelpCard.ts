import { fitEmbed } from "./fitEmbed.js";
import { EMBED_COLOR } from "./limits.js";
import type { Reply } from "./types.js";

/** What one surface (Discord, the console) lists in its /help. */
export interface HelpSurface {
  title: string;
  /** Command and what it does, in the order the help lists them. */
  lines: readonly (readonly [name: string, what: string])[];
  /** Closing lines: what the surface cannot do, how to ask privately. */
  notes: readonly string[];
  ephemeral: boolean;
}

/** A /help card: the promise every answer keeps, the surface's commands, then its notes. */
export function renderHelpCard(surface: HelpSurface, articleCount: number): Reply {
  const commands = surface.lines.map(([name, what]) => `**${name}** — ${what}`).join("\n");
  const description = [
    `Every answer is quoted word for word from ${articleCount} source article${articleCount === 1 ? "" : "s"}, ` +
      "with a citation (article label and paragraph ¶).",
    "",
    commands,
    "",
    ...surface.notes,
  ].join("\n");
  return {
    embeds: [fitEmbed({ title: surface.title, description, color: EMBED_COLOR })],
    ephemeral: surface.ephemeral,
  };
}
