import type { Logger } from "../logger.js";
import type { ReloadOutcome } from "./reloadCorpus.js";

const LOGGED_IDS = 20;

// A reload of a big corpus can change thousands of articles; one log line names the first few.
const listIds = (ids: readonly string[]) =>
  ids.length === 0
    ? "none"
    : ids.slice(0, LOGGED_IDS).join(",") +
      (ids.length > LOGGED_IDS ? ` (+${ids.length - LOGGED_IDS} more)` : "");

/**
 * The SIGHUP listener: reload as /reload does and log how it went (there is no
 * one to reply to). Resolves once logged and never rejects, so a signal cannot
 * become an unhandled rejection.
 */
export function createSighupHandler(
  reload: () => Promise<ReloadOutcome>,
  logger: Logger,
): () => Promise<void> {
  return async () => {
    logger.info("SIGHUP: reloading the corpus");
    try {
      const outcome = await reload();
      if (!outcome.ok) {
        logger.warn("corpus reload failed; still serving the old corpus", {
          reason: outcome.reason,
          corpus: outcome.version,
        });
        return;
      }
      const { diff, pins } = outcome;
      logger.info("corpus reloaded", {
        corpus: outcome.version,
        previous: outcome.previousVersion,
        added: listIds(diff.added),
        removed: listIds(diff.removed),
        changed: listIds(diff.changed),
        stalePins: pins?.stale.length ?? 0,
      });
      for (const warning of outcome.warnings)
        logger.warn("skipped part of the corpus", { file: warning.file, reason: warning.reason });
      for (const stale of pins?.stale ?? [])
        logger.warn("pinned summary no longer verbatim", {
          channel: stale.channelId,
          message: stale.url ?? stale.messageId,
          reason: stale.reason,
        });
      for (const problem of pins?.problems ?? [])
        logger.warn("could not check pinned summaries", { problem });
    } catch (error) {
      logger.error("corpus reload crashed", { error });
    }
  };
}
