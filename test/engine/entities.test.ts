import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/engine/entities/nameKey.js";
import { engineOf } from "./engineOf.js";
import { seedEngine } from "./seedEngine.js";
import {
  collectFacts,
  createAnalysis,
  paragraphIndexOf,
} from "../../src/engine/analysis/analyzeCorpus.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus, loadCorpus } from "../../src/engine/corpus/loadCorpus.js";
import { ORG_SUFFIXES, PLACE_SUFFIXES, WEEKDAYS } from "../../src/engine/entities/lexicon.js";
import { resolvePronoun } from "../../src/engine/entities/resolvePronoun.js";
import type { Corpus, Entity } from "../../src/engine/types.js";

const person = (engine: Awaited<ReturnType<typeof seedEngine>>, variant: string) =>
  engine.entities().filter((e) => e.kind === "person" && e.variants.includes(variant));

describe("entity table", () => {
  it.each([
    ["Andrij Jermak", "Andriy Yermak"],
    ["Rustem Umjerov", "Rustem Umerov"],
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Steven Witkoff", "Steve Witkoff"],
    ["Volodymyr Zelenskyj", "Volodymyr Zelenskyy"],
  ])("merges the spellings %s and %s of one person across articles", async (a, b) => {
    const engine = await seedEngine();
    const [first] = person(engine, a);
    expect(first).toBeDefined();
    expect(first!.variants).toContain(b);
  });

  it("keeps apart different people with similar names (Mike Waltz, Tim Walz)", () => {
    const engine = engineOf(
      "National security adviser Mike Waltz met reporters.\nMinnesota Governor Tim Walz spoke later.",
    );
    const names = engine
      .entities()
      .filter((e) => e.kind === "person")
      .map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Mike Waltz", "Tim Walz"]));
  });

  it("keys transliterations together without edit distance", () => {
    expect(nameKey("Zelenskiy")).toBe(nameKey("Zelenskyj"));
    expect(nameKey("Zelensky")).toBe(nameKey("Zelenskyy"));
    expect(nameKey("Waltz")).not.toBe(nameKey("Walz"));
  });

  it("resolves a bare surname to the full name found elsewhere in the corpus", () => {
    const engine = engineOf(
      "Foreign Minister Sergei Lavrov arrived in Riyadh.",
      "Lavrov said the talks were useful.",
    );
    const lavrov = engine.entities().find((e) => e.name === "Sergei Lavrov");
    expect(lavrov?.mentions.map((m) => m.article)).toEqual(["a0", "a1"]);
  });

  it("records the roles the text gives a person, as written", async () => {
    const engine = await seedEngine();
    const [peskov] = person(engine, "Dmitry Peskov");
    expect(peskov?.roles).toContain("Kremlin's spokesperson");
    const [lavrov] = person(engine, "Sergei Lavrov");
    expect(lavrov?.roles).toContain("Russian Foreign Minister");
  });

  it("lists dates that stand on their own, with where they appear", async () => {
    const engine = await seedEngine();
    const dates = engine.entities().filter((e) => e.kind === "date");
    expect(dates.map((d) => d.name)).toEqual(
      expect.arrayContaining(["February 24, 2022", "2014", "from 2016 to 2020"]),
    );
    expect(dates.find((d) => d.name === "2014")!.mentionCount).toBeGreaterThanOrEqual(3);
    expect(dates.map((d) => d.name)).not.toContain("Monday");
  });

  it("does not mistake titles, places or organisations for people", async () => {
    const engine = await seedEngine();
    const people = engine
      .entities()
      .filter((e) => e.kind === "person")
      .map((e) => e.name);
    for (const notPerson of [
      "Saudi Arabia",
      "White House",
      "Middle East",
      "Cold War",
      "Foreign Minister",
      "Kremlin",
      "Goldman Sachs",
    ]) {
      expect(people).not.toContain(notPerson);
    }
    const places = engine
      .entities()
      .filter((e) => e.kind === "place")
      .map((e) => e.name);
    expect(places).toEqual(
      expect.arrayContaining([
        "Jeddah",
        "Riyadh",
        "Al-Diriyah Palace",
        "Ritz-Carlton hotel",
        "Kyiv",
      ]),
    );
  });
});

