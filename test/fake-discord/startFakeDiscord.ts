import type { AddressInfo } from "node:net";
import { FakeDiscord, type FakeDiscordOptions } from "./fakeDiscord.js";
import { FakeGateway } from "./gateway.js";
import { createRestServer } from "./restServer.js";

/**
 * Start a local Discord on 127.0.0.1 (ephemeral port): REST under
 * `fake.restUrl` (pass it as discord.js `rest.api`) and the gateway on the same
 * port, announced by `GET /gateway/bot`.
 */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  const server = createRestServer(fake);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.restUrl = `http://127.0.0.1:${port}/api`;
  const gateway = new FakeGateway({
    token: fake.token,
    heartbeatIntervalMs: fake.heartbeatIntervalMs,
    requiredShards: fake.requiredShards,
    buildReady: (sessionId, resumeUrl, shard) => fake.buildReady(sessionId, resumeUrl, shard),
    buildGuildCreates: (shard) => fake.buildGuildCreates(shard),
    onChange: () => fake.changed(),
  });
  gateway.attach(server, `ws://127.0.0.1:${port}`);
  fake.gateway = gateway;
  fake.setCloser(async () => {
    gateway.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return fake;
}
