import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";
import { sameStory } from "../../src/engine/corpus/sameStory.js";
import { buildEngine } from "../../src/engine/index.js";
import { LINE_THRESHOLDS } from "../../src/engine/corpus/lineThresholds.js";

const chunk = (text: string) => chunkArticle("a", "a.txt", text);
const LABEL_MAX = LINE_THRESHOLDS.labelChars + 1;

const DIGEST = [
  "Springfield, Ill. -- The city council voted Tuesday to build a new bridge over the river at a cost of $2 million.",
  "Mayor Tom Ruddy said the work would start in May and take two years.",
  "Austin, Texas -- The Texas Senate passed a water bill on Thursday after a debate that lasted most of the night.",
  "Senator Ann Cole said the vote was closer than anyone had expected.",
  "Washington -- Consumer prices rose in March for the third month in a row, the Labor Department reported today.",
].join("\n");

describe("stories", () => {
  it("splits a file at datelines in the middle and labels each story with its place and first words", () => {
    const article = chunk(DIGEST);
    expect(article.stories.map((s) => [s.first, s.dateline, s.rule])).toEqual([
      [1, "Springfield, Ill.", "opening"],
      [3, "Austin, Texas", "dateline-starts-story"],
      [5, "Washington", "dateline-starts-story"],
    ]);
    expect(article.stories[1]!.label.startsWith("Austin, Texas: The Texas Senate passed")).toBe(
      true,
    );
    expect(article.stories[2]!.label.startsWith("Washington: Consumer prices rose")).toBe(true);
    for (const story of article.stories) expect(story.label.length).toBeLessThanOrEqual(LABEL_MAX);
  });

  it("keeps paragraph numbers counted over the whole file and gives each paragraph its story index", () => {
    const article = chunk(DIGEST);
    expect(article.paragraphs.map((p) => [p.n, p.story])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 1],
      [5, 2],
    ]);
  });

  it("answers 'same story?' for two paragraphs", () => {
    const [p1, p2, p3] = chunk(DIGEST).paragraphs;
    expect(sameStory(p1!, p2!)).toBe(true);
    expect(sameStory(p2!, p3!)).toBe(false);
    expect(sameStory(p1!, { ...p1!, article: "b" })).toBe(false);
  });

  it("keeps a mixed-case dateline in the paragraph text and strips an all-caps one", () => {
    const article = chunk(
      `${DIGEST}\nLONDON (Reuters) - Shares in London closed higher on Friday as oil prices recovered.`,
    );
    expect(article.paragraphs[2]!.text.startsWith("Austin, Texas -- The Texas Senate")).toBe(true);
    expect(article.paragraphs[5]!.text).toBe(
      "Shares in London closed higher on Friday as oil prices recovered.",
    );
    expect(article.stories[3]).toMatchObject({
      first: 6,
      dateline: "LONDON",
      rule: "dateline-starts-story",
    });
  });

  it("reads agency-style datelines in mixed case", () => {
    const article = chunk(
      "The market opened quietly on Monday morning in every European capital.\nParis (AFP) - French farmers blocked roads around the capital on Tuesday in a protest over fuel prices.",
    );
    expect(article.stories.map((s) => s.dateline)).toEqual([undefined, "Paris"]);
  });

  it.each([
    "Both elements -- the caution and the willingness -- were reflected in a letter to the premier.",
    "Mr. Houtz -- Farm machinery is selling well this year, he told visitors at the fair.",
    "President Kennedy -- The White House said nothing about the meeting on Friday evening.",
    "On the third occasion -- another summit in Paris a year ago -- there was no problem at all.",
    "Monday -- The talks resumed in Geneva after a weekend of shelling near the front.",
  ])("does not read %j as a dateline", (line) => {
    const article = chunk(`The first story of the day is about the weather in the north.\n${line}`);
    expect(article.stories).toHaveLength(1);
  });

  it("starts a story at a stacked headline, a kicker and its lower-case deck, labelled with both", () => {
    const article = chunk(
      [
        "The nation",
        "the harbour strike",
        "Dock workers in Baltimore walked out on Monday, and the union said the strike would last.",
        "The port authority said ships were waiting in the bay.",
        "The economy",
        "a slow spring",
        "Retail sales fell in April, the Commerce Department said, after two months of gains.",
      ].join("\n"),
    );
    expect(article.title).toBe("The nation: the harbour strike");
    expect(article.stories.map((s) => [s.first, s.label, s.rule])).toEqual([
      [1, "The nation: the harbour strike", "opening"],
      [3, "The economy: a slow spring", "stacked-headline"],
    ]);
    expect(article.paragraphs[2]!.section).toBe("The economy: a slow spring");
  });

  it("starts a story at a 'Section: headline' heading, even one ending in a quotation mark", () => {
    const article = chunk(
      "Dock workers in Baltimore walked out on Monday over pay.\nCrime: ‘a quiet raid’\nThree men robbed a bank in Dayton on Friday and escaped in a stolen car.",
    );
    expect(article.stories.map((s) => [s.first, s.label, s.rule])).toEqual([
      [1, expect.any(String), "opening"],
      [2, "Crime: ‘a quiet raid’", "kicker-headline"],
    ]);
  });

  it("keeps a subhead inside its story when the text after it goes on about the same people", () => {
    const article = chunk(
      [
        "Arnold Palmer led the Masters at Augusta on Saturday, two strokes ahead of Gary Player.",
        "Palmer said the course at Augusta was playing fast.",
        "Instant rivalry",
        "On Sunday Palmer and Player were paired together, and Player birdied the first hole at Augusta.",
      ].join("\n"),
    );
    expect(article.stories).toHaveLength(1);
    expect(article.paragraphs[2]!.section).toBe("Instant rivalry");
  });

  it("starts a story at a subhead after which the text names people and places the story never mentioned", () => {
    const article = chunk(
      [
        "Arnold Palmer led the Masters at Augusta on Saturday, two strokes ahead of Gary Player.",
        "Palmer said the course at Augusta was playing fast.",
        "Break in Georgia",
        "The University of Georgia admitted Hamilton Holmes and Charlayne Hunter after Judge William Bootle ruled in Athens.",
        "Governor Ernest Vandiver said Atlanta lawyers would appeal to Washington.",
      ].join("\n"),
    );
    expect(article.stories.map((s) => [s.first, s.label, s.rule])).toEqual([
      [1, expect.any(String), "opening"],
      [3, "Break in Georgia", "topic-shift-subhead"],
    ]);
  });

  it("never starts a story at a question subhead", () => {
    const article = chunk(
      "Leaders met in the capital on Monday to discuss the war.\nWhy in Jeddah?\nThe Saudi kingdom has hosted Sudanese, Yemeni and Lebanese delegations before, said Prince Faisal of Riyadh.",
    );
    expect(article.stories).toHaveLength(1);
  });

  it("does not carry a story's subhead into the next story opened by a dateline", () => {
    const article = chunk(
      "Farm sales rose in August across Illinois.\nDealers' stocks down\nDealer stocks are lower than a year ago.\nWashington -- Consumer spending edged down in April, the Government reported.",
    );
    expect(article.paragraphs.map((p) => p.section)).toEqual([
      undefined,
      "Dealers' stocks down",
      undefined,
    ]);
  });

  it("uses one story's label for an article of one story, and the title for the first story", () => {
    const article = chunk(
      "Energy truce agreed\n\nBoth sides halted strikes on power plants on Tuesday.",
    );
    expect(article.stories).toEqual([
      expect.objectContaining({
        first: 1,
        label: "Energy truce agreed",
        headline: "Energy truce agreed",
      }),
    ]);
    expect(article.paragraphs[0]!.story).toBe(0);
  });
});

