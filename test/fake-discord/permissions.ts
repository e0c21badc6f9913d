import { PermissionFlagsBits } from "discord-api-types/v10";

/** Every permission bit discord-api-types knows about. */
export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce(
  (all, bit) => all | bit,
  0n,
);

/** What an ordinary member may do in a text channel. */
export const MEMBER_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands;

/** A moderator: a member who may also pin (new Pin Messages bit) and manage messages. */
export const MODERATOR_PERMISSIONS: bigint =
  MEMBER_PERMISSIONS | PermissionFlagsBits.PinMessages | PermissionFlagsBits.ManageMessages;

/** The bot's permissions by default, as its invite asks: enough to answer, publish and pin, in channels and threads. */
export const BOT_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.PinMessages;

/** True when `bits` grants every permission in `needed` (Administrator grants all). */
export function hasPermissions(bits: bigint, needed: bigint): boolean {
  if ((bits & PermissionFlagsBits.Administrator) !== 0n) return true;
  return (bits & needed) === needed;
}

/** Pinning: the Pin Messages bit, or Manage Messages which still grants it during Discord's transition. */
export function canPin(bits: bigint): boolean {
  return (
    hasPermissions(bits, PermissionFlagsBits.PinMessages) ||
    hasPermissions(bits, PermissionFlagsBits.ManageMessages)
  );
}
