import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { engineOf } from "./engineOf.js";
import { collectFacts, createAnalysis } from "../../src/engine/analysis/analyzeCorpus.js";
import type { QuoteInfo } from "../../src/engine/analysis/types.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";
import { findNestedSpans, findQuoteSpans } from "../../src/engine/quotes/findQuoteSpans.js";
import { isStoryStart } from "../../src/engine/quotes/isStoryStart.js";
import { QUOTE_RULES } from "../../src/engine/quotes/quoteRules.js";
import { termsOf } from "../../src/engine/text/processTerm.js";

/** Every quotation of one inline article, attributed. */
function quotesIn(text: string): QuoteInfo[] {
  const articles = [chunkArticle("a0", "a0.txt", text)];
  const corpus = { articles, version: hashCorpus(articles) };
  const analysis = createAnalysis(corpus, collectFacts(corpus));
  return analysis.quotesOf(0);
}

/** The quotation whose words start with `words`. */
function quoteStarting(quotes: QuoteInfo[], words: string): QuoteInfo {
  const found = quotes.find((q) => q.span.text.startsWith(words));
  if (!found)
    throw new Error(
      `no quotation starting ${JSON.stringify(words)} in ${JSON.stringify(quotes.map((q) => q.span.text))}`,
    );
  return found;
}

const RULE_IDS = new Set(QUOTE_RULES.map((r) => r.id));

describe("a quotation's terms", () => {
  it("are read on first use, as an own enumerable property that keeps what it read", () => {
    const quote = quoteStarting(
      quotesIn("“We will rebuild the bridge by spring,” the mayor said on Monday."),
      "We will rebuild",
    );
    expect(Object.keys(quote)).toContain("terms");
    expect(quote.terms).toEqual(termsOf(quote.span.text));
    expect(quote.terms).toBe(quote.terms);
  });
});

describe("quotation marks", () => {
  it("pairs curly, straight and mixed marks, and reads single marks as quotes but not apostrophes", () => {
    expect(
      findQuoteSpans('“One,” he said. "Two," she said. "Three,” they said.').map((q) => q.text),
    ).toEqual(["One", "Two", "Three"]);
    expect(
      findQuoteSpans("The minister’s aides said ‘we will not move’ on Friday.").map((q) => q.text),
    ).toEqual(["we will not move"]);
    expect(findQuoteSpans("It’s the envoys’ plan, Kyiv’s view.").map((q) => q.text)).toEqual([]);
  });

  it("lets a quotation without a closing mark run to the end of its paragraph", () => {
    const [span] = findQuoteSpans("He said: “We will rebuild. Every bridge, every road.");
    expect(span).toMatchObject({ text: "We will rebuild. Every bridge, every road.", open: true });
  });

  it("splits joined paragraphs of one quotation (an opening mark after a sentence end) into continuing segments", () => {
    const spans = findQuoteSpans(
      'Ms Hale said: "The pier will reopen. "It has been a hard winter. "We are grateful."',
    );
    expect(spans.map((s) => s.text)).toEqual([
      "The pier will reopen.",
      "It has been a hard winter.",
      "We are grateful.",
    ]);
    expect(spans.map((s) => Boolean(s.continues))).toEqual([false, true, true]);
  });

  it("finds single-marked quotations inside a double quotation, closed or left open after a colon, but not apostrophes", () => {
    const text = "“Said Ann: ‘It's late.’ We didn't wait.” “Then Bo said: ‘Go home.”";
    const [first, second] = findQuoteSpans(text);
    expect(findNestedSpans(text, first!).map((s) => s.text)).toEqual(["It's late."]);
    expect(findNestedSpans(text, second!).map((s) => [s.text, s.open])).toEqual([
      ["Go home.", true],
    ]);
  });

  it("does not split at a nested quotation inside a sentence", () => {
    expect(findQuoteSpans('She said: "I told him "no" and left."').length).toBeLessThanOrEqual(2);
  });
});

describe("story boundaries", () => {
  it("starts a new story at a dateline paragraph, not at a sentence broken by a dash", async () => {
    const { chunkArticle } = await import("../../src/engine/corpus/chunkArticle.js");
    const article = chunkArticle(
      "a0",
      "a0.txt",
      "Austin, Texas -- The legislature met on Monday to pass the budget.\nOn the third occasion -- he left.\nDallas, Texas -- The city council voted on Tuesday to raise the sales tax.\n",
    );
    const [first, second, third] = article.paragraphs;
    expect(isStoryStart(second!, first)).toBe(false);
    expect(isStoryStart(third!, second)).toBe(true);
    expect(isStoryStart(first!, undefined)).toBe(false);
  });
});

