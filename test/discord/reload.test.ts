import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffCorpora } from "../../src/discord/diffCorpora.js";
import { parsePublishedBullets, staleReason } from "../../src/discord/findStalePins.js";
import { createReloader } from "../../src/discord/reloadCorpus.js";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import { renderPublishedSummary } from "../../src/discord/render/renderSummary.js";
import { renderReload } from "../../src/discord/render/renderReload.js";
import { buildEngine, loadCorpus, type Engine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";

const corpusOf = (articles: Record<string, string>) => {
  const list = Object.entries(articles).map(([id, text]) => chunkArticle(id, `${id}.txt`, text));
  return { articles: list, version: hashCorpus(list) };
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("corpus diff", () => {
  it("names the articles added, removed and changed", () => {
    const before = corpusOf({
      a: "Talks began in Geneva.",
      b: "Ceasefire holds.",
      c: "Prices rose.",
    });
    const after = corpusOf({
      a: "Talks began in Geneva.",
      b: "Ceasefire broke down.",
      d: "New article.",
    });
    expect(diffCorpora(before, after)).toEqual({ added: ["d"], removed: ["c"], changed: ["b"] });
  });
});

describe("stale pinned summaries", () => {
  const engineOf = (articles: Record<string, string>) => buildEngine(corpusOf(articles));

  it("reads a published summary's bullets and citations back, markdown and all", () => {
    const engine = engineOf({
      a: "Officials met in Geneva on Monday to discuss the *grain* corridor.\nA second paragraph follows.",
    });
    const summary = engine.summarize("");
    const reply = renderPublishedSummary(
      summary,
      labelSources(engine.listSources()),
      engine.version,
    );
    const bullets = parsePublishedBullets(reply.embeds![0]!.description!);
    expect(bullets[0]).toEqual({
      text: summary.bullets[0]!.text,
      citations: [
        {
          label: engine.listSources()[0]!.label,
          paragraph: summary.bullets[0]!.citations[0]!.paragraph,
        },
      ],
    });
  });

  it("flags a bullet whose sentence changed or whose article went, and passes one still verbatim", () => {
    const before = engineOf({
      a: "Officials met in Geneva on Monday.",
      b: "The ceasefire held overnight.",
    });
    const reply = renderPublishedSummary(
      before.summarize(""),
      labelSources(before.listSources()),
      before.version,
    );
    const bullets = parsePublishedBullets(reply.embeds![0]!.description!);
    // Article a keeps its label (its title) but changes its sentence; article b is gone.
    const after = engineOf({ a: "Officials met in Vienna on Monday." });
    const reasons = bullets.map((b) => staleReason(b, after));
    expect(reasons.filter(Boolean)).toHaveLength(2);
    const relabelled = engineOf({
      a: "# Geneva talks\nOfficials met in Geneva on Monday.",
      b: "The ceasefire held overnight.",
    });
    expect(bullets.map((b) => staleReason(b, relabelled))).toEqual(bullets.map(() => undefined));
    expect(bullets.map((b) => staleReason(b, before))).toEqual(bullets.map(() => undefined));
  });
});

describe("stale pinned summaries of a file of several stories", () => {
  const DIGEST = [
    "Springfield, Ill. -- The city council voted Tuesday to build a new bridge over the river.",
    "Austin, Texas -- The Texas Senate passed a water bill on Thursday after a long debate.",
  ].join("\n");

  it("reads a story label back as its article, and names the story when its paragraph changed", () => {
    const engine = buildEngine(corpusOf({ digest: DIGEST }));
    const story = engine.listSources()[0]!.stories![1]!;
    const cited = {
      text: "on Thursday after a long debate.",
      citations: [{ label: story.label, paragraph: 2 }],
    };
    expect(staleReason(cited, engine)).toBeUndefined();
    const changed = buildEngine(
      corpusOf({
        digest: DIGEST.replace("long debate", "short debate"),
        other: "Paragraph two of another file says nothing of Texas.",
      }),
    );
    expect(staleReason(cited, changed)).toBe(`${story.label} ¶2 no longer says this word for word`);
  });
});

describe("reloading", () => {
  async function setUp() {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-reload-"));
    dirs.push(dir);
    cpSync("seeds", dir, { recursive: true });
    let engine: Engine = buildEngine((await loadCorpus(dir)).corpus);
    const reload = createReloader({
      config: { seedsDir: dir },
      current: () => engine,
      install: (next) => (engine = next),
    });
    return { dir, reload, current: () => engine };
  }

  it("swaps in the new corpus and reports what changed", async () => {
    const { dir, reload, current } = await setUp();
    const before = current().version;
    writeFileSync(
      join(dir, "005_new.txt"),
      "Officials met in Vienna on Friday to discuss prisoner exchanges.\n",
    );
    const outcome = await reload();
    expect(outcome).toMatchObject({
      ok: true,
      previousVersion: before,
      diff: { added: ["005_new"], removed: [], changed: [] },
    });
    expect(current().version).not.toBe(before);
    expect(
      current().answer("where", "Where did officials discuss prisoner exchanges?").answers[0]
        ?.answer,
    ).toBe("Vienna");
    expect(renderReload(outcome).content).toMatch(/Added \(1\):\n• 005\\?_new/);
  });

  it("keeps the old engine serving when the new corpus is unusable, and says why", async () => {
    const { dir, reload, current } = await setUp();
    const before = current();
    rmSync(dir, { recursive: true, force: true });
    const outcome = await reload();
    expect(outcome).toMatchObject({
      ok: false,
      version: before.version,
      reason: expect.stringMatching(/does not exist/),
    });
    expect(current()).toBe(before);
    expect(renderReload(outcome).content).toMatch(/Reload failed, so nothing changed/);
  });

  it("runs one reload at a time: a request during a reload waits, then gets a reload that sees its edit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-reload-"));
    dirs.push(dir);
    writeFileSync(join(dir, "a.txt"), "Officials met in Geneva on Monday.\n");
    let engine: Engine = buildEngine((await loadCorpus(dir)).corpus);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const scans: string[] = [];
    const reload = createReloader({
      config: { seedsDir: dir },
      current: () => engine,
      install: (next) => (engine = next),
      // The first reload's pin check waits for the test, so the second request surely arrives mid-reload.
      scanPins: async (next) => {
        scans.push(next.version);
        if (scans.length === 1) await held;
        return { checkedSummaries: 0, checkedChannels: 0, stale: [], problems: [] };
      },
    });
    writeFileSync(join(dir, "b.txt"), "The ceasefire held overnight.\n");
    const first = reload();
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    writeFileSync(join(dir, "c.txt"), "Prices rose in March.\n");
    const second = reload();
    const third = reload();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(scans).toHaveLength(1);
    release();
    expect(await first).toMatchObject({ ok: true, diff: { added: ["b"] } });
    expect(await second).toMatchObject({
      ok: true,
      diff: { added: ["c"], removed: [], changed: [] },
    });
    expect(scans).toHaveLength(2);
    expect(
      engine
        .listSources()
        .map((s) => s.id)
        .sort(),
    ).toEqual(["a", "b", "c"]);
  });

  it("reports a reload that swapped the engine as done even when the pin check throws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-reload-"));
    dirs.push(dir);
    writeFileSync(join(dir, "a.txt"), "Officials met in Geneva on Monday.\n");
    let engine: Engine = buildEngine((await loadCorpus(dir)).corpus);
    const reload = createReloader({
      config: { seedsDir: dir },
      current: () => engine,
      install: (next) => (engine = next),
      scanPins: async () => {
        throw new Error("gateway gone");
      },
    });
    writeFileSync(join(dir, "a.txt"), "Officials met in Vienna on Monday.\n");
    const outcome = await reload();
    expect(outcome).toMatchObject({
      ok: true,
      diff: { changed: ["a"] },
      pins: { problems: [expect.stringMatching(/gateway gone/)] },
    });
    expect(engine.version).toBe(outcome.version);
    expect(renderReload(outcome).content).toMatch(/Reloaded[\s\S]*gateway gone/);
  });
});
