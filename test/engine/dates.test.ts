import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATE_RULES } from "../../src/engine/dates/dateRules.js";
import { DATE_KINDS, DATE_SPECIFICITY } from "../../src/engine/dates/dateWeights.js";
import { findDates } from "../../src/engine/dates/findDates.js";
import { firedDateRules } from "../../src/engine/dates/firedDateRules.js";
import { resolveDate } from "../../src/engine/dates/resolveDate.js";

const texts = (sentence: string) => findDates(sentence).map((d) => d.text);

const POSITIVE: readonly (readonly [string, readonly string[]])[] = [
  // day-month and month-day, with and without a year
  ["The tribunal lifted the ban on 17 March.", ["17 March"]],
  ["She was born on 5 May 2004 in Leeds.", ["5 May 2004"]],
  ["The hearing is on March 17.", ["March 17"]],
  ["It closed on March 17, 2004, after a long fight.", ["March 17, 2004"]],
  ["The ceremony falls on the 17th of March.", ["17th of March"]],
  // abbreviated months, with and without a full stop
  ["The vote is Oct. 21 and the count Sept. 3.", ["Oct. 21", "Sept. 3"]],
  ["The letter was dated Feb 22.", ["Feb 22"]],
  // a weekday with its date is one expression
  ["The game is on Saturday, Oct. 21 at the stadium.", ["Saturday, Oct. 21"]],
  ["The council meets on Tuesday 3 May.", ["Tuesday 3 May"]],
  ["It opened on Tuesday, March 17, 2004.", ["Tuesday, March 17, 2004"]],
  // bare weekdays, relative expressions
  ["The minister resigned on Tuesday.", ["Tuesday"]],
  ["He played until late last Saturday afternoon.", ["last Saturday afternoon"]],
  ["Talks resume next week after they stalled last month.", ["next week", "last month"]],
  ["Prices fell this week, as they did last year.", ["this week", "last year"]],
  ["He left yesterday and returns today.", ["yesterday", "today"]],
  ["The club began 50 years ago.", ["50 years ago"]],
  ["The pitch was relaid in May last year.", ["May last year"]],
  ["The fair opened on April 2 this year.", ["April 2 this year"]],
  // years, decades, centuries, ranges, seasons, times
  ["The stadium was built in 1927.", ["1927"]],
  ["Nobody has matched 1927's harvest.", ["1927"]],
  ["It has grown since 2003.", ["2003"]],
  ["The music of the 1960s lasted.", ["the 1960s"]],
  ["Back in the mid-70s the town was smaller.", ["the mid-70s"]],
  ["It dates from the 19th century.", ["the 19th century"]],
  ["She ran the school from 1859 to 1891.", ["from 1859 to 1891"]],
  ["The 1998-2000 figures were revised.", ["1998-2000"]],
  ["Between May and July sales rose.", ["Between May and July"]],
  ["The leaders will meet in Geneva June 3 and 4.", ["June 3 and 4"]],
  ["Sales in July and August rose.", ["July and August"]],
  ["It will be decided in the autumn.", ["the autumn"]],
  ["They married in the summer of 1960.", ["the summer of 1960"]],
  ["The train left at 1:48 p.m. on the dot.", ["1:48 p.m."]],
  // holidays and days named from the story's own time
  ["Shops reopen after Christmas Day.", ["Christmas Day"]],
  ["They met at Easter and again last Christmas.", ["Easter", "last Christmas"]],
  ["He resigned later that year.", ["later that year"]],
  ["The deal collapsed the same day.", ["the same day"]],
];

const NEGATIVE: readonly string[] = [
  // the modal verb and names are never months
  "This may be the end.",
  "They may not come back.",
  "Theresa May said she would stay.",
  "The Mayor of London spoke.",
  "May I ask a question?",
  "Since May took office, costs have risen.",
  "After May's speech the party cheered.",
  "The late June Carter sang it.",
  "April Jones said it was over.",
  // amounts, times and codes are not years
  "He said 1,000 people came and 3.5 more, then 10 more.",
  "More than 2000 fans travelled.",
  "The shop sold 1500 copies.",
  "The office is at 1733 16th St.",
  "Shares rose by 2000 points.",
  // "the fall" that is a drop, and a newspaper named after a weekday
  "There was a fall in prices.",
  "He told the Sunday Times.",
  // "in her 70s" is an age; a holiday inside a name; "that" + plural is a conjunction
  "She is in her 70s.",
  "They signed the Good Friday Agreement.",
  "She sailed to Easter Island.",
  "He said that weeks of talks had failed.",
];

