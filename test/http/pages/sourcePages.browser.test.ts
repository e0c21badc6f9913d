import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine, loadCorpus } from "../../../src/engine/index.js";
import { HIGHLIGHT_COLOR } from "../../../src/http/pages/pageStyle.js";
import { startMonitoring, type Monitoring } from "../../../src/http/startMonitoring.js";
import { createLogger } from "../../../src/logger.js";
import { HOSTILE_ID, HOSTILE_TITLE, LONG_ID, writePageCorpus } from "./pageCorpus.js";

/** Debian's Chromium (`apt-get install -y chromium`); the test needs the real browser. */
const CHROMIUM = "/usr/bin/chromium";
/** Where the screenshots are kept (git-ignored). */
const ARTIFACTS = resolve("test-artifacts");

// The page functions below run in Chromium. The project compiles without the DOM library (so src/ cannot
// use it by mistake); these are the few browser globals they use.
interface PageElement {
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  append(node: PageElement): void;
}
declare const window: { innerHeight: number; scrollY: number };
declare const document: {
  body: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { length: number };
  createElement(tag: string): PageElement;
  addEventListener(
    type: "securitypolicyviolation",
    listener: (event: { violatedDirective: string }) => void,
    options: { once: boolean },
  ): void;
};
declare function getComputedStyle(element: PageElement): { backgroundColor: string };

/** The computed background colour of the element `selector` names. */
function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    return element ? getComputedStyle(element).backgroundColor : "(no element)";
  }, selector);
}

const missing = !existsSync(CHROMIUM);
if (missing)
  console.warn(
    `Skipping the source pages browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`,
  );

describe.skipIf(missing)("the source pages in headless Chromium", () => {
  let corpus: Awaited<ReturnType<typeof writePageCorpus>>;
  let monitoring: Monitoring;
  let profile: string;
  let context: BrowserContext;
  let base: string;
  /** Every address the browser asked for; only the test's own server may be among them. */
  const requested: string[] = [];

  beforeAll(async () => {
    corpus = await writePageCorpus();
    monitoring = await startMonitoring({
      host: "127.0.0.1",
      port: 0,
      gatewayGraceSeconds: 60,
      logger: createLogger("silent"),
      sourcePages: true,
    });
    monitoring.engineLoaded(buildEngine((await loadCorpus(corpus.dir)).corpus), 0);
    base = `http://127.0.0.1:${monitoring.port}`;
    profile = await mkdtemp(join(tmpdir(), "verbatim-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1000, height: 700 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Name resolution fails for every host but loopback, so nothing can leave the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    });
    // And a second wall: the page itself may only reach the test's server.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      return url.startsWith(`${base}/`) ? route.continue() : route.abort("blockedbyclient");
    });
  }, 60_000);

  afterAll(async () => {
    await context.close();
    await monitoring.close();
    await corpus.remove();
    await rm(profile, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  // A generated article of 40 short paragraphs, and a seed article of long ones.
  it.each([
    [LONG_ID, "long-article-p7.png"],
    ["003_a34466e74cd344b0", "seed-article-p7.png"],
  ])(
    "highlights the paragraph a #p link names in %s, scrolled into view, and keeps a screenshot",
    async (id, file) => {
      const page = await open(`/sources/${id}#p7`);
      expect(await backgroundOf(page, "#p7")).toBe(HIGHLIGHT_COLOR);
      expect(await backgroundOf(page, "#p6")).not.toBe(HIGHLIGHT_COLOR);
      expect(await page.locator("#p7 .n").textContent()).toBe("7");
      const box = await page.locator("#p7").boundingBox();
      const { innerHeight, scrollY } = await page.evaluate(() => ({
        innerHeight: window.innerHeight,
        scrollY: window.scrollY,
      }));
      expect(scrollY).toBeGreaterThan(0);
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(innerHeight);
      await mkdir(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, file);
      await page.screenshot({ path: shot });
      console.log(`source page screenshot: ${shot}`);
      await page.close();
    },
  );

  it("follows a shortened id to the article's own address and still highlights the anchor", async () => {
    const page = await open("/sources/long-#p12");
    expect(page.url()).toBe(`${base}/sources/${LONG_ID}#p12`);
    expect(await backgroundOf(page, "#p12")).toBe(HIGHLIGHT_COLOR);
    await page.close();
  });

  it("goes from the list to an article and back by its links", async () => {
    const page = await open("/sources");
    await page.getByRole("link", { name: "The Long Report" }).click();
    await page.waitForURL(`${base}/sources/${LONG_ID}`);
    expect(await page.locator(".para").count()).toBe(40);
    await page.goto(`${base}/sources`);
    await page.screenshot({ path: join(ARTIFACTS, "source-list.png"), fullPage: true });
    await page.getByRole("link", { name: "The Long Report" }).click();
    await page.getByRole("link", { name: "All sources" }).click();
    await page.waitForURL(`${base}/sources`);
    await page.close();
  });

  it("shows a hostile title as text and runs no script, not even one injected into the page", async () => {
    const page = await open(`/sources/${encodeURIComponent(HOSTILE_ID)}`);
    const violations: string[] = [];
    page.on("console", (message) => violations.push(message.text()));
    expect(await page.title()).toBe(HOSTILE_TITLE);
    expect(await page.locator("h1").textContent()).toBe(HOSTILE_TITLE);
    expect(await page.evaluate(() => document.querySelectorAll("script, img").length)).toBe(0);
    // An inline script that slipped in anyway (here put in by the test) is refused by the CSP.
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<string>((done) => {
        document.addEventListener(
          "securitypolicyviolation",
          (event) => {
            done(event.violatedDirective);
          },
          { once: true },
        );
      });
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.ran = 'yes'";
      document.body.append(script);
      return { directive: await blocked, ran: document.body.dataset.ran ?? "no" };
    });
    expect(ran).toEqual({ directive: "script-src-elem", ran: "no" });
    expect(violations.join("\n")).toMatch(/Content Security Policy/);
    await page.close();
  });

  it("asked nothing of any address but the test's own server", () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${base}/`))).toEqual([]);
  });
});
