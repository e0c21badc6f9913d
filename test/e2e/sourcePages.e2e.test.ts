import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { startBot, type RunningBot } from "../../src/discord/startBot.js";
import { buildEngine, loadCorpus } from "../../src/engine/index.js";
import type { Engine } from "../../src/engine/types.js";
import { escapeHtml } from "../../src/http/pages/escapeHtml.js";
import { startMonitoring, type Monitoring } from "../../src/http/startMonitoring.js";
import { createLogger } from "../../src/logger.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/index.js";
import { runCommand } from "./startBotOnFake.js";

/** The first markdown link of a Source field: its url, and the article and paragraph a page link names. */
function firstLink(source: string): { url: string; article?: string; paragraph?: number } {
  const url = /\]\((\S+?)(?: "[^"]*")?\)/.exec(source)?.[1] ?? "";
  const page = /\/sources\/([^/#]+)#p(\d+)$/.exec(url);
  return page
    ? { url, article: decodeURIComponent(page[1]!), paragraph: Number(page[2]) }
    : { url };
}

describe("citations link to the source pages (real bot, fake Discord, the bot's own HTTP server)", () => {
  let seeds: string;
  let fake: FakeDiscord;
  let monitoring: Monitoring;
  let engine: Engine;
  let bot: RunningBot;
  let publicUrl: string;

  beforeAll(async () => {
    seeds = await mkdtemp(join(tmpdir(), "verbatim-pages-e2e-"));
    await cp("seeds", seeds, { recursive: true });
    fake = await startFakeDiscord();
    const logger = createLogger("silent");
    monitoring = await startMonitoring({
      host: "127.0.0.1",
      port: 0,
      gatewayGraceSeconds: 60,
      logger,
      sourcePages: true,
    });
    // The trailing slash is the operator's; links come out without a double one.
    publicUrl = `http://127.0.0.1:${monitoring.port}`;
    const config = parseConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_BASE: fake.restUrl,
      COOLDOWN_SECONDS: "0",
      SEEDS_DIR: seeds,
      VERBATIM_CACHE_DIR: "off",
      HTTP_PORT: String(monitoring.port),
      PUBLIC_URL: `${publicUrl}/`,
    });
    await deployCommands(config, logger);
    engine = buildEngine((await loadCorpus(seeds)).corpus);
    monitoring.engineLoaded(engine, 0);
    bot = await startBot({ config, engine, logger, monitor: monitoring.monitor });
  });

  afterAll(async () => {
    await bot.stop();
    await monitoring.close();
    await fake.close();
    await rm(seeds, { recursive: true, force: true });
  });

  const askWho = async () => {
    const reply = await runCommand(fake, {
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    return reply.message.embeds[0]?.fields?.find((f) => f.name === "Source")?.value ?? "";
  };

  it("links a seed article's citation in /who to its paragraph's page, which shows that paragraph", async () => {
    const link = firstLink(await askWho());
    expect(link.url.startsWith(`${publicUrl}/sources/`)).toBe(true);
    const paragraph = engine.getParagraph(link.article ?? "", link.paragraph ?? 0);
    expect(paragraph?.text).toMatch(/Lavrov/);
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      `<div id="p${paragraph!.n}" class="para"><a class="n" href="#p${paragraph!.n}">${paragraph!.n}</a><p>${escapeHtml(paragraph!.text)}</p></div>`,
    );
    // /source's embed title links to the same place.
    const shown = await runCommand(fake, {
      name: "source",
      options: { article: link.article!, paragraph: link.paragraph! },
    });
    expect(shown.message.embeds[0]?.url).toBe(link.url);
  });

  it("links to the original instead once the article's sidecar gives a url, after a reload", async () => {
    const before = firstLink(await askWho());
    await writeFile(
      join(seeds, `${before.article!}.json`),
      JSON.stringify({ url: "https://news.example.org/talks", outlet: "Example News" }),
    );
    await bot.reload();
    const source = await askWho();
    expect(source).toContain(`](https://news.example.org/talks "Example News")`);
    expect(source).not.toContain(`${publicUrl}/sources/${encodeURIComponent(before.article!)}#`);
    // The page follows the reload too, and links the original now.
    const page = await (await fetch(`${publicUrl}/sources/${before.article!}`)).text();
    expect(page).toContain('<a href="https://news.example.org/talks"');
  });
});