describe("names resolved on demand", () => {
  it("resolve to the same entities as the build pass that made the table", async () => {
    const { loadCorpus } = await import("../../src/engine/index.js");
    const { collectFacts, createAnalysis, paragraphIndexOf } =
      await import("../../src/engine/analysis/analyzeCorpus.js");
    const { corpus } = await loadCorpus("seeds");
    const analysis = createAnalysis(corpus, collectFacts(corpus));
    let checked = 0;
    for (const entity of analysis.entities.entities) {
      if (entity.kind === "date") continue;
      for (const citation of entity.mentions) {
        const sentences = analysis.sentencesOf(
          paragraphIndexOf(analysis, citation.article, citation.paragraph),
        );
        expect(
          sentences.some((s) => s.mentions.some((m) => m.entity === entity.id)),
          `${entity.name} in ${citation.article} ¶${citation.paragraph}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("reads a family name first: a bare Xi is Xi Jinping", () => {
    const engine = engineOf(
      "Chinese President Xi Jinping met Kim Jong Un in Beijing.\nXi said the two countries would deepen cooperation.",
    );
    const xi = engine.entities().find((e) => e.name === "Xi Jinping");
    expect(xi?.variants).toContain("Xi");
    expect(xi?.mentionCount).toBe(2);
  });

  it("reads a title used as a name as the one person who holds it", async () => {
    const engine = await seedEngine();
    // "Foreign Minister Rubio is to meet the Crown Prince during his visit."
    expect(engine.answer("who", "Who did Rubio meet?").answers[0]?.answer).toBe(
      "Mohammed bin Salman",
    );
    // The title in an action question names the object, not the answer.
    expect(engine.answer("who", "Who will meet the Crown Prince?").answers[0]?.answer).toBe(
      "Marco Rubio",
    );
    expect(engine.answer("who", "Who is the Crown Prince?").answers[0]?.answer).toBe(
      "Mohammed bin Salman",
    );
    const shared = engineOf(
      "President Anna Berg met President Tom Holt.\nThe President said the talks went well.",
    );
    expect(shared.answer("who", "Who said the talks went well?").answers).toEqual([]);
  });

  it("keeps particles inside names: Ursula von der Leyen", () => {
    const engine = engineOf(
      "European Commission President Ursula von der Leyen spoke in Brussels.",
    );
    expect(engine.entities().map((e) => e.name)).toContain("Ursula von der Leyen");
  });
});

const kindOf = (entities: readonly Entity[], name: string) =>
  entities.filter((e) => e.variants.includes(name)).map((e) => e.kind);
const people = (entities: readonly Entity[]) => entities.filter((e) => e.kind === "person");
const corpusOf = (...texts: string[]): Corpus => {
  const articles = texts.map((text, i) => chunkArticle(`a${i}`, `a${i}.txt`, text));
  return { articles, version: hashCorpus(articles) };
};
const analysisOf = (...texts: string[]) => {
  const corpus = corpusOf(...texts);
  return createAnalysis(corpus, collectFacts(corpus));
};

describe("entity types by votes", () => {
  it("types capes, counties, hospitals, inns, stadiums and bowls as places, not people", () => {
    const engine = engineOf(
      "Reporters waited at Cape Cod all week.\nThe team played in the Cotton Bowl on Saturday.\nShe was taken to Mercy Hospital and later to the Red Lion Inn.\nFans filled Wembley Stadium as officials in East Sussex watched.",
    );
    const entities = engine.entities();
    for (const name of [
      "Cape Cod",
      "Cotton Bowl",
      "Mercy Hospital",
      "Red Lion Inn",
      "Wembley Stadium",
      "East Sussex",
    ])
      expect(kindOf(entities, name), name).toEqual(["place"]);
  });

  it("types rooms, ballrooms and auditoriums as venues: 'the East Room of the White House'", () => {
    const engine = engineOf(
      "The cellist rehearsed in the East Room of the White House on Monday.\nThe award dinner is in the Grand Ballroom of the hotel, and the lecture in Royce Auditorium.",
    );
    const entities = engine.entities();
    for (const name of ["East Room", "Grand Ballroom", "Royce Auditorium"])
      expect(kindOf(entities, name), name).toEqual(["place"]);
    expect(engine.answer("where", "Where did the cellist rehearse?").answers[0]?.answer).toBe(
      "East Room",
    );
  });

  it("types a name followed by a lower-case ballroom, lounge or restaurant as a venue, not a person", () => {
    const entities = engineOf(
      "The final was held on the floor of the Beverly Hilton ballroom on Tuesday.\nGuests later met in the Carlton lounge.",
    ).entities();
    expect(entities.find((e) => /Beverly Hilton/.test(e.name))?.kind).toBe("place");
    expect(entities.find((e) => /Carlton/.test(e.name))?.kind).toBe("place");
  });

  it("types a name that ends in an organisation word as an organisation", () => {
    const entities = engineOf(
      "Continental Airlines said the flight was delayed.\nShares in Acme Corp fell as the Farmers Union met.",
    ).entities();
    for (const name of ["Continental Airlines", "Acme Corp", "Farmers Union"])
      expect(kindOf(entities, name), name).toEqual(["org"]);
  });

  it("reads 'X of Town' as a person from a place", () => {
    const entities = engineOf(
      "The winner was Rob Ledford of Gainesville, who caught the largest fish.",
    ).entities();
    expect(kindOf(entities, "Rob Ledford")).toEqual(["person"]);
    expect(kindOf(entities, "Gainesville")).toEqual(["place"]);
    expect(entities.some((e) => e.name.includes(" of "))).toBe(false);
  });

  it("reads abbreviated titles as roles and keeps them out of the name", () => {
    const entities = engineOf(
      "Gov. Price Daniel signed the bill, and Atty. Gen. Will Wilson said it was legal.\nLt. Mary Jones, 34, led the patrol.",
    ).entities();
    const names = people(entities).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Price Daniel", "Will Wilson", "Mary Jones"]));
    expect(names.some((n) => /\b(?:Gov|Gen|Atty|Lt)\b/.test(n))).toBe(false);
  });

  it("never glues a weekday or a describing word onto a name", () => {
    const entities = engineOf(
      "On Tuesday Smith said the sprinters would run.\nSprinters Kostas Kenteris and Katerina Thanou missed the tests, the sprinters said.\nStudents Holmes and Hunter may enter the university, the students said.",
    ).entities();
    const names = people(entities).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Kostas Kenteris", "Katerina Thanou"]));
    expect(names.some((n) => /^(?:Tuesday|Sprinters|Students)\b/.test(n))).toBe(false);
  });

  it("does not take a word the corpus also writes in lower case as a name by itself", () => {
    const entities = engineOf(
      "The House voted on the bill and General said nothing.",
      "He sold the house; the general store closed.",
    ).entities();
    expect(people(entities).map((e) => e.name)).not.toEqual(expect.arrayContaining(["House"]));
    expect(people(entities).map((e) => e.name)).not.toContain("General");
  });

  it("keeps one type for a name across its article, decided by all its mentions", () => {
    // Alone, "to Palmer" looks like a town the gazetteer knows; the article's other mentions say person.
    const engine = engineOf(
      "Arnold Palmer won the tournament.\nPalmer said the course was hard.\nThe crowd ran to Palmer after the round.",
    );
    expect(kindOf(engine.entities(), "Palmer")).toEqual(["person"]);
  });

  it("records the votes behind an entity's type", () => {
    const [entity] = engineOf("Continental Airlines said the flight was late.")
      .entities()
      .filter((e) => e.name === "Continental Airlines");
    expect(entity?.votes?.[0]).toMatchObject({ rule: "org-suffix", kind: "org" });
  });
});

describe("coreference", () => {
  it("links an honorific with a surname to the full-named person of the same article", () => {
    const entities = engineOf(
      "Tony Blair visited the plant.\nMr Blair said jobs were safe.\nLord Peter Goldsmith agreed, and Lord Goldsmith added a warning.",
    ).entities();
    const blair = entities.find((e) => e.name === "Tony Blair");
    expect(blair?.variants).toContain("Blair");
    expect(people(entities).filter((e) => e.variants.includes("Goldsmith"))).toHaveLength(1);
  });

  it("resolves a bare surname to the namesake of its own article before one elsewhere", () => {
    const analysis = analysisOf(
      "Robert F. Wagner opened the bridge.\nWagner said it was a fine day.",
      "Donald C. Wagner ran the company.\nWagner said profits rose.",
      "Donald C. Wagner spoke at the dinner.",
    );
    const robert = analysis.entities.entities.find((e) => e.name === "Robert F. Wagner");
    const donald = analysis.entities.entities.find((e) => e.name === "Donald C. Wagner");
    expect(robert?.mentions.map((m) => `${m.article}¶${m.paragraph}`)).toEqual(["a0¶1", "a0¶2"]);
    expect(donald?.mentions.map((m) => `${m.article}¶${m.paragraph}`)).toEqual([
      "a1¶1",
      "a1¶2",
      "a2¶1",
    ]);
  });

  it("keeps a bare surname apart when several namesakes live elsewhere and none in its article", () => {
    const entities = engineOf(
      "Robert F. Wagner opened the bridge.",
      "Donald C. Wagner ran the company.",
      "Mayor Wagner said the city was safe.",
    ).entities();
    const robert = entities.find((e) => e.name === "Robert F. Wagner");
    const donald = entities.find((e) => e.name === "Donald C. Wagner");
    expect(robert?.mentions.map((m) => m.article)).toEqual(["a0"]);
    expect(donald?.mentions.map((m) => m.article)).toEqual(["a1"]);
  });

  it("merges one first-name letter apart in one article, never across articles", () => {
    const same = engineOf(
      "Damien Smith scored twice.\nDamian Smith said he was delighted.",
    ).entities();
    expect(
      people(same).filter(
        (e) => e.variants.includes("Damien Smith") || e.variants.includes("Damian Smith"),
      ),
    ).toHaveLength(1);
    const apart = engineOf(
      "Damien Smith scored twice.",
      "Damian Smith said he was delighted.",
    ).entities();
    expect(
      people(apart).filter(
        (e) => e.variants.includes("Damien Smith") || e.variants.includes("Damian Smith"),
      ),
    ).toHaveLength(2);
  });

  it("links 'the chancellor' to the one chancellor named in the article", () => {
    const analysis = analysisOf(
      "Chancellor Gordon Brown set out the budget.\nThe plan was welcomed, the chancellor said.",
    );
    const brown = analysis.entities.entities.find((e) => e.name === "Gordon Brown");
    const second = analysis.sentencesOf(1).flatMap((s) => s.mentions);
    expect(second.some((m) => m.entity === brown?.id && m.linkedBy === "title-as-name")).toBe(true);
  });
});

describe("resolvePronoun", () => {
  const last = (analysis: ReturnType<typeof analysisOf>, paragraphIndex: number) =>
    analysis.sentencesOf(paragraphIndex).at(-1)!;

  it("takes the last person named as a subject, not the first of the previous sentence", () => {
    const analysis = analysisOf(
      "John Smith met reporters.\nLater Peter Jones arrived.\nHe said the deal was done.",
    );
    expect(resolvePronoun(last(analysis, 2), analysis)?.entity.name).toBe("Peter Jones");
  });

  it("skips a person whose gender does not fit the pronoun", () => {
    const analysis = analysisOf(
      "Mrs Susan Hill chaired the meeting.\nMr Peter Jones spoke next.\nShe said the vote would wait.",
    );
    expect(resolvePronoun(last(analysis, 2), analysis)?.entity.name).toBe("Susan Hill");
  });

  it("does not reach back past the dateline of a new story", () => {
    const analysis = analysisOf(
      "John Smith won the race.\nAUSTIN, Texas -- Rain fell all day across the state on Tuesday.\nHe said the roads were closed.",
    );
    expect(resolvePronoun(last(analysis, 2), analysis)).toBeUndefined();
  });
});

const REAL = "../shared/eval/real";
describe.skipIf(!existsSync(REAL))("entity types on the real development articles", () => {
  it.each(["bbc", "brown"])(
    "gives no person a name that ends in a place or organisation word or opens with a weekday (%s)",
    async (name) => {
      const { corpus } = await loadCorpus(`${REAL}/${name}`);
      const facts = collectFacts(corpus);
      const bad = people(facts.entities.entities).filter((e) => {
        const words = e.name.toLowerCase().split(/\s+/);
        return (
          words.length > 1 &&
          (ORG_SUFFIXES.has(words.at(-1)!) ||
            PLACE_SUFFIXES.has(words.at(-1)!) ||
            WEEKDAYS.has(words[0]!))
        );
      });
      expect(bad.map((e) => e.name)).toEqual([]);
    },
  );

  it("takes no nationality for a person, on articles full of them (brown-extra)", async () => {
    const { corpus } = await loadCorpus("test/eval/real/brown-extra");
    const facts = collectFacts(corpus);
    const demonyms = people(facts.entities.entities).filter((e) =>
      /^(?:Congolese|Belgian|Tanzanian|Senegalese|Ghanaian)s?$/.test(e.name),
    );
    expect(demonyms.map((e) => e.name)).toEqual([]);
  });

  it.each(["bbc", "brown"])(
    "reads every sentence again with the types its article decided at build (%s)",
    async (name) => {
      const { corpus } = await loadCorpus(`${REAL}/${name}`);
      const analysis = createAnalysis(corpus, collectFacts(corpus));
      const missing: string[] = [];
      for (const entity of analysis.entities.entities) {
        if (entity.kind === "date") continue;
        for (const citation of entity.mentions) {
          const sentences = analysis.sentencesOf(
            paragraphIndexOf(analysis, citation.article, citation.paragraph),
          );
          if (!sentences.some((s) => s.mentions.some((m) => m.entity === entity.id)))
            missing.push(`${entity.name} ${citation.article}¶${citation.paragraph}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );
});
if (!existsSync(REAL))
  console.warn(`entities.test: ${REAL} is absent; the real-article checks are skipped`);

describe("dates after a name", () => {
  it("ends a name where a weekday or a month with its day begins ('in Vienna June 3', 'to Rome Tuesday')", async () => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    const kinds = (t: string) => extractMentions(t, 0, t.length).map((m) => [m.kind, m.text]);
    expect(kinds("Kennedy will meet Khrushchev in Vienna June 3 and 4.")).toContainEqual([
      "place",
      "Vienna",
    ]);
    expect(kinds("They flew to Rome Tuesday.")).toContainEqual(["place", "Rome"]);
    expect(kinds("Theresa May spoke on Friday.").map(([, text]) => text)).toContain("Theresa May");
  });
});

describe("places written into other words", () => {
  it("reads the place of 'X-born' and 'X-based', but not a nationality ('Spanish-born')", async () => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    const kinds = (t: string) => extractMentions(t, 0, t.length).map((m) => [m.kind, m.text]);
    expect(kinds("The Ballymena-born actor said the theatre was in a bad way.")).toContainEqual([
      "place",
      "Ballymena",
    ]);
    expect(kinds("The London-based firm said it would appeal.")).toContainEqual([
      "place",
      "London",
    ]);
    expect(
      kinds("The Spanish-born cellist played at the dinner.").map(([kind]) => kind),
    ).not.toContain("place");
  });

  it("reads a venue after 'outside the' or 'at the' as a place ('outside the Old Trafford ground')", async () => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    const t = "About 300 fans protested outside the Old Trafford ground two days ago.";
    expect(
      extractMentions(t, 0, t.length).find((m) => m.text.startsWith("Old Trafford")),
    ).toMatchObject({ kind: "place", located: true });
  });
});

describe("roles in apposition", () => {
  it("reads a role whose owner qualifies it ('Noel Dempsey, the government's communications minister,')", async () => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    const t =
      "Noel Dempsey, the government's communications minister, said the centre would close.";
    expect(extractMentions(t, 0, t.length).find((m) => m.text === "Noel Dempsey")?.role).toBe(
      "government's communications minister",
    );
  });
});

