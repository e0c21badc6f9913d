import { TimestampStyles, time } from "@discordjs/formatters";
import type { Reply } from "./types.js";

/** A private one-line message. */
export function renderNotice(text: string): Reply {
  return { content: text, ephemeral: true };
}

/** The cooldown refusal, with Discord's relative timestamp for when to retry. */
export function renderCooldown(command: string, retryAtMs: number): Reply {
  const at = time(Math.ceil(retryAtMs / 1000), TimestampStyles.RelativeTime);
  // A message-menu command ("Find source") has no slash.
  const shown = /^[-_\p{Ll}\p{N}]+$/u.test(command) ? `/${command}` : command;
  return renderNotice(`Slow down a little: you can use ${shown} again ${at}.`);
}

/** The generic failure reply; details go to the log, not to the user. */
export function renderFailure(): Reply {
  return renderNotice(
    "Something went wrong while answering. Nothing was changed; please try again in a moment.",
  );
}
