import { PermissionFlagsBits } from "discord-api-types/v10";
import { defineRules, type Rule } from "../engine/rules/defineRules.js";

/** Why publishing is refused, or nothing when it may go ahead. */
export type PublishRefusal =
  | { who: "member"; missing: string[] }
  | { who: "bot"; missing: string[]; where: "channel" | "thread" };

/** One permission the bot needs to publish: its bit, the name Discord shows, and where it applies. */
export interface PublishPermission extends Rule {
  flag: bigint;
  name: string;
  where: "channel" | "thread" | "both";
}

/**
 * What the bot needs to publish and pin, and why. Read Message History matters because without it
 * Discord lists no pins at all (not an error): the bot would not find its earlier summary and would
 * post a duplicate. The invite asks for every row.
 */
export const PUBLISH_PERMISSIONS = defineRules<PublishPermission>("publish-permissions", [
  {
    id: "view-channel",
    flag: PermissionFlagsBits.ViewChannel,
    name: "View Channel",
    where: "both",
    reason: "see the channel at all",
  },
  {
    id: "send-messages",
    flag: PermissionFlagsBits.SendMessages,
    name: "Send Messages",
    where: "channel",
    reason: "post the summary in a channel",
  },
  {
    id: "send-in-threads",
    flag: PermissionFlagsBits.SendMessagesInThreads,
    name: "Send Messages in Threads",
    where: "thread",
    reason: "post the summary in a thread",
  },
  {
    id: "embed-links",
    flag: PermissionFlagsBits.EmbedLinks,
    name: "Embed Links",
    where: "both",
    reason: "the summary is an embed; without it Discord drops it",
  },
  {
    id: "read-history",
    flag: PermissionFlagsBits.ReadMessageHistory,
    name: "Read Message History",
    where: "both",
    reason: "read the pins to update the earlier summary instead of posting a duplicate",
  },
  {
    id: "pin-messages",
    flag: PermissionFlagsBits.PinMessages,
    name: "Pin Messages",
    where: "both",
    reason: "pin the summary",
  },
]);

/**
 * The bot permissions the invite asks for: every row of {@link PUBLISH_PERMISSIONS}
 * (View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536 +
 * Send Messages in Threads 274877906944 + Pin Messages 2251799813685248 = 2252074691677184).
 */
export const INVITE_PERMISSIONS: bigint = PUBLISH_PERMISSIONS.reduce(
  (all, row) => all | row.flag,
  0n,
);

function missingOf(have: bigint, needed: readonly { flag: bigint; name: string }[]): string[] {
  if ((have & PermissionFlagsBits.Administrator) !== 0n) return [];
  return needed.filter((row) => (have & row.flag) === 0n).map((row) => row.name);
}

/**
 * Check both sides before publishing: the member must have Pin Messages (whatever the command's
 * defaults say, server admins can change those), and the bot every permission of
 * {@link PUBLISH_PERMISSIONS} that applies to a channel or to a thread. Unknown permissions count as none.
 */
export function checkPublishPermissions(
  member: bigint | undefined,
  app: bigint | undefined,
  where: "channel" | "thread" = "channel",
): PublishRefusal | undefined {
  const memberMissing = missingOf(member ?? 0n, [
    { flag: PermissionFlagsBits.PinMessages, name: "Pin Messages" },
  ]);
  if (memberMissing.length > 0) return { who: "member", missing: memberMissing };
  const botMissing = missingOf(
    app ?? 0n,
    PUBLISH_PERMISSIONS.filter((row) => row.where === "both" || row.where === where),
  );
  if (botMissing.length > 0) return { who: "bot", missing: botMissing, where };
  return undefined;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The private message explaining a refusal, naming every missing permission. */
export function describeRefusal(refusal: PublishRefusal): string {
  const list = joinNames(refusal.missing);
  const plural = refusal.missing.length === 1 ? "permission" : "permissions";
  if (refusal.who === "member")
    return `Only members with the ${list} permission can publish and pin summaries.`;
  const history = refusal.missing.includes("Read Message History")
    ? " Without Read Message History Discord shows me no pins here, so I could not update the summary already pinned and would post a duplicate."
    : "";
  return `I can't publish here: I am missing the ${list} ${plural} in this ${refusal.where}.${history} Ask a server admin to grant ${refusal.missing.length === 1 ? "it" : "them"}, then press Publish & pin again.`;
}
