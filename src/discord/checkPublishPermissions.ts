import { PermissionFlagsBits } from "discord-api-types/v10";

/** Why publishing is refused, or nothing when it may go ahead. */
export type PublishRefusal = { who: "member"; missing: string[] } | { who: "bot"; missing: string[] };

const NAMES = new Map<bigint, string>([
  [PermissionFlagsBits.PinMessages, "Pin Messages"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.ViewChannel, "View Channel"],
]);

function missingOf(have: bigint, needed: readonly bigint[]): string[] {
  if ((have & PermissionFlagsBits.Administrator) !== 0n) return [];
  return needed.filter((flag) => (have & flag) === 0n).map((flag) => NAMES.get(flag) ?? String(flag));
}

/**
 * Check both sides before publishing: the member must have Pin Messages (whatever the command's
 * defaults say, server admins can change those), and the bot needs Send Messages and Pin Messages
 * in the channel. Unknown permissions count as none.
 */
export function checkPublishPermissions(member: bigint | undefined, app: bigint | undefined): PublishRefusal | undefined {
  const memberMissing = missingOf(member ?? 0n, [PermissionFlagsBits.PinMessages]);
  if (memberMissing.length > 0) return { who: "member", missing: memberMissing };
  const botMissing = missingOf(app ?? 0n, [PermissionFlagsBits.SendMessages, PermissionFlagsBits.PinMessages]);
  if (botMissing.length > 0) return { who: "bot", missing: botMissing };
  return undefined;
}

/** The private message explaining a refusal. */
export function describeRefusal(refusal: PublishRefusal): string {
  const list = refusal.missing.join(" and ");
  return refusal.who === "member"
    ? `Only members with the ${list} permission can publish and pin summaries.`
    : `I can't publish here: I am missing the ${list} permission in this channel. Ask a server admin to grant it, then press Publish & pin again.`;
}