describe("titles", () => {
  it.each([
    'Blair says "no deal"',
    "Minister warns of 'hard winter'",
    "Crime: ‘skyjacked’",
    "Rooney hails “best win”",
  ])("takes the first line %j as the title even though it ends in a quotation mark", (title) => {
    const article = chunk(
      `${title}\n\nThe prime minister spoke in London on Monday after the talks had failed.`,
    );
    expect(article.title).toBe(title);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "The prime minister spoke in London on Monday after the talks had failed.",
    ]);
  });

  it("takes an opening question as the title in a file of blank-line paragraphs, and as a section in a file of one paragraph a line", () => {
    const spaced = chunk(
      "Is the radio dead?\n\nListeners in Britain turned away from radio in 2004, a survey said.\n\nThe BBC said it would respond.",
    );
    expect(spaced.title).toBe("Is the radio dead?");
    expect(spaced.paragraphs.map((p) => p.section)).toEqual([undefined, undefined]);
    const tight = chunk(
      "Is the radio dead?\nListeners in Britain turned away from radio in 2004, a survey said.\nThe BBC said it would respond.",
    );
    expect(tight.title).toBeUndefined();
    expect(tight.paragraphs[0]!.section).toBe("Is the radio dead?");
  });

  it("keeps a short first line that ends its sentence inside the quotation marks as a paragraph", () => {
    const article = chunk(
      'He called the plan "a disaster."\n\nThe minister spoke in London on Monday.',
    );
    expect(article.title).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });
});

