/** The local fake Discord for end-to-end tests. */
export { startFakeDiscord } from "./startFakeDiscord.js";
export {
  FakeDiscord,
  isNoPing,
  type CallbackRecord,
  type FakeDiscordOptions,
  type HttpDelivery,
  type InjectedInteraction,
  type InteractionRecord,
  type RecordedRequest,
  type SentMessageBody,
  type StoredMessage,
} from "./fakeDiscord.js";
export {
  BOT_PERMISSIONS,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  ALL_PERMISSIONS,
} from "./permissions.js";
export {
  rateLimitFault,
  serverErrorFault,
  missingPermissionsFault,
  type FaultRule,
} from "./faults.js";
export { LIMITS } from "./validateMessage.js";
export { makeSnowflakeOnShard, shardOfGuild } from "./snowflake.js";
export type { ShardTuple } from "./gateway.js";
export {
  generateInteractionKeys,
  signInteraction,
  type InteractionKeys,
  type SignatureHeaders,
} from "./signInteraction.js";
