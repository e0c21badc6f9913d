import type { ReloadOutcome } from "../reloadCorpus.js";
import type { PinScan } from "../scanPinnedSummaries.js";
import type { SummaryScope } from "../summaryScope.js";
import { escapeText } from "./escapeText.js";
import { LIMITS } from "./limits.js";
import { renderNotice } from "./renderNotice.js";
import { truncateText } from "./truncateText.js";
import type { Reply } from "./types.js";

const MAX_LISTED = 8;

/** An item shown literally, except a leading channel mention ("<#id>: …"), which stays a link to the channel (it pings no one). */
function escapeItem(item: string): string {
  const channel = /^<#(\d{1,20})>: ([\s\S]*)$/.exec(item);
  return channel ? `<#${channel[1]}>: ${escapeText(channel[2]!)}` : escapeText(item);
}

function list(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LISTED).map((item) => `• ${escapeItem(item)}`);
  if (items.length > MAX_LISTED) shown.push(`• …and ${items.length - MAX_LISTED} more`);
  return [`${label} (${items.length}):`, ...shown];
}

/** The moderator's private report of a reload: what changed, skipped files, and pinned summaries gone stale. */
export function renderReload(outcome: ReloadOutcome): Reply {
  if (!outcome.ok) {
    return renderNotice(
      truncateText(
        `Reload failed, so nothing changed: the bot still answers from corpus ${outcome.version}.\nWhy: ${escapeText(outcome.reason)}`,
        LIMITS.content,
      ),
    );
  }
  const { diff } = outcome;
  const same = diff.added.length + diff.removed.length + diff.changed.length === 0;
  const lines = [
    same
      ? `Reloaded: no article changed (corpus ${outcome.version}).`
      : `Reloaded: corpus ${outcome.previousVersion} → ${outcome.version}.`,
    ...list("Added", diff.added),
    ...list("Removed", diff.removed),
    ...list("Changed", diff.changed),
    ...list(
      "Skipped files",
      outcome.warnings.map((w) => `${w.file}: ${w.reason}`),
    ),
  ];
  if (outcome.pins) lines.push(...pinScanLines(outcome.pins));
  return renderNotice(truncateText(lines.join("\n"), LIMITS.content));
}

/** The lines reporting a pin scan: how many summaries were read, the stale bullets with links, and what could not be read. */
function pinScanLines(scan: PinScan): string[] {
  const { stale, checkedSummaries, problems } = scan;
  return [
    stale.length === 0
      ? `Pinned summaries checked: ${checkedSummaries}; every cited sentence is still in the sources word for word.`
      : `Pinned summaries checked: ${checkedSummaries}; ${stale.length} cited sentence${stale.length === 1 ? " is" : "s are"} no longer in the sources word for word (publish those topics again):`,
    ...stale
      .slice(0, MAX_LISTED)
      .map(
        (s) =>
          `• ${s.url ?? `<#${s.channelId}>`}${scopeNote(s.scope)} — “${escapeText(truncateText(s.bullet, 120))}” (${escapeText(s.reason)})`,
      ),
    ...(stale.length > MAX_LISTED ? [`• …and ${stale.length - MAX_LISTED} more`] : []),
    ...list("Not checked", problems),
  ];
}

/** " (topic: x)", or " (article a, topic: x)", for a stale bullet whose pin's scope could be read. */
function scopeNote(scope: SummaryScope | undefined): string {
  if (!scope) return "";
  const topic = scope.topic
    ? `topic: ${escapeText(truncateText(scope.topic, 60))}`
    : "all articles";
  return ` (${scope.article !== undefined ? `article ${escapeText(truncateText(scope.article, 60))}, ` : ""}${topic})`;
}

const channelsRead = (n: number) =>
  `${n} ${n === 1 ? "channel or thread" : "channels and threads"}`;

/** `/stale-summaries`: this server's pinned summaries checked against the corpus serving now, privately. */
export function renderStaleSummaries(scan: PinScan, version: string): Reply {
  const lines =
    scan.checkedSummaries === 0 && scan.problems.length === 0
      ? [
          `None of my summaries is pinned in this server (${channelsRead(scan.checkedChannels)} read).`,
        ]
      : [
          `This server's pinned summaries against corpus ${version} (${channelsRead(scan.checkedChannels)} read):`,
          ...pinScanLines(scan),
        ];
  return renderNotice(truncateText(lines.join("\n"), LIMITS.content));
}