describe("reader comments", () => {
  const ARTICLE = [
    "Council to close four libraries",
    "",
    "The council said on Monday that four libraries in the borough would close in June to save money.",
    "",
    "Councillor Mary Finch said the buildings would be sold to developers.",
    "",
    "Here are some of your comments:",
    "",
    "This is a disgrace. Libraries are the heart of a town and the developers will ruin it.",
    "Jane Miller, Dorking, UK",
    "",
    "I stopped using mine years ago, so the council is right to sell. Tom Baker, Leeds",
  ].join("\n");

  function engineOf(text: string) {
    const articles = [chunkArticle("lib", "lib.txt", text)];
    return buildEngine({ articles, version: hashCorpus(articles) });
  }

  it("marks a signed reader-comment section as comments, keeping its paragraphs numbered", () => {
    const article = chunkArticle("lib", "lib.txt", ARTICLE);
    expect(article.paragraphs.map((p) => [p.n, p.comment])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, "your-comments"],
      [4, "your-comments"],
      [5, "your-comments"],
      [6, "your-comments"],
    ]);
    expect(engineOf(ARTICLE).getParagraph("lib", 6)?.text).toContain("Tom Baker, Leeds");
  });

  it("never answers, quotes or summarises from reader comments, which the same text without its lead-in would reach", () => {
    const questions = [
      ["ask", "Are libraries the heart of a town?"],
      ["who", "Who is Jane Miller?"],
      ["where", "Where does Tom Baker live?"],
      ["quote", "disgrace"],
    ] as const;
    const cited = (engine: ReturnType<typeof engineOf>) => [
      ...questions.flatMap(([command, query]) =>
        engine.answer(command, query).answers.flatMap((a) => a.citations.map((c) => c.paragraph)),
      ),
      ...engine.summarize("").bullets.flatMap((b) => b.citations.map((c) => c.paragraph)),
    ];
    expect(cited(engineOf(ARTICLE)).every((n) => n <= 2)).toBe(true);
    expect(
      cited(engineOf(ARTICLE.replace("Here are some of your comments:", "Council news."))).some(
        (n) => n > 2,
      ),
    ).toBe(true);
    expect(
      engineOf(ARTICLE).answer("who", "Who said the buildings would be sold?").answers[0],
    ).toMatchObject({ answer: "Mary Finch", citations: [{ paragraph: 2 }] });
  });

  it("reads a lead-in heading and comments signed at the end of the paragraph, and keeps the reporting before it", () => {
    const article = chunk(
      "The club sold its ground to a developer on Friday.\n\nYour comments\n\nA sad day for the town and for the fans. Peter Hall, Swindon\n\nThey had no choice. Anna Berg, Sweden",
    );
    expect(article.paragraphs.map((p) => p.comment)).toEqual([
      undefined,
      "your-comments",
      "your-comments",
    ]);
    expect(article.dropped).toEqual([
      expect.objectContaining({
        reason: "heading",
        text: "Your comments",
        detail: "your-comments",
      }),
    ]);
    expect(article.paragraphs[1]!.section).toBe("Your comments");
  });

  it("hides nothing behind a lead-in that no signed comment follows", () => {
    const article = chunk(
      "Prices rose again in March.\nWhat do you think?\nEconomists at the Bank of England expect them to fall by the summer.\nThe bank meets again on Thursday.",
    );
    expect(article.paragraphs.some((p) => p.comment)).toBe(false);
  });
});

