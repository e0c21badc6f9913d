import type { ReloadOutcome } from "../reloadCorpus.js";
import { escapeText } from "./escapeText.js";
import { LIMITS } from "./limits.js";
import { renderNotice } from "./renderNotice.js";
import { truncateText } from "./truncateText.js";
import type { Reply } from "./types.js";

const MAX_LISTED = 8;

function list(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LISTED).map((item) => `• ${escapeText(item)}`);
  if (items.length > MAX_LISTED) shown.push(`• …and ${items.length - MAX_LISTED} more`);
  return [`${label} (${items.length}):`, ...shown];
}

/** The moderator's private report of a reload: what changed, skipped files, and pinned summaries gone stale. */
export function renderReload(outcome: ReloadOutcome): Reply {
  if (!outcome.ok) {
    return renderNotice(truncateText(`Reload failed, so nothing changed: the bot still answers from corpus ${outcome.version}.\nWhy: ${escapeText(outcome.reason)}`, LIMITS.content));
  }
  const { diff } = outcome;
  const same = diff.added.length + diff.removed.length + diff.changed.length === 0;
  const lines = [
    same ? `Reloaded: no article changed (corpus ${outcome.version}).` : `Reloaded: corpus ${outcome.previousVersion} → ${outcome.version}.`,
    ...list("Added", diff.added),
    ...list("Removed", diff.removed),
    ...list("Changed", diff.changed),
    ...list("Skipped files", outcome.warnings.map((w) => `${w.file}: ${w.reason}`)),
  ];
  if (outcome.pins) {
    const { stale, checkedSummaries, problems } = outcome.pins;
    lines.push(
      stale.length === 0
        ? `Pinned summaries checked: ${checkedSummaries}; every cited sentence is still in the sources word for word.`
        : `Pinned summaries checked: ${checkedSummaries}; ${stale.length} cited sentence${stale.length === 1 ? " is" : "s are"} no longer in the sources word for word (publish those topics again):`,
      ...stale.slice(0, MAX_LISTED).map((s) => `• ${s.url ?? `<#${s.channelId}>`} — “${escapeText(truncateText(s.bullet, 120))}” (${escapeText(s.reason)})`),
      ...list("Not checked", problems),
    );
  }
  return renderNotice(truncateText(lines.join("\n"), LIMITS.content));
}
