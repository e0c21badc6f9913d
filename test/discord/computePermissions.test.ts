import { PermissionFlagsBits } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import {
  ALL_PERMISSION_BITS,
  computeBasePermissions,
  computeChannelPermissions,
  type PermissionSubject,
} from "../../src/discord/computePermissions.js";

const { ViewChannel, ReadMessageHistory, SendMessages, Administrator } = PermissionFlagsBits;
const GUILD = "100";
const BOT = "200";
const ROLE = "300";
const OTHER_ROLE = "301";

const subject = (over: Partial<PermissionSubject> = {}): PermissionSubject => ({
  guildId: GUILD,
  ownerId: "999",
  roles: [
    { id: GUILD, permissions: String(ViewChannel | SendMessages) },
    { id: ROLE, permissions: String(ReadMessageHistory) },
    { id: OTHER_ROLE, permissions: "0" },
  ],
  memberId: BOT,
  memberRoleIds: [ROLE],
  ...over,
});

const overwrite = (id: string, type: 0 | 1, allow: bigint, deny: bigint) => ({
  id,
  type,
  allow: String(allow),
  deny: String(deny),
});

describe("the bot's permissions, computed as Discord documents them", () => {
  it("starts from @everyone or'ed with the member's roles", () => {
    expect(computeBasePermissions(subject())).toBe(ViewChannel | SendMessages | ReadMessageHistory);
    expect(computeBasePermissions(subject({ memberRoleIds: [] }))).toBe(ViewChannel | SendMessages);
  });

  it("ignores a role the server does not have", () => {
    expect(computeBasePermissions(subject({ memberRoleIds: ["404"] }))).toBe(
      ViewChannel | SendMessages,
    );
  });

  it("grants everything to an Administrator role, whatever a channel denies", () => {
    const s = subject({
      roles: [
        { id: GUILD, permissions: "0" },
        { id: ROLE, permissions: String(Administrator) },
      ],
    });
    const base = computeBasePermissions(s);
    expect(base).toBe(ALL_PERMISSION_BITS);
    const denied = [overwrite(BOT, 1, 0n, ViewChannel), overwrite(GUILD, 0, 0n, ViewChannel)];
    expect(computeChannelPermissions(base, denied, s)).toBe(ALL_PERMISSION_BITS);
  });

  it("grants everything to the server's owner, even with no role at all", () => {
    const s = subject({
      ownerId: BOT,
      roles: [{ id: GUILD, permissions: "0" }],
      memberRoleIds: [],
    });
    const base = computeBasePermissions(s);
    expect(base).toBe(ALL_PERMISSION_BITS);
    expect(computeChannelPermissions(base, [overwrite(BOT, 1, 0n, ViewChannel)], s)).toBe(
      ALL_PERMISSION_BITS,
    );
  });

  it("lets a role's allow override a deny on @everyone", () => {
    const s = subject();
    const base = computeBasePermissions(s);
    const channel = [overwrite(GUILD, 0, 0n, ViewChannel), overwrite(ROLE, 0, ViewChannel, 0n)];
    expect(computeChannelPermissions(base, channel, s) & ViewChannel).toBe(ViewChannel);
    // Without that role, the @everyone deny stands.
    const without = subject({ memberRoleIds: [OTHER_ROLE] });
    expect(
      computeChannelPermissions(computeBasePermissions(without), channel, without) & ViewChannel,
    ).toBe(0n);
  });

  it("takes the roles' overwrites together: an allow on one beats a deny on another", () => {
    const s = subject({ memberRoleIds: [ROLE, OTHER_ROLE] });
    const channel = [
      overwrite(ROLE, 0, 0n, ReadMessageHistory),
      overwrite(OTHER_ROLE, 0, ReadMessageHistory, 0n),
    ];
    expect(computeChannelPermissions(computeBasePermissions(s), channel, s)).toBe(
      ViewChannel | SendMessages | ReadMessageHistory,
    );
  });

  it("applies the member's own overwrite last, over @everyone's and the roles'", () => {
    const s = subject();
    const base = computeBasePermissions(s);
    const channel = [
      overwrite(GUILD, 0, ReadMessageHistory, 0n),
      overwrite(ROLE, 0, ReadMessageHistory, 0n),
      overwrite(BOT, 1, 0n, ReadMessageHistory),
    ];
    expect(computeChannelPermissions(base, channel, s)).toBe(ViewChannel | SendMessages);
    const allowed = [overwrite(GUILD, 0, 0n, ViewChannel), overwrite(BOT, 1, ViewChannel, 0n)];
    expect(computeChannelPermissions(base, allowed, s) & ViewChannel).toBe(ViewChannel);
  });

  it("ignores another member's overwrite and a role overwrite for a role the member lacks", () => {
    const s = subject();
    const base = computeBasePermissions(s);
    const channel = [
      overwrite("201", 1, 0n, ViewChannel),
      overwrite(OTHER_ROLE, 0, 0n, ViewChannel),
    ];
    expect(computeChannelPermissions(base, channel, s)).toBe(base);
  });
});