// The real development set (not in the repository: the BBC owns its articles), when it is beside the project.
const REAL = join(__dirname, "../../../shared/eval/real");
const realFiles = (corpus: string) =>
  existsSync(join(REAL, corpus))
    ? readdirSync(join(REAL, corpus))
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
const brown = realFiles("brown");
const bbc = realFiles("bbc");
const read = (corpus: string, file: string) =>
  chunkArticle(file.replace(/\.txt$/, ""), file, readFileSync(join(REAL, corpus, file), "utf8"));

describe.skipIf(brown.length === 0)(
  "stories in the Brown development texts (skipped: ../shared/eval/real/brown is absent)",
  () => {
    // An independent, simpler reading of a Brown dateline: capitalised words, an optional state, then " -- " and a capital.
    const DATELINE_LINE =
      /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)? -- \p{Lu}/u;

    it.each(brown)(
      "%s starts a story at every paragraph that opens with a dateline, and only there",
      (file) => {
        const article = read("brown", file);
        const datelined = article.paragraphs
          .filter((p) => DATELINE_LINE.test(p.text))
          .map((p) => p.n);
        expect(article.stories.filter((s) => s.dateline).map((s) => s.first)).toEqual(datelined);
      },
    );

    it("splits ca28 into its Elburn farm story and its Washington story", () => {
      const article = read("brown", "ca28.txt");
      expect(article.stories.map((s) => s.dateline)).toEqual(["Elburn, Ill.", "Washington"]);
      expect(article.stories.map((s) => s.label.split(":")[0])).toEqual([
        "Elburn, Ill.",
        "Washington",
      ]);
    });

    it.each(brown)(
      "%s keeps paragraphs numbered over the whole file, each story starting where the story index changes",
      (file) => {
        const article = read("brown", file);
        expect(article.paragraphs.map((p) => p.n)).toEqual(article.paragraphs.map((_, i) => i + 1));
        const starts = article.paragraphs
          .filter((p, i) => i === 0 || p.story !== article.paragraphs[i - 1]!.story)
          .map((p) => p.n);
        expect(article.stories.map((s) => s.first)).toEqual(starts);
        for (const story of article.stories)
          expect(story.label.length).toBeLessThanOrEqual(LABEL_MAX);
      },
    );
  },
);

describe.skipIf(bbc.length === 0)(
  "the BBC development articles (skipped: ../shared/eval/real/bbc is absent)",
  () => {
    it.each(bbc)("%s: the first line is the title, never paragraph 1", (file) => {
      const firstLine = readFileSync(join(REAL, "bbc", file), "utf8")
        .split("\n")
        .find((line) => line.trim())!
        .trim();
      const article = read("bbc", file);
      expect(article.title).toBe(firstLine);
      expect(article.paragraphs[0]!.text).not.toBe(firstLine);
      expect(article.stories).toHaveLength(1);
    });
  },
);
