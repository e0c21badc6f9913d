import { describe, expect, it } from "vitest";
import { buildEngine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";

// Two articles unlike the seeds (business and sport, markdown and plain text): the engine must not depend on the seeds.
const BUSINESS = `# Chipmaker Nordvolt to build $4 billion plant in Ohio

By Maria Keller, Example Wire

COLUMBUS, Ohio — Nordvolt, the Swedish battery maker, said on Wednesday it would build a $4 billion factory near Columbus, creating about 2,500 jobs by 2028.

Chief executive Lars Eriksson announced the plan at a news conference with Ohio Governor Mike DeWine. "This is the largest investment in our company's history," Eriksson said.

DeWine called the deal "a turning point for the state's economy" and said construction would begin in March.

Advertisement

## Why Ohio?

Nordvolt's chief financial officer, Anna Lindqvist, told analysts that tax credits made the site competitive. "Without those credits, the numbers would not have worked," she said.

Reporting by Maria Keller; Editing by Tom Brown`;

const SPORT = `Manchester United have signed Brazilian forward Joao Silva from Benfica for a fee of 85 million euros, the club announced on Monday.
The 22-year-old, who scored 31 goals last season, has agreed a five-year contract at Old Trafford.
United manager Ruben Amorim said: "Joao is a special talent and we are delighted to welcome him."
Silva joined Benfica's academy in Lisbon at the age of 14 after leaving his hometown of Recife.
Read more: United's summer transfer window so far`;

// British style: straight single quotation marks, a dated article, a house number, "constituency of".
const POLITICS = ` date 2024-07-05 LONDON (Reuters) - Keir Starmer became Britain's prime minister on Friday after his Labour Party won a landslide election victory, ending 14 years of Conservative rule.
'The country has voted decisively for change,' Starmer told supporters outside 10 Downing Street.
Outgoing prime minister Rishi Sunak conceded defeat early on Friday. "I take responsibility for the loss," Sunak said in a short speech in his constituency of Richmond.
Labour won 412 of the 650 seats in the House of Commons, according to the BBC.
Rachel Reeves, the new finance minister, is the first woman to hold the post in its 800-year history.
She said she would publish a budget in the autumn.`;

function engine() {
  const articles = [
    chunkArticle("business", "business.md", BUSINESS),
    chunkArticle("sport", "sport.txt", SPORT),
    chunkArticle("politics", "politics.txt", POLITICS),
  ];
  return buildEngine({ articles, version: hashCorpus(articles) });
}

describe("articles the engine has never seen", () => {
  it("chunks title, byline, dateline, heading and boilerplate", () => {
    const business = engine().corpus.articles.find((a) => a.id === "business")!;
    expect(business.title).toBe("Chipmaker Nordvolt to build $4 billion plant in Ohio");
    expect(business.dateline).toBe("COLUMBUS");
    expect(business.sections).toEqual(["Why Ohio?"]);
    expect(business.dropped.map((d) => d.reason)).toEqual([
      "title",
      "boilerplate",
      "boilerplate",
      "heading",
      "boilerplate",
    ]);
    const politics = engine().corpus.articles.find((a) => a.id === "politics")!;
    expect(politics).toMatchObject({ date: "2024-07-05", dateline: "LONDON" });
  });

  it("finds people with their roles, and not clubs or companies", () => {
    const people = engine()
      .entities()
      .filter((e) => e.kind === "person")
      .map((e) => e.name);
    expect(people).toEqual(
      expect.arrayContaining([
        "Lars Eriksson",
        "Mike DeWine",
        "Anna Lindqvist",
        "Joao Silva",
        "Ruben Amorim",
      ]),
    );
    expect(people).not.toContain("Manchester United");
  });

  it.each([
    ["who", "Who is the chief executive of Nordvolt?", "Lars Eriksson"],
    ["who", "Ohio governor", "Mike DeWine"],
    ["who", "United manager", "Ruben Amorim"],
    ["where", "Where will Nordvolt build its factory?", "Columbus"],
    ["where", "Where is Silva's hometown?", "Recife"],
    ["when", "When will construction begin?", "March"],
    ["ask", "How many jobs will the factory create?", "about 2,500 jobs"],
    ["ask", "How much will the plant cost?", "$4 billion"],
    ["who", "Who is the new finance minister?", "Rachel Reeves"],
    ["who", "Who conceded defeat?", "Rishi Sunak"],
    ["where", "Where did Starmer speak to supporters?", "Downing Street"],
    ["where", "Where did Sunak give his speech?", "Richmond"],
    ["when", "When will Reeves publish a budget?", "the autumn"],
    ["ask", "How many seats did Labour win?", "412 of the 650 seats"],
  ] as const)("%s %j answers %j", (command, query, expected) => {
    expect(engine().answer(command, query).answers[0]?.answer).toBe(expected);
  });

  it("attributes quotations, including through a pronoun", () => {
    const e = engine();
    expect(e.answer("quote", "Eriksson investment").answers[0]).toMatchObject({
      speaker: "Lars Eriksson",
    });
    expect(e.answer("quote", "credits numbers").answers[0]).toMatchObject({
      speaker: "Anna Lindqvist",
    });
    expect(e.answer("quote", "Starmer change").answers[0]).toMatchObject({
      answer: "The country has voted decisively for change",
      speaker: "Keir Starmer",
    });
  });

  it("says nothing about what the articles do not cover", () => {
    expect(engine().answer("who", "Who won the Champions League?").answers).toEqual([]);
    expect(engine().answer("where", "Where is the Eiffel Tower?").answers).toEqual([]);
  });
});
