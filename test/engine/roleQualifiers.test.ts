import { describe, expect, it } from "vitest";
import {
  qualifiersAgree,
  qualifiersBefore,
  qualifiersOf,
  roleVerdict,
} from "../../src/engine/text/roleQualifiers.js";
import { engineOf } from "./engineOf.js";

describe("role qualifiers must agree with the question", () => {
  it.each([
    ["Who is the foreign secretary?", "Foreign Secretary", true],
    ["Who is the foreign secretary?", "former foreign secretary", false],
    ["Who is the foreign secretary?", "ex-foreign secretary", false],
    ["Who is the former foreign secretary?", "former foreign secretary", true],
    ["Who is the former foreign secretary?", "Foreign Secretary", false],
    ["Who is the chancellor?", "shadow chancellor", false],
    ["Who is the shadow chancellor?", "shadow chancellor", true],
    ["Who is the president of the club?", "vice-president", false],
    ["Who is the vice-president of the club?", "vice president", true],
    ["Who is the prime minister?", "Deputy Prime Minister", false],
    ["Who is the manager?", "acting manager", false],
    ["Who is the manager?", "interim manager", true],
    ["Who is the interim manager?", "manager", false],
    ["Who is the Russian foreign minister?", "Foreign Minister", true],
    ["Who is the Russian foreign minister?", "Ukrainian Foreign Minister", false],
    ["Who is Russia's foreign minister?", "Russian foreign minister", true],
  ])("%s / role %s -> %s", (question, role, agree) => {
    expect(qualifiersAgree(qualifiersOf(question), qualifiersOf(role)).agree).toBe(agree);
  });

  it("names the qualifier row that made a role disagree", () => {
    expect(
      qualifiersAgree(
        qualifiersOf("Who is the foreign secretary?"),
        qualifiersOf("former foreign secretary"),
      ).rule,
    ).toBe("former");
  });

  it("a possessive place or demonym just before a role qualifies it; a place in another phrase does not", () => {
    expect([
      ...qualifiersBefore("Talks with Nationalist China's dapper, diminutive ", "Vice President")
        .places,
    ]).toEqual(["china"]);
    expect([...qualifiersBefore("In Moscow, ", "Foreign Minister").places]).toEqual([]);
  });

  it("judges a role where the sentence gives it, with the place just before it", () => {
    const text =
      "In talks with Nationalist China's diminutive Vice President Chen Cheng, the senator spoke.";
    const asked = qualifiersOf("vice-president of the Chicago White Sox");
    expect(roleVerdict(asked, text, 0, "Vice President", text.indexOf("Chen"))).toEqual({
      agree: false,
      rule: "place",
    });
    expect(
      roleVerdict(
        qualifiersOf("Who is the vice president?"),
        text,
        0,
        "Vice President",
        text.indexOf("Chen"),
      ).agree,
    ).toBe(true);
  });

  it("takes the corpus's own places when the caller knows them", () => {
    const isPlace = (name: string) => name === "bronx" || name === "brooklyn";
    const question = qualifiersOf("Who is the Brooklyn district attorney?", isPlace);
    expect(qualifiersAgree(question, qualifiersOf("Bronx District Attorney", isPlace)).agree).toBe(
      false,
    );
    expect(
      qualifiersAgree(question, qualifiersOf("Brooklyn District Attorney", isPlace)).agree,
    ).toBe(true);
  });
});

describe("who answers with the holder of the plain role", () => {
  const engine = engineOf(
    "Cabinet news\n\nThe former foreign secretary Robin Cook said the policy had failed in Iraq.\n\nForeign Secretary Jack Straw said the policy would continue in Iraq.",
  );

  it("'Who is the foreign secretary?' is not answered by the former foreign secretary", () => {
    expect(engine.answer("who", "Who is the foreign secretary?").answers[0]?.answer).toBe(
      "Jack Straw",
    );
  });

  it("'Who is the former foreign secretary?' is", () => {
    expect(engine.answer("who", "Who is the former foreign secretary?").answers[0]?.answer).toBe(
      "Robin Cook",
    );
  });
});