describe("roles of the arts, the professions and sport", () => {
  it("reads 'conductor and musical director of the San Francisco Symphony' as Enrique Jorda's role", async () => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    const t =
      "Enrique Jorda, conductor and musical director of the San Francisco Symphony, will fulfill two more guest conducting engagements.";
    expect(extractMentions(t, 0, t.length).find((m) => m.text === "Enrique Jorda")?.role).toBe(
      "conductor and musical director of the San Francisco Symphony",
    );
  });

  it.each([
    [
      "The head of that tribunal, Kostas Panagopoulos, said so.",
      "Kostas Panagopoulos",
      "head of that tribunal",
    ],
    ["The club's chief executive, David Gill, said so.", "David Gill", "club's chief executive"],
    [
      "He met the director of the bank, John Smith, on Monday.",
      "John Smith",
      "director of the bank",
    ],
    ["In the end, the players, John Smith and Tom Jones, left.", "John Smith", undefined],
    ["After the match, Alex Ferguson said he was happy.", "Alex Ferguson", undefined],
  ])("reads a role in apposition before the name: %j", async (t, name, role) => {
    const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
    expect(extractMentions(t, 0, t.length).find((m) => m.text === name)?.role).toBe(role);
  });

  it.each(["designer", "architect", "pianist", "publisher", "surgeon", "golfer"])(
    "reads a name after ', the %s of' as having that role",
    async (head) => {
      const { extractMentions } = await import("../../src/engine/entities/extractMentions.js");
      const t = `Anna Weiss, the ${head} of the new hall, said it would open in May.`;
      expect(extractMentions(t, 0, t.length).find((m) => m.text === "Anna Weiss")?.role).toBe(
        `${head} of the new hall`,
      );
    },
  );
});