describe("quote attribution conventions", () => {
  it.each([
    ["“The grid will hold through winter,” said Energy Minister Ana Petrova.", "Ana Petrova"],
    [
      "“The grid will hold through winter,” Energy Minister Ana Petrova told reporters.",
      "Ana Petrova",
    ],
    [
      "Energy Minister Ana Petrova said on Monday: “The grid will hold through winter.”",
      "Ana Petrova",
    ],
    [
      "“The grid will hold through winter,” according to Energy Minister Ana Petrova.",
      "Ana Petrova",
    ],
    [
      "“The grid will hold through winter,” the state broadcaster quoted Energy Minister Ana Petrova as saying.",
      "Ana Petrova",
    ],
    [
      "Energy Minister Ana Petrova was quoted as saying: “The grid will hold through winter.”",
      "Ana Petrova",
    ],
    [
      "In a statement, Energy Minister Ana Petrova said: “The grid will hold through winter.”",
      "Ana Petrova",
    ],
  ])("attributes %j to its speaker", (text, speaker) => {
    const top = engineOf(text).answer("quote", "grid winter").answers[0];
    expect(top?.answer).toMatch(/^The grid will hold through winter\.?$/);
    expect(top?.speaker).toBe(speaker);
  });

  it("takes the speaker of a paragraph ending in “X said:” for the quotation that opens the next paragraph", () => {
    const quotes = quotesIn(
      'Harbour master Tomas Brandt told the BBC:\n\n"The channel will be dredged by spring."',
    );
    expect(quoteStarting(quotes, "The channel").speaker).toBe("Tomas Brandt");
    expect(quoteStarting(quotes, "The channel").attribution).toBe("intro-previous-paragraph");
  });

  it("keeps the speaker of a quotation that continues over paragraphs with an opening mark and no closing mark", () => {
    const quotes = quotesIn(
      "Mayor Ines Valdez said: “We will rebuild the bridge.\n“It will take two years.\n“Then the ferry will stop.”",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Ines Valdez", "Ines Valdez", "Ines Valdez"]);
    expect(quoteStarting(quotes, "It will take").attribution).toBe("paragraph-continues-open");
  });

  it("keeps the speaker through paragraphs joined into one line (BBC copy)", () => {
    const quotes = quotesIn(
      'Their coach, Pieter Mol, said: "We played well. "The second half was better. "Next week is harder."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Pieter Mol", "Pieter Mol", "Pieter Mol"]);
  });

  it("reads inverted attribution: said Mr. Jones, said Hargreaves with an apposition, said the title of someone named before", () => {
    const quotes = quotesIn(
      [
        "President Alan Whitcombe opened the session on Friday.",
        "“The budget is balanced,” said the President.",
        "Finance Minister Oliver Jones spoke next. “Revenue rose by a tenth,” said Mr. Jones.",
        "“Ticket prices will not change,” said Hargreaves, the club's chairman.",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "The budget").speaker).toBe("Alan Whitcombe");
    expect(quoteStarting(quotes, "Revenue").speaker).toBe("Oliver Jones");
    expect(quoteStarting(quotes, "Ticket prices").speakerEntity).toBeDefined();
    expect(quoteStarting(quotes, "Ticket prices").speaker).toMatch(/Hargreaves/);
  });

  it.each([
    ["he announced", "“The mine will close in June,” he announced."],
    ["she added", "“The mine will close in June,” she added."],
    ["he told reporters", "“The mine will close in June,” he told reporters."],
    ["He added:", "He added: “The mine will close in June.”"],
  ])("resolves %s to the person named before", (_, quotation) => {
    const person = /she/.test(quotation) ? "Mrs Clara Oduya" : "Mr Felix Oduya";
    const quotes = quotesIn(
      `${person}, the company's owner, visited the pit on Tuesday.\n${quotation}`,
    );
    expect(quoteStarting(quotes, "The mine").speaker).toBe(person.replace(/^M\w+ /, ""));
  });

  it("gives each quotation of a paragraph the speaker of its own sentence", () => {
    const quotes = quotesIn(
      "“We will appeal,” said Hanna Berg. Her rival Oskar Lind disagreed: “The ruling is final.”",
    );
    expect(quoteStarting(quotes, "We will appeal").speaker).toBe("Hanna Berg");
    expect(quoteStarting(quotes, "The ruling").speaker).toBe("Oskar Lind");
  });

  it("resolves a pronoun to the nearest earlier subject, not the first person of the previous sentence", () => {
    const quotes = quotesIn(
      "Judge Rosa Marin dismissed the case, and lawyer Daniel Kerr said he would appeal. “This is not over,” he said.",
    );
    expect(quoteStarting(quotes, "This is not over").speaker).toBe("Daniel Kerr");
  });

  it("reads the person after “told” as the listener, and ignores a name in a parenthetical aside", () => {
    const quotes = quotesIn(
      "The striker Leo Brandt is an impatient man. Benched in May, he told coach Ivo Rask: “Play me.” (Rask did.) “That is how I am,” he says.",
    );
    expect(quoteStarting(quotes, "Play me").speaker).toBe("Leo Brandt");
    expect(quoteStarting(quotes, "That is how").speaker).toBe("Leo Brandt");
  });

  it("after reported speech by a pronoun, looks for the pronoun's antecedent, not a name in the reported clause", () => {
    const quotes = quotesIn(
      "The manager, Ivo Rask, spoke after the match. He said captain Leo Brandt would leave in June. “It is time for a change.”",
    );
    expect(quoteStarting(quotes, "It is time").speaker).toBe("Ivo Rask");
    expect(quoteStarting(quotes, "It is time").attribution).toBe("previous-sentence-speech");
  });

  it("resolves “it” to the organisation that spoke before, never to a person", () => {
    const quotes = quotesIn(
      "The Northport Shipping Company said on Monday that pilot Jan Dekker had been suspended. It added that the pier would stay “closed to all shipping until the inquiry ends”.",
    );
    expect(quoteStarting(quotes, "closed to all").speaker).toBe("Northport Shipping Company");
  });

  it("uses an honorific to skip a person of the other gender", () => {
    const quotes = quotesIn(
      "Mr Victor Hale met Mrs Irene Soto at the depot. Mrs Soto spoke first, then Mr Hale replied.\n“The depot must stay open,” she said.",
    );
    expect(quoteStarting(quotes, "The depot").speaker).toBe("Irene Soto");
  });

  it("carries a speaker to the next unattributed quotation of the same paragraph", () => {
    const quotes = quotesIn(
      "“The ferry is late,” said captain Marta Lenz. “It happens every winter.”",
    );
    expect(quoteStarting(quotes, "It happens").speaker).toBe("Marta Lenz");
    expect(quoteStarting(quotes, "It happens").basis).toBe("continuation");
  });

  it("continues the speaker who closed the previous paragraph, but not onto an interviewer's question", () => {
    const quotes = quotesIn(
      "“I trained every morning,” said Lena Vos.\n“The coach never let up.”\n“Did you ever think of quitting?”",
    );
    expect(quoteStarting(quotes, "The coach").speaker).toBe("Lena Vos");
    expect(quoteStarting(quotes, "The coach").attribution).toBe("previous-paragraph-quote");
    expect(quoteStarting(quotes, "Did you").speaker).toBeUndefined();
  });

  it("reads “in the words of X” before the mark as the source of the quotation", () => {
    const quotes = quotesIn(
      "The rule is old. Or, in the words of Tomas Vidal, “A harbour is only as safe as its worst pilot.”",
    );
    expect(quoteStarting(quotes, "A harbour").speaker).toBe("Tomas Vidal");
    expect(quoteStarting(quotes, "A harbour").attribution).toBe("head-in-the-words-of");
  });

  it("resolves a pronoun to the agent of a passive in the sentence before", () => {
    const quotes = quotesIn(
      "The Baltic Freight Company hired the crew. The scheme was designed by Olaf Brenner, in his book on ports, in 1950. He wrote: “Every quay needs two cranes.”",
    );
    expect(quoteStarting(quotes, "Every quay").speaker).toBe("Olaf Brenner");
  });

  it("gives a quotation inside a quoted passage its own speaker, and reads “Said X:” as inverted attribution", () => {
    const quotes = quotesIn(
      [
        "The Harbour Letter reported on the visit of Mayor Ilse Brandt.",
        "“The port is busy. Said Mayor Brandt: ‘We will need a second quay.’”",
        "“Brandt predicted: ‘Trade will double by spring.’ The council's men weren't so sure.”",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "We will need")).toMatchObject({
      speaker: "Ilse Brandt",
      attribution: "head-verb-name",
    });
    expect(quoteStarting(quotes, "Trade will double").speaker).toBe("Ilse Brandt");
    // The passage itself is not the mayor's: nobody is named as saying it.
    expect(quoteStarting(quotes, "The port is busy").speaker).toBeUndefined();
  });

  it("reads the owner of a possessive speech noun as the speaker, but not the owner of a person noun", () => {
    const quotes = quotesIn(
      "Mayor Ilse Brandt wrote to the union. Mayor Brandt's letter to the dockers said, “The quay will reopen in May.” Brandt's lawyer said, “My client will not comment.”",
    );
    expect(quoteStarting(quotes, "The quay will reopen").speaker).toBe("Ilse Brandt");
    expect(quoteStarting(quotes, "My client").speaker).not.toBe("Ilse Brandt");
  });

  it("takes the speaker of a paragraph ending in “Name summed it up:” with no speech verb", () => {
    const quotes = quotesIn(
      "The film opened on Friday.\nThe Courier's Ada Morrow summed it up neatly:\n“A long film, but a brave and honest one.”",
    );
    expect(quoteStarting(quotes, "A long film").speaker).toBe("Ada Morrow");
  });

  it("reads the person, not the body after “of”, as the subject of “Justice X of the Y Court declared”", () => {
    const quotes = quotesIn(
      "In Dekker vs. Holm, Justice Marta Lenz of the Northport High Court declared: “The contract is void.”",
    );
    expect(quoteStarting(quotes, "The contract").speaker).toBe("Marta Lenz");
  });

  it("gives a quotation woven into the end of a sentence to the person its clause is about, not to an object or the subject of a passive", () => {
    const quotes = quotesIn(
      [
        "Ada Morrow has revised the harbour guide “but it remains the small handbook every pilot keeps on the bridge”.",
        "Compare this with how Senator Piet Holm, according to the Courier of May 3, 1960, defends the levy “if we want ships to keep coming to this port”.",
        "Skipper Jan Dekker was refused again “because of his record and the interview with the board”.",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "but it remains")).toMatchObject({
      speaker: "Ada Morrow",
      attribution: "woven-clause-subject",
    });
    expect(quoteStarting(quotes, "if we want ships").speaker).toBe("Piet Holm");
    expect(quoteStarting(quotes, "because of his record").speaker).toBeUndefined();
  });

  it("reads “…”, she beams as attribution whatever the verb, and follows a chain of “she” back to the woman it began with", () => {
    const quotes = quotesIn(
      [
        "The award goes to the actress Dana Roos this year.",
        "In private life, Miss Roos is a rancher's wife. Her wardrobe travels with her.",
        "A favourite is Ivo Rask, however. She likes his coats.",
        "She also likes the shoes of Petra Holm.",
        "Verlaine is her favourite designer.",
        "“I bought my first gown from him when I was poor”, she beams.",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "I bought my first gown")).toMatchObject({
      attribution: "tail-pronoun-lone-verb",
    });
    expect(quoteStarting(quotes, "I bought my first gown").speaker).toMatch(/Roos/);
  });

  it("does not follow a pronoun chain through a paragraph that never uses the pronoun", () => {
    const quotes = quotesIn(
      [
        "Miss Dana Roos won the prize.",
        "The hall was full and the band played late.",
        "The hall closed at midnight.",
        "“It was a long night”, she reminisces.",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "It was a long night").speaker).toBeUndefined();
  });

  it("reads the subject of “…, who declared:” as what “who” stands for, not the subject of the main clause", () => {
    const quotes = quotesIn(
      "In 1890, the dockers' strike was condemned by the ship owners, who declared: “No union will set the price of labour in this port.” Mayor Ilse Brandt met Piet Holm, who said: “The strike is over.”",
    );
    expect(quoteStarting(quotes, "No union").speaker).toBe("the ship owners");
    expect(quoteStarting(quotes, "The strike is over").speaker).toBe("Piet Holm");
  });

  it("attributes a quoted question whose mark stands outside the quotation marks by the sentence after it", () => {
    const quotes = quotesIn(
      "Captain Marta Lenz met the press. “Where is the ferry going”? A reporter asked Lenz. “Do you like the new route”? she said to the mate.",
    );
    expect(quoteStarting(quotes, "Where is the ferry").speaker).toBe("A reporter");
    expect(quoteStarting(quotes, "Do you like").speaker).toBe("Marta Lenz");
  });

  it("reads verbs of manner and stance (“confided”, “protested”) as introducing the subject's words", () => {
    const quotes = quotesIn(
      "Captain Marta Lenz confided that she would retire because “The sea has taken enough of my years.”",
    );
    expect(quoteStarting(quotes, "The sea has taken").speaker).toBe("Marta Lenz");
  });

  it("records the id of the row that attributed each quotation", () => {
    const quotes = quotesIn(
      "“We will appeal,” said Hanna Berg. “It is unfair.”\nThe weather was cold.",
    );
    for (const quote of quotes)
      expect(quote.attribution === "none" || RULE_IDS.has(quote.attribution)).toBe(true);
    expect(quoteStarting(quotes, "We will appeal").attribution).toBe("tail-verb-name");
  });
});

describe("unattributed beats wrong", () => {
  it("never gives a quotation the last speaker from far back", () => {
    const filler = Array.from(
      { length: 6 },
      (_, i) => `The council met for the ${i + 1}th time and discussed the harbour wall.`,
    );
    const quotes = quotesIn(
      [
        "“The wall will hold,” said engineer Lotte Brink.",
        ...filler,
        "“Nobody asked the fishermen.”",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "Nobody asked").speaker).toBeUndefined();
  });

  it("never gives a quotation a speaker from another story of the same file", () => {
    const quotes = quotesIn(
      [
        "“Taxes will rise,” said Governor Price Daniel.",
        "Austin, Texas -- The session of the legislature ended at midnight.",
        "“We did our best.”",
      ].join("\n"),
    );
    expect(quoteStarting(quotes, "We did our best").speaker).toBeUndefined();
    expect(
      quotesIn(
        [
          "Governor Price Daniel spoke at noon.",
          "Austin, Texas -- The session of the legislature ended at midnight.",
          "“We did our best,” he said.",
        ].join("\n"),
      )[0]?.speaker,
    ).toBeUndefined();
  });

  it("leaves a quotation unattributed when its own sentence names a speaker it cannot read", () => {
    const quotes = quotesIn(
      "“The port is safe,” said captain Marta Lenz. Now the board has confirmed the plan, with a notice issued on Sunday reading: “Work starts in May.”",
    );
    expect(quoteStarting(quotes, "Work starts").speaker).toBeUndefined();
  });

  it("does not carry a speaker onto scare quotes, but attributes them in their own sentence", () => {
    const quotes = quotesIn(
      "“The plan is sound,” said Mayor Ines Valdez. The rival plan is a “vanity project”, in many eyes.\nMayor Ines Valdez said the site was “very run down”.",
    );
    expect(quoteStarting(quotes, "vanity project").speaker).toBeUndefined();
    expect(quoteStarting(quotes, "very run down")).toMatchObject({
      speaker: "Ines Valdez",
      fragment: true,
    });
  });

  it("never offers a quotation it cannot attribute", () => {
    const engine = engineOf(
      "The plan was called “unrealistic” in a statement.\n“Nothing will change,” the sign read.",
    );
    expect(engine.answer("quote", "unrealistic").answers).toEqual([]);
    expect(engine.answer("quote", "nothing will change").answers).toEqual([]);
  });
});

describe("/quote answers", () => {
  const engine = engineOf(
    [
      "Club chairman Ronald Ferris welcomed the bid from investor Marcus Glade.",
      "“The offer values the club fairly,” said Ferris.",
      "Fans' leader Nadia Okafor was less sure. “Glade will load the club with debt,” she said.",
      "“The stadium needs a new roof,” Ferris added.",
    ].join("\n"),
  );

  it("answers a question naming a speaker only with that speaker's words, under the full name", () => {
    const answers = engine.answer("quote", "What did Ferris say about the offer?").answers;
    expect(answers[0]?.answer).toBe("The offer values the club fairly");
    expect(answers.every((a) => a.speaker === "Ronald Ferris")).toBe(true);
  });

  it("gives no answer when the named speaker said nothing on the topic, rather than another speaker's words", () => {
    expect(engine.answer("quote", "What did Ferris say about debt?").answers).toEqual([]);
  });

  it("gives no answer for a named person who is never quoted", () => {
    expect(engine.answer("quote", "What did Glade say about debt?").answers).toEqual([]);
  });

  it("matches the topic of a quotation opening a paragraph in the question the previous paragraph ended on", () => {
    const feature = engineOf(
      "Chef Ada Morrow runs the canteen at Lindqvist College.\nShe has cooked there for ten years. What does she serve the rowing crew before a race?\n“Mostly porridge and eggs,” says Morrow.\n“We close at nine,” Morrow added.",
    );
    expect(
      feature.answer("quote", "What does Morrow serve the rowing crew?").answers[0]?.answer,
    ).toBe("Mostly porridge and eggs");
  });

  it("reads a possessive before a speech or opinion noun in the query as the speaker, and one before a person noun as not", () => {
    const review = engineOf(
      [
        "The Harbour Players staged “The Tide” at the Kirk Hall on Friday.",
        "The play runs for three hours and the second act drags.",
        "The Courier's Ada Morrow summed it up neatly:",
        "“A long evening, but a brave and honest one.”",
        "Morrow's husband, Piet Morrow, said: “I slept through the second act.”",
      ].join("\n"),
    );
    // The verdict does not name the play: the story it is in does.
    expect(review.answer("quote", "Morrow's verdict on The Tide").answers[0]?.answer).toBe(
      "A long evening, but a brave and honest one.",
    );
    expect(
      review.answer("quote", "Ada Morrow's husband on the second act").answers[0]?.speaker,
    ).not.toBe("Ada Morrow");
  });

  it("treats a person named after the speech word as the topic", () => {
    expect(engine.answer("quote", "fans' leader on Glade and debt").answers[0]?.speaker).toBe(
      "Nadia Okafor",
    );
  });
});

const REAL = join(import.meta.dirname, "../../../shared/eval/real");
const realFiles = (corpus: string) =>
  existsSync(join(REAL, corpus))
    ? readdirSync(join(REAL, corpus)).filter((f) => f.endsWith(".txt"))
    : [];

describe.skipIf(!existsSync(REAL))(
  "quotations in real news text (../shared/eval/real; skipped when absent)",
  () => {
    for (const corpus of ["bbc", "brown"]) {
      it(`${corpus}: a speaker is always a person or body named earlier in the same story, and most full quotations have one`, () => {
        let full = 0;
        let attributed = 0;
        for (const file of realFiles(corpus)) {
          const text = readFileSync(join(REAL, corpus, file), "utf8");
          const article = chunkArticle(file, file, text);
          const articles = [article];
          const built = { articles, version: hashCorpus(articles) };
          const analysis = createAnalysis(built, collectFacts(built));
          let storyStart = 1;
          const storyOf = new Map<number, number>();
          for (const paragraph of article.paragraphs) {
            if (isStoryStart(paragraph, article.paragraphs[paragraph.n - 2]))
              storyStart = paragraph.n;
            storyOf.set(paragraph.n, storyStart);
          }
          for (const quote of analysis.quotesOf(0)) {
            if (!quote.fragment) {
              full++;
              if (quote.speaker) attributed++;
            }
            if (!quote.speakerEntity) continue;
            const start = storyOf.get(quote.paragraph)!;
            const named = analysis.entities.byId
              .get(quote.speakerEntity)!
              .mentions.some(
                (m) => m.article === file && m.paragraph >= start && m.paragraph <= quote.paragraph,
              );
            expect(
              named,
              `${file} ¶${quote.paragraph}: ${quote.speaker} (${quote.attribution}) for "${quote.span.text.slice(0, 40)}"`,
            ).toBe(true);
          }
        }
        expect(full).toBeGreaterThan(10);
        expect(attributed / full).toBeGreaterThan(0.7);
      });
    }
  },
);

describe("a description with the speaker's name in apposition", () => {
  it("attributes '\"…,\" the minister, Anna Diamantopoulou, said' to the named person", async () => {
    const { engineOf } = await import("./engineOf.js");
    const engine = engineOf(
      'Budget\n\n"We will cut the deficit by half," the minister, Anna Diamantopoulou, said on Monday.',
    );
    expect(engine.answer("quote", "Diamantopoulou on the deficit").answers[0]).toMatchObject({
      answer: "We will cut the deficit by half",
      speaker: "Anna Diamantopoulou",
    });
  });
});
