import { PermissionFlagsBits } from "discord-api-types/v10";

/** Every permission bit discord-api-types knows: what Administrator, or owning the server, grants. */
export const ALL_PERMISSION_BITS: bigint = Object.values(PermissionFlagsBits).reduce(
  (all, bit) => all | bit,
  0n,
);

/** A role as far as permissions go: its id (the server's id for @everyone) and its permission bits. */
export interface PermissionRole {
  id: string;
  permissions: string;
}

/** One channel overwrite as Discord sends it: type 0 a role (or @everyone), 1 a member. */
export interface PermissionOverwrite {
  id: string;
  type: number;
  allow: string;
  deny: string;
}

/** Who the permissions are for, in which server. */
export interface PermissionSubject {
  guildId: string;
  ownerId: string;
  roles: readonly PermissionRole[];
  memberId: string;
  memberRoleIds: readonly string[];
}

const hasAdministrator = (bits: bigint) => (bits & PermissionFlagsBits.Administrator) !== 0n;

/**
 * A member's server-wide permissions, as Discord documents them ("Permission Overwrites"): the owner
 * has all; otherwise @everyone's bits or'ed with those of the member's roles, and Administrator
 * grants all. A role the member lists but the server does not have adds nothing. Pure.
 */
export function computeBasePermissions(subject: PermissionSubject): bigint {
  if (subject.memberId === subject.ownerId) return ALL_PERMISSION_BITS;
  const byId = new Map(subject.roles.map((role) => [role.id, BigInt(role.permissions)]));
  let bits = byId.get(subject.guildId) ?? 0n;
  for (const roleId of subject.memberRoleIds) bits |= byId.get(roleId) ?? 0n;
  return hasAdministrator(bits) ? ALL_PERMISSION_BITS : bits;
}

/**
 * A member's permissions in one channel from its server-wide ones and the channel's overwrites, in
 * Discord's order: @everyone's deny then allow, then the member's roles' denies and allows taken
 * together (an allow on any of them beats a deny on another), then the member's own deny and allow.
 * Administrator (or ownership, which `base` already reflects) is not overridden. Pure.
 */
export function computeChannelPermissions(
  base: bigint,
  overwrites: readonly PermissionOverwrite[],
  subject: Pick<PermissionSubject, "guildId" | "memberId" | "memberRoleIds">,
): bigint {
  if (hasAdministrator(base)) return ALL_PERMISSION_BITS;
  let bits = base;
  const everyone = overwrites.find((o) => o.type === 0 && o.id === subject.guildId);
  if (everyone) bits = (bits & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let deny = 0n;
  let allow = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type !== 0 || overwrite.id === subject.guildId) continue;
    if (!subject.memberRoleIds.includes(overwrite.id)) continue;
    deny |= BigInt(overwrite.deny);
    allow |= BigInt(overwrite.allow);
  }
  bits = (bits & ~deny) | allow;
  const member = overwrites.find((o) => o.type === 1 && o.id === subject.memberId);
  if (member) bits = (bits & ~BigInt(member.deny)) | BigInt(member.allow);
  return bits;
}