describe("a capitalised corpus word is not read as a misspelt name", () => {
  it("'Christmas' (of 'Christmas Toys') is not corrected onto a person one letter away", async () => {
    const { engineOf } = await import("./engineOf.js");
    const engine = engineOf(
      "Toys\n\nAny needy family can obtain toys by writing to Christmas Toys. Requests must be mailed in by December 5.\n\nMr. Christman said the firemen would repair the toys.",
    );
    const { concepts } = engine.explain("ask", "deadline for Christmas toy requests");
    expect(concepts.find((c) => c.word === "Christmas")).toBeDefined();
    expect(concepts.find((c) => c.word === "Christmas")?.entity).toBeUndefined();
  });
});

describe("arts companies and events", () => {
  it("types 'the Leningrad Kirov Ballet' as a body and 'a Southeast Library Workshop' as an event, never as people", async () => {
    const { engineOf } = await import("./engineOf.js");
    const engine = engineOf(
      "Ballet\n\nThe Leningrad Kirov Ballet opened on Friday. A Southeast Library Workshop will be held here on Oct. 9.",
    );
    const kinds = new Map(engine.entities().map((e) => [e.name, e.kind]));
    expect(kinds.get("Leningrad Kirov Ballet")).toBe("org");
    expect([...kinds].filter(([, kind]) => kind === "person").map(([name]) => name)).not.toContain(
      "Southeast Library Workshop",
    );
  });
});

describe("judicial titles", () => {
  it("reads 'Justice Savage' as a person with a title, though 'savage' is also a word", async () => {
    const { engineOf } = await import("./engineOf.js");
    const engine = engineOf(
      'Courts\n\nIn People vs. Fisher, Justice Savage of the New York Supreme Court declared: "The right does not exist to raise wages by combination."',
    );
    expect(
      engine.answer("quote", "What did Justice Savage declare about wages?").answers[0]?.speaker,
    ).toMatch(/Savage/);
  });
});

describe("names that open with a town", () => {
  it("reads a team named after its town as a body, and a person whose first name is also a town as a person", async () => {
    const { engineOf } = await import("./engineOf.js");
    const engine = engineOf(
      "Review\n\nThe Chronicle's Paine Knickerbocker summed it up neatly on Monday. The Tampa Bay Buccaneers lost again.",
    );
    const kinds = new Map(engine.entities().map((e) => [e.name, e.kind]));
    expect(kinds.get("Paine Knickerbocker")).toBe("person");
    expect(kinds.get("Tampa Bay Buccaneers")).toBe("org");
  });
});
