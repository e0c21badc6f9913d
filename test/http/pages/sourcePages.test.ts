import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine, loadCorpus } from "../../../src/engine/index.js";
import type { Engine } from "../../../src/engine/types.js";
import { escapeHtml } from "../../../src/http/pages/escapeHtml.js";
import { startMonitoring, type Monitoring } from "../../../src/http/startMonitoring.js";
import { createLogger } from "../../../src/logger.js";
import { HOSTILE_ID, HOSTILE_TITLE, LONG_ID, writePageCorpus } from "./pageCorpus.js";

describe("escapeHtml", () => {
  it("turns markup, both quotes and ampersands into entities, so nothing can open a tag or end an attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
    );
    expect(escapeHtml(`' onmouseover='x' a="b"`)).toBe(
      "&#39; onmouseover=&#39;x&#39; a=&quot;b&quot;",
    );
    // An ampersand is escaped first and once: an entity in the text shows as written.
    expect(escapeHtml("Tom &amp; Jerry & co")).toBe("Tom &amp;amp; Jerry &amp; co");
    expect(escapeHtml("plain text, ünïcode ¶3")).toBe("plain text, ünïcode ¶3");
  });
});

describe("the source pages over HTTP", () => {
  let corpus: Awaited<ReturnType<typeof writePageCorpus>>;
  let engine: Engine;
  let monitoring: Monitoring;
  let base: string;

  beforeAll(async () => {
    corpus = await writePageCorpus();
    engine = buildEngine((await loadCorpus(corpus.dir)).corpus);
    monitoring = await startMonitoring({
      host: "127.0.0.1",
      port: 0,
      gatewayGraceSeconds: 60,
      logger: createLogger("silent"),
      sourcePages: true,
    });
    base = `http://127.0.0.1:${monitoring.port}`;
  });

  afterAll(async () => {
    await monitoring.close();
    await corpus.remove();
  });

  const get = (path: string) => fetch(`${base}${path}`, { redirect: "manual" });

  it("answers 503 until the corpus is loaded, then serves it", async () => {
    const early = await get("/sources");
    expect(early.status).toBe(503);
    expect(early.headers.get("retry-after")).toBe("5");
    monitoring.engineLoaded(engine, 0.1);
    expect((await get("/sources")).status).toBe(200);
  });

  it("sends every page as UTF-8 HTML with a strict CSP that allows only its own inline style", async () => {
    for (const path of ["/sources", `/sources/${LONG_ID}`, "/sources/nothing-here"]) {
      const response = await get(path);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; /);
      expect(csp).toContain("base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe|script-src/);
      const html = await response.text();
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
      const hash = createHash("sha256").update(style).digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("lists every article with its title, date, outlet, paragraph count and an encoded link", async () => {
    const html = await (await get("/sources")).text();
    for (const source of engine.listSources())
      expect(html).toContain(`href="sources/${escapeHtml(encodeURIComponent(source.id))}"`);
    expect(html).toMatch(
      /<a href="sources\/linked">Harbour Works Finished<\/a><\/td><td class="date">2025-03-04<\/td><td>Harbour &lt;Gazette&gt;<\/td><td class="num">1<\/td>/,
    );
    expect(html).toContain(escapeHtml(HOSTILE_TITLE));
    expect(html).not.toContain(HOSTILE_TITLE);
  });

  it("shows an article's numbered paragraphs, each with its #p anchor, and links the original when the sidecar has a url", async () => {
    const long = await (await get(`/sources/${LONG_ID}`)).text();
    expect(long).toContain("<h1>The Long Report</h1>");
    for (let n = 1; n <= 40; n++)
      expect(long).toContain(
        `<div id="p${n}" class="para"><a class="n" href="#p${n}">${n}</a><p>Paragraph number ${n} of`,
      );
    expect(long).not.toContain("Original article");
    const linked = await (await get("/sources/linked")).text();
    expect(linked).toContain(
      `<a href="https://news.example.org/harbour?id=1&amp;x=2" rel="noopener noreferrer nofollow">Original article</a>`,
    );
    expect(linked).toContain("Harbour &lt;Gazette&gt;");
    expect(linked).toContain('<time datetime="2025-03-04">2025-03-04</time>');
  });

  it("finds an id that needs encoding and escapes everything the hostile article holds", async () => {
    const response = await get(`/sources/${encodeURIComponent(HOSTILE_ID)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${escapeHtml(HOSTILE_TITLE)}</title>`);
    expect(html).toContain("O&#39;Reilly &amp; &lt;b&gt;Sons&lt;/b&gt;");
    expect(html).toContain(
      "&lt;img src=x onerror=alert(1)&gt; was &quot;not a picture&quot; &amp;",
    );
    expect(html).toContain("&lt;/p&gt;&lt;/div&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).not.toMatch(/<script|<img|<b>/i);
  });

  it("answers an unknown id, a malformed escape or a path below an article with a 404 page", async () => {
    for (const path of ["/sources/no-such-article", "/sources/%E0%A4%A", "/sources/linked/extra"]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("<h1>Not found</h1>");
    }
    const hostile = await get(`/sources/${encodeURIComponent("<b>x</b>")}`);
    expect(await hostile.text()).toContain("&quot;&lt;b&gt;x&lt;/b&gt;&quot;");
  });

  it("redirects an unambiguous id prefix or a label to the article's own address, as /source resolves them", async () => {
    const prefix = await get("/sources/long-");
    expect(prefix.status).toBe(302);
    expect(prefix.headers.get("location")).toBe(LONG_ID);
    const label = await get(`/sources/${encodeURIComponent("harbour works finished")}`);
    expect(label.headers.get("location")).toBe("linked");
    // Two seed ids start "00": ambiguous, so not found.
    expect((await get("/sources/00")).status).toBe(404);
    const slash = await get("/sources/");
    expect(slash.status).toBe(302);
    expect(new URL(slash.headers.get("location") ?? "", `${base}/sources/`).pathname).toBe(
      "/sources",
    );
  });

  it("keeps the exact routes exact: /healthz still answers, /sourcesx is not a page, POST is 405", async () => {
    expect((await get("/healthz")).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await get("/sourcesx")).status).toBe(404);
    expect((await get("/healthz/x")).status).toBe(404);
    const post = await fetch(`${base}/sources/${LONG_ID}`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
  });

  it("follows a reload: the pages show the engine serving now", async () => {
    const { corpus: seedsOnly } = await loadCorpus("seeds");
    const next = buildEngine(seedsOnly);
    monitoring.monitor.reloaded("ok", next);
    expect((await get(`/sources/${LONG_ID}`)).status).toBe(404);
    expect(await (await get("/sources")).text()).toContain(`Corpus ${next.version}`);
    monitoring.monitor.reloaded("failed", engine);
    expect((await get(`/sources/${LONG_ID}`)).status).toBe(404);
    monitoring.monitor.reloaded("ok", engine);
    expect((await get(`/sources/${LONG_ID}`)).status).toBe(200);
  });
});