const FIXTURE_SENTENCES = [...POSITIVE.map(([sentence]) => sentence), ...NEGATIVE];

describe("finding dates", () => {
  it.each(POSITIVE)("finds the expressions in %j", (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it.each(NEGATIVE)("finds no date in %j", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it("takes an ambiguous month word as a month only with a date context", () => {
    expect(texts("May was wet.")).toEqual([]);
    expect(texts("It was wet in May.")).toEqual(["May"]);
    expect(texts("Rain is forecast by May.")).toEqual(["May"]);
    expect(texts("It may rain this May.")).toEqual(["this May"]);
  });

  it("names the row and the kind that found each date", () => {
    const [weekdayDate, year] = findDates(
      "On Saturday, Oct. 21 the club, founded in 1927, played.",
    );
    expect(weekdayDate).toMatchObject({
      text: "Saturday, Oct. 21",
      kind: "weekday-date",
      rule: "weekday-day-month",
      precision: "day",
    });
    expect(year).toMatchObject({
      text: "1927",
      kind: "year",
      rule: "year-after-preposition",
      precision: "year",
    });
  });

  it("gives offsets into the text plus the offset passed", () => {
    const [date] = findDates("Closed on 1 February.", 100);
    expect(date).toMatchObject({ start: 110, end: 120 });
  });

  it("keeps an early year only when a preposition vouches for it", () => {
    expect(texts("The Capitol was designed in 1792.")).toEqual(["1792"]);
    expect(texts("The count reached 1792 by noon.")).toEqual(["noon"]);
  });
});

// The real-news development set: read in place, never copied into the repository.
const REAL = join(import.meta.dirname, "../../../shared/eval/real");
const realFiles = ["bbc", "brown"].flatMap((corpus) => {
  const dir = join(REAL, corpus);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(dir, f))
    : [];
});
const realLines = realFiles.flatMap((file) => readFileSync(file, "utf8").split(/\n+/));

describe("the date table", () => {
  it("gives every kind a specificity in (0, 1], a full date the highest", () => {
    for (const kind of DATE_KINDS) expect(DATE_SPECIFICITY[kind]).toBeGreaterThan(0);
    expect(Math.max(...Object.values(DATE_SPECIFICITY))).toBe(DATE_SPECIFICITY["full-date"]);
    expect(DATE_SPECIFICITY.month).toBeGreaterThan(DATE_SPECIFICITY["relative-year"]);
    expect(DATE_SPECIFICITY["day-month"]).toBeGreaterThan(DATE_SPECIFICITY.month);
  });

  it("never lets a row's cue hide a match of its pattern", () => {
    const sentences = [...FIXTURE_SENTENCES, ...realLines];
    for (const rule of DATE_RULES) {
      if (!rule.cue) continue;
      const hidden = sentences.filter(
        (s) => !rule.cue!.test(s) && [...s.matchAll(rule.pattern)].length > 0,
      );
      expect(hidden, rule.id).toEqual([]);
    }
  });

  it("uses global patterns, so that every row can fire more than once in a sentence", () => {
    for (const rule of DATE_RULES) expect(rule.pattern.global, rule.id).toBe(true);
  });
});

describe("resolving dates against the article date", () => {
  it.each([
    ["on Tuesday", "2025-03-13", false, "2025-03-11"],
    ["18 March", "2005-03-20", false, "2005-03-18"],
    ["18 March", "2005-03-10", false, "2004-03-18"],
    ["1 February", "2005-01-20", true, "2005-02-01"],
    ["Saturday, Oct. 21", "1961-10-25", false, "1961-10-21"],
    ["May last year", "2005-01-18", false, "May 2004"],
    ["April 2 this year", "1961-05-10", false, "1961-04-02"],
    ["last month", "2005-03-20", false, "February 2005"],
    ["last year", "2005-03-20", false, "2004"],
    ["yesterday", "2005-03-20", false, "2005-03-19"],
    ["50 years ago", "2005-03-20", false, "1955"],
    ["last summer", "2005-03-20", false, "summer 2004"],
    ["this week", "2025-03-13", false, "week of 2025-03-10"],
  ])(
    "resolves %j in an article of %s (looking ahead: %s) to %s",
    (expression, articleDate, future, expected) => {
      expect(resolveDate(expression, articleDate, future)).toBe(expected);
    },
  );

  it.each(["March 17, 2004", "the 1960s", "a year later", "from 1859 to 1891"])(
    "leaves %j alone",
    (expression) => {
      expect(resolveDate(expression, "2005-03-20")).toBeUndefined();
    },
  );
});

// Words that may stand before a bare month or weekday without making it part of a name.
const CONTEXT_WORD =
  /^(?:On|In|By|Since|Until|Till|From|During|Before|After|Last|Next|This|Early|Late|Mid|Between|The|Through|At|Of|And|But|Then|When|Mr|Mrs|Ms|Dr)$/;

const MONTH_OR_WEEKDAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const REAL_TITLE = `dates in the real-news development set${realFiles.length ? "" : " (skipped: ../shared/eval/real is absent)"}`;

describe.skipIf(realFiles.length === 0)(REAL_TITLE, () => {
  const found = realLines.flatMap((line) => findDates(line).map((date) => ({ line, date })));

  it("finds dates there at all", () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it("never takes the modal verb may as a date", () => {
    const modal = found.filter(
      ({ line, date }) =>
        /\bmay\b/.test(date.text) ||
        (/\bMay$/.test(date.text) &&
          /^\s+(?:I|we|you|he|she|it|they|be|have|not|well|also|still|never)\b/.test(
            line.slice(date.end),
          )),
    );
    expect(
      modal.map(
        ({ date, line }) =>
          `${date.text} in …${line.slice(Math.max(0, date.start - 40), date.end + 40)}`,
      ),
    ).toEqual([]);
  });

  it("never takes a month or weekday word inside a person's name as a date", () => {
    // A bare month or weekday right after or before another capitalised word that is not a context word is part of a name ("Theresa May", "April Jones").
    const named = found.filter(({ line, date }) => {
      if (!MONTH_OR_WEEKDAY.test(date.text)) return false;
      const before = /([A-Z][a-z]+)\s+$/.exec(line.slice(0, date.start))?.[1];
      const after = /^\s+([A-Z][a-z]+)/.exec(line.slice(date.end))?.[1];
      return [before, after].some((word) => word !== undefined && !CONTEXT_WORD.test(word));
    });
    expect(
      named.map(
        ({ date, line }) =>
          `${date.text} in …${line.slice(Math.max(0, date.start - 40), date.end + 40)}`,
      ),
    ).toEqual([]);
  });
});

describe("the explain trace of dates", () => {
  it("shows the row, the expression, its kind and the specificity it adds", () => {
    expect(firedDateRules(findDates("They met on Tuesday 3 May."))).toEqual([
      {
        stage: "date",
        rule: "weekday-day-month",
        detail: "Tuesday 3 May (weekday-date)",
        weight: DATE_SPECIFICITY["weekday-date"],
      },
    ]);
  });
});

describe("ranges written with a dash or two weekdays", () => {
  it.each([
    ["National Library Week, April 16-22, is here.", "April 16-22"],
    ["The festival runs 3-4 June in the park.", "3-4 June"],
    ["The exposition is Tuesday and Wednesday in the ballroom.", "Tuesday and Wednesday"],
    ["The shops open Monday through Friday.", "Monday through Friday"],
  ])("reads %j as one expression", async (text, expected) => {
    const { findDates } = await import("../../src/engine/dates/findDates.js");
    expect(findDates(text, 0).map((d) => d.text)).toContain(expected);
  });
});

describe("a month and year with a comma", () => {
  it("reads 'December, 1958' as one month-year, but not 'May, 1,200 people'", async () => {
    const { findDates } = await import("../../src/engine/dates/findDates.js");
    expect(findDates("It was not opened until December, 1958.", 0).map((d) => d.text)).toEqual([
      "December, 1958",
    ]);
    expect(findDates("It rained in May, 1,200 people came.", 0).map((d) => d.text)).toEqual([
      "May",
    ]);
  });
});
